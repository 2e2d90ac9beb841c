// axe-core's WCAG 2.2 AA rules run in a page of a test server (server.ts serves axe-core next to the site).
import type { Page } from 'playwright-core';
import { axeScriptPath } from './server';

export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG 2.2 AA violations on the page as it is now, as "rule: first targets". The page's context needs
 * bypassCSP, since the policy would refuse the test's script. `within` limits the check to the elements
 * the selectors match (and what they contain): a state that changes only those, such as an open pop-up,
 * need not check the whole page again, which the sweep in accessibility.test.ts covers.
 */
export async function wcagViolations(page: Page, within?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: new URL(axeScriptPath, page.url()).href });
  return page.evaluate(
    async ({ tags, within }) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: Document | { include: string[] },
              options: object,
            ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      // Only violations are needed: axe then skips collecting node details for the rules that pass.
      const result = await axe.run(within ? { include: within } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    },
    { tags: WCAG_AA, within },
  );
}
