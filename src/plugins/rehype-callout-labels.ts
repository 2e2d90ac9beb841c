// Runs after rehype-callouts. A callout box is a note beside the text (role="note"), and its name says
// what kind it is even when the author gave it their own title ("경고: 학습률이 크면…"): the type is
// otherwise only an icon, which screen readers skip. Foldable callouts are <details>; their <summary> names them.
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { ui } from '../lib/ui';

const hasClass = (node: Element, name: string) => Array.isArray(node.properties.className) && node.properties.className.includes(name);

export default function rehypeCalloutLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!hasClass(node, 'callout') || node.tagName === 'details') return;
      const type = String(node.properties.dataCallout ?? node.properties['data-callout'] ?? 'note');
      const label = ui.callouts[type] ?? type;
      let title = '';
      visit(node, 'element', (child: Element) => {
        if (hasClass(child, 'callout-title-text')) {
          title = toText(child).trim();
          return false;
        }
      });
      node.properties.role = 'note';
      node.properties.ariaLabel = title === '' || title === label ? label : `${label}: ${title}`;
    });
  };
}
