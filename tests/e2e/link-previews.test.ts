// Previews of linked notes in a real browser: on hover after a delay (a fake clock, not wall time), at
// once on keyboard focus, never on touch or in the way of a click, hidden by Esc, offline-ready by design.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wcagViolations } from '../support/axe';
import { useBuiltSite, useFreshPages } from '../support/site';

const site = useBuiltSite();
const NOTE = 'notes/augmix/';
const LINK = 'a[aria-describedby="preview-notes-loss-functions"]';
const PREVIEW = '#preview-notes-loss-functions';

const pages = useFreshPages(site);

async function openNote(options: BrowserContextOptions = {}, fakeClock = false): Promise<Page> {
  const page = await pages.open(NOTE, options, async (page) => {
    if (fakeClock) await page.clock.install();
  });
  // Time stands still unless the test moves it (install alone lets it flow).
  if (fakeClock) await page.clock.pauseAt(Date.now() + 60_000);
  return page;
}

const shown = (page: Page) => page.locator(PREVIEW).evaluate((element) => element.matches(':popover-open'));

describe('link previews', () => {
  it('shows title, category path, date and description on hover, only after a delay, and keeps it while the pointer is on it', async () => {
    const page = await openNote({}, true);
    const link = page.locator(`.prose ${LINK}`).first();
    // The first hover loads the preview code; advance the fake clock until the preview shows.
    await link.hover();
    await expect.poll(async () => (await page.clock.runFor(500), shown(page))).toBe(true);
    const text = await page.locator(PREVIEW).innerText();
    expect(text).toContain('Loss Functions');
    expect(text).toContain('이론 > 공부 자료들');
    expect(text).toMatch(/\d{4}년 \d{1,2}월 \d{1,2}일/);
    expect(text).toContain('교차 엔트로피');
    const linkBox = (await link.boundingBox())!;
    const box = (await page.locator(PREVIEW).boundingBox())!;
    expect(Math.abs(box.y - (linkBox.y + linkBox.height)) < 20 || Math.abs(box.y + box.height - linkBox.y) < 20).toBe(true);
    // Onto the preview: it stays. Away from both: it goes.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.clock.runFor(1000);
    expect(await shown(page)).toBe(true);
    await page.mouse.move(5, 890);
    await page.clock.runFor(1000);
    expect(await shown(page)).toBe(false);
    // A pointer that only passes over the link shows nothing; resting on it for the delay does.
    await link.hover();
    expect(await shown(page)).toBe(false);
    await page.clock.runFor(300);
    expect(await shown(page)).toBe(false);
    await page.clock.runFor(200);
    expect(await shown(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await shown(page)).toBe(false);
  });

  it('shows at once on keyboard focus, describes the link to screen readers, and hides on blur and Esc', async () => {
    const page = await openNote();
    const link = page.locator(`.prose ${LINK}`).first();
    await link.focus();
    await expect.poll(() => shown(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await shown(page)).toBe(false);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => shown(page)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await shown(page)).toBe(false);
    const description = await page.evaluate(async (selector) => {
      const element = document.querySelector(selector)!;
      return document.getElementById(element.getAttribute('aria-describedby')!)?.textContent;
    }, LINK);
    expect(description).toContain('Loss Functions');
  });

  it('never gets in the way: a click follows the link, and on touch a tap follows it with no preview', async () => {
    const page = await openNote();
    const link = page.locator(`.prose ${LINK}`).first();
    await link.hover();
    await expect.poll(() => shown(page), { timeout: 5000 }).toBe(true);
    await link.click();
    await expect.poll(() => page.url()).toBe(site.url('notes/loss-functions/'));

    const phone = await openNote({ viewport: { width: 375, height: 700 }, hasTouch: true, isMobile: true });
    const touchLink = phone.locator(`.prose ${LINK}`).first();
    await touchLink.scrollIntoViewIfNeeded();
    // Session storage outlives the navigation the tap starts.
    await phone.evaluate(
      (selector) =>
        document.getElementById(document.querySelector(selector)!.getAttribute('aria-describedby')!)!.addEventListener('toggle', () => {
          sessionStorage.setItem('previewShown', 'yes');
        }),
      LINK,
    );
    await touchLink.tap();
    await expect.poll(() => phone.url()).toBe(site.url('notes/loss-functions/'));
    expect(await phone.evaluate(() => sessionStorage.getItem('previewShown'))).toBeNull();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no WCAG 2.2 AA violation with a preview shown in the ${theme} theme`, async () => {
      const page = await openNote({ colorScheme: theme, bypassCSP: true });
      const link = page.locator(`.prose ${LINK}`).first();
      await link.focus();
      await expect.poll(() => shown(page)).toBe(true);
      // The preview and its link: the rest of the page is as the sweep checked it.
      const preview = await link.getAttribute('aria-describedby');
      const violations = await wcagViolations(page, [`#${preview}`, `[aria-describedby="${preview}"]`]);
      expect(violations).toEqual([]);
    });
  }
});
