// `$$…$$` alone on its line is a display formula in GitHub, Obsidian, Typora and kramdown; remark-math
// reads it as inline math, so a wide formula squeezes into the sentence and overflows a phone. Run after
// remark-math: a `$$…$$` that fills its line of a paragraph becomes a display block there (the paragraph
// is split around it). `$$` inside a sentence, `$…$`, math in table cells and `\$` stay as they are.
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { InlineMath, Math } from 'mdast-util-math';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** True when the formula was written with two dollar signs (the tree does not record it; the source does). */
function isDoubleDollar(node: InlineMath, source: string): boolean {
  const start = node.position?.start.offset;
  return start !== undefined && source.startsWith('$$', start);
}

const endsLine = (node: PhrasingContent | undefined) =>
  node === undefined || node.type === 'break' || (node.type === 'text' && /\n[ \t]*$/.test(node.value));
const startsLine = (node: PhrasingContent | undefined) =>
  node === undefined || node.type === 'break' || (node.type === 'text' && /^[ \t]*\n/.test(node.value));

function displayMath(node: InlineMath): Math {
  return {
    type: 'math',
    meta: null,
    value: node.value,
    position: node.position,
    data: {
      hName: 'pre',
      hChildren: [
        {
          type: 'element',
          tagName: 'code',
          properties: { className: ['language-math', 'math-display'] },
          children: [{ type: 'text', value: node.value }],
        },
      ],
    },
  } as Math;
}

/** Trims the line break that separated a run of phrasing from the formula; drops runs left empty. */
function paragraphOf(children: PhrasingContent[]): Paragraph | undefined {
  const run = [...children];
  const first = run[0];
  if (first?.type === 'text') run[0] = { ...first, value: first.value.replace(/^[ \t]*\n/, '') };
  const last = run.at(-1);
  if (last?.type === 'text') run[run.length - 1] = { ...last, value: last.value.replace(/\n[ \t]*$/, '') };
  const kept = run.filter((node) => !(node.type === 'break' || (node.type === 'text' && node.value.trim() === '')));
  if (kept.length === 0) return undefined;
  const start = run[0]!.position?.start;
  const end = run.at(-1)!.position?.end;
  return { type: 'paragraph', children: run, ...(start && end ? { position: { start, end } } : {}) };
}

export function splitDisplayMath(paragraph: Paragraph, source: string): RootContent[] | undefined {
  const { children } = paragraph;
  const isLine = (index: number) => {
    const node = children[index]!;
    return node.type === 'inlineMath' && isDoubleDollar(node, source) && endsLine(children[index - 1]) && startsLine(children[index + 1]);
  };
  if (!children.some((_, index) => isLine(index))) return undefined;
  const blocks: RootContent[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    const block = paragraphOf(run);
    if (block) blocks.push(block);
    run = [];
  };
  children.forEach((node, index) => {
    if (isLine(index)) {
      flush();
      blocks.push(displayMath(node as InlineMath));
    } else run.push(node);
  });
  flush();
  return blocks;
}

export default function remarkOneLineDisplayMath() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      if (parent === undefined || index === undefined) return;
      const blocks = splitDisplayMath(node, source);
      if (!blocks) return;
      (parent.children as RootContent[]).splice(index, 1, ...blocks);
      return index + blocks.length;
    });
  };
}
