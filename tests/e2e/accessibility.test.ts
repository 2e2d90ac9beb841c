// axe-core WCAG 2.2 AA checks on the main page kinds, in both themes.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, testBase } from '../support/dist';
import { axeSource, launchBrowser } from '../support/browser';
import { serveDist, type RunningServer } from '../support/server';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  assertBuilt();
  server = await serveDist(distDir, testBase);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pages = [
  '',
  'categories/theory/memo/',
  'notes/loss-functions/',
  'notes/augmix/',
  'glossary/',
  'notes/no-such-page/',
  'architectures/',
  'tags/',
  'archive/',
];

describe.each(['light', 'dark'] as const)('axe in the %s theme', (theme) => {
  it.each(pages)('/%s has no WCAG 2.2 AA violation', async (path) => {
    const context = await browser.newContext({ colorScheme: theme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}${testBase}${path}`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
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
            .slice(0, 5)
            .join(', ')}`,
      );
    });
    await context.close();
    expect(violations).toEqual([]);
  });
});
