// Marks the searched words on a page opened from a search result (?highlight=…, the forms the
// result matched, aliases included) with the same Korean-aware matching as the result excerpts
// (src/lib/search-passages.ts), and scrolls to the first mark in the linked section (#id), or to
// the first mark at all. A few lines instead of Pagefind's highlight script, which bundles mark.js.
import { findMatches, markRanges, planForms } from '../lib/search-passages';

export function highlight(root: Element, forms: string[]) {
  const plan = planForms(forms);
  if (plan.words.length === 0) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('.katex, script, style, [hidden], mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const text = node.data;
    const ranges = markRanges(findMatches(text, plan));
    if (ranges.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const { start, end } of ranges) {
      fragment.append(text.slice(last, start));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(start, end);
      marks.push(mark);
      fragment.append(mark);
      last = end;
    }
    fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const inSection = target
    ? marks.find((mark) => target.contains(mark) || Boolean(target.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING))
    : marks[0];
  (inSection ?? target ?? marks[0])?.scrollIntoView({ block: 'center' });
}
