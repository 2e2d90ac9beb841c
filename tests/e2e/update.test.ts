// The fixture site builds cleanly, and a new deploy of it reaches readers cleanly: the waiting worker
// is offered, the reload shows the changed note, the old build's cache entries are gone, and no
// request mixes the two builds.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, removeBuild, type BuildResult } from '../support/build';
import { serveDist, type RunningServer } from '../support/server';
import { useBrowser } from '../support/site';

const base = '/study-notes/';
let first: BuildResult;
let second: BuildResult;
let server: RunningServer;
const connection = useBrowser();

beforeAll(async () => {
  // The two deploys build side by side.
  [first, second] = await Promise.all([
    buildFixture(),
    buildFixture((dir) => {
      const file = join(dir, 'notes/alpha.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('끝.', '새 빌드에서 바뀐 문장.'));
    }),
  ]);
  expect(first.status, first.output).toBe(0);
  expect(second.status, second.output).toBe(0);
}, 300_000);
afterAll(async () => {
  await server?.close();
  for (const build of [first, second]) if (build) removeBuild(build);
});

describe('the fixture site', () => {
  it('builds cleanly with math, the search index and a service worker that precaches it', () => {
    expect(readFileSync(join(first.outDir, 'notes/alpha/index.html'), 'utf8')).toContain('class="katex"');
    // The finishing process ran after Astro: search index and service worker exist, and the glossary
    // dictionary stays for the search UI (and is precached with the index).
    expect(existsSync(join(first.outDir, 'pagefind/pagefind-entry.json'))).toBe(true);
    const worker = readFileSync(join(first.outDir, 'sw.js'), 'utf8');
    expect(worker).toContain('pagefind/pagefind-entry.json');
    expect(worker).toContain('search-dictionary.json');
  });
});

describe('updating to a new build', () => {
  it('offers the new version, then serves it whole', async () => {
    server = await serveDist(first.outDir, base);
    const context = await connection.browser.newContext();
    const page = await context.newPage();
    const note = `${server.origin}${base}notes/alpha/`;
    await page.goto(note);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);
    expect(await page.locator('.prose').textContent()).not.toContain('새 빌드에서 바뀐 문장');

    // Deploy the second build, then come back to the page.
    server.setRoot(second.outDir);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.reload();
    const toast = page.locator('.toast');
    await expect.poll(() => toast.textContent(), { timeout: 30_000 }).toContain('새 버전이 있습니다');
    // Until the reader chooses, the page still comes whole from the old build.
    expect(await page.locator('.prose').textContent()).not.toContain('새 빌드에서 바뀐 문장');
    requests.length = 0;
    await Promise.all([page.waitForEvent('load'), toast.getByRole('button', { name: '새로고침' }).click()]);
    await expect.poll(() => page.locator('.prose').textContent()).toContain('새 빌드에서 바뀐 문장');

    // Every asset the updated page loaded exists in the new build.
    for (const path of requests.filter((path) => path.startsWith(`${base}_astro/`))) {
      expect(existsSync(join(second.outDir, path.slice(base.length))), path).toBe(true);
    }
    // The cache holds the new build only: the note's cached HTML is the new one, and no entry is left
    // that the new build does not have.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      let noteHtml = '';
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const url = new URL(request.url);
          urls.push(url.pathname);
          if (url.pathname.endsWith('/notes/alpha/index.html')) noteHtml = await (await cache.match(request))!.text();
        }
      }
      return { urls, noteHtml };
    });
    expect(cached.noteHtml).toContain('새 빌드에서 바뀐 문장');
    for (const path of cached.urls.filter((path) => path.startsWith(base))) {
      const file = decodeURIComponent(path.slice(base.length));
      expect(existsSync(join(second.outDir, file.endsWith('/') || file === '' ? `${file}index.html` : file)), path).toBe(true);
    }
    await context.close();
  });
});
