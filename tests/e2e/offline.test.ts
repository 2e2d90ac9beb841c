// After one online visit, the whole site, search included, works with no network at all.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDist, testBase } from '../support/dist';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();

let context: BrowserContext;
let page: Page;
const failed: string[] = [];

beforeAll(async () => {
  context = await site.browser.newContext();
  page = await context.newPage();
  // ERR_ABORTED is a request cut short by our own navigation (reload), not a network failure.
  page.on(
    'requestfailed',
    (request) => request.failure()?.errorText !== 'net::ERR_ABORTED' && failed.push(`${request.url()} ${request.failure()?.errorText}`),
  );
  page.on('pageerror', (error) => failed.push(`page error: ${error.message}`));
});

const url = (path: string) => `${site.origin}${testBase}${path}`;

async function searchFor(query: string): Promise<string[]> {
  await page.goto(url(`search/?q=${encodeURIComponent(query)}`));
  await expect.poll(() => page.locator('.search-page .search-status').textContent(), { timeout: 15_000 }).toMatch(/검색 결과 \d+개/);
  return page.locator('#search-page-results a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
}

describe('offline', () => {
  it('is ready offline after visiting the home page once', async () => {
    await page.goto(url(''));
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.locator('.toast-message').textContent()).toContain('오프라인');
    // The precache finished installing before the worker became active.
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      let count = 0;
      for (const name of names) count += (await (await caches.open(name)).keys()).length;
      return count;
    });
    expect(cached).toBeGreaterThan(100);
  });

  it('opens notes never visited, searches, opens a result and reloads it, all with no network', async () => {
    await context.setOffline(true);
    for (const slug of ['crf', 'naive-bayes', 'optimization', 'outlier-removal', 'terminology']) {
      const response = await page.goto(url(`notes/${slug}/`));
      expect(response?.status(), slug).toBe(200);
      expect(await page.locator('h1').textContent()).toBe(/<h1[^>]*>([^<]+)<\/h1>/.exec(readDist(`notes/${slug}/index.html`))![1]);
    }
    for (const query of ['손실 함수', '모멘텀은', '잔차연결']) expect((await searchFor(query)).length, query).toBeGreaterThan(0);
    const [first] = await searchFor('아담');
    await page.goto(first!);
    expect(new URL(page.url()).searchParams.get('highlight')?.split(' ')).toContain('아담');
    await page.reload();
    expect(await page.locator('.prose').count()).toBe(1);
    expect(failed).toEqual([]);
  });

  it('shows the Korean offline page for an address that is not cached', async () => {
    await page.goto(url('notes/never-existed/'));
    expect(await page.locator('h1').textContent()).toBe('오프라인 상태입니다');
    await context.setOffline(false);
  });
});
