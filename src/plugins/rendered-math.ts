// KaTeX renders each formula as many nested elements (a MathML copy and a visual copy), so in a math
// note they are most of the tree. Plugins with nothing to do inside formulas skip them.
import type { Element } from 'hast';

function hasClass(node: Element, name: string): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes(name);
}

/** Whether the element is a rendered formula: KaTeX's `.katex`, or the `.katex-display` around display math. */
export function isRenderedMath(node: Element): boolean {
  return node.tagName === 'span' && (hasClass(node, 'katex') || hasClass(node, 'katex-display'));
}

/** Whether the element is KaTeX's visual copy of a formula (`.katex-html`), next to its MathML copy. */
export function isVisualMath(node: Element): boolean {
  return node.tagName === 'span' && hasClass(node, 'katex-html');
}
