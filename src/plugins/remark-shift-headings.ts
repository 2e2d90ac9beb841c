// The title is drawn from frontmatter as the page's only <h1>; notes written elsewhere often use `#` in the
// body too. When a body has a level-1 heading, every heading moves down one level (h1→h2 … h5→h6, h6 stays),
// so the outline and the table of contents keep their shape. The build says so once per note. A first
// `# 제목` that repeats the title is dropped instead.
import type { Heading, Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { normalizeName } from '../lib/note-links';
import { placeIn } from './source-place';

export default function remarkShiftHeadings() {
  return (tree: Root, file: VFile) => {
    // A note that opens with its title as "# 제목" (or whose title was taken from it) shows it once, as the h1.
    const title = (file.data as { astro?: { frontmatter?: { title?: unknown } } }).astro?.frontmatter?.title;
    const opening = tree.children.findIndex((node) => node.type !== 'html' && node.type !== 'yaml');
    const head = tree.children[opening];
    if (
      typeof title === 'string' &&
      head?.type === 'heading' &&
      head.depth === 1 &&
      normalizeName(toString(head)) === normalizeName(title)
    ) {
      tree.children.splice(opening, 1);
    }
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
