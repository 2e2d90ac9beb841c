// Typora and Obsidian let a display formula start and end on its lines of TeX: `$$\begin{aligned}` …
// `\end{aligned}$$`. remark-math reads text after an opening `$$` as a "meta" string (dropped) and closes
// only at a line that is `$$` alone, so the formula loses its first line and swallows the rest of the note
// (or everything up to the next formula's opening `$$`). Run right after remark-math: at the top level, a
// display formula ends at its first unescaped `$$`, and the source after it is parsed again as Markdown.
import type { Root, RootContent } from 'mdast';
import type { Math } from 'mdast-util-math';
import type { Point } from 'unist';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** Where the formula written at `start` really ends (just after its closing `$$`), if not where remark-math ended it. */
export function trueMathEnd(source: string, start: number, end: number, node: Pick<Math, 'meta' | 'value'>): number | undefined {
  const opening = /^\$\$+/.exec(source.slice(start))?.[0].length ?? 0;
  if (opening === 0) return undefined;
  const close = /(?<!\\)\$\$/g;
  close.lastIndex = start + opening;
  const found = close.exec(source);
  if (!found) return undefined;
  const after = found.index + 2;
  // A well-formed block: its first `$$` after the opening is the closing fence that ends the node.
  if (node.meta == null && !node.value.includes('$$') && source.slice(after, end).trim() === '') return undefined;
  return after;
}

function pointAt(source: string, offset: number): Point {
  const before = source.slice(0, offset);
  const line = (before.match(/\n/g)?.length ?? 0) + 1;
  return { line, column: offset - before.lastIndexOf('\n'), offset };
}

/** Moves the positions of a tree parsed from `source.slice(base)` to where they are in `source`. */
function shift(nodes: RootContent[], source: string, base: number) {
  for (const node of nodes) {
    visit(node, (child) => {
      if (!child.position) return;
      child.position = {
        start: pointAt(source, base + (child.position.start.offset ?? 0)),
        end: pointAt(source, base + (child.position.end.offset ?? 0)),
      };
    });
  }
}

export default function remarkDisplayMathFences(this: Processor) {
  const parse = (text: string) => this.parse(text) as Root;
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    for (let index = 0; index < tree.children.length; index++) {
      const node = tree.children[index]!;
      if (node.type !== 'math' || node.position?.start.offset === undefined || node.position.end.offset === undefined) continue;
      const start = node.position.start.offset;
      const end = trueMathEnd(source, start, node.position.end.offset, node);
      if (end === undefined) continue;
      const opening = /^\$\$+/.exec(source.slice(start))![0].length;
      const tex = source.slice(start + opening, end - 2).trim();
      node.value = tex;
      node.meta = null;
      const code = (node.data as { hChildren?: { children: { type: 'text'; value: string }[] }[] } | undefined)?.hChildren?.[0];
      if (code) code.children = [{ type: 'text', value: tex }];
      node.position = { start: node.position.start, end: pointAt(source, end) };
      // Everything after the formula is read again: remark-math's reading of it went astray with the fence.
      const rest = parse(source.slice(end)).children;
      shift(rest, source, end);
      tree.children.splice(index + 1, tree.children.length - index - 1, ...rest);
    }
  };
}
