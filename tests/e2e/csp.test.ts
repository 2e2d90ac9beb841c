// Every page carries a content security policy, and everything a reader does works under it with
// no violation reported: reading, the theme toggle, search, the HSV demo and the service worker.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, readDist, testBase } from '../support/dist';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();

let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext();
  // Record violations from the first script on, before any page code runs.
  await context.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
});

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('content security policy', () => {
  it('is on every page with the required directives', async () => {
    for (const page of await htmlFiles()) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readDist(page))?.[1];
      expect(policy, page).toBeDefined();
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'self'");
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(readDist(page), page).not.toMatch(/\son[a-z]+="/); // no inline event handlers
    }
  });

  it('reading, the theme toggle, search, the HSV demo and the service worker work without violations', async () => {
    const page = await context.newPage();
    await page.goto(`${site.origin}${testBase}notes/loss-functions/`);
    await page.getByRole('button', { name: '다크 모드 전환' }).click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await page.locator('.katex').count()).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);
    await page.locator('#search-header-input').focus();
    await page.keyboard.type('아담');
    await expect.poll(() => page.locator('#search-header-results [role="option"]').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);

    await page.goto(`${site.origin}${testBase}notes/hsv-color-classification/`);
    await page.locator('#fig-hsv-demo-r').fill('0');
    await page.locator('#fig-hsv-demo-g').fill('128');
    await page.locator('#fig-hsv-demo-b').fill('128');
    await expect.poll(() => page.locator('#fig-hsv-demo output').textContent()).toContain('180°');
    await page.goto(`${site.origin}${testBase}notes/cnn-architectures/`);
    await page.locator('table.timeline .sort-button').first().click();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
