// The text of a heading as a reader sees it. Rendered math holds each formula three times: MathML for
// assistive technology, its TeX source in an <annotation>, and KaTeX's visual copy. Read naively, a
// heading "구현마다 다른 $\epsilon$" becomes "구현마다 다른 ϵ\epsilonϵ"; here the formula counts once,
// as its MathML text.
import type { Element, ElementContent, Root } from 'hast';

// Invisible MathML operators (function application, invisible times/separator/plus): the function
// application between "ln" and its argument reads best as a space, the others as nothing.
const FUNCTION_APPLICATION = /\u2061/g;
const INVISIBLE_OPERATORS = /[\u2062-\u2064]/g;

function classes(node: Element): string[] {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : String(value ?? '').split(/\s+/);
}

/** True for the parts of rendered math that repeat what its MathML already says. */
function isMathCopy(node: Element): boolean {
  return node.tagName === 'annotation' || classes(node).includes('katex-html');
}

function collect(node: Element | Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && isMathCopy(node)) return '';
  if ('children' in node) return node.children.map((child) => collect(child as ElementContent)).join('');
  return '';
}

export function headingText(heading: Element): string {
  return collect(heading).replace(FUNCTION_APPLICATION, ' ').replace(INVISIBLE_OPERATORS, '').replace(/\s+/g, ' ').trim();
}
