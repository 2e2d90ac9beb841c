// Generates the service worker with Workbox after the search index exists, so it precaches the
// finished dist/: pages, CSS, fonts the pages use, figures and the whole Pagefind bundle. Every file
// gets a revision hash; a new build installs as a whole and old entries are removed on activation,
// so a reader never mixes two builds. Scope and URLs follow the deploy base.
import { statSync } from 'node:fs';
import { generateSW } from 'workbox-build';
import { listFiles } from '../lib/fs-walk';
import { choosePrecache, type PrecacheMode } from '../lib/precache';

/** Writes `distDir/sw.js` for a site served under `base` (with a trailing slash). */
export async function writeServiceWorker(distDir: string, base: string): Promise<{ count: number; size: number; mode: PrecacheMode }> {
  const files = await listFiles(distDir);
  const totalBytes = files.reduce((sum, file) => sum + statSync(`${distDir}/${file}`).size, 0);
  const precache = choosePrecache(process.env.PRECACHE, totalBytes);
  const { count, size, warnings } = await generateSW({
    globDirectory: distDir,
    globPatterns: precache.globPatterns,
    // Pagefind also writes its ready-made UIs and highlighter, which this site does not load.
    globIgnores: ['sw.js', '**/*.map', 'pagefind/*-ui.*', 'pagefind/pagefind-highlight.js'],
    swDest: `${distDir}/sw.js`,
    modifyURLPrefix: { '': base },
    cacheId: 'study-notes',
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    // The page asks the waiting worker to take over when the reader chooses to update.
    skipWaiting: false,
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    // Search deep links, highlights and Pagefind's cache-busting parameter all map to the cached file.
    ignoreURLParametersMatching: [/^highlight$/, /^q$/, /^category$/, /^ts$/, /^utm_/],
    directoryIndex: 'index.html',
    runtimeCaching: [
      {
        // Pages not precached (large sites) are cached on first visit; any page not in the cache
        // while offline gets the Korean offline page.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: 'study-notes-pages',
          networkTimeoutSeconds: 4,
          expiration: { maxEntries: 500 },
          precacheFallback: { fallbackURL: `${base}offline/index.html` },
        },
      },
    ],
  });
  for (const warning of warnings) console.warn(warning);
  if (warnings.some((warning) => /exceeded|larger than/i.test(warning)))
    throw new Error(`Service worker precache is missing files: ${warnings.join('; ')}`);
  return { count, size, mode: precache.mode };
}
