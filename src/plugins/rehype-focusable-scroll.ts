// Display math and tables can be wider than a phone and scroll sideways. A region that scrolls must be
// reachable by keyboard (WCAG 2.1.1), so give each a tab stop and a label for screen readers.
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { hasClass, isRenderedMath } from './rendered-math';

export default function rehypeFocusableScroll() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'span' && hasClass(node, 'katex-display')) {
        node.properties.tabIndex = 0;
        node.properties.role = 'group';
        node.properties.ariaLabel = '수식';
        return SKIP;
      }
      if (isRenderedMath(node)) return SKIP;
      // A region that already has its tab stop (a figure's scrolling table) needs none inside it.
      if (node.properties.tabIndex !== undefined) return SKIP;
      if (node.tagName === 'table') {
        node.properties.tabIndex = 0;
      }
    });
  };
}
