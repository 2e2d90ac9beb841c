// Shows the preview of a linked note (rendered into the page, LinkPreviews.astro) on hover after a short
// delay and at once on keyboard focus. The platform has no hover delay for popovers, hence this script.
// Touch is left alone: a tap follows the link as always. The preview stays while the pointer moves onto
// it and hides on Esc, when the pointer or focus leaves, and on any click (WCAG 1.4.13).
// Loaded by reader.ts the first time a pointer or focus reaches such a link.
import { placeNextTo } from './place';

/** Hover this long before a preview shows (ms): a pointer passing over a link shows nothing. */
const SHOW_DELAY = 400;
/** Time to move the pointer from a link onto its preview (ms). */
const HIDE_DELAY = 250;
const LINKS = 'a[aria-describedby^="preview-"]';

let timer: ReturnType<typeof setTimeout> | undefined;
let shown: { link: Element; preview: HTMLElement } | undefined;

const linkOf = (target: EventTarget | null) => (target instanceof Element ? target.closest(LINKS) : null);
const inShownPreview = (target: EventTarget | null) => Boolean(shown && target instanceof Node && shown.preview.contains(target));

function show(link: Element) {
  clearTimeout(timer);
  if (shown?.link === link) return;
  hide();
  const preview = document.getElementById(link.getAttribute('aria-describedby')!);
  if (!preview) return;
  preview.showPopover();
  placeNextTo(preview, link);
  shown = { link, preview };
}

function hide() {
  clearTimeout(timer);
  if (shown?.preview.matches(':popover-open')) shown.preview.hidePopover();
  shown = undefined;
}

function onPointerOver(event: PointerEvent) {
  if (event.pointerType === 'touch') return;
  const link = linkOf(event.target);
  if (link) {
    clearTimeout(timer);
    if (shown?.link !== link) timer = setTimeout(() => show(link), SHOW_DELAY);
  } else if (inShownPreview(event.target)) clearTimeout(timer);
}

function onPointerOut(event: PointerEvent) {
  if (event.pointerType === 'touch') return;
  const from = linkOf(event.target) ?? (inShownPreview(event.target) ? shown!.link : null);
  if (!from) return;
  if (linkOf(event.relatedTarget) === from || inShownPreview(event.relatedTarget)) return;
  clearTimeout(timer);
  if (shown) timer = setTimeout(hide, HIDE_DELAY);
}

/** Keyboard focus shows the preview at once; the focus a mouse click gives a link does not. */
function onFocusIn(event: Event) {
  const link = linkOf(event.target);
  if (link?.matches(':focus-visible')) show(link);
}

export function start(_link: Element, first: Event) {
  document.addEventListener('pointerover', onPointerOver);
  document.addEventListener('pointerout', onPointerOut);
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('focusout', (event) => {
    if (linkOf(event.target)) hide();
  });
  document.addEventListener('keydown', (event) => event.key === 'Escape' && hide());
  document.addEventListener('click', hide, true);
  addEventListener('scroll', () => shown && placeNextTo(shown.preview, shown.link), { passive: true });
  // The event that loaded this module counts too.
  if (first instanceof PointerEvent) onPointerOver(first);
  else onFocusIn(first);
}
