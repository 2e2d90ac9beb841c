// axe-core WCAG 2.2 AA on every URL in the sitemap plus the 404 and offline pages, in both themes.
// Each page is loaded once and checked in the light theme, then switched to dark the way the reader's
// system does it (prefers-color-scheme changes, the page follows) and checked again with every rule:
// one load and one axe start-up per page instead of two.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wcagViolations } from '../support/axe';
import { readDist, testBase } from '../support/dist';
import { useBuiltSite, type BuiltSite } from '../support/site';

/** Pages checked at once: loading one page overlaps with running axe on another. */
const PARALLEL_PAGES = 2;

const site = useBuiltSite();

function sitemapPaths(): string[] {
  const urls = [...readDist('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  return [...urls, `${testBase}notes/no-such-page/`, `${testBase}offline/`];
}

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);

async function violationsOn(site: BuiltSite, page: Page, path: string): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${site.origin}${path}`);
  expect(await theme(page), path).toBe('light');
  const found = (await wcagViolations(page)).map((entry) => `${path} light ${entry}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => theme(page), { message: path }).toBe('dark');
  found.push(...(await wcagViolations(page)).map((entry) => `${path} dark ${entry}`));
  return found;
}

describe('axe in both themes', () => {
  it('no page in the sitemap (nor the 404 and offline pages) has a WCAG 2.2 AA violation', async () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(100);
    // Service workers are tested elsewhere; here they would only add precache traffic to every page.
    // bypassCSP only lets the test load axe; the policy itself is tested in csp.test.ts. With reduced
    // motion no colour can be caught halfway through a transition when the theme changes.
    const context = await site.browser.newContext({
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
      bypassCSP: true,
      reducedMotion: 'reduce',
    });
    const queue = [...paths];
    const violations: string[] = [];
    // Each worker keeps one tab: a new tab per page would start a renderer each time.
    const worker = async () => {
      const page = await context.newPage();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) violations.push(...(await violationsOn(site, page, path)));
    };
    await Promise.all(Array.from({ length: PARALLEL_PAGES }, worker));
    await context.close();
    expect(violations.sort()).toEqual([]);
  }, 600_000);
});
