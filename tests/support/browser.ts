// Debian's Chromium driven by playwright-core (Playwright's own browser download is not used).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import AxeBuilder from 'axe-core';

/** Full Chromium, the browser readers run: Lighthouse and the bench measure it. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';
/**
 * The browser tests drive Chromium's headless shell (Debian's chromium-headless-shell, what Playwright
 * itself runs headless by default): the same Blink without the desktop browser around it, measured at
 * about a sixth less CPU over the same pages. Where only full Chromium is installed, tests use that.
 */
export const testBrowserPath = process.env.CHROME_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : chromiumPath);

/** Root in a sandbox with no network beyond localhost: no sandbox, no GPU, no background traffic. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: testBrowserPath, args: chromiumFlags });
}

/** axe-core's source, injected into pages for WCAG checks. */
export const axeSource: string = (AxeBuilder as unknown as { source: string }).source;
