// Glossary term cards in a real browser: open and close by mouse, keyboard and touch, with no script
// and with no network, on a 375 px screen, in print, and axe-clean with a card open in both themes.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wcagViolations } from '../support/axe';
import { readDist } from '../support/dist';
import { useBuiltSite, useFreshPages } from '../support/site';

const site = useBuiltSite();
const NOTE = 'notes/augmix/';

const pages = useFreshPages(site);
const openNote = (options: BrowserContextOptions = {}, path = NOTE): Promise<Page> => pages.open(path, options);

/** The glossary definition of a term, as the built glossary page shows it. */
function definitionOf(id: string): string {
  const glossary = readDist('glossary/index.html');
  const entry = glossary.slice(glossary.indexOf(`id="${id}"`));
  return /<dd><p>([^<]+)<\/p>/.exec(entry)![1]!;
}

const openCard = (page: Page) => page.evaluate(() => document.querySelector('.term-card:popover-open')?.id ?? null);
const activeInside = (page: Page, selector: string) => page.evaluate((sel) => Boolean(document.activeElement?.closest(sel)), selector);

describe('term cards', () => {
  it('a click opens the card with names, definition, related pages and the glossary link; a second click or a click outside closes it', async () => {
    const page = await openNote();
    const term = page.locator('.prose button.term', { hasText: '젠슨-섀넌 발산' }).first();
    await term.click();
    expect(await openCard(page)).toBe('term-js-divergence');
    const card = page.locator('#term-js-divergence');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.getAttribute('aria-label')).toBe('젠슨-섀넌 발산');
    const text = await card.innerText();
    expect(text).toContain('Jensen-Shannon divergence');
    expect(await card.locator('p').nth(1).textContent()).toBe(definitionOf('js-divergence'));
    expect(await card.locator('ul a').count()).toBeGreaterThan(0);
    expect(await card.locator('ul a').count()).toBeLessThanOrEqual(3);
    expect(await card.locator('a', { hasText: '용어집에서 보기' }).getAttribute('href')).toBe('/study-notes/glossary/#js-divergence');
    // Next to its term: the card's top edge is just below (or above) the term.
    const termBox = (await term.boundingBox())!;
    const cardBox = (await card.boundingBox())!;
    expect(Math.abs(cardBox.y - (termBox.y + termBox.height)) < 20 || Math.abs(cardBox.y + cardBox.height - termBox.y) < 20).toBe(true);

    await term.click();
    expect(await openCard(page)).toBeNull();

    await term.click();
    expect(await openCard(page)).toBe('term-js-divergence');
    await page.mouse.click(5, 880);
    expect(await openCard(page)).toBeNull();
  });

  it('by keyboard: Enter opens the card and moves focus into it, Esc closes it and focus returns to the term', async () => {
    const page = await openNote();
    const term = page.locator('.prose button.term').first();
    const id = await term.getAttribute('popovertarget');
    await term.focus();
    await page.keyboard.press('Enter');
    expect(await openCard(page)).toBe(id);
    expect(await activeInside(page, `#${id}`)).toBe(true);
    // Tab stays on the card's links.
    await page.keyboard.press('Tab');
    expect(await activeInside(page, `#${id}`)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await openCard(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('popovertarget'))).toBe(id);
    expect(await term.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    expect(await openCard(page)).toBe(id);
  });

  it('by touch on a 375 px screen: a tap opens a card that stays on screen, a tap outside closes it', async () => {
    const screen = { width: 375, height: 700 };
    const page = await openNote({ viewport: screen, hasTouch: true, isMobile: true });
    const terms = page.locator('.prose button.term');
    expect(await terms.count()).toBeGreaterThan(10);
    // The places where a card is hardest to fit: the term furthest right (the card must move left), a
    // term at the bottom edge (the card must open above it) and one at the top edge (below it).
    const rightmost = await terms.evaluateAll((buttons) => {
      const rights = buttons.map((button) => button.getBoundingClientRect().right);
      return rights.indexOf(Math.max(...rights));
    });
    const cases = [
      { index: rightmost, edge: 'center' },
      { index: 0, edge: 'bottom' },
      { index: 1, edge: 'top' },
    ] as const;
    for (const { index, edge } of cases) {
      const term = terms.nth(index);
      // Scroll the term to the edge, then tap it where it is.
      const at = await term.evaluate((button, edge) => {
        const box = button.getBoundingClientRect();
        const target = edge === 'top' ? 4 : edge === 'bottom' ? innerHeight - box.height - 4 : (innerHeight - box.height) / 2;
        scrollBy(0, box.top - target);
        const placed = button.getBoundingClientRect();
        return { x: placed.left + placed.width / 2, y: placed.top + placed.height / 2, top: placed.top, bottom: placed.bottom };
      }, edge);
      const id = await term.getAttribute('popovertarget');
      await page.touchscreen.tap(at.x, at.y);
      expect(await openCard(page), `${edge} term ${index}`).toBe(id);
      const box = (await page.locator(`#${id}`).boundingBox())!;
      expect(box.x, id!).toBeGreaterThanOrEqual(0);
      expect(box.y, id!).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id!).toBeLessThanOrEqual(screen.width);
      expect(box.y + box.height, id!).toBeLessThanOrEqual(screen.height);
      // Next to its term, on the side where it fits.
      if (edge === 'bottom') expect(box.y + box.height, id!).toBeLessThanOrEqual(at.top);
      if (edge === 'top') expect(box.y, id!).toBeGreaterThanOrEqual(at.bottom);
      await page.touchscreen.tap(screen.width - 5, 5);
      expect(await openCard(page), `${edge} term ${index}`).toBeNull();
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen.width);
  });

  it('opens with no script at all: the popover is the platform’s', async () => {
    const page = await openNote({ javaScriptEnabled: false });
    const term = page.locator('.prose button.term').first();
    await term.click();
    const id = await term.getAttribute('popovertarget');
    expect(await page.locator(`#${id}`).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator(`#${id}`).isVisible()).toBe(false);
  });

  it('prints terms as plain text and no card', async () => {
    const page = await openNote();
    const term = page.locator('.prose button.term').first();
    await term.click();
    await page.emulateMedia({ media: 'print' });
    const id = await term.getAttribute('popovertarget');
    expect(await page.locator(`#${id}`).isVisible()).toBe(false);
    expect(await term.evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('none');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no WCAG 2.2 AA violation with a card open in the ${theme} theme`, async () => {
      const page = await openNote({ colorScheme: theme, bypassCSP: true });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const term = page.locator('.prose button.term').first();
      await term.hover();
      await term.click();
      const id = await openCard(page);
      expect(id).not.toBeNull();
      // The card and the terms that open it: the rest of the page is as the sweep checked it.
      const violations = await wcagViolations(page, [`#${id}`, `[popovertarget="${id}"]`]);
      expect(violations).toEqual([]);
    });
  }

  it('works offline on a note never visited: cards, their placement and link previews need no request', async () => {
    const page = await pages.open('', { serviceWorkers: 'allow' });
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);
    await page.context().setOffline(true);
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    expect((await page.goto(site.url(NOTE)))?.status()).toBe(200);
    const term = page.locator('.prose button.term').first();
    await term.hover();
    await term.click();
    const id = await term.getAttribute('popovertarget');
    expect(await openCard(page)).toBe(id);
    // Placed by the lazily loaded script, which came from the cache.
    await expect.poll(() => page.locator(`#${id}`).getAttribute('data-placed')).toBe('');
    // Link previews too are in the page.
    await page.keyboard.press('Escape');
    await page.locator('.prose a[aria-describedby^="preview-"]').first().focus();
    await expect.poll(() => page.evaluate(() => document.querySelector('.link-preview:popover-open')?.textContent ?? '')).not.toBe('');
    expect(failed).toEqual([]);
  });
});
