// Turns links between notes into site links: Obsidian wiki links (parsed by remark-wiki-link, run before
// this plugin) and links relative to the note's file ("./other.md#절"). Every link that names a note or
// heading that does not exist is reported with file:line:column (src/plugins/problems.ts); the content
// loader gathers these errors from all notes, so one build reports every broken link.
import { relative, resolve, sep } from 'node:path';
import type { Link, Parent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import {
  isRelativeLink,
  pagePath,
  parseWikiTarget,
  relativeNoteTarget,
  resolveHeading,
  type Collection,
  type LinkablePage,
  type Resolved,
} from '../lib/note-links';
import { internalPageLinks } from '../lib/backlinks';
import { IMAGE_EXTENSION } from '../lib/note-images';
import { catalogFor, type NoteCatalog } from './note-catalog';
import { reportProblem } from './problems';

const DRAFT = 'that note is a draft (published: false), so it has no page yet';

interface WikiLinkNode {
  type: 'wikiLink';
  value: string;
  data?: { alias?: string | null };
  position?: Link['position'];
}

function ownPage(file: VFile, contentDir: string): { collection: Collection; slug: string } | undefined {
  if (!file.path) return undefined;
  const [collection, name] = relative(contentDir, resolve(file.path)).split(sep);
  if ((collection === 'notes' || collection === 'architectures') && name) return { collection, slug: name.replace(/\.mdx?$/, '') };
  return undefined;
}

function findPage(catalog: NoteCatalog, name: string): Resolved<LinkablePage> {
  const found = catalog.index().find(name);
  if (found.ok && !found.value.draft) return found;
  // The dev server keeps its catalog while notes are added: look at the folder again before failing.
  catalog.refresh();
  return catalog.index().find(name);
}

/** The site path of a page with an optional heading, or why there is none. */
function withHeading(catalog: NoteCatalog, page: { collection: Collection; slug: string }, heading: string): Resolved<string> {
  const path = pagePath(page);
  if (heading === '') return { ok: true, value: path };
  const ids = catalog.headingIds(page.collection, page.slug);
  if (ids === undefined) return { ok: false, reason: `${path} has no source file` };
  const id = resolveHeading(heading, ids);
  return id.ok ? { ok: true, value: `${path}#${id.value}` } : id;
}

export default function remarkNoteLinks(options: { contentDir: string }) {
  const contentDir = resolve(options.contentDir);
  return (tree: Root, file: VFile) => {
    const catalog = catalogFor(contentDir);
    // The pages this note links to, for backlinks (src/data/site.ts reads them from the rendered metadata).
    const linked = new Set<string>();
    const report = (node: { position?: Link['position'] }, link: string, reason: string) =>
      reportProblem(file, node.position, `broken link ${link}: ${reason}`);

    visit(tree, 'wikiLink' as never, (node: WikiLinkNode, index: number | undefined, parent: Parent | undefined) => {
      if (parent === undefined || index === undefined) return;
      const { page, heading } = parseWikiTarget(node.value);
      const target = page === '' ? ownPage(file, contentDir) : findPage(catalog, page);
      const written = `[[${node.value}]]`;
      if (target === undefined) return void report(node, written, 'a heading link needs a note file');
      if ('ok' in target && !target.ok) return void report(node, written, target.reason);
      const resolvedPage = 'ok' in target ? target.value : target;
      if ('draft' in resolvedPage && resolvedPage.draft) return void report(node, written, DRAFT);
      const url = withHeading(catalog, resolvedPage, heading);
      if (!url.ok) return void report(node, written, url.reason);
      const alias = node.data?.alias;
      const text = alias && alias !== node.value ? alias : [page, heading].filter(Boolean).join(' › ');
      linked.add(url.value.replace(/#.*$/, ''));
      const link: Link = { type: 'link', url: url.value, children: [{ type: 'text', value: text } as Text], position: node.position };
      parent.children.splice(index, 1, link as Parent['children'][number]);
    });

    visit(tree, ['link', 'definition'], (node) => {
      const target = node as { url: string; position?: Link['position'] };
      if (!isRelativeLink(target.url) || file.path === undefined) return;
      // A definition for an image reference (![alt][ref]) is an image source: remark-note-images checks it.
      if (node.type === 'definition' && IMAGE_EXTENSION.test(target.url.replace(/[?#].*$/, ''))) return;
      const resolved = relativeNoteTarget(target.url, resolve(file.path), contentDir);
      if (!resolved.ok) return void report(target, target.url, resolved.reason);
      const { collection, slug, hash } = resolved.value;
      if (catalog.headingIds(collection, slug) === undefined) return void report(target, target.url, 'no such note file');
      if (catalog.page(collection, slug)?.draft && (catalog.refresh(), catalog.page(collection, slug)?.draft)) {
        return void report(target, target.url, DRAFT);
      }
      const url = withHeading(catalog, { collection, slug }, hash);
      if (!url.ok) return void report(target, target.url, url.reason);
      target.url = url.value;
      linked.add(url.value.replace(/#.*$/, ''));
    });

    // Links written as site paths (/notes/x/), read from the source as the backlinks always have been:
    // the loader does not keep a rendered note's source (src/loaders/strict-glob.ts).
    for (const path of internalPageLinks(String(file.value))) linked.add(path);

    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.noteLinks = [...linked];
  };
}
