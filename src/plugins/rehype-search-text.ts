// The text a page gives search, read once from the Markdown tree that is rendered anyway, and left in
// the frontmatter (`remarkPluginFrontmatter.searchText`) for src/pages/search-terms.json.ts, which
// works out the page's Korean-aware terms from it. Doing this here, while Astro renders the Markdown
// (and caches the result with it), spares the search-index step from parsing every finished HTML page
// again, which was most of its cost. It runs last, so it reads what the page shows: math is skipped
// the way Pagefind skips it (data-pagefind-ignore from rehype-render-math), headings are included.
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';

/** Elements whose text runs on with its neighbours; every other element ends a word. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'code',
  'del',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
]);
const SKIPPED = new Set(['script', 'style', 'template']);

function collect(nodes: ElementContent[] | Root['children'], out: string[]) {
  for (const node of nodes) {
    if (node.type === 'text') out.push(node.value);
    else if (node.type === 'element') {
      const element = node as Element;
      // Figures drawn at build time (src/lib/figures) are left out: their text is axis labels, legends and
      // tick values, which Pagefind indexes as words; stems and joins of them would only add noise.
      if (
        SKIPPED.has(element.tagName) ||
        element.properties.dataPagefindIgnore !== undefined ||
        element.properties.dataFigure !== undefined
      )
        continue;
      collect(element.children, out);
      if (!INLINE.has(element.tagName)) out.push('\n');
    }
  }
}

/** The visible text of a rendered Markdown tree, blocks separated by line breaks. */
export function searchText(tree: Root): string {
  const out: string[] = [];
  collect(tree.children, out);
  return out
    .join('')
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim();
}

export default function rehypeSearchText() {
  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (astro.frontmatter ??= {}).searchText = searchText(tree);
  };
}
