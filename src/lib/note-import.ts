// Bringing a folder of notes written elsewhere (an Obsidian vault, Jekyll _posts, a course repository)
// into content/notes: the body is kept as written except for links and images, which are rewritten to
// what this site resolves; whatever cannot be kept is turned into plain text and reported, so the
// imported notes build. The command (scripts/import-notes.ts) does the file work around these functions.
import type { Html, Image, Link, Nodes, Parent, Root, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkWikiLink from 'remark-wiki-link';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { descriptionFromBody, IGNORED_KEYS, titleFromBody } from './frontmatter-defaults';
import { embedWidth, findEmbeds, IMAGE_EXTENSION, imageSourceKind } from './note-images';
import { isRelativeLink, parseWikiTarget } from './note-links';

export interface ImportReport {
  changes: string[];
  problems: string[];
}

export interface BodyResolvers {
  /** The slug of an imported or existing note named by a wiki link (file name, title or alias). */
  note(name: string): string | undefined;
  /** What to show for a wiki link without text of its own that names a note by its old file name: its title. */
  label?(name: string): string | undefined;
  /** The slug of the imported note a relative link points at ("./02_Basics.md" from this note). */
  relativeNote(path: string): string | undefined;
  /** Copies an image found next to this note (relative path) or anywhere in the folder (embed by name), returning its new relative path. */
  image(reference: string, embedded: boolean): string | undefined;
}

interface WikiLinkNode {
  type: 'wikiLink';
  value: string;
  data?: { alias?: string | null };
  position?: Link['position'];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkWikiLink, { aliasDivider: '|' });

/**
 * Rewrites links and images of a Markdown body; everything else stays byte for byte. Reports name lines
 * of the original file: `linesBefore` is how many lines (frontmatter) come before the body there.
 */
export function rewriteBody(body: string, resolve: BodyResolvers, linesBefore = 0): { body: string } & ImportReport {
  const lineOf = (node: { position?: Link['position'] }) => (node.position?.start.line ?? 0) + linesBefore;
  const tree = parser.parse(body) as Root;
  const edits: Edit[] = [];
  const changes: string[] = [];
  const problems: string[] = [];
  const source = (node: Nodes) => body.slice(node.position!.start.offset!, node.position!.end.offset!);
  const replace = (node: Nodes, text: string) => edits.push({ start: node.position!.start.offset!, end: node.position!.end.offset!, text });
  const childText = (node: Parent) =>
    node.children.length === 0 ? '' : body.slice(node.children[0]!.position!.start.offset!, node.children.at(-1)!.position!.end.offset!);

  visitParents(tree, (node, ancestors) => {
    if (!node.position) return;
    const inTable = ancestors.some((ancestor) => ancestor.type === 'tableCell');
    const bar = inTable ? '\\|' : '|';
    if ((node as unknown as WikiLinkNode).type === 'wikiLink') {
      const wiki = node as unknown as WikiLinkNode;
      const { page, heading } = parseWikiTarget(wiki.value);
      if (page === '') return;
      const slug = resolve.note(page);
      const own = wiki.data?.alias && wiki.data.alias !== wiki.value ? wiki.data.alias : undefined;
      const alias = own ?? [(slug && resolve.label?.(page)) || page, heading].filter(Boolean).join(' › ');
      if (slug === undefined) {
        replace(node as Nodes, alias);
        problems.push(`line ${lineOf(wiki)}: ${source(node as Nodes)} names no note; left as text "${alias}"`);
        return;
      }
      const text = `[[${slug}${heading ? `#${heading}` : ''}${bar}${alias}]]`;
      if (text !== source(node as Nodes)) {
        replace(node as Nodes, text);
        changes.push(`line ${lineOf(wiki)}: ${source(node as Nodes)} → ${text}`);
      }
      return;
    }
    if (node.type === 'link' && isRelativeLink(node.url)) {
      const [path, hash] = splitHash(node.url);
      if (!/\.mdx?$/i.test(safeDecode(path))) return;
      const slug = resolve.relativeNote(safeDecode(path));
      const written = source(node);
      if (slug === undefined) {
        replace(node, childText(node));
        problems.push(`line ${lineOf(node)}: ${node.url} is not an imported note; link left as text`);
        return;
      }
      const url = `./${slug}.md${hash ? `#${hash}` : ''}`;
      const text = written.replace(node.url, url);
      if (text !== written) {
        replace(node, text);
        changes.push(`line ${lineOf(node)}: ${node.url} → ${url}`);
      }
      return 'skip';
    }
    if (node.type === 'image') {
      rewriteImage(node);
      return;
    }
    if (node.type === 'html') {
      rewriteHtml(node, inTable, ancestors.at(-1)?.type === 'paragraph');
      return;
    }
    if (node.type === 'text') rewriteEmbeds(node);
    return undefined;
  });

  // The site shows HTML written in a note as text; blog notes use <img> for sized images and <br> for breaks.
  function rewriteHtml(node: Html, inTable: boolean, inParagraph: boolean) {
    const tag = node.value.trim();
    // Comments stay invisible on the site (and figure markers are comments).
    if (tag.startsWith('<!--')) return;
    const img = /^<img\s([^>]*?)\/?>$/i.exec(tag);
    if (img) {
      const attribute = (name: string) =>
        new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
          .exec(img[1]!)
          ?.slice(1)
          .find((v) => v !== undefined);
      const src = attribute('src');
      if (src === undefined) return;
      const alt = attribute('alt') ?? '';
      const markdown = `![${alt}](${src})`;
      changes.push(`line ${lineOf(node)}: HTML ${tag} → ${markdown}`);
      // The new image is checked and copied like any other image.
      rewriteImage({ type: 'image', url: src, alt, position: node.position }, markdown);
      return;
    }
    if (/^<br\s*\/?>$/i.test(tag) && inParagraph && !inTable) {
      replace(node, '\\\n');
      changes.push(`line ${lineOf(node)}: HTML ${tag} → a Markdown line break`);
    } else if (/^<br\s*\/?>$/i.test(tag) && !inParagraph) {
      replace(node, '');
      changes.push(`line ${lineOf(node)}: HTML ${tag} on its own line removed (paragraphs are separated by blank lines)`);
    } else {
      problems.push(
        `line ${lineOf(node)}: HTML ${tag.length > 60 ? `${tag.slice(0, 60)}…` : tag} will show as text (the site does not run HTML in notes)`,
      );
    }
  }

  function rewriteImage(node: Image, written = source(node)) {
    const kind = imageSourceKind(node.url);
    if (kind === 'remote') {
      replace(node, `[${node.alt || '그림'}](${node.url})`);
      problems.push(`line ${lineOf(node)}: remote image ${node.url} became a link; save it next to the note to show it`);
    } else if (kind === 'local') {
      const copied = resolve.image(safeDecode(node.url.replace(/[?#].*$/, '')), false);
      if (copied === undefined) {
        replace(node, node.alt ?? '');
        problems.push(`line ${lineOf(node)}: image ${node.url} not found; left its alt text`);
      } else if (copied !== node.url || written !== source(node)) {
        replace(node, written.replace(node.url, encodeURI(copied)));
        changes.push(`line ${lineOf(node)}: image ${node.url} copied to ${copied}`);
      }
    } else if (written !== source(node)) replace(node, written);
  }

  function rewriteEmbeds(node: Text) {
    const start = node.position!.start.offset!;
    const written = body.slice(start, node.position!.end.offset!);
    for (const embed of findEmbeds(written)) {
      const line = lineOf(node) + (written.slice(0, embed.start).match(/\n/g)?.length ?? 0);
      const original = written.slice(embed.start, embed.end);
      const at = { start: start + embed.start, end: start + embed.end };
      if (!IMAGE_EXTENSION.test(embed.target)) {
        const slug = resolve.note(embed.target);
        const text = slug ? `[[${slug}|${embed.target}]]` : embed.target;
        edits.push({ ...at, text });
        if (slug) changes.push(`line ${line}: embedded note ${original} became the link ${text}`);
        else problems.push(`line ${line}: ${original} names no note; left as text`);
        continue;
      }
      const copied = resolve.image(embed.target, true);
      const width = embedWidth(embed.option);
      const alt = width === undefined && embed.option ? embed.option : embed.target.replace(/\.[^.]+$/, '');
      if (copied === undefined) {
        edits.push({ ...at, text: alt });
        problems.push(`line ${line}: image ${original} not found in the folder; left its name as text`);
        continue;
      }
      const text = `![${alt}](${encodeURI(copied)})`;
      edits.push({ ...at, text });
      changes.push(`line ${line}: ${original} → ${text}${width ? ' (width dropped; images keep their own size)' : ''}`);
    }
  }

  let out = body;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { body: out, changes, problems };
}

function splitHash(url: string): [string, string] {
  const at = url.indexOf('#');
  return at === -1 ? [url, ''] : [url.slice(0, at), url.slice(at + 1)];
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** The keys this site's schema knows, and those it tolerates from other tools (README, "노트 쓰기"). */
const KNOWN_KEYS = new Set(['title', 'description', 'date', 'updated', 'category', 'tags', 'terms', 'dateApproximate']);
const TOLERATED_KEYS = new Set<string>([...IGNORED_KEYS, 'aliases', 'published']);

export interface FrontmatterContext {
  /** The file name without extension ("01_신경망 기초"). */
  stem: string;
  body: string;
  /** Category ids a note may use. */
  categories: ReadonlySet<string>;
  /** For notes without a known category. */
  defaultCategory: string;
  /** YYYY-MM-DD candidates when the note has no date, in order: file name (Jekyll), git, file time. */
  dates: { from: string; day: string | undefined }[];
}

const isoDay = (value: unknown): string | undefined => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const match = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim()) : null;
  return match?.[1];
};

/** Frontmatter for this site: unknown keys dropped, dates and tags normalized, missing fields filled. */
export function importFrontmatter(
  data: Record<string, unknown>,
  context: FrontmatterContext,
): { data: Record<string, unknown> } & ImportReport {
  const out: Record<string, unknown> = {};
  const changes: string[] = [];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (KNOWN_KEYS.has(key) || TOLERATED_KEYS.has(key)) out[key] = value;
    else problems.push(`dropped frontmatter ${key}: ${JSON.stringify(value)} (not used by this site)`);
  }
  if (typeof out.title !== 'string' || out.title.trim() === '') {
    const fromHeading = titleFromBody(context.body, '');
    out.title =
      fromHeading ||
      context.stem
        .replace(/[_]+/g, ' ')
        .replace(/^\d{4}-\d{2}-\d{2}-/, '')
        .trim();
    changes.push(`title "${String(out.title)}" from the ${fromHeading ? 'first # heading' : 'file name'}`);
  }
  if (typeof out.description !== 'string' || out.description.trim().length < 10) {
    const derived = descriptionFromBody(context.body);
    out.description = derived && derived.length >= 10 ? derived : `${String(out.title)}에 대해 정리한 노트입니다.`;
    changes.push(
      derived && derived.length >= 10
        ? 'description from the first paragraph'
        : 'description written from the title (the note has no paragraph to take it from)',
    );
  } else if (out.description.length > 200) {
    out.description = descriptionFromBody(out.description) ?? out.description.slice(0, 159);
    changes.push('description shortened under 160 characters');
  }
  for (const key of ['date', 'updated'] as const) {
    if (out[key] === undefined) continue;
    const day = isoDay(out[key]);
    if (day === undefined) {
      problems.push(`dropped ${key}: ${JSON.stringify(out[key])} (not a date)`);
      delete out[key];
    } else if (day !== out[key]) {
      out[key] = day;
      if (!(data[key] instanceof Date)) changes.push(`${key} written as ${day}`);
    }
  }
  if (out.date === undefined) {
    const found = context.dates.find((candidate) => candidate.day !== undefined);
    out.date = found?.day ?? new Date().toISOString().slice(0, 10);
    const from = found?.from ?? 'today (nothing else was known)';
    (found?.from === 'file time' || !found ? problems : changes).push(
      `date ${String(out.date)} from ${from}${found?.from === 'file time' ? '; check it' : ''}`,
    );
  }
  if (typeof out.tags === 'string') {
    out.tags = out.tags.split(/[\s,]+/).filter(Boolean);
    changes.push('tags written as a list');
  } else if (Array.isArray(out.tags)) out.tags = out.tags.map(String);
  if (typeof out.category !== 'string' || !context.categories.has(out.category)) {
    if (out.category !== undefined) problems.push(`category ${JSON.stringify(out.category)} is not in content/categories.yaml`);
    out.category = context.defaultCategory;
    changes.push(`category ${context.defaultCategory}`);
  }
  const ordered: Record<string, unknown> = {};
  for (const key of ['title', 'description', 'date', 'updated', 'category', 'tags', 'terms', 'dateApproximate'])
    if (key in out) ordered[key] = out[key];
  for (const [key, value] of Object.entries(out)) if (!(key in ordered)) ordered[key] = value;
  return { data: ordered, changes, problems };
}
