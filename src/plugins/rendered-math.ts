// A rendered formula is a `.katex` span (inside a `.katex-display` span for display math). Its inside is
// KaTeX's markup as one raw node, except in headings and MDX, where it is many nested elements (see
// rehype-render-math.ts). Plugins with nothing to do inside formulas skip them.
import type { Element } from 'hast';

/** Whether the element's class list holds `name`. */
export function hasClass(node: Element, name: string): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes(name);
}

/** Whether the element is a rendered formula: KaTeX's `.katex`, or the `.katex-display` around display math. */
export function isRenderedMath(node: Element): boolean {
  return node.tagName === 'span' && (hasClass(node, 'katex') || hasClass(node, 'katex-display'));
}
