// Browser tests share one server of the test build and one Chromium, both started once for the whole
// run (global-setup-e2e.ts). Each file connects to the browser and opens its own contexts, so files
// can run side by side without sharing pages, cookies or service workers. Contexts block service
// workers unless the test is about them (offline, update, CSP): in every other context the worker
// would download the whole precache (10 MB) in the background.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { buildFixture, removeBuild, type BuildResult } from './build';
import { testBase } from './dist';
import { serveDist, type RunningServer } from './server';

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

export interface FreshPages {
  /**
   * Opens the page at `path` (under the base) in a new context, closed after the test. Service workers
   * are blocked unless `options` allows them: in every other context the worker would download the
   * whole precache in the background. `beforeGoto` runs on the page before it loads (a fake clock).
   */
  open(path: string, options?: BrowserContextOptions, beforeGoto?: (page: Page) => Promise<void>): Promise<Page>;
}

/**
 * A context per test, at 1280×900 with reduced motion; page errors and console errors of each test are
 * collected and must be none. Call at the top level of a test file.
 */
export function useFreshPages(site: BuiltSite): FreshPages {
  let context: BrowserContext | undefined;
  const problems: string[] = [];
  afterEach(async () => {
    await context?.close();
    context = undefined;
    expect(problems.splice(0)).toEqual([]);
  });
  return {
    async open(path, options = {}, beforeGoto) {
      await context?.close();
      context = await site.browser.newContext({
        viewport: { width: 1280, height: 900 },
        reducedMotion: 'reduce',
        serviceWorkers: 'block',
        ...options,
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
      await beforeGoto?.(page);
      await page.goto(site.url(path));
      return page;
    },
  };
}

export interface FixtureSite {
  /** The build of the fixture content (its output folder and log). */
  readonly build: BuildResult;
  /** http://127.0.0.1:port of a server of that build under the base /study-notes/. */
  readonly origin: string;
}

/**
 * Builds the fixture content, changed by `change`, with `npm run build` before the file's tests and
 * serves it; removes both after them. Call at the top level of a test file.
 */
export function useFixtureSite(change: (contentDir: string) => void): FixtureSite {
  let build: BuildResult | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    build = await buildFixture(change);
    expect(build.status, build.output).toBe(0);
    server = await serveDist(build.outDir, testBase);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    if (build) removeBuild(build);
  });
  return {
    get build() {
      return build!;
    },
    get origin() {
      return server!.origin;
    },
  };
}
