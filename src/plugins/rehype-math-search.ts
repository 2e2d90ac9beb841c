// Rendered math carries its LaTeX source and a visual copy of every symbol; indexed as text they
// fill search excerpts with "H(x)\mathcal{H}(x)H(x)". Search skips math; the prose around it is indexed.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeMathSearch() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const className = node.properties.className;
      if (node.tagName === 'span' && Array.isArray(className) && className.includes('katex')) {
        node.properties.dataPagefindIgnore = 'all';
        return 'skip';
      }
    });
  };
}
