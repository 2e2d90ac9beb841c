// Search quality and the search interface, through the real built index and UI code in Chromium.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import queries from '../fixtures/search-queries.json';
import ownQueries from '../fixtures/search-queries-own.json';
import { testBase } from '../support/dist';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();

let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  page = await site.browser.newPage({ serviceWorkers: 'block' });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.goto(`${site.origin}${testBase}search/`);
});
afterAll(async () => {
  expect(problems).toEqual([]);
});

/** Types a query into the search page and returns the paths of the results shown, in order. */
async function resultsFor(query: string): Promise<string[]> {
  const input = page.locator('#search-page-input');
  await input.fill('');
  await expect.poll(() => page.locator('#search-page-results li').count()).toBe(0);
  await expect.poll(() => page.locator('.search-page .search-status').textContent()).toBe('');
  await input.fill(query);
  await expect
    .poll(() => page.locator('.search-page .search-status').textContent(), { timeout: 15_000 })
    .toMatch(/검색 결과|결과가 없습니다/);
  const hrefs = await page
    .locator('#search-page-results a.result-main')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  return hrefs.map((href) => href.slice(testBase.length - 1));
}

describe.each([
  ['shared cases', queries.cases],
  ['our own cases', ownQueries.cases],
])('search quality: %s', (_name, cases) => {
  it.each(cases)('[$kind] $q', async ({ q, expect: expected }) => {
    const top5 = (await resultsFor(q)).slice(0, 5);
    expect(
      top5.some((path) => expected.includes(path)),
      `top 5 for "${q}": ${top5.join(', ')}`,
    ).toBe(true);
  });
});

describe('search precision', () => {
  it('a term that occurs nowhere finds nothing', async () => {
    expect(await resultsFor('트랜스포머디코더')).toEqual([]);
    expect(await resultsFor('quaternion')).toEqual([]);
  });
  it('a lone particle matches nothing', async () => {
    expect(await resultsFor('는')).toEqual([]);
  });
});
