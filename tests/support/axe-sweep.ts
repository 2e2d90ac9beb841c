// axe-core WCAG 2.2 AA sweep over every URL in the sitemap plus the 404 and offline pages, in one theme.
// Each theme has a test file of its own (accessibility-light/-dark) so the two sweeps, the longest
// browser tests, run side by side.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readDist, testBase } from './dist';
import { axeSource } from './browser';
import { useBuiltSite, type BuiltSite } from './site';

/** Pages checked at once: loading one page overlaps with running axe on another. */
const PARALLEL_PAGES = 2;
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function sitemapPaths(): string[] {
  const urls = [...readDist('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  return [...urls, `${testBase}notes/no-such-page/`, `${testBase}offline/`];
}

async function violationsOn(site: BuiltSite, page: Page, path: string, theme: string): Promise<string[]> {
  await page.goto(`${site.origin}${path}`);
  expect(await page.evaluate(() => document.documentElement.dataset.theme), path).toBe(theme);
  await page.addScriptTag({ content: axeSource });
  const found = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    // Only violations are needed: axe then skips collecting node details for the rules that pass.
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  }, WCAG_AA);
  return found.map((entry) => `${path} ${entry}`);
}

/** Declares the sweep for one theme. Call at the top level of a test file. */
export function axeSweep(theme: 'light' | 'dark') {
  const site = useBuiltSite();
  describe(`axe in the ${theme} theme`, () => {
    it('no page in the sitemap (nor the 404 and offline pages) has a WCAG 2.2 AA violation', async () => {
      const paths = sitemapPaths();
      expect(paths.length).toBeGreaterThan(100);
      // Service workers are tested elsewhere; here they would only add precache traffic to every page.
      // bypassCSP only lets the test inject axe; the policy itself is tested in csp.test.ts.
      const context = await site.browser.newContext({
        colorScheme: theme,
        viewport: { width: 1280, height: 900 },
        serviceWorkers: 'block',
        bypassCSP: true,
      });
      const queue = [...paths];
      const violations: string[] = [];
      // Each worker keeps one tab: a new tab per page would start a renderer each time.
      const worker = async () => {
        const page = await context.newPage();
        for (let path = queue.shift(); path !== undefined; path = queue.shift())
          violations.push(...(await violationsOn(site, page, path, theme)));
      };
      await Promise.all(Array.from({ length: PARALLEL_PAGES }, worker));
      await context.close();
      expect(violations.sort()).toEqual([]);
    }, 600_000);
  });
}
