// Renders math with KaTeX, as rehype-katex did, but keeps each formula's inside as the markup KaTeX
// writes instead of parsing it back into elements. A formula is dozens of nested elements (a MathML
// copy and a visual copy); parsed back, they were most of a math note's tree, and the parse, the
// plugins walking past them and the final serializing were about 40% of rendering a math note (1,000
// synthetic notes: 9.2 s → 5.6 s). The markup stays as written because rehype-raw runs before this
// plugin (see pipeline.ts) and nothing after it parses raw nodes.
// What the rest of the pipeline looks at stays an element: the `.katex` span (marked for Pagefind to
// skip) and, for display math, the `.katex-display` span around it (which rehype-focusable-scroll makes
// a tab stop). Two places keep the whole formula as elements: headings, whose text is read from the
// MathML (src/lib/heading-text.ts), and MDX, whose compiler takes no raw markup.
// KaTeX's MathML is made valid on KaTeX's own tree before it is written (see fixMathml).
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import katex, { type KatexOptions } from 'katex';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { hasClass } from './rendered-math';
import { placeIn } from './source-place';

/** The parts of KaTeX's build tree (katex.__renderToDomTree) this plugin reads. */
interface KatexNode {
  classes?: string[];
  attributes?: Record<string, string>;
  children?: KatexNode[];
  style?: Record<string, string>;
  /** MathML nodes: the element name. */
  type?: string;
  toMarkup(): string;
  toText?(): string;
}

/**
 * KaTeX's build tree of a formula, "for advanced use cases (like rendering to custom output)" as its
 * source says; exported as __renderToDomTree but left out of its types. renderToString is this
 * tree's toMarkup().
 */
const renderToDomTree = ((): ((tex: string, options: KatexOptions) => KatexNode) => {
  const build = (katex as unknown as { __renderToDomTree?: (tex: string, options: KatexOptions) => KatexNode }).__renderToDomTree;
  if (typeof build !== 'function')
    throw new Error(`KaTeX ${katex.version} has no __renderToDomTree, which src/plugins/rehype-render-math.ts needs`);
  return build;
})();

const HEADING = /^h[1-6]$/;

/**
 * KaTeX writes two MathML shapes the MathML grammar (and the W3C Nu checker) rejects:
 * - a script with more than one node after its base, e.g. x_{\min} → <msub><mi>x</mi><mi>min</mi><mo>⁡</mo></msub>;
 *   msub and msup take exactly two children, so the script part goes into one <mrow>;
 * - an operator spelled with letters, e.g. \bmod → <mo><mrow><mi>m</mi>…</mrow></mo>; <mo> holds text
 *   only, so it gets the letters as its text.
 * Only MathML nodes (KaTeX's MathNode, the ones with a `type`) change; the visual copy has none.
 */
export function fixMathml(node: KatexNode): void {
  const elements = mathmlChildren(node);
  if ((node.type === 'msub' || node.type === 'msup') && elements.length > 2) {
    const [base, ...script] = elements;
    const MathNode = base!.constructor as new (type: string, children: KatexNode[]) => KatexNode;
    node.children = [base!, new MathNode('mrow', script)];
  } else if (node.type === 'mo' && elements.length > 0) {
    node.children = [new (mathmlTextNode())(node.toText!())];
  }
  for (const child of node.children ?? []) fixMathml(child);
}

/** The MathML elements a node's markup holds directly: KaTeX's DocumentFragment (no `type`) writes only its children. */
function mathmlChildren(node: KatexNode): KatexNode[] {
  return (node.children ?? []).flatMap((child) => (child.type !== undefined ? [child] : child.children ? mathmlChildren(child) : []));
}

let textNode: (new (text: string) => KatexNode) | undefined;
/** KaTeX's MathML text node class, which it does not export: taken from the MathML of "x". */
function mathmlTextNode(): new (text: string) => KatexNode {
  const find = (node: KatexNode): KatexNode | undefined =>
    node.type === 'mi' ? node.children?.[0] : node.children?.map(find).find(Boolean);
  textNode ??= find(renderToDomTree('x', {}))!.constructor as new (text: string) => KatexNode;
  return textNode;
}

/** A KaTeX span with classes only, which can become an element without parsing its markup. */
function plainSpan(node: KatexNode): Element | undefined {
  const extra = Object.keys(node.attributes ?? {}).length + Object.keys(node.style ?? {}).length;
  if (extra > 0 || node.type !== undefined) return undefined;
  return { type: 'element', tagName: 'span', properties: { className: [...(node.classes ?? [])] }, children: [] };
}

/**
 * The formula as the `.katex` span (and the `.katex-display` span around display math) holding KaTeX's
 * markup of its inside, or undefined when KaTeX put more than classes on them.
 */
function withRawInside(root: KatexNode): Element | undefined {
  const display = !root.classes?.includes('katex');
  const katexNode = display ? root.children?.[0] : root;
  const outer = plainSpan(root);
  const katexSpan = display && katexNode ? plainSpan(katexNode) : outer;
  if (!outer || !katexSpan || !katexNode) return undefined;
  if (display) outer.children = [katexSpan];
  // Search skips formulas: their TeX source and visual copy would fill excerpts with "H(x)\mathcal{H}(x)H(x)".
  katexSpan.properties.dataPagefindIgnore = 'all';
  katexSpan.children = [
    { type: 'raw', value: (katexNode.children ?? []).map((child) => child.toMarkup()).join('') } as unknown as ElementContent,
  ];
  return outer;
}

/** The whole formula as elements, parsed from KaTeX's markup. */
function parsed(root: KatexNode): ElementContent[] {
  const display = !root.classes?.includes('katex');
  const katexNode = display ? root.children?.[0] : root;
  if (katexNode) katexNode.attributes = { ...katexNode.attributes, 'data-pagefind-ignore': 'all' };
  return fromHtml(root.toMarkup(), { fragment: true }).children as ElementContent[];
}

export default function rehypeRenderMath(options: Omit<KatexOptions, 'displayMode' | 'throwOnError'> = {}) {
  return (tree: Root, file: VFile) => {
    const mdx = Boolean(file.history[0]?.endsWith('.mdx'));
    visitParents(tree, 'element', (element, parents) => {
      // remark-math writes math-inline / math-display; ```math fences come as language-math.
      const languageMath = hasClass(element, 'language-math');
      const mathDisplay = hasClass(element, 'math-display');
      if (!languageMath && !mathDisplay && !hasClass(element, 'math-inline')) return;
      let parent = parents.at(-1);
      let scope: Element = element;
      let displayMode = mathDisplay;
      if (element.tagName === 'code' && languageMath && parent?.type === 'element' && parent.tagName === 'pre') {
        scope = parent;
        parent = parents.at(-2);
        displayMode = true;
      }
      if (!parent) return;

      const value = toText(scope, { whitespace: 'pre' });
      let root: KatexNode;
      try {
        root = renderToDomTree(value, { ...options, displayMode, throwOnError: true });
      } catch (error) {
        // Display math's <code> sits inside a generated <pre> and has no position of its own: use the nearest ancestor's.
        const place = [...parents, element]
          .map((node) => node.position?.start)
          .reverse()
          .find((start) => start !== undefined);
        throw new Error(`${placeIn(file, place)}: invalid LaTeX: ${error instanceof Error ? error.message : String(error)}`);
      }
      fixMathml(root);
      const inHeading = parents.some((ancestor) => ancestor.type === 'element' && HEADING.test(ancestor.tagName));
      const rawInside = mdx || inHeading ? undefined : withRawInside(root);
      const result = rawInside ? [rawInside] : parsed(root);
      const siblings = (parent as Element | Root).children;
      siblings.splice(siblings.indexOf(scope as ElementContent), 1, ...result);
      return SKIP;
    });
  };
}
