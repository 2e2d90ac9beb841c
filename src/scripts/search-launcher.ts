// Loads the search code only when the reader wants it: on focusing a search field, on "/" or
// Ctrl/Cmd+K, or straight away on the /search/ page. Reading pages fetch nothing for search until then.

type Mount = (form: HTMLFormElement) => void;
let loading: Promise<Mount> | undefined;

function load(): Promise<Mount> {
  return (loading ??= import('./search-ui').then((module) => module.mountSearch));
}

function activate(form: HTMLFormElement) {
  if (form.dataset.mounted) return;
  form.dataset.mounted = 'true';
  void load().then((mount) => mount(form));
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-search]')];
for (const form of forms) {
  if (form.dataset.search === 'page') activate(form);
  else form.addEventListener('focusin', () => activate(form), { once: true });
}

document.addEventListener('keydown', (event) => {
  const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
  if (!shortcut && (event.key !== '/' || isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey)) return;
  const input = forms[0]?.querySelector<HTMLInputElement>('.search-input');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});
