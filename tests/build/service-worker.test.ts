// The service worker's precache manifest lists every page and the whole search bundle, revisioned,
// under the base.
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/fs-walk';
import { distDir, readDist, testBase } from '../support/dist';

function precacheEntries(): { url: string; revision: string | null }[] {
  const sw = readDist('sw.js');
  return [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"([^"]+)"|null)\}/g)].map((match) => ({
    url: match[1]!,
    revision: match[2] ?? null,
  }));
}

describe('service worker', () => {
  it('precaches every HTML page and every Pagefind file with a revision hash, under the base', async () => {
    const entries = precacheEntries();
    const byUrl = new Map(entries.map((entry) => [entry.url, entry.revision]));
    const files = await listFiles(distDir);
    const expected = files.filter(
      (file) => file.endsWith('.html') || (file.startsWith('pagefind/') && !/-ui\.|pagefind-highlight/.test(file)),
    );
    expect(expected.length).toBeGreaterThan(100);
    for (const file of expected) {
      expect(byUrl.has(`${testBase}${file}`), file).toBe(true);
      expect(byUrl.get(`${testBase}${file}`), file).toMatch(/^[0-9a-f]{32}$/);
    }
    for (const entry of entries) expect(entry.url.startsWith(testBase), entry.url).toBe(true);
  });

  it('is registered under the base with the manifest and offline page in place', async () => {
    const files = new Set(await listFiles(distDir));
    const home = readDist('index.html');
    expect(home).toContain(`<link rel="manifest" href="${testBase}manifest.webmanifest">`);
    const manifest = JSON.parse(readDist('manifest.webmanifest'));
    expect(manifest).toMatchObject({ lang: 'ko', start_url: testBase, scope: testBase, display: 'standalone' });
    expect(manifest.icons.some((icon: { purpose: string }) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) expect(files.has(icon.src.slice(testBase.length)), icon.src).toBe(true);
    expect(readDist('offline/index.html')).toContain('오프라인 상태입니다');
  });
});
