// Pure link checking over built HTML: which internal hrefs/srcs do not resolve.
import { distFileFor, sourceHintFor, splitHref } from './links';

export interface BrokenLink {
  /** The source file (content/notes/x.md) or page that holds the link. */
  source: string;
  href: string;
  reason: string;
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const SRCSET = /\ssrcset="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Element ids of a page, for anchor checks. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((match) => decodeEntities(match[1]!)));
}

/** Internal references (root-relative or same-page anchors) in a page, decoded. */
export function referencesOf(html: string): string[] {
  const refs = [...html.matchAll(ATTRIBUTE)].map((match) => decodeEntities(match[1]!));
  for (const match of html.matchAll(SRCSET)) {
    for (const candidate of decodeEntities(match[1]!).split(',')) refs.push(candidate.trim().split(/\s+/)[0]!);
  }
  return refs.filter((ref) => (ref.startsWith('/') && !ref.startsWith('//')) || ref.startsWith('#'));
}

/** What the checker needs of a page: its ids and its internal references (not its whole HTML). */
export interface PageLinks {
  ids: Set<string>;
  references: string[];
}

export function pageLinks(html: string): PageLinks {
  return { ids: idsOf(html), references: [...new Set(referencesOf(html))] };
}

export interface SiteFiles {
  base: string;
  /** Every file in dist/, relative ("notes/x/index.html"). */
  files: Set<string>;
  /** The links of every page, keyed by its dist-relative file name. */
  pages: Map<string, PageLinks>;
}

/** The URL path (without base) of a dist HTML file, for naming its source. */
function pagePathOf(file: string): string {
  return `/${file.replace(/index\.html$/, '').replace(/\.html$/, '')}`;
}

export function findBrokenLinks(site: SiteFiles): BrokenLink[] {
  const idsFor = (file: string) => site.pages.get(file)?.ids ?? new Set<string>();
  const problems: BrokenLink[] = [];
  for (const [file, links] of site.pages) {
    const source = sourceHintFor(pagePathOf(file));
    for (const href of links.references) {
      const { path, hash } = splitHref(href);
      let target = file;
      if (path !== '') {
        const resolved = distFileFor(path, site.base);
        if (resolved === undefined) {
          problems.push({ source, href, reason: `outside the base ${site.base}` });
          continue;
        }
        target = site.files.has(resolved) ? resolved : site.files.has(`${resolved}/index.html`) ? `${resolved}/index.html` : '';
        if (target === '') {
          problems.push({ source, href, reason: 'no such page or file' });
          continue;
        }
      }
      if (hash !== '' && target.endsWith('.html') && !idsFor(target).has(hash)) {
        problems.push({ source, href, reason: `no element with id "${hash}"` });
      }
    }
  }
  return problems;
}
