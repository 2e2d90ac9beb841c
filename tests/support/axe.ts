// axe-core's WCAG 2.2 AA rules run in a page of a test server (server.ts serves axe-core next to the site).
import type { Page } from 'playwright-core';
import { axeScriptPath } from './server';

export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG 2.2 AA violations on the page as it is now, as "rule: first targets". The page's context needs
 * bypassCSP, since the policy would refuse the test's script.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: new URL(axeScriptPath, page.url()).href });
  return page.evaluate(async (tags) => {
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
}
