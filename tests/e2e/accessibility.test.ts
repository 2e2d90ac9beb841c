// axe-core WCAG 2.2 AA sweep over every URL in the sitemap plus the 404 and offline pages, in both themes.
import { describe, expect, it } from 'vitest';
import { readDist, testBase } from '../support/dist';
import { axeSource } from '../support/browser';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();

function sitemapPaths(): string[] {
  const urls = [...readDist('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  return [...urls, `${testBase}notes/no-such-page/`, `${testBase}offline/`];
}

describe.each(['light', 'dark'] as const)('axe in the %s theme', (theme) => {
  it('no page in the sitemap (nor the 404 and offline pages) has a WCAG 2.2 AA violation', async () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(100);
    // Service workers are tested elsewhere; here they would only add precache traffic to every page.
    const context = await site.browser.newContext({
      colorScheme: theme,
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
      bypassCSP: true,
    });
    // bypassCSP only lets the test inject axe; the policy itself is tested in csp.test.ts.
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of paths) {
      await page.goto(`${site.server.origin}${path}`);
      expect(await page.evaluate(() => document.documentElement.dataset.theme), path).toBe(theme);
      await page.addScriptTag({ content: axeSource });
      const found = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
          }
        ).axe;
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
      });
      violations.push(...found.map((entry) => `${path} ${entry}`));
    }
    await context.close();
    expect(violations).toEqual([]);
  }, 600_000);
});
