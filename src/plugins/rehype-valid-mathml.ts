// KaTeX writes two MathML shapes that the MathML grammar (and the W3C Nu checker) rejects:
// - a script with more than one node after its base, e.g. x_{\min} → <msub><mi>x</mi><mi>min</mi><mo>⁡</mo></msub>;
//   msub and msup take exactly two children, so the script part is wrapped in one <mrow>;
// - an operator spelled with letters, e.g. \bmod → <mo><mrow><mi>m</mi><mi>o</mi><mi>d</mi></mrow></mo>;
//   <mo> holds text only, so it gets the letters as its text.
// What sighted readers see (KaTeX's HTML copy) is untouched. Run after rehype-katex.
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { isVisualMath } from './rendered-math';

const TWO_CHILD_SCRIPTS = new Set(['msub', 'msup']);

function elementChildren(node: Element): Element[] {
  return node.children.filter((child): child is Element => child.type === 'element');
}

export default function rehypeValidMathml() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (isVisualMath(node)) return SKIP;
      if (TWO_CHILD_SCRIPTS.has(node.tagName)) {
        const [base, ...script] = elementChildren(node);
        if (base && script.length > 1) {
          node.children = [base, { type: 'element', tagName: 'mrow', properties: {}, children: script as ElementContent[] }];
        }
      } else if (node.tagName === 'mo' && elementChildren(node).length > 0) {
        node.children = [{ type: 'text', value: toText(node) }];
      }
    });
  };
}
