// Notes written elsewhere carry less frontmatter than the schema needs, and keys other tools use. Fill
// what can be derived from the note itself, drop on purpose what this site has no use for, and leave
// everything else to the schema, which still fails loudly on malformed values and unknown keys.
import { markdownHeadings, plainText } from './note-links';

/**
 * Keys other tools write that this site ignores on purpose: Jekyll's `layout` and `permalink` (pages have
 * one layout and URLs come from file names), Jekyll's `categories` (categories are `category`, one id from
 * content/categories.yaml), and `toc` / `comments` switches (every note has a table of contents, none has comments).
 */
export const IGNORED_KEYS = ['layout', 'permalink', 'categories', 'toc', 'comments'] as const;

export const DESCRIPTION_LIMIT = 160;

/** The first level-1 heading of the body, else the file name. */
export function titleFromBody(body: string, fileStem: string): string {
  return markdownHeadings(body).find((heading) => heading.depth === 1)?.text || fileStem;
}

/** Blocks of prose (not headings, code, math, quotes, tables, lists, images or comments). */
function proseBlocks(body: string): string[] {
  const blocks: string[] = [];
  let fence: string | undefined;
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push(current.join(' '));
    current = [];
  };
  for (const line of body.split(/\r?\n/)) {
    const text = line.trim();
    if (fence !== undefined) {
      if (fence === '$$' ? text.endsWith('$$') : text.startsWith(fence)) fence = undefined;
      continue;
    }
    const open = /^(`{3,}|~{3,})/.exec(text)?.[1];
    if (open) {
      flush();
      fence = open;
    } else if (text.startsWith('$$')) {
      flush();
      if (!(text.length > 2 && text.endsWith('$$'))) fence = '$$';
    } else if (current.length > 0 && /^(=+|-+)$/.test(text)) {
      // The lines above were a setext heading ("제목\n==="), not prose.
      current = [];
    } else if (text === '' || /^(#|>|\||[-*+] |\d+[.)] |!\[|<!--|---|\*\*\*)/.test(text)) {
      flush();
    } else current.push(text);
  }
  flush();
  return blocks;
}

/** Prose with math, code and markup removed, on one line. */
export function plainProse(markdown: string): string {
  return plainText(
    markdown
      .replace(/\$\$[^$]*\$\$/g, ' ')
      .replace(/(?<!\\)\$[^$\n]+?(?<!\\)\$/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\[\^[^\]]*\]/g, ''),
  )
    .replace(/\s+([,.;:!?)])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts text under `limit` characters at a word boundary, marking the cut with "…". */
export function cutAtWord(text: string, limit = DESCRIPTION_LIMIT): string {
  if (text.length < limit) return text;
  const room = text.slice(0, limit - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > 0 ? room.slice(0, space) : room).replace(/[\s,.;:·-]+$/, '')}…`;
}

/** The note's first paragraph as plain text (more paragraphs while it is shorter than 10 characters). */
export function descriptionFromBody(body: string): string | undefined {
  let text = '';
  for (const block of proseBlocks(body)) {
    text = `${text} ${plainProse(block)}`.trim();
    if (text.length >= 10) break;
  }
  return text === '' ? undefined : cutAtWord(text);
}

export interface FrontmatterFill {
  /** What was derived or dropped, for messages ("title from the first # heading"). */
  changes: string[];
  /** `published: false` (Jekyll): built and checked, but not published. */
  draft: boolean;
}

/**
 * Fills `data` in place from the body and file name, drops ignored keys, and folds `aliases` into `terms`.
 * `firstCommitDate` is asked only when the date is missing, the body only when the title or description is.
 */
export function fillFrontmatter(
  data: Record<string, unknown>,
  /** The body, or a function that reads it (only called when a title or description is missing). */
  body: string | (() => string),
  fileStem: string,
  firstCommitDate: () => string | undefined,
): FrontmatterFill {
  const changes: string[] = [];
  let text: string | undefined;
  const bodyText = () => (text ??= typeof body === 'string' ? body : body());
  for (const key of IGNORED_KEYS) {
    if (key in data) {
      delete data[key];
      changes.push(`ignored ${key}`);
    }
  }
  const draft = data.published === false;
  if ('published' in data && typeof data.published === 'boolean') delete data.published;
  if ('aliases' in data) {
    const aliases = Array.isArray(data.aliases) ? data.aliases : typeof data.aliases === 'string' ? [data.aliases] : undefined;
    if (aliases) {
      const terms = Array.isArray(data.terms) ? data.terms : [];
      data.terms = [...new Set([...terms, ...aliases.map(String)])];
      delete data.aliases;
      changes.push('aliases added to terms');
    }
  }
  if (data.title === undefined) {
    data.title = titleFromBody(bodyText(), fileStem);
    changes.push(data.title === fileStem ? 'title from the file name' : 'title from the first # heading');
  }
  if (data.description === undefined) {
    const description = descriptionFromBody(bodyText());
    if (description !== undefined) {
      data.description = description;
      changes.push('description from the first paragraph');
    }
  }
  if (data.date === undefined) {
    const date = firstCommitDate();
    if (date !== undefined) {
      data.date = date;
      changes.push('date from the first git commit');
    }
  }
  return { changes, draft };
}
