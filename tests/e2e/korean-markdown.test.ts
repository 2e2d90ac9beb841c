// The Markdown Korean authors write, seen in a browser: bold next to Hangul, a one-line display formula,
// callouts and wiki links on one fixture page (tests/fixtures/korean-markdown/notes/showcase.md), on a
// 375 px phone and on a desktop, in both themes; with no overflow, no CSP violation and no axe violation.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wcagViolations } from '../support/axe';
import { buildFixture, removeBuild, root, type BuildResult } from '../support/build';
import { serveDist, type RunningServer } from '../support/server';
import { useBrowser } from '../support/site';

const base = '/study-notes/';
let build: BuildResult;
let server: RunningServer;
const connection = useBrowser();

beforeAll(async () => {
  build = await buildFixture((dir) => cpSync(join(root, 'tests/fixtures/korean-markdown'), dir, { recursive: true }));
  expect(build.status, build.output).toBe(0);
  server = await serveDist(build.outDir, base);
}, 300_000);
afterAll(async () => {
  await server?.close();
  if (build) removeBuild(build);
});

const viewports = [
  { name: 'phone', width: 375, height: 800 },
  { name: 'desktop', width: 1280, height: 900 },
];
const cases = viewports.flatMap((viewport) => (['light', 'dark'] as const).map((theme) => ({ ...viewport, theme })));

describe.each(cases)('the showcase note, $name ($width px), $theme theme', ({ width, height, theme }) => {
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    context = await connection.browser.newContext({ viewport: { width, height }, colorScheme: theme });
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(`${server.origin}${base}notes/showcase/`);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    if (process.env.SCREENSHOT_DIR)
      await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, `showcase-${width}-${theme}.png`), fullPage: true });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('shows bold text next to Hangul and no raw Markdown', async () => {
    const strong = page.locator('.prose strong', { hasText: '선형 수렴(linear convergence)' });
    expect(await strong.evaluate((node) => Number(getComputedStyle(node).fontWeight))).toBeGreaterThanOrEqual(600);
    expect(await page.locator('.prose strong', { hasText: '“이차 수렴”' }).count()).toBe(1);
    const text = await page.locator('.prose').evaluate((node) => {
      const copy = node.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('code, pre, annotation').forEach((element) => element.remove());
      return copy.innerText;
    });
    for (const raw of ['**', '[[', '[!', '$$']) expect(text).not.toContain(raw);
  });

  it('shows the one-line $$…$$ as a display formula that scrolls inside its box, not the page', async () => {
    const display = page.locator('.prose .katex-display');
    expect(await display.count()).toBe(1);
    const box = await display.evaluate((node) => {
      const rect = node.getBoundingClientRect();
      const paragraphFont = parseFloat(getComputedStyle(node.closest('.prose')!).fontSize);
      return { display: getComputedStyle(node).display, left: rect.left, right: rect.right, height: rect.height, paragraphFont };
    });
    expect(box.display).toBe('block');
    expect(box.right).toBeLessThanOrEqual(width);
    expect(box.height).toBeGreaterThan(box.paragraphFont * 2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });

  it('shows callouts as labelled boxes; a folded one opens on click', async () => {
    const note = page.getByRole('note', { name: '참고: 학습률 고르기' });
    expect(await note.isVisible()).toBe(true);
    expect(await page.getByRole('note', { name: '경고' }).isVisible()).toBe(true);
    const style = await note.evaluate((node) => {
      const css = getComputedStyle(node);
      return {
        border: css.borderLeftWidth,
        borderColor: css.borderLeftColor,
        background: css.backgroundColor,
        body: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(style.border).toBe('4px');
    expect(style.background).not.toBe(style.body);
    const folded = page.locator('details.callout[data-callout="tip"]');
    const hidden = folded.locator('.callout-content');
    expect(await hidden.isVisible()).toBe(false);
    await folded.locator('summary').click();
    expect(await hidden.isVisible()).toBe(true);
    await folded.locator('summary').click();
  });

  it('follows wiki links to the notes and headings they name', async () => {
    const link = page.getByRole('link', { name: '베타의 세부 내용' });
    expect(await link.getAttribute('href')).toBe(`${base}notes/beta/#%EC%84%B8%EB%B6%80-%EB%82%B4%EC%9A%A9`);
    expect(await page.getByRole('link', { name: '알파 노트', exact: true }).getAttribute('href')).toBe(`${base}notes/alpha/`);
    const target = await context.newPage();
    await target.goto(`${server.origin}${await link.getAttribute('href')}`);
    expect(await target.locator('h1').textContent()).toBe('베타 노트');
    expect(await target.locator('#세부-내용').count()).toBe(1);
    await target.close();
  });

  it('has no WCAG 2.2 AA violation, no CSP violation and no script error', async () => {
    // A second context that may inject axe (bypassCSP); the page above keeps the real policy.
    const axeContext = await connection.browser.newContext({
      viewport: { width, height },
      colorScheme: theme,
      serviceWorkers: 'block',
      bypassCSP: true,
    });
    const axePage = await axeContext.newPage();
    await axePage.goto(`${server.origin}${base}notes/showcase/`);
    await axePage.locator('details.callout summary').first().click();
    const violations = await wcagViolations(axePage);
    await axeContext.close();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
});
