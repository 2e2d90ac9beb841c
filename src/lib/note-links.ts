// Links between notes as authors write them in other editors: Obsidian `[[Note]]`, `[[Note|text]]`,
// `[[Note#Heading]]`, and relative file links `./other.md`, `../x.md#heading`. Pure resolution to site
// paths; the Markdown plugin (src/plugins/remark-note-links.ts) reads the files and reports the failures.
import { dirname, relative, resolve, sep } from 'node:path';
import GithubSlugger from 'github-slugger';
import katex from 'katex';

export type Collection = 'notes' | 'architectures';

export interface LinkablePage {
  collection: Collection;
  /** The file name without extension; also the page's URL segment. */
  slug: string;
  title: string;
  /** Other names from frontmatter `aliases` (Obsidian). */
  aliases: readonly string[];
  /** `published: false`: built and checked, but no page to link to. */
  draft?: boolean;
}

export type Resolved<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Resolved<T> => ({ ok: true, value });
const fail = <T>(reason: string): Resolved<T> => ({ ok: false, reason });

export function pagePath(page: Pick<LinkablePage, 'collection' | 'slug'>): string {
  return `/${page.collection}/${page.slug}/`;
}

/** Names compare without case, Unicode form or spacing differences ("Batch  Norm" = "batch norm"). */
export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Finds the page a wiki link names. The file name wins over titles and aliases: a file name is unique
 * and stable, while two notes may share a title. Titles are tried next, then aliases; a name that two
 * pages share at the level where it is found is reported as ambiguous, never guessed.
 */
export class PageIndex {
  private readonly bySlug = new Map<string, LinkablePage[]>();
  private readonly byTitle = new Map<string, LinkablePage[]>();
  private readonly byAlias = new Map<string, LinkablePage[]>();

  constructor(pages: Iterable<LinkablePage>) {
    const add = (map: Map<string, LinkablePage[]>, key: string, page: LinkablePage) => {
      const list = map.get(key) ?? [];
      if (!list.includes(page)) list.push(page);
      map.set(key, list);
    };
    for (const page of pages) {
      add(this.bySlug, page.slug, page);
      add(this.byTitle, normalizeName(page.title), page);
      for (const alias of page.aliases) add(this.byAlias, normalizeName(alias), page);
    }
  }

  find(name: string): Resolved<LinkablePage> {
    const key = normalizeName(name).replace(/\.mdx?$/, '');
    const levels: [string, Map<string, LinkablePage[]>, string][] = [
      ['file name', this.bySlug, key.replace(/ /g, '-')],
      ['title', this.byTitle, key],
      ['alias', this.byAlias, key],
    ];
    for (const [level, map, lookup] of levels) {
      const found = map.get(lookup);
      if (found?.length === 1) return ok(found[0]!);
      if (found && found.length > 1) {
        return fail(`${found.length} pages have this ${level} (${found.map(pagePath).join(', ')}); link by file name instead`);
      }
    }
    return fail('no note or architecture page has this file name, title or alias');
  }
}

export interface WikiTarget {
  page: string;
  heading: string;
}

/** "Note#Heading" → parts; a trailing "\" is the escape Obsidian writes before "|" inside tables. */
export function parseWikiTarget(raw: string): WikiTarget {
  const target = raw.replace(/\\$/, '').trim();
  const hashAt = target.indexOf('#');
  if (hashAt === -1) return { page: target, heading: '' };
  return { page: target.slice(0, hashAt).trim(), heading: target.slice(hashAt + 1).trim() };
}

export interface HeadingAnchor {
  /** The element id the heading gets on the page. */
  id: string;
  /** What a link may write for it: the heading as written and as it reads (normalized). */
  names: string[];
}

/** The text KaTeX renders for inline math (what Astro's heading ids are made of), tags and entities removed. */
function renderedMathText(tex: string): string {
  return katex
    .renderToString(tex, { throwOnError: false, strict: 'ignore' })
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name] ?? "'");
}

/**
 * The ids a page's headings get, in order: github-slugger over the heading's text as Astro's
 * rehype-heading-ids reads it, which for inline math is KaTeX's rendered text ("$L_2$" → "L2L_2L2").
 */
export function headingAnchors(headings: readonly { text: string; source?: string }[]): HeadingAnchor[] {
  const slugger = new GithubSlugger();
  return headings.map(({ text, source = text }) => {
    const rendered = plainText(source.replace(/(?<![\\$])\$([^$\n]+?)(?<!\\)\$/g, (_, tex: string) => renderedMathText(tex)));
    return { id: slugger.slug(rendered), names: [...new Set([normalizeName(text), normalizeName(source)])] };
  });
}

/** The ids of headings written as plain text. */
export function headingIds(headings: readonly string[]): string[] {
  return headingAnchors(headings.map((text) => ({ text }))).map((anchor) => anchor.id);
}

/** The id of a heading written as its text ("핵심 아이디어", "$L_2$ 정규화") or as its id ("핵심-아이디어"). */
export function resolveHeading(heading: string, anchors: readonly HeadingAnchor[]): Resolved<string> {
  if (heading.startsWith('^')) return fail(`block references (#${heading}) are not supported; link a heading`);
  const byId = anchors.find((anchor) => anchor.id === heading);
  if (byId) return ok(byId.id);
  const name = normalizeName(heading);
  const byName = anchors.find((anchor) => anchor.names.includes(name));
  if (byName) return ok(byName.id);
  const slug = new GithubSlugger().slug(heading);
  const bySlug = anchors.find((anchor) => anchor.id === slug);
  if (bySlug) return ok(bySlug.id);
  return fail(`no heading "${heading}" there`);
}

/** A link written relative to the note's file ("./other.md#x"), as opposed to a URL or a site path. */
export function isRelativeLink(url: string): boolean {
  return url !== '' && !/^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(url);
}

export interface RelativeTarget {
  collection: Collection;
  slug: string;
  hash: string;
}

/** Maps "./other.md#h" written in `fromFile` to the page it names, if it is a note or architecture file. */
export function relativeNoteTarget(url: string, fromFile: string, contentDir: string): Resolved<RelativeTarget> {
  const hashAt = url.indexOf('#');
  const pathPart = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : safeDecode(url.slice(hashAt + 1));
  const path = safeDecode(pathPart.replace(/\?.*$/, ''));
  if (!/\.mdx?$/i.test(path)) {
    return fail(
      'only links to other notes (.md) are resolved; save files next to the note as images, or link a site path such as /notes/<slug>/',
    );
  }
  const absolute = resolve(dirname(fromFile), path);
  const inside = relative(resolve(contentDir), absolute).split(sep);
  if (inside.length === 2 && (inside[0] === 'notes' || inside[0] === 'architectures')) {
    return ok({ collection: inside[0], slug: inside[1]!.replace(/\.mdx?$/i, ''), hash });
  }
  return fail(`${path} is not a file in content/notes or content/architectures`);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Heading texts of a Markdown body, in order, outside fenced code and $$ blocks (ATX headings only). */
export function markdownHeadings(markdown: string): { depth: number; text: string; source: string }[] {
  const headings: { depth: number; text: string; source: string }[] = [];
  /** The fence that opened the block we are in: "```", "~~~~", or "$$". */
  let fence: string | undefined;
  /** The previous line when it is one line of paragraph text (a setext heading's text, if "===" or "---" follows). */
  let paragraphLine: string | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const text = line.trim();
    const previous = paragraphLine;
    paragraphLine = undefined;
    if (fence === '$$') {
      if (text.endsWith('$$')) fence = undefined;
      continue;
    }
    if (fence !== undefined) {
      if (text.startsWith(fence) && /^(`+|~+)$/.test(text) && text[0] === fence[0]) fence = undefined;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (open !== undefined) fence = open;
    // "$$" opens a display block unless the line also closes it ("$$x$$").
    else if (text.startsWith('$$') && !(text.length > 2 && text.endsWith('$$'))) fence = '$$';
    else if (previous !== undefined && /^ {0,3}(=+|-+)[ \t]*$/.test(line)) {
      // Setext: "제목\n===" is a level-1 heading, "제목\n---" a level-2 one.
      headings.push({ depth: text.startsWith('=') ? 1 : 2, text: plainText(previous), source: previous });
    } else {
      const heading = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
      if (heading) headings.push({ depth: heading[1]!.length, text: plainText(heading[2]!), source: heading[2]!.trim() });
      else if (text !== '' && !/^ {4}|^\t/.test(line) && !/^(>|[-*+] |\d+[.)] |\||<)/.test(text)) paragraphLine = text;
    }
  }
  return headings;
}

/** Heading text as it reads on the page: inline markup removed, link and wiki-link texts kept. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[\[([^\]|]*)\|([^\]]*)\]\]/g, '$2')
    .replace(/!?\[\[([^\]]*)\]\]/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*{1,3}|_{1,3}|~~|`+)(.+?)\1/g, '$2')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .trim();
}
