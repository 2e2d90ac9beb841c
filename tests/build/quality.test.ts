// Quality gates on the built site: valid HTML everywhere and the size budgets of a reading page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { gzipSize, pageWeight, studyAidRules, withoutLinkPreviews, withoutTermCards } from '../../src/lib/page-weight';
import { root } from '../support/build';
import { assertBuilt, distDir, htmlFiles, readDist, testBase } from '../support/dist';

let pages: string[] = [];
beforeAll(async () => {
  assertBuilt();
  pages = await htmlFiles();
});

describe('HTML validity', () => {
  it('every built page passes html-validate with no errors', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(join(distDir, page));
      for (const result of report.results) {
        for (const message of result.messages.filter((entry) => entry.severity === 2))
          problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});

const KB = 1024;
const read = (file: string) => readFileSync(join(distDir, file), 'utf8');

describe('budgets', () => {
  const budgets: { what: string; measured: number; limit: number }[] = [];
  const check = (what: string, measured: number, limit: number) => {
    budgets.push({ what, measured, limit });
    expect(measured, what).toBeLessThanOrEqual(limit);
  };

  it('a note with math stays within its JavaScript and CSS budgets before search opens', () => {
    const weight = pageWeight(readDist('notes/loss-functions/index.html'), testBase, read);
    check('note with math: JavaScript (gzip)', weight.jsGzip, 3 * KB);
    check('note with math: CSS incl. KaTeX (gzip)', weight.cssGzip, 15 * KB);
    expect(weight.stylesheets.some((file) => /katex/.test(file))).toBe(true);
  });

  it('the heaviest note stays within its HTML budget and what it loads before search opens', () => {
    // Found afresh each run: whichever note is heaviest now (optimizers, with its figures and formulas).
    const heaviest = pages
      .filter((page) => /^notes\/[^/]+\/index\.html$/.test(page))
      .map((page) => ({ page, weight: pageWeight(readDist(page), testBase, read) }))
      .reduce((most, note) => (note.weight.htmlGzip > most.weight.htmlGzip ? note : most));
    const { htmlGzip, cssGzip, jsGzip } = heaviest.weight;
    check(`heaviest note, ${heaviest.page}: HTML (gzip)`, htmlGzip, 48 * KB);
    check(`heaviest note, ${heaviest.page}: HTML, CSS and JavaScript (gzip)`, htmlGzip + cssGzip + jsGzip, 64 * KB);
  });

  it('the chrome around a short memo stays small', () => {
    // Its glossary cards and link previews are the note's content; the cards have a budget of their own below.
    const html = withoutLinkPreviews(withoutTermCards(readDist('notes/small-networks/index.html')));
    check('small-networks HTML without term cards and link previews (gzip)', pageWeight(html, testBase, read).htmlGzip, 8 * KB);
  });

  it('glossary term cards add at most 4 KB of HTML to the heaviest note; cards and previews at most 1 KB of CSS', () => {
    const notes = pages
      .filter((page) => /^notes\/[^/]+\/index\.html$/.test(page))
      .map((page) => {
        const html = readDist(page);
        return { page, html: gzipSize(html), cards: gzipSize(html) - gzipSize(withoutTermCards(html)) };
      });
    const heaviest = notes.reduce((most, note) => (note.html > most.html ? note : most));
    check(`term cards: extra HTML on the heaviest note, ${heaviest.page} (gzip)`, heaviest.cards, 4 * KB);
    const most = notes.reduce((top, note) => (note.cards > top.cards ? note : top));
    console.log(`term cards: most extra HTML on any note: ${most.page} ${(most.cards / KB).toFixed(2)} KB (gzip)`);
    const weight = pageWeight(readDist('notes/augmix/index.html'), testBase, read);
    const rules = studyAidRules(weight.stylesheets.map(read).join('\n'));
    expect(rules).toContain('.term-card');
    expect(rules).toContain('.link-preview');
    check('term cards and link previews: CSS (gzip)', gzipSize(rules), KB);
    // The measure sees the cards: a page that uses many glossary terms has many.
    expect(heaviest.cards).toBeGreaterThan(KB);
  });

  it('no render-blocking script and no web fonts besides KaTeX', () => {
    for (const page of pages) {
      const html = readDist(page);
      for (const tag of html.match(/<script[^>]*src=[^>]*>/g) ?? []) expect(tag, page).toMatch(/type="module"/);
      const css = pageWeight(html, testBase, read).stylesheets.map(read).join('\n');
      for (const face of css.match(/@font-face\{[^}]*\}/g) ?? []) expect(face, page).toMatch(/font-family:KaTeX_/);
    }
  });

  it('no page references anything outside its own origin', () => {
    for (const page of pages) {
      const html = readDist(page);
      const external = [...html.matchAll(/<(?:script|link|img|iframe|source|video|audio)\b[^>]*\s(?:src|href)="(https?:)?\/\/[^"]+"/g)].map(
        (match) => match[0],
      );
      // Canonical and Open Graph URLs name the site itself and load nothing.
      expect(
        external.filter((tag) => !/rel="canonical"/.test(tag)),
        page,
      ).toEqual([]);
    }
  });

  it('every link to another site carries rel="noopener noreferrer"', () => {
    let checked = 0;
    for (const page of pages) {
      for (const [anchor] of readDist(page).matchAll(/<a\b[^>]*\shref="(?:https?:)?\/\/[^"]*"[^>]*>/g)) {
        const rel = /\srel="([^"]*)"/.exec(anchor)?.[1]?.split(/\s+/) ?? [];
        expect(rel, `${page}: ${anchor}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
        checked += 1;
      }
    }
    // The notes cite hundreds of papers and documents; a count of zero would mean the pattern broke.
    expect(checked).toBeGreaterThan(100);
  });

  it('reports every budget next to its limit', () => {
    expect(budgets.length).toBe(7);
    console.log(
      [
        '',
        '| budget | measured | limit |',
        '| --- | --- | --- |',
        ...budgets.map((b) => `| ${b.what} | ${(b.measured / KB).toFixed(2)} KB | ${(b.limit / KB).toFixed(0)} KB |`),
      ].join('\n'),
    );
  });
});

describe('project layout', () => {
  it('keeps the html-validate configuration in the repository', () => {
    expect(JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')).extends).toContain('html-validate:recommended');
  });
});
