// The search interface as a reader uses it: lazy loading, keyboard, filter, deep link, highlight.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { testBase } from '../support/dist';
import { axeSource } from '../support/browser';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();

let context: BrowserContext;
const requests: string[] = [];
const problems: string[] = [];

afterEach(async () => {
  await context?.close();
  requests.length = 0;
  expect(problems.splice(0)).toEqual([]);
});

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  context = await site.browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.goto(`${site.origin}${testBase}${path}`);
  return page;
}

const header = (page: Page) => page.locator('#search-header-input');

describe('search interface', () => {
  it('a reading page loads no search code until the reader focuses search', async () => {
    const page = await open('notes/optimizers/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.includes('pagefind') || /search-ui/.test(path))).toEqual([]);
    await header(page).focus();
    await expect.poll(() => requests.some((path) => path.endsWith('pagefind/pagefind.js'))).toBe(true);
  });

  it('"/" focuses the field; typing shows results; arrows move; Enter opens with the words highlighted', async () => {
    const page = await open('');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-header-input');
    await page.keyboard.type('모멘텀은');
    const options = page.locator('#search-header-results [role="option"]');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    expect(await header(page).getAttribute('aria-expanded')).toBe('true');
    const first = options.first();
    expect(await first.locator('.result-title').textContent()).toBeTruthy();
    expect(await first.locator('.result-where').textContent()).toMatch(/이론 > |CNN 구조/);
    expect(await first.locator('.result-excerpt').innerHTML()).toContain('<mark>');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await header(page).getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');
    const target = new URL((await first.getAttribute('href'))!, site.origin);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(target.pathname);
    // The link carries every form the result matched (the glossary's aliases too) and opens a section.
    expect(new URL(page.url()).searchParams.get('highlight')?.split(' ')).toEqual(expect.arrayContaining(['모멘텀', 'momentum']));
    expect(new URL(page.url()).hash).toBe(target.hash);
    const marks = page.locator('.prose mark.search-hit');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect(['모멘텀', 'momentum']).toContain((await marks.first().textContent())?.toLowerCase());
    // A mark in the linked section is scrolled into view.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const heading = document.getElementById(decodeURIComponent(location.hash.slice(1)))!;
          return [...document.querySelectorAll('.prose mark.search-hit')].some((mark) => {
            const box = mark.getBoundingClientRect();
            return (
              box.top >= 0 && box.bottom <= innerHeight && Boolean(heading.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING)
            );
          });
        }),
      )
      .toBe(true);
  });

  it('a page opened from a result marks the words however they are spaced or written', async () => {
    const page = await open(`architectures/resnet/?highlight=${encodeURIComponent('잔차블록 adam')}`);
    const marks = page.locator('.prose mark.search-hit');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect(await marks.allTextContents()).toContain('잔차 블록');
  });

  it('Ctrl+K focuses the field and Esc closes the results', async () => {
    const page = await open('notes/augmix/');
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-header-input');
    await page.keyboard.type('증강');
    const panel = page.locator('.search-header .search-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect(await header(page).getAttribute('aria-expanded')).toBe('false');
  });

  it('the search page answers deep links and narrows results by category', async () => {
    const page = await open(`search/?q=${encodeURIComponent('손실')}`);
    const results = page.locator('#search-page-results a');
    await expect.poll(() => results.count()).toBeGreaterThan(2);
    expect(await page.locator('#search-page-input').inputValue()).toBe('손실');
    const category = page.locator('#search-page-category');
    const memo = await category.locator('option', { hasText: '이론 > 메모' }).getAttribute('value');
    await category.selectOption(memo!);
    await expect
      .poll(async () =>
        (await page.locator('#search-page-results .result-where').allTextContents()).every((where) => where.startsWith('이론 > 메모')),
      )
      .toBe(true);
    expect(await results.count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('category')).toBe('이론 > 메모');
    await page.reload();
    await expect.poll(() => page.locator('#search-page-category').inputValue()).toBe('이론 > 메모');
  });

  it('announces the number of results and is axe-clean with results open', async () => {
    const page = await open('');
    await header(page).fill('');
    await header(page).focus();
    await page.keyboard.type('relu');
    const status = page.locator('.search-header .search-status');
    await expect.poll(() => status.textContent()).toMatch(/검색 결과 \d+개/);
    expect(await status.getAttribute('role')).toBe('status');
    await page.evaluate(axeSource); // injected through DevTools, which the page's CSP does not govern
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<{ violations: { id: string }[] }> } })
        .axe;
      const result = await axe.run(document.querySelector('.site-header')!, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((violation) => violation.id);
    });
    expect(violations).toEqual([]);
  });

  it('works under the base path from a phone', async () => {
    const page = await open('', { width: 375, height: 740 });
    await header(page).focus();
    await page.keyboard.type('아담');
    const link = page.locator('#search-header-results a').first();
    await expect.poll(() => link.count()).toBe(1);
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${testBase}(notes|architectures|glossary)/`));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
