// Search figures for the README: index size, cold time to first results (Pagefind loading included)
// and warm query latency over every search case, measured in Chromium against the test build.
// Usage: node scripts/bench-search.ts [distDir] [base]   (npm run bench runs it after npm run build:test)
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../src/lib/fs-walk.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/server.ts';

export interface SearchBench {
  indexBytes: number;
  indexFiles: number;
  pages: number;
  bytesPerPage: number;
  coldMs: { median: number; runs: number[] };
  warmMs: { median: number; p95: number; queries: number };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export async function benchSearch(distDir: string, base: string): Promise<SearchBench> {
  const files = (await listFiles(join(distDir, 'pagefind'))).filter((file) => !/-ui\.|highlight/.test(file));
  const indexBytes = files.reduce((sum, file) => sum + statSync(join(distDir, 'pagefind', file)).size, 0);
  const pages = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.ko.page_count as number;
  const queries = [
    ...(JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')).cases as { q: string }[]),
    ...(JSON.parse(readFileSync('tests/fixtures/search-queries-own.json', 'utf8')).cases as { q: string }[]),
  ].map((entry) => entry.q);

  const server = await serveDist(distDir, base);
  const browser = await launchBrowser();
  const timeQuery = async (page: import('playwright-core').Page, query: string) => {
    await page.locator('#search-page-input').fill('');
    await page.waitForFunction(() => document.querySelectorAll('#search-page-results li').length === 0);
    // Clear the status so the wait below sees this query's answer, not the previous one.
    await page.evaluate(() => (document.querySelector('.search-page .search-status')!.textContent = ''));
    const started = performance.now();
    await page.locator('#search-page-input').fill(query);
    await page.waitForFunction(() =>
      /검색 결과|결과가 없습니다/.test(document.querySelector('.search-page .search-status')?.textContent ?? ''),
    );
    return performance.now() - started;
  };
  const coldRuns: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}${base}search/`);
    coldRuns.push(await timeQuery(page, '손실 함수'));
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}${base}search/`);
  await timeQuery(page, '워밍업');
  const warm: number[] = [];
  for (const query of queries) warm.push(await timeQuery(page, query));
  await browser.close();
  await server.close();
  // The UI waits 80 ms after the last keystroke before searching; that delay is part of what a reader sees.
  return {
    indexBytes,
    indexFiles: files.length,
    pages,
    bytesPerPage: Math.round(indexBytes / pages),
    coldMs: { median: Math.round(percentile(coldRuns, 50)), runs: coldRuns.map(Math.round) },
    warmMs: { median: Math.round(percentile(warm, 50)), p95: Math.round(percentile(warm, 95)), queries: warm.length },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [distDir = '.test-dist', base = '/study-notes/'] = process.argv.slice(2);
  console.log(JSON.stringify(await benchSearch(distDir, base), null, 2));
}
