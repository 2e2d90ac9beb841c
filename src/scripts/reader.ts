// The only script every page loads: the theme toggle and the copy buttons on code blocks.

const root = document.documentElement;
const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');

function applyTheme(theme: 'light' | 'dark') {
  root.dataset.theme = theme;
  toggle?.setAttribute('aria-pressed', String(theme === 'dark'));
}

applyTheme(root.dataset.theme === 'dark' ? 'dark' : 'light');
toggle?.addEventListener('click', () => {
  const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
  applyTheme(next);
  try {
    localStorage.setItem('theme', next);
  } catch {
    // Private modes may refuse storage; the toggle still works for this page.
  }
});
// Follow the system while the reader has not chosen.
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem('theme');
  } catch {}
  if (!stored) applyTheme(event.matches ? 'dark' : 'light');
});

for (const block of document.querySelectorAll<HTMLPreElement>('pre.astro-code')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  button.textContent = '복사';
  button.setAttribute('aria-label', '코드 복사');
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(block.querySelector('code')?.innerText ?? block.innerText);
    button.textContent = '복사됨';
    setTimeout(() => (button.textContent = '복사'), 1500);
  });
  const wrapper = document.createElement('div');
  wrapper.className = 'code-block';
  block.replaceWith(wrapper);
  wrapper.append(block, button);
}

import './search-launcher';

// Term cards open and close with no script (popover); the code that places a card next to its term, and
// the code that shows link previews on hover and focus, load the first time a pointer or focus reaches one.
const aids = [
  { selector: '.term', load: () => import('./term-cards') },
  { selector: 'a[aria-describedby^="preview-"]', load: () => import('./link-previews') },
];
for (const aid of aids) {
  if (!document.querySelector(aid.selector)) continue;
  const kinds = ['pointerover', 'focusin'] as const;
  const load = (event: Event) => {
    const target = (event.target as Element).closest?.(aid.selector);
    if (!target) return;
    for (const kind of kinds) document.removeEventListener(kind, load);
    void aid.load().then(({ start }) => start(target, event));
  };
  for (const kind of kinds) document.addEventListener(kind, load);
}

// Opened from a search result: mark the searched words (the code loads only in that case).
const highlightParam = new URLSearchParams(location.search).get('highlight');
const prose = document.querySelector('[data-pagefind-body]');
if (highlightParam && prose) {
  void import('./highlight').then(({ highlight }) => highlight(prose, highlightParam.split(/\s+/)));
}

// Offline support: registered once the page has loaded, so it never competes with reading.
const toast = document.querySelector<HTMLElement>('.toast');
if (toast) {
  const start = () => void import('./offline').then(({ registerServiceWorker }) => registerServiceWorker(toast));
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
