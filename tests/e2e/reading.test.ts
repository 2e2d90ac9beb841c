// What a reader does, in a real browser: navigate, toggle the theme, use the phone menu.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { readDist, testBase } from '../support/dist';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();

let context: BrowserContext;
const problems: string[] = [];

afterEach(async () => {
  await context?.close();
  expect(problems.splice(0)).toEqual([]);
});

/** A page that records console errors, failed requests and any request that leaves the local server. */
async function openPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  context = await site.browser.newContext({ viewport, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) problems.push(`left localhost: ${request.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  return page;
}

const url = (path: string) => `${site.origin}${testBase}${path.replace(/^\//, '')}`;

/** A study note whose next note has backlinks, found from the built pages. */
function journeyStart(): { start: string; next: string } {
  const html = readDist('categories/theory/study/index.html');
  const category = html.slice(html.indexOf('<main'));
  const slugs = [...category.matchAll(/<li><a href="\/study-notes\/notes\/([a-z0-9-]+)\/">/g)].map((match) => match[1]!);
  for (const slug of slugs) {
    const next = /<a class="next" href="\/study-notes\/notes\/([a-z0-9-]+)\/"/.exec(readDist(`notes/${slug}/index.html`))?.[1];
    if (next && readDist(`notes/${next}/index.html`).includes('id="backlinks"')) return { start: slug, next };
  }
  throw new Error('no study note whose next note has backlinks');
}

describe('reading', () => {
  it('home → category → note → next note → backlink', async () => {
    const { start, next } = journeyStart();
    const page = await openPage();
    await page.goto(url('/'));
    await page
      .locator('main')
      .getByRole('link', { name: /공부 자료들/ })
      .click();
    await expect.poll(() => page.url()).toBe(url('/categories/theory/study/'));
    await page.locator('main .note-list').locator(`a[href="${testBase}notes/${start}/"]`).click();
    await expect.poll(() => page.url()).toBe(url(`/notes/${start}/`));
    await page.getByRole('link', { name: /다음 글/ }).click();
    await expect.poll(() => page.url()).toBe(url(`/notes/${next}/`));
    const backlink = page.locator('section.backlinks a').first();
    const target = await backlink.getAttribute('href');
    await backlink.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(target);
    // The page we arrived at really links to the note we came from.
    // (Polled: the address changes when the navigation commits, before the new page is parsed.)
    await expect.poll(() => page.locator(`main .prose a[href^="${testBase}notes/${next}/"]`).count()).toBeGreaterThan(0);
  });

  it('a link to a section of the longest math note opens with that heading at the top of the screen', async () => {
    // Section links come from the contents, search results and other notes; on a long page any
    // rendering shortcut that guesses heights (content-visibility) would leave the reader elsewhere.
    const page = await openPage({ width: 1280, height: 800 });
    const note = 'notes/optimizers/';
    const html = readDist(`${note}index.html`);
    const prose = html.slice(html.indexOf('class="prose"'), html.indexOf('</article>'));
    const ids = [...prose.matchAll(/<h[23] id="([^"]+)"/g)].map((match) => match[1]!);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of [ids.at(-1)!, ids[Math.floor(ids.length / 2)]!]) {
      await page.goto(`${url(note)}#${encodeURIComponent(id)}`);
      // Where the heading ends up once the page has settled: fonts loaded and its place unchanged
      // for ten frames in a row.
      const top = await page.evaluate(async (target) => {
        await document.fonts.ready;
        const heading = document.getElementById(target)!;
        let last = NaN;
        for (let steady = 0, frame = 0; steady < 10 && frame < 300; frame += 1) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const now = heading.getBoundingClientRect().top;
          steady = now === last ? steady + 1 : 0;
          last = now;
        }
        return last;
      }, id);
      expect(Math.abs(top), id).toBeLessThan(80);
    }
  });

  it('the theme toggle persists across pages and reloads without flashing', async () => {
    const page = await openPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url('/'));
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    await page.getByRole('button', { name: '다크 모드 전환' }).click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await page.getByRole('button', { name: '다크 모드 전환' }).getAttribute('aria-pressed')).toBe('true');
    await page.goto(url('/archive/'));
    // Read before any module script runs: the inline head script already chose the stored theme.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(21, 24, 29)');
    await page.getByRole('button', { name: '다크 모드 전환' }).click();
    await page.reload();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
  });

  it('follows the system theme until the reader chooses', async () => {
    const page = await openPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(url('/'));
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
  });

  it('the phone menu opens and closes at 375 px', async () => {
    const page = await openPage({ width: 375, height: 740 });
    await page.goto(url('/notes/loss-functions/'));
    const sidebar = page.locator('aside.sidebar');
    expect(await sidebar.isVisible()).toBe(false);
    const menu = page.locator('details.mobile-nav');
    const categoryLink = menu.getByRole('link', { name: /메모/ });
    expect(await categoryLink.isVisible()).toBe(false);
    await menu.locator('summary').click();
    expect(await categoryLink.isVisible()).toBe(true);
    await menu.locator('summary').click();
    expect(await categoryLink.isVisible()).toBe(false);
    // Nothing overflows the phone width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it('works with the keyboard: skip link and menu', async () => {
    const page = await openPage({ width: 375, height: 740 });
    await page.goto(url('/notes/loss-functions/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('본문으로 건너뛰기');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.locator('details.mobile-nav summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('details.mobile-nav').getAttribute('open')).toBe('');
  });

  it('copies code with the copy button', async () => {
    const page = await openPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(url('notes/augmix/'));
    const button = page.getByRole('button', { name: '코드 복사' }).first();
    await button.click();
    await expect.poll(() => button.textContent()).toBe('복사됨');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.length).toBeGreaterThan(10);
    expect(await page.locator('pre.astro-code code').first().innerText()).toContain(copied.trim().split('\n')[0]!);
  });

  it('an unknown address shows the Korean 404 page', async () => {
    const page = await openPage();
    const response = await page.goto(url('/notes/does-not-exist/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('페이지를 찾을 수 없습니다');
    problems.splice(0); // the 404 response itself is logged as a console error by Chromium
  });
});
