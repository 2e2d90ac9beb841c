// The HSV demo, used with the keyboard only: known colours give the right H, S, V and hue bin.
import { describe, expect, it } from 'vitest';
import { testBase } from '../support/dist';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();

describe('HSV demo', () => {
  it.each([
    { rgb: [255, 0, 0], expected: ['0°', '100%', '100%', '빨강'], opencv: '0, 255, 255' },
    { rgb: [0, 128, 128], expected: ['180°', '100%', '50.2%', '청록'], opencv: '90, 255, 128' },
    { rgb: [128, 128, 128], expected: ['0°', '0%', '50.2%', '회색'], opencv: '0, 0, 128' },
  ])('rgb($rgb) by keyboard', async ({ rgb, expected, opencv }) => {
    const page = await site.browser.newPage({ serviceWorkers: 'block' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.origin}${testBase}notes/hsv-color-classification/`);
    await page.locator('#fig-hsv-demo-color').focus();
    for (const [index, channel] of (['r', 'g', 'b'] as const).entries()) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`fig-hsv-demo-${channel}`);
      await page.keyboard.press('Control+a');
      await page.keyboard.type(String(rgb[index]));
    }
    // The live summary (read to screen readers) and the detailed values above the precomputed table.
    const summary = page.locator('#fig-hsv-demo output');
    const details = async () => (await page.locator('#fig-hsv-demo').innerText()).split('대표 색의 변환 결과')[0]!;
    for (const part of expected) await expect.poll(() => summary.textContent()).toContain(part);
    await expect.poll(details).toContain(`OpenCV 8비트 (H 0–179, S·V 0–255)\n${opencv}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads correctly without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${testBase}notes/hsv-color-classification/`);
    const table = page.locator('#fig-hsv-demo table');
    expect(await table.textContent()).toContain('청록');
    expect(await page.locator('#fig-hsv-demo output').textContent()).toMatch(/H, S, V/);
    await context.close();
  });
});
