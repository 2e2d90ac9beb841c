// Puts a fixed-position popover next to the element it belongs to and keeps it on screen. CSS anchor
// positioning would do this with no script, but it is not in every browser yet, and a card or preview
// must never run off a 375 px screen.

/** Space between the element and its popover, and between the popover and the viewport's edges (px). */
const GAP = 6;
const MARGIN = 8;

export function placeNextTo(popover: HTMLElement, anchor: Element) {
  popover.dataset.placed = '';
  const target = anchor.getBoundingClientRect();
  const { width, height } = popover.getBoundingClientRect();
  const viewWidth = document.documentElement.clientWidth;
  const viewHeight = innerHeight;
  const left = Math.max(MARGIN, Math.min(target.left, viewWidth - width - MARGIN));
  // Below the element if it fits, else above, else as close to it as the screen allows.
  let top = target.bottom + GAP;
  if (top + height > viewHeight - MARGIN) {
    top = target.top - GAP - height >= MARGIN ? target.top - GAP - height : Math.max(MARGIN, viewHeight - height - MARGIN);
  }
  popover.style.left = `${left}px`;
  popover.style.top = `${top}px`;
}
