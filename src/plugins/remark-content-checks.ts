// Checks that need the parsed Markdown: a page must have a body, and we note whether it has math
// so that the layout loads KaTeX's stylesheet only where it is needed.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export default function remarkContentChecks() {
  return (tree: Root, file: VFile) => {
    const meaningful = tree.children.filter((node) => node.type !== 'html' && node.type !== 'yaml');
    if (meaningful.length === 0) {
      throw new Error(`${file.path}: the page has no body (only frontmatter); write the note or remove the file`);
    }
    let hasMath = false;
    visit(tree, ['math', 'inlineMath'], () => {
      hasMath = true;
      return false;
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.hasMath = hasMath;
  };
}
