// Lighthouse (mobile preset) on Debian's Chromium: 100 for accessibility, best practices and SEO on the
// home page, a note with math and the search page. These categories do not depend on how busy the
// machine is; the performance category does, so it is measured in `npm run bench`, never asserted here.
import type { LaunchedChrome } from 'chrome-launcher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, testBase } from '../support/dist';
import { audit, launchLighthouseChrome, type Category } from '../support/lighthouse';
import { serveDist, type RunningServer } from '../support/server';

let server: RunningServer;
let chrome: LaunchedChrome;
const CATEGORIES: Category[] = ['accessibility', 'best-practices', 'seo'];

beforeAll(async () => {
  assertBuilt();
  server = await serveDist(distDir, testBase);
  chrome = await launchLighthouseChrome();
});
afterAll(async () => {
  chrome?.kill();
  await server?.close();
});

describe('Lighthouse, mobile preset', () => {
  it.each(['', 'notes/naive-bayes/', 'search/'])(
    '/%s scores 100 for accessibility, best practices and SEO',
    async (path) => {
      const result = await audit(`${server.origin}${testBase}${path}`, chrome.port, CATEGORIES);
      expect(result.scores, result.failing.join(', ')).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100 });
    },
    300_000,
  );
});
