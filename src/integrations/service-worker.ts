// Generates the service worker with Workbox after the search index exists, so it precaches the
// finished dist/: pages, CSS, fonts the pages use, figures and the whole Pagefind bundle. Every file
// gets a revision hash; a new build installs as a whole and old entries are removed on activation,
// so a reader never mixes two builds. Scope and URLs follow the deploy base.
import type { AstroIntegration } from 'astro';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { listFiles } from '../lib/fs-walk';
import { choosePrecache } from '../lib/precache';

export default function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'study-notes:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
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
        for (const warning of warnings) logger.warn(warning);
        if (warnings.some((warning) => /exceeded|larger than/i.test(warning)))
          throw new Error(`Service worker precache is missing files: ${warnings.join('; ')}`);
        logger.info(
          `service worker precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MB, mode "${precache.mode}") under ${base}`,
        );
      },
    },
  };
}
