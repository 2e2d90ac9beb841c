// Markdown task lists ("- [ ] …") become checklists a reader can tick on screen or on paper: each
// checkbox is wrapped in a <label> with the text that follows it, so it has an accessible name and a
// larger click target, and it is no longer disabled. Ticks are not saved; the page is a printable sheet.
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isRenderedMath } from './rendered-math';

const isCheckbox = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && node.tagName === 'input' && node.properties.type === 'checkbox';

export default function rehypeTaskLists() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (isRenderedMath(node)) return SKIP;
      if (node.tagName !== 'p' && node.tagName !== 'li') return;
      const first = node.children[0];
      if (!isCheckbox(first)) return;
      delete first.properties.disabled;
      node.children = [{ type: 'element', tagName: 'label', properties: { className: ['task-label'] }, children: [...node.children] }];
    });
  };
}
