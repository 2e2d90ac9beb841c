// Checks over the finished site as it will be deployed (built under the base /study-notes/).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBrokenLinks, pageLinks } from '../../src/lib/link-check';
import { listFiles } from '../../src/lib/fs-walk';
import { assertBuilt, distDir, htmlFiles, readDist, testBase } from '../support/dist';
import { root } from '../support/build';

let pages: string[] = [];
beforeAll(async () => {
  assertBuilt();
  pages = await htmlFiles();
});

function frontmatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
}

const noteFiles = readdirSync(join(root, 'content/notes')).filter((name) => /\.mdx?$/.test(name));
const notes = noteFiles.map(
  (name) =>
    ({ slug: name.replace(/\.mdx?$/, ''), ...frontmatter(join(root, 'content/notes', name)) }) as {
      slug: string;
      category: string;
      title: string;
    },
);

describe('every page', () => {
  it('has lang="ko", a title, exactly one h1 and a description', () => {
    expect(pages.length).toBeGreaterThan(notes.length);
    for (const page of pages) {
      const html = readDist(page);
      expect(html, page).toMatch(/<html lang="ko"/);
      expect(html, page).toMatch(/<title>[^<]+<\/title>/);
      expect(html.match(/<h1[\s>]/g)?.length, page).toBe(1);
      expect(html, page).toMatch(/<meta name="description" content="[^"]{10,}"/);
      expect(html, page).toMatch(/<meta property="og:title" content="[^"]+"/);
    }
  });

  it('shows no KaTeX error', () => {
    for (const page of pages) expect(readDist(page), page).not.toContain('katex-error');
  });

  it('links only to files that exist under the base, anchors included', async () => {
    const files = await listFiles(distDir);
    const htmlPages = new Map(pages.map((page) => [page, readDist(page)]));
    expect(
      findBrokenLinks({
        base: testBase,
        files: new Set(files),
        pages: new Map([...htmlPages].map(([page, html]) => [page, pageLinks(html)])),
      }),
    ).toEqual([]);
    // And every root-relative reference carries the base.
    for (const [page, html] of htmlPages) {
      for (const match of html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g))
        expect(match[1]!.startsWith(testBase), `${page}: ${match[1]}`).toBe(true);
    }
  });

  it('loads the KaTeX stylesheet only on pages with math', () => {
    for (const page of pages) {
      const html = readDist(page);
      const hasMath = html.includes('class="katex"');
      expect(/katex\.min\.[\w-]+\.css/.test(html), page).toBe(hasMath);
    }
  });
});

describe('notes', () => {
  it('each note has its page with breadcrumb, dates, reading time and body', () => {
    for (const note of notes) {
      const html = readDist(`notes/${note.slug}/index.html`);
      expect(html).toContain(`>${note.title.replace(/&/g, '&amp;')}</h1>`);
      expect(html).toMatch(/작성일 <time datetime="\d{4}-\d{2}(-\d{2})?"( title="[^"]+")?>\d{4}년 \d{1,2}월( \d{1,2}일|경)<\/time>/);
      expect(html).toMatch(/읽는 데 약 \d+분/);
      expect(html).toMatch(/class="breadcrumb"[\s\S]*?이론[\s\S]*?<\/nav>/);
      const prose = html.slice(html.indexOf('class="prose"'), html.indexOf('</article>'));
      expect(prose).toMatch(/<p>[^<]{20,}/);
    }
  });

  it('category pages list exactly the notes of their category (and its children)', () => {
    const categories = parse(readFileSync(join(root, 'content/categories.yaml'), 'utf8')) as { id: string }[];
    for (const category of categories) {
      const html = readDist(`categories/${category.id}/index.html`);
      const list = html.slice(html.indexOf('<ul class="note-list">'));
      const listed = [...list.matchAll(/<li><a href="\/study-notes\/notes\/([a-z0-9-]+)\/">/g)].map((match) => match[1]).sort();
      const expected = notes
        .filter((note) => note.category === category.id || note.category.startsWith(`${category.id}/`))
        .map((note) => note.slug)
        .sort();
      expect(listed, category.id).toEqual(expected);
      expect(html).toContain(`(${expected.length})</span></h1>`);
    }
  });
});

describe('feeds and crawlers', () => {
  it('RSS is well-formed with base-prefixed absolute links for every note', () => {
    const rss = readDist('rss.xml');
    expect(rss.startsWith('<?xml')).toBe(true);
    const links = [...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((match) => new URL(match[1]!));
    expect(links).toHaveLength(notes.length);
    for (const link of links) expect(link.pathname.startsWith(`${testBase}notes/`)).toBe(true);
    expect(rss).toContain('<language>ko</language>');
  });

  it('the sitemap lists every page under the base and nothing else', () => {
    const index = readDist('sitemap-index.xml');
    expect(index).toMatch(new RegExp(`<loc>[^<]+${testBase}sitemap-0\\.xml</loc>`));
    const urls = [...readDist('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    const expected = pages
      // The 404 and offline pages are for people who are lost, not for search engines.
      .filter((page) => page !== '404.html' && page !== 'offline/index.html')
      .map((page) => `${testBase}${page.replace(/index\.html$/, '')}`)
      .map((path) => decodeURI(path));
    expect(urls.map((url) => decodeURI(url)).sort()).toEqual(expected.sort());
  });

  it('robots.txt points to the sitemap under the base', () => {
    expect(readDist('robots.txt')).toMatch(new RegExp(`Sitemap: https?://[^\\s]+${testBase}sitemap-index\\.xml`));
  });
});

describe('headings with math', () => {
  const tocLinks = (page: string) =>
    [...readDist(page).matchAll(/<details class="toc"[\s\S]*?<\/details>/g)]
      .flatMap((toc) => [...toc[0].matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)])
      .map((match) => ({ id: decodeURIComponent(match[1]!), text: match[2]! }));

  it('show each formula once in the contents and in their ids, and the ids exist', () => {
    expect(tocLinks('notes/optimizers/index.html')).toContainEqual({ id: '구현마다-다른-ϵ', text: '구현마다 다른 ϵ' });
    expect(tocLinks('notes/optimization/index.html')).toContainEqual({ id: '예제-fxxln-x', text: '예제: f(x)=x−ln x' });
    for (const page of pages) {
      const html = readDist(page);
      for (const { id, text } of tocLinks(page)) {
        expect(html, `${page}: #${id}`).toContain(`id="${id}"`);
        // TeX source would leave a backslash in the text or a command name after the symbol in the id.
        expect(text, page).not.toMatch(/\\|epsilon|frac|mathrm|text\{/);
        expect(id, page).not.toMatch(/epsilon|frac|mathrm/);
      }
    }
  });
});
