// Heading ids and the heading list for the table of contents, read the way a reader sees the heading
// (formulas once, see headingText). Astro's own pass keeps ids that are already set, but its text
// would repeat every formula, so pages take the list this plugin leaves in the frontmatter
// (`remarkPluginFrontmatter.headings`) instead of Astro's `headings`.
import type { Element, Root } from 'hast';
import GithubSlugger from 'github-slugger';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { headingText } from '../lib/heading-text';
import type { Heading } from '../lib/toc';
import { isRenderedMath } from './rendered-math';

export default function rehypeHeadingIds() {
  return (tree: Root, file: VFile) => {
    const slugger = new GithubSlugger();
    const headings: Heading[] = [];
    visit(tree, 'element', (node: Element) => {
      if (isRenderedMath(node)) return SKIP;
      const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (!depth) return;
      const text = headingText(node);
      if (typeof node.properties.id !== 'string') node.properties.id = slugger.slug(text);
      headings.push({ depth: Number(depth), slug: node.properties.id as string, text });
      return SKIP;
    });
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {}).headings = headings;
  };
}
