// Search quality through the real built index and UI code in Chromium, and search that shows where:
// for every shared and own search case, the expected page is in the first five results, its result
// marks a query word, and its link opens a section (#id on the target page) that contains the term.
// Nonsense and lone particles find nothing. Prints hit@5 / highlighted / section-link percentages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMatches, planQuery, type AliasEntry } from '../../src/lib/search-passages';
import queries from '../fixtures/search-queries.json';
import ownQueries from '../fixtures/search-queries-own.json';
import sectionQueries from '../fixtures/search-queries-sections.json';
import { distDir, testBase } from '../support/dist';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();
const dictionary = JSON.parse(readFileSync(join(distDir, 'search-dictionary.json'), 'utf8')) as AliasEntry[];

let page: Page;
const problems: string[] = [];
const tally = { cases: 0, hit: 0, marked: 0, section: 0, intro: 0 };

beforeAll(async () => {
  page = await site.browser.newPage({ serviceWorkers: 'block' });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.goto(`${site.origin}${testBase}search/`);
});
afterAll(async () => {
  const percent = (n: number) => `${((100 * n) / tally.cases).toFixed(1)}%`;
  console.log(
    `search cases: ${tally.cases}, hit@5 ${percent(tally.hit)}, highlighted ${percent(tally.marked)}, section links ${percent(tally.section)}, opening at the introduction ${percent(tally.intro)}`,
  );
  expect(problems).toEqual([]);
});

interface Shown {
  path: string;
  hash: string;
  marks: string[];
}

/** Types a query into the search page and returns the main results shown, in order. */
async function resultsFor(query: string): Promise<Shown[]> {
  const input = page.locator('#search-page-input');
  await input.fill('');
  await expect.poll(() => page.locator('#search-page-results li').count()).toBe(0);
  await expect.poll(() => page.locator('.search-page .search-status').textContent()).toBe('');
  await input.fill(query);
  await expect
    .poll(() => page.locator('.search-page .search-status').textContent(), { timeout: 15_000 })
    .toMatch(/검색 결과|결과가 없습니다/);
  const shown = await page.locator('#search-page-results a.result-main').evaluateAll((links) =>
    links.map((link) => ({
      path: (link as HTMLAnchorElement).pathname,
      hash: decodeURIComponent((link as HTMLAnchorElement).hash.slice(1)),
      marks: [...link.querySelectorAll('.result-excerpt mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
  return shown.map((result) => ({ ...result, path: result.path.slice(testBase.length - 1) }));
}

/** The indexed text of the page at `path`: all of it, and the introduction before its first heading. */
async function bodyText(path: string): Promise<{ all: string; intro: string }> {
  return page.evaluate(
    async (url) => {
      const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
      const body = doc.querySelector('[data-pagefind-body]');
      let intro = '';
      for (const child of body?.children ?? []) {
        if (/^H[2-6]$/.test(child.tagName)) break;
        intro += ` ${child.textContent ?? ''}`;
      }
      return { all: body?.textContent ?? '', intro };
    },
    `${site.origin}${testBase}${path.slice(1)}`,
  );
}

/** The text of the section that `id` opens on the page at `path`: a heading and what follows up to the next heading of its level, or the element itself. */
async function sectionText(path: string, id: string): Promise<string | null> {
  return page.evaluate(
    async ({ url, id }) => {
      const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
      const target = doc.getElementById(id);
      if (!target) return null;
      const level = /^H([1-6])$/.exec(target.tagName)?.[1];
      if (!level) return target.textContent;
      let text = target.textContent ?? '';
      for (let next = target.nextElementSibling; next; next = next.nextElementSibling) {
        const nextLevel = /^H([1-6])$/.exec(next.tagName)?.[1];
        if (nextLevel && nextLevel <= level) break;
        text += ` ${next.textContent ?? ''}`;
      }
      return text;
    },
    { url: `${site.origin}${testBase}${path.slice(1)}`, id },
  );
}

describe('the glossary as a result', () => {
  it("links to the term's entry with its definition, below the pages that explain the term", async () => {
    const results = await resultsFor('배치 정규화');
    const glossary = results.findIndex((result) => result.path === '/glossary/');
    expect(glossary).toBeGreaterThan(-1);
    expect(results[glossary]!.hash).toBe('batch-normalization');
    const explaining = results.findIndex((result) => ['/architectures/inception-v2-v3/', '/notes/small-networks/'].includes(result.path));
    expect(explaining).toBeGreaterThan(-1);
    expect(explaining).toBeLessThan(glossary);
    const excerpt = await page.locator('#search-page-results a.result-main').nth(glossary).locator('.result-excerpt').textContent();
    expect(excerpt).toContain(dictionary.find((entry) => entry.id === 'batch-normalization')!.variants[0]);
  });

  it('shows up to three sections of a page, each linking to its heading', async () => {
    await resultsFor('아담');
    const first = page.locator('#search-page-results > li').first();
    expect(await first.locator('.result-section').textContent()).toBe('› Adam');
    const subs = await first.locator('a.result-sub').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).hash));
    expect(subs.length).toBeGreaterThan(0);
    expect(subs.length).toBeLessThanOrEqual(2);
    for (const hash of subs) expect(hash).toMatch(/^#./);
  });

  it('finds a page that mentions a term once, in another spelling than the query', async () => {
    // small-networks writes "Adam" once and never "아담": too few mentions for the term's token, so
    // it is found by the term's English name (aliasQueries).
    const results = await resultsFor('아담');
    expect(results.map((result) => result.path)).toContain('/notes/small-networks/');
  });

  it('a lone particle and nonsense words find nothing', async () => {
    expect(await resultsFor('는')).toEqual([]);
    expect(await resultsFor('에서')).toEqual([]);
    expect(await resultsFor('트랜스포머디코더')).toEqual([]);
    expect(await resultsFor('quaternion')).toEqual([]);
    // The mark that starts every hidden term token is not a letter a query keeps.
    expect(await resultsFor('ζ')).toEqual([]);
  });
});

describe.each([
  ['shared cases', queries.cases],
  ['our own cases', ownQueries.cases],
  ['section and adjacency cases', sectionQueries.cases],
])('search shows where: %s', (_name, cases) => {
  it.each(cases)('[$kind] $q', async (searchCase) => {
    const { q, expect: expected } = searchCase;
    const plan = planQuery(q, dictionary);
    const top5 = (await resultsFor(q)).slice(0, 5);
    const hit = top5.find((result) => expected.includes(result.path));
    tally.cases += 1;
    expect(hit, `top 5 for "${q}": ${top5.map((result) => result.path).join(', ')}`).toBeDefined();
    tally.hit += 1;
    const marked = hit!.marks.some((mark) => findMatches(mark, plan).length > 0);
    if (marked) tally.marked += 1;
    expect(marked, `a marked query word in the excerpt of ${hit!.path} for "${q}" (marks: ${hit!.marks.join(', ')})`).toBe(true);
    if (hit!.hash) {
      const text = await sectionText(hit!.path, hit!.hash);
      expect(text, `#${hit!.hash} exists on ${hit!.path}`).not.toBeNull();
      expect(findMatches(text!, plan).length, `section #${hit!.hash} of ${hit!.path} contains "${q}"`).toBeGreaterThan(0);
      tally.section += 1;
    } else {
      // No section link only when the term is in the introduction (the page opens at its top) or in
      // the title or metadata alone.
      const { all, intro } = await bodyText(hit!.path);
      if (findMatches(intro, plan).length > 0) tally.intro += 1;
      else expect(findMatches(all, plan), `${hit!.path} links to no section for "${q}"`).toEqual([]);
    }
    if ('section' in searchCase) expect(hit!.hash).toBe(searchCase.section);
    if ('first' in searchCase) expect(top5[0]?.path).toBe(searchCase.first);
  });
});
