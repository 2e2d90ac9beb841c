// Lighthouse (mobile preset) on Debian's Chromium: 100 for performance, accessibility, best practices
// and SEO on the home page, a note with math (naive-bayes: 65 formulas) and the search page.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumFlags, chromiumPath } from '../support/browser';
import { assertBuilt, distDir, testBase } from '../support/dist';
import { serveDist, type RunningServer } from '../support/server';

let server: RunningServer;
let chrome: chromeLauncher.LaunchedChrome;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = 3;

beforeAll(async () => {
  assertBuilt();
  server = await serveDist(distDir, testBase);
  chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  });
});
afterAll(async () => {
  chrome?.kill();
  await server?.close();
});

async function audit(url: string): Promise<Record<string, number>> {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  const lhr = result!.lhr;
  const failing = Object.values(lhr.audits)
    .filter(
      (entry) => entry.score !== null && entry.score < 1 && entry.scoreDisplayMode !== 'informative' && entry.scoreDisplayMode !== 'manual',
    )
    .map((entry) => `${entry.id} (${entry.displayValue ?? entry.score})`);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]!.score ?? 0) * 100)]));
  console.log(url, JSON.stringify(scores), failing.length > 0 ? `below 1: ${failing.join(', ')}` : '');
  return scores;
}

describe('Lighthouse, mobile preset', () => {
  // The performance score depends on CPU timings measured on a shared 2-core machine, so each page is
  // audited three times and the median of each category is asserted, as Lighthouse advises for variance.
  it.each(['', 'notes/naive-bayes/', 'search/'])(
    '/%s scores 100 in every category (median of 3 runs)',
    async (path) => {
      const runs: Record<string, number>[] = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await audit(`${server.origin}${testBase}${path}`));
      const median = Object.fromEntries(
        CATEGORIES.map((id) => [id, runs.map((scores) => scores[id]!).sort((a, b) => a - b)[Math.floor(RUNS / 2)]]),
      );
      expect(median).toEqual({ performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 });
    },
    300_000,
  );
});
