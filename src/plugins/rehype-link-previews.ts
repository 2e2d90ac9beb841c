// Links to other notes and architecture pages point at a preview of that page (title, category, date,
// description) that the page renders from the collections (LinkPreviews.astro): `aria-describedby` gives
// screen readers the same summary the preview shows on hover and focus. The linked paths go to the
// frontmatter (`remarkPluginFrontmatter.linkPreviews`). Runs after remark-base-links has added the base.
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { previewId, previewTarget } from '../lib/link-previews';
import { pagePath } from './rehype-term-cards';
import { isRenderedMath } from './rendered-math';

export default function rehypeLinkPreviews(options: { base: string; contentDir?: string }) {
  const contentDir = options.contentDir ?? process.env.CONTENT_DIR ?? './content';
  return (tree: Root, file: VFile) => {
    const self = file.path ? pagePath(contentDir, file.path) : undefined;
    const paths = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (isRenderedMath(node)) return SKIP;
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      const path = previewTarget(node.properties.href, options.base);
      if (!path || path === self) return;
      node.properties.ariaDescribedBy = [previewId(path)];
      paths.add(path);
    });
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {}).linkPreviews = [...paths];
  };
}
