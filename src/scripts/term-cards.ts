// Places an open term card next to the term that opened it and keeps it on screen. Opening, closing,
// Esc, light dismiss and focus return are the platform's (popover + popovertarget); only placement is
// not: CSS anchor positioning is not in every browser yet, and a card must never run off a 375 px screen.
// Loaded by reader.ts the first time a pointer or focus comes near a term.

/** Space between the term and its card, and between the card and the viewport's edges (px). */
const GAP = 6;
const MARGIN = 8;

let invoker: HTMLElement | undefined;

function place(card: HTMLElement) {
  const term =
    invoker?.getAttribute('popovertarget') === card.id ? invoker : document.querySelector<HTMLElement>(`[popovertarget="${card.id}"]`);
  if (!term) return;
  card.dataset.placed = '';
  const anchor = term.getBoundingClientRect();
  const { width, height } = card.getBoundingClientRect();
  const viewWidth = document.documentElement.clientWidth;
  const viewHeight = innerHeight;
  const left = Math.max(MARGIN, Math.min(anchor.left, viewWidth - width - MARGIN));
  // Below the term if it fits, else above, else as close to it as the screen allows.
  let top = anchor.bottom + GAP;
  if (top + height > viewHeight - MARGIN)
    top = anchor.top - GAP - height >= MARGIN ? anchor.top - GAP - height : Math.max(MARGIN, viewHeight - height - MARGIN);
  card.style.left = `${left}px`;
  card.style.top = `${top}px`;
}

const openCard = () => document.querySelector<HTMLElement>('.term-card:popover-open');

export function start(term: Element) {
  invoker = term as HTMLElement;
  document.addEventListener(
    'click',
    (event) => {
      const target = (event.target as Element).closest?.<HTMLElement>('.term');
      if (target) invoker = target;
    },
    true,
  );
  // toggle does not bubble; a capturing listener on the document still sees it.
  document.addEventListener(
    'toggle',
    (event) => {
      const card = event.target as HTMLElement;
      if (card.classList.contains('term-card') && (event as ToggleEvent).newState === 'open') place(card);
    },
    true,
  );
  // A fixed card follows its term while the page scrolls or the window changes size.
  const follow = () => {
    const card = openCard();
    if (card) place(card);
  };
  addEventListener('scroll', follow, { passive: true });
  addEventListener('resize', follow);
  follow();
}
