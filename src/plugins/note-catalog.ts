// What link resolution needs to know about every page, read from the content folder itself (the Markdown
// plugins run while Astro is still loading the collections, so the content store cannot be asked).
// Each file's title is read once (again when it changes); a target's headings only when a link names one of them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { titleFromBody } from '../lib/frontmatter-defaults';
import { headingAnchors, markdownHeadings, PageIndex, type Collection, type HeadingAnchor, type LinkablePage } from '../lib/note-links';

const COLLECTIONS: Collection[] = ['notes', 'architectures'];

interface CatalogEntry extends LinkablePage {
  file: string;
}

/** One file's entry, read again only when the file changes (the dev server keeps the catalog). */
function readPage(collection: Collection, file: string, slug: string): CatalogEntry {
  let data: Record<string, unknown> = {};
  let body = '';
  try {
    const parsed = parseFrontmatter(readFileSync(file, 'utf8'));
    data = parsed.frontmatter;
    body = parsed.content;
  } catch {
    // Malformed frontmatter fails the build in the schema, with the file named; here it only has no title.
  }
  const aliases = Array.isArray(data.aliases) ? data.aliases.map(String) : typeof data.aliases === 'string' ? [data.aliases] : [];
  const title = typeof data.title === 'string' ? data.title : titleFromBody(body, slug);
  return { collection, slug, title, aliases, file, draft: data.published === false };
}

/** How often the folder is looked at again for added, removed or edited notes. */
const RESCAN_MS = 1000;

export class NoteCatalog {
  private readonly entries = new Map<string, { mtime: number; page: CatalogEntry }>();
  private pages: CatalogEntry[] = [];
  private pageIndex: PageIndex | undefined;
  private scannedAt = -Infinity;
  private readonly ids = new Map<string, { mtime: number; ids: HeadingAnchor[] }>();

  constructor(private readonly contentDir: string) {}

  /** Brings the pages up to date with the folder, at most once a second. */
  private scan(force = false): void {
    if (!force && performance.now() - this.scannedAt < RESCAN_MS) return;
    this.scannedAt = performance.now();
    const seen = new Set<string>();
    let changed = false;
    for (const collection of COLLECTIONS) {
      let names: string[] = [];
      try {
        names = readdirSync(join(this.contentDir, collection));
      } catch {
        continue;
      }
      for (const name of names.filter((entry) => /\.mdx?$/.test(entry)).sort()) {
        const file = join(this.contentDir, collection, name);
        seen.add(file);
        const mtime = statSync(file).mtimeMs;
        if (this.entries.get(file)?.mtime === mtime) continue;
        this.entries.set(file, { mtime, page: readPage(collection, file, name.replace(/\.mdx?$/, '')) });
        changed = true;
      }
    }
    for (const file of this.entries.keys()) {
      if (!seen.has(file)) {
        this.entries.delete(file);
        changed = true;
      }
    }
    if (changed || this.pageIndex === undefined) {
      this.pages = [...this.entries.values()].map((entry) => entry.page);
      this.pageIndex = new PageIndex(this.pages);
    }
  }

  index(): PageIndex {
    this.scan();
    return this.pageIndex!;
  }

  /** Looks at the folder now, not at most once a second (before reporting a link as broken). */
  refresh(): void {
    this.scan(true);
  }

  /** The page of a file in a collection, if there is one. */
  page(collection: Collection, slug: string): LinkablePage | undefined {
    this.scan();
    return this.pages.find((page) => page.collection === collection && page.slug === slug);
  }

  /** The headings of a page (ids and the names links may use), or undefined when its file does not exist. */
  headingIds(collection: Collection, slug: string): HeadingAnchor[] | undefined {
    for (const extension of ['.md', '.mdx']) {
      const file = join(this.contentDir, collection, slug + extension);
      let mtime: number;
      try {
        mtime = statSync(file).mtimeMs;
      } catch {
        continue;
      }
      const cached = this.ids.get(file);
      if (cached?.mtime === mtime) return cached.ids;
      const ids = headingAnchors(markdownHeadings(parseFrontmatter(readFileSync(file, 'utf8')).content));
      this.ids.set(file, { mtime, ids });
      return ids;
    }
    return undefined;
  }
}

const catalogs = new Map<string, NoteCatalog>();

/** One catalog per content folder and process. */
export function catalogFor(contentDir: string): NoteCatalog {
  let catalog = catalogs.get(contentDir);
  if (!catalog) catalogs.set(contentDir, (catalog = new NoteCatalog(contentDir)));
  return catalog;
}
