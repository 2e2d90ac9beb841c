// The notes are the product: every planned note exists with its category and original date,
// none is a stub, and the glossary terms are used by the pages they link to.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { koreanProseLength } from '../../src/lib/reading-time';
import { root } from '../support/build';
import plan from '../fixtures/content-plan.json';

interface NoteFile {
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

function readPages(folder: string): Map<string, NoteFile> {
  const dir = join(root, 'content', folder);
  return new Map(
    readdirSync(dir)
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => {
        const text = readFileSync(join(dir, name), 'utf8');
        const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
        const slug = name.replace(/\.mdx?$/, '');
        return [slug, { slug, data: parse(yaml!) as Record<string, unknown>, body: body! }];
      }),
  );
}

const notes = readPages('notes');
const architectures = readPages('architectures');
const SHORT_MEMOS = new Set(['small-networks', 'deep-learning-is-a-tool', 'input-scaling', 'negative-regression']);
// The overview note is generated from the architecture collection (the architectures issue).
const writtenHere = plan.notes.filter((note) => note.slug !== 'cnn-architectures');

const isoDay = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

describe('the planned notes', () => {
  it.each(writtenHere)('$slug exists in $category with its original date', (planned) => {
    const note = notes.get(planned.slug);
    expect(note, `content/notes/${planned.slug}.md is missing`).toBeDefined();
    expect(note!.data.category).toBe(planned.category);
    if (planned.approximate) {
      expect(note!.data.dateApproximate).toBe(true);
      expect(isoDay(note!.data.date) > '2019-12-20').toBe(true);
    } else {
      expect(isoDay(note!.data.date)).toBe(planned.date);
      expect(note!.data.dateApproximate ?? false).toBe(false);
    }
  });

  it.each(writtenHere)('$slug is not a stub', ({ slug }) => {
    const note = notes.get(slug)!;
    expect(note.body.match(/^## /gm)?.length ?? 0, `${slug}: sections`).toBeGreaterThanOrEqual(3);
    const minimum = SHORT_MEMOS.has(slug) ? 500 : 1500;
    expect(koreanProseLength(note.body), `${slug}: Korean prose`).toBeGreaterThanOrEqual(minimum);
  });

  it('the AugMix date is shown as approximate on its page', () => {
    const html = readFileSync(join(root, '.test-dist/notes/augmix/index.html'), 'utf8');
    expect(html).toMatch(/작성일 <time datetime="\d{4}-\d{2}" title="[^"]+">\d{4}년 12월경<\/time>/);
  });
});

describe('links in the notes', () => {
  const pages = [...notes.values(), ...architectures.values()];
  it('every external link is a well-formed http(s) URL', () => {
    for (const page of pages) {
      const prose = page.body.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
      for (const match of prose.matchAll(/\]\((?!\/|#)([^)\s]+)[^)]*\)/g)) {
        const href = match[1]!;
        expect(() => new URL(href), `${page.slug}: ${href}`).not.toThrow();
        expect(new URL(href).protocol, `${page.slug}: ${href}`).toMatch(/^https?:$/);
        expect(new URL(href).hostname, `${page.slug}: ${href}`).toContain('.');
      }
    }
  });
});

describe('the glossary', () => {
  const terms = parse(readFileSync(join(root, 'content/glossary.yaml'), 'utf8')) as {
    id: string;
    ko: string;
    en: string;
    aliases: string[];
    links: string[];
  }[];

  it('holds at least 80 terms with unique ids', () => {
    expect(terms.length).toBeGreaterThanOrEqual(80);
    expect(new Set(terms.map((term) => term.id)).size).toBe(terms.length);
  });

  it('every term is used by at least one page it links to', () => {
    const fold = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, '');
    for (const term of terms) {
      expect(term.links.length, term.id).toBeGreaterThan(0);
      const names = [term.ko, term.en, ...(term.aliases ?? [])].map(fold);
      const used = term.links.some((path) => {
        const [, kind, slug] = /^\/(notes|architectures)\/([a-z0-9-]+)\/$/.exec(path)!;
        const page = (kind === 'notes' ? notes : architectures).get(slug!);
        expect(page, `${term.id} links to missing ${path}`).toBeDefined();
        const text = fold(`${page!.data.title} ${page!.body} ${(page!.data.terms as string[] | undefined)?.join(' ') ?? ''}`);
        return names.some((name) => text.includes(name));
      });
      expect(used, `${term.id} (${term.ko}) appears on none of ${term.links.join(', ')}`).toBe(true);
    }
  });

  it('the glossary page lists the terms in 가나다 order with an anchor each', () => {
    const html = readFileSync(join(root, '.test-dist/glossary/index.html'), 'utf8');
    const ids = [...html.matchAll(/<div class="glossary-entry" id="([a-z0-9-]+)">/g)].map((match) => match[1]);
    const expected = [...terms]
      .sort((a, b) => new Intl.Collator('ko').compare(a.ko, b.ko) || new Intl.Collator('ko').compare(a.en, b.en))
      .map((term) => term.id);
    expect(ids).toEqual(expected);
  });

  it('each note page links its key terms to their glossary entries', () => {
    for (const slug of notes.keys()) {
      const html = readFileSync(join(root, `.test-dist/notes/${slug}/index.html`), 'utf8');
      const expected = terms.filter((term) => term.links.includes(`/notes/${slug}/`)).map((term) => term.id);
      const linked = [...html.matchAll(/href="\/study-notes\/glossary\/#([a-z0-9-]+)"/g)].map((match) => match[1]);
      expect(new Set(linked), slug).toEqual(new Set(expected));
    }
  });
});
