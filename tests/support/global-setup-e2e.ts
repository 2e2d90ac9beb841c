// Runs once before the browser tests: one static server for the test build and one Chromium that every
// test file connects to, instead of a server and a browser start-up per file.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumFlags, testBrowserPath } from './browser';
import { assertBuilt, distDir, testBase } from './dist';
import { serveDist } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the server of the test build (http://127.0.0.1:port). */
    siteOrigin: string;
    /** Where test files connect to the shared Chromium. */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  assertBuilt();
  const server = await serveDist(distDir, testBase);
  const browser = await chromium.launchServer({ executablePath: testBrowserPath, args: chromiumFlags });
  project.provide('siteOrigin', server.origin);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
