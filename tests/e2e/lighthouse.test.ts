// Lighthouse (mobile preset) on Debian's Chromium: 100 for performance, accessibility, best practices
// and SEO on the home page, a note with math and the search page.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../support/browser';
import { assertBuilt, distDir, testBase } from '../support/dist';
import { serveDist, type RunningServer } from '../support/server';

let server: RunningServer;
let chrome: chromeLauncher.LaunchedChrome;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

beforeAll(async () => {
  assertBuilt();
  server = await serveDist(distDir, testBase);
  chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});
afterAll(async () => {
  chrome?.kill();
  await server?.close();
});

describe('Lighthouse, mobile preset', () => {
  it.each(['', 'notes/loss-functions/', 'search/'])(
    '/%s scores 100 in every category',
    async (path) => {
      const result = await lighthouse(`${server.origin}${testBase}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      const lhr = result!.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]!.score ?? 0) * 100)]));
      const failing = Object.values(lhr.audits)
        .filter(
          (audit) =>
            audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual',
        )
        .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
      console.log(`/${path}`, JSON.stringify(scores), failing.length > 0 ? `below 1: ${failing.join(', ')}` : '');
      expect(scores).toEqual({ performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 });
    },
    180_000,
  );
});
