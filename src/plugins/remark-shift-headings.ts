// The title is drawn from frontmatter as the page's only <h1>; notes written elsewhere often use `#` in the
// body too. When a body has a level-1 heading, every heading moves down one level (h1→h2 … h5→h6, h6 stays),
// so the outline and the table of contents keep their shape. The build says so once per note.
import type { Heading, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { placeIn } from './source-place';

export default function remarkShiftHeadings() {
  return (tree: Root, file: VFile) => {
    let first: Heading | undefined;
    visit(tree, 'heading', (node: Heading) => {
      if (node.depth === 1) {
        first = node;
        return false;
      }
    });
    if (!first) return;
    visit(tree, 'heading', (node: Heading) => {
      node.depth = Math.min(node.depth + 1, 6) as Heading['depth'];
    });
    console.warn(
      `${placeIn(file, first.position?.start)}: warning: the body uses # headings; every heading was moved down one level (the title is the page's only h1). Write ## for sections to silence this.`,
    );
  };
}
