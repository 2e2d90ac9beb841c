// What link resolution needs to know about every page, read from the content folder itself (the Markdown
// plugins run while Astro is still loading the collections, so the content store cannot be asked).
// Titles are read once per build process; a target's headings only when a link names one of them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { titleFromBody } from '../lib/frontmatter-defaults';
import { headingIds, markdownHeadings, PageIndex, type Collection, type LinkablePage } from '../lib/note-links';

const COLLECTIONS: Collection[] = ['notes', 'architectures'];

interface CatalogEntry extends LinkablePage {
  file: string;
}

function listPages(contentDir: string): CatalogEntry[] {
  const pages: CatalogEntry[] = [];
  for (const collection of COLLECTIONS) {
    let names: string[] = [];
    try {
      names = readdirSync(join(contentDir, collection));
    } catch {
      continue;
    }
    for (const name of names.filter((entry) => /\.mdx?$/.test(entry)).sort()) {
      const file = join(contentDir, collection, name);
      const slug = name.replace(/\.mdx?$/, '');
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
      pages.push({ collection, slug, title, aliases, file, draft: data.published === false });
    }
  }
  return pages;
}

export class NoteCatalog {
  private pages: CatalogEntry[] | undefined;
  private pageIndex: PageIndex | undefined;
  private readonly ids = new Map<string, { mtime: number; ids: string[] }>();

  constructor(private readonly contentDir: string) {}

  index(): PageIndex {
    this.pages ??= listPages(this.contentDir);
    this.pageIndex ??= new PageIndex(this.pages);
    return this.pageIndex;
  }

  /** Reads the folder again (the dev server keeps one catalog while notes are added). */
  refresh(): void {
    this.pages = undefined;
    this.pageIndex = undefined;
  }

  /** The page of a file in a collection, if there is one. */
  page(collection: Collection, slug: string): LinkablePage | undefined {
    this.pages ??= listPages(this.contentDir);
    return this.pages.find((page) => page.collection === collection && page.slug === slug);
  }

  /** The heading ids of a page, or undefined when its file does not exist. */
  headingIds(collection: Collection, slug: string): string[] | undefined {
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
      const ids = headingIds(markdownHeadings(parseFrontmatter(readFileSync(file, 'utf8')).content).map((h) => h.text));
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
