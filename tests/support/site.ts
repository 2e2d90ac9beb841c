// One set-up for browser tests: serve the test build under its base and launch Chromium for the
// file's tests, then close both. Call at the top level of a test file.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { assertBuilt, distDir, testBase } from './dist';
import { serveDist, type RunningServer } from './server';

export interface BuiltSite {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** The absolute URL of a path under the base ("notes/x/" → http://127.0.0.1:…/study-notes/notes/x/). */
  url(path: string): string;
}

export function useBuiltSite(): BuiltSite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    assertBuilt();
    server = await serveDist(distDir, testBase);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    url: (path) => `${server!.origin}${testBase}${path.replace(/^\//, '')}`,
  };
}
