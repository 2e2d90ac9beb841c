// Places an open term card next to the term that opened it. Opening, closing, Esc, light dismiss and
// focus return are the platform's (popover + popovertarget); only placement needs script (see place.ts).
// Loaded by reader.ts the first time a pointer or focus comes near a term.
import { placeNextTo } from './place';

let invoker: HTMLElement | undefined;

function place(card: HTMLElement) {
  const term =
    invoker?.getAttribute('popovertarget') === card.id ? invoker : document.querySelector<HTMLElement>(`[popovertarget="${card.id}"]`);
  if (term) placeNextTo(card, term);
}

export function start(term: Element, _event?: Event) {
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
    const card = document.querySelector<HTMLElement>('.term-card:popover-open');
    if (card) place(card);
  };
  addEventListener('scroll', follow, { passive: true });
  addEventListener('resize', follow);
  follow();
}
