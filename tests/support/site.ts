// Browser tests share one server of the test build and one Chromium, both started once for the whole
// run (global-setup-e2e.ts). Each file connects to the browser and opens its own contexts, so files
// can run side by side without sharing pages, cookies or service workers.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { testBase } from './dist';

export interface BuiltSite {
  readonly browser: Browser;
  /** http://127.0.0.1:port, the server of the test build (under the base /study-notes/). */
  readonly origin: string;
  /** The absolute URL of a path under the base ("notes/x/" → http://127.0.0.1:…/study-notes/notes/x/). */
  url(path: string): string;
}

/** The shared browser, connected for this file's tests. Call at the top level of a test file. */
export function useBrowser(): { readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      return browser!;
    },
  };
}

/** The shared browser and the server of the test build. Call at the top level of a test file. */
export function useBuiltSite(): BuiltSite {
  const connection = useBrowser();
  const origin = inject('siteOrigin');
  return {
    get browser() {
      return connection.browser;
    },
    origin,
    url: (path) => `${origin}${testBase}${path.replace(/^\//, '')}`,
  };
}
