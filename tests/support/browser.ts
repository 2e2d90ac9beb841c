// Debian's Chromium driven by playwright-core (Playwright's own browser download is not used).
import { chromium, type Browser } from 'playwright-core';
import AxeBuilder from 'axe-core';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

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
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

/** axe-core's source, injected into pages for WCAG checks. */
export const axeSource: string = (AxeBuilder as unknown as { source: string }).source;
