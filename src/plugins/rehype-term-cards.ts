// Glossary term cards: the first occurrence of each of the page's glossary terms in each section becomes
// a button that opens the term's card (a popover the page renders from the glossary, see TermCards.astro).
// Which occurrences is decided in src/lib/term-cards.ts; this plugin reads the text and wraps them.
// The ids of the terms it linked go to the frontmatter (`remarkPluginFrontmatter.cardTerms`) so the
// page renders exactly those cards.
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { parse } from 'yaml';
import { chooseOccurrences, spellings, termCardId, type CardTerm, type Segment, type Spelling } from '../lib/term-cards';

interface GlossaryFile extends CardTerm {
  links?: string[];
}

/** Elements whose text never links: headings, code, math, links, figures, and controls. */
const EXCLUDED = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'kbd',
  'samp',
  'math',
  'a',
  'figure',
  'figcaption',
  'button',
  'label',
  'summary',
  'svg',
  'script',
  'style',
  'template',
]);
/** A section starts at each h2 (the units of the contents list); h3 and below are parts of it. */
const SECTION = /^h[12]$/;
const INLINE = new Set([
  'em',
  'strong',
  'b',
  'i',
  'span',
  'sub',
  'sup',
  'mark',
  'small',
  'abbr',
  'cite',
  'q',
  'dfn',
  'del',
  'ins',
  's',
  'u',
  'bdi',
  'bdo',
  'data',
  'time',
  'var',
  'wbr',
  'br',
]);

function isExcluded(node: Element): boolean {
  if (EXCLUDED.has(node.tagName)) return true;
  const className = node.properties.className;
  return Array.isArray(className) && className.some((name) => name === 'katex' || name === 'katex-display' || name === 'figure');
}

let cache: { path: string; mtime: number; sorted: Spelling[]; byPage: Map<string, Set<string>> } | undefined;

/** The glossary, read once per build (again only when the file changes, for the dev server). */
function glossary(contentDir: string) {
  const path = resolve(contentDir, 'glossary.yaml');
  const mtime = statSync(path).mtimeMs;
  if (cache?.path !== path || cache.mtime !== mtime) {
    const terms = parse(readFileSync(path, 'utf8')) as GlossaryFile[];
    const byPage = new Map<string, Set<string>>();
    for (const term of terms) {
      if (!term.definition?.trim()) continue;
      for (const link of term.links ?? []) byPage.set(link, (byPage.get(link) ?? new Set()).add(term.id));
    }
    cache = { path, mtime, sorted: spellings(terms.map((term) => ({ ...term, aliases: term.aliases ?? [] }))), byPage };
  }
  return cache;
}

/** The site path of a content file: content/notes/optimizers.md → /notes/optimizers/. */
export function pagePath(contentDir: string, filePath: string): string | undefined {
  const match = /^(notes|architectures)\/([a-z0-9-]+)\.mdx?$/.exec(relative(resolve(contentDir), filePath).replaceAll('\\', '/'));
  return match ? `/${match[1]}/${match[2]}/` : undefined;
}

export default function rehypeTermCards(options: { contentDir?: string } = {}) {
  const contentDir = options.contentDir ?? process.env.CONTENT_DIR ?? './content';
  return (tree: Root, file: VFile) => {
    const page = file.path ? pagePath(contentDir, file.path) : undefined;
    const linkable = page ? glossary(contentDir).byPage.get(page) : undefined;
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {}).cardTerms = [];
    if (!linkable) return;

    // Page text in reading order; block boundaries become excluded breaks so words never join across them.
    const segments: Segment[] = [];
    const nodes: { node: Text; parent: Element | Root }[] = [];
    let section = 0;
    const walk = (parent: Element | Root, excluded: boolean) => {
      for (const child of parent.children) {
        if (child.type === 'text') {
          segments.push({ text: child.value, section, excluded });
          nodes.push({ node: child, parent });
        } else if (child.type === 'element') {
          if (SECTION.test(child.tagName)) section += 1;
          const block = !INLINE.has(child.tagName);
          if (block) (segments.push({ text: '\n', section, excluded: true }), nodes.push(undefined!));
          walk(child, excluded || isExcluded(child));
          if (block) (segments.push({ text: '\n', section, excluded: true }), nodes.push(undefined!));
        }
      }
    };
    walk(tree, false);

    const chosen = chooseOccurrences(segments, glossary(contentDir).sorted, linkable);
    // Wrap from the last occurrence back so earlier indexes stay valid.
    for (const occurrence of [...chosen].reverse()) {
      const { node, parent } = nodes[occurrence.segment]!;
      const before = node.value.slice(0, occurrence.start);
      const after = node.value.slice(occurrence.end);
      const word = node.value.slice(occurrence.start, occurrence.end);
      const button: Element = {
        type: 'element',
        tagName: 'button',
        properties: { type: 'button', className: ['term'], popoverTarget: termCardId(occurrence.termId) },
        children: [{ type: 'text', value: word }],
      };
      // The node keeps the text before the occurrence, so earlier occurrences in it keep their indexes.
      node.value = before;
      const replacement: ElementContent[] = before ? [node, button] : [button];
      if (after) replacement.push({ type: 'text', value: after });
      parent.children.splice(parent.children.indexOf(node), 1, ...replacement);
    }
    astro.frontmatter.cardTerms = [...new Set(chosen.map((occurrence) => occurrence.termId))];
  };
}
