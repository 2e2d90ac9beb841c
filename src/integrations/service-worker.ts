// Writes the service worker after the search index exists, so it precaches the finished dist/: pages,
// CSS, fonts the pages use, figures and the whole Pagefind bundle. Workbox lists the files with a
// revision hash each; esbuild bundles src/service-worker/sw.ts with that list and the base in place.
// (Workbox's own generateSW bundles through Rollup and Babel, about 2 s of every build; esbuild takes
// a few milliseconds for the same worker.)
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
// The module of the one function used: the package's index also loads Rollup and Babel for generateSW,
// most of a second before every build's last step.
import { getManifest } from 'workbox-build/build/get-manifest';
import { listFiles } from '../lib/fs-walk';
import { choosePrecache, type PrecacheMode } from '../lib/precache';

const workerSource = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));

/** Writes `distDir/sw.js` for a site served under `base` (with a trailing slash). */
export async function writeServiceWorker(distDir: string, base: string): Promise<{ count: number; size: number; mode: PrecacheMode }> {
  const files = await listFiles(distDir);
  const totalBytes = files.reduce((sum, file) => sum + statSync(`${distDir}/${file}`).size, 0);
  const precache = choosePrecache(process.env.PRECACHE, totalBytes);
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: distDir,
    globPatterns: precache.globPatterns,
    // Pagefind also writes its ready-made UIs and highlighter, which this site does not load.
    globIgnores: ['sw.js', '**/*.map', 'pagefind/*-ui.*', 'pagefind/pagefind-highlight.js'],
    modifyURLPrefix: { '': base },
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
  });
  for (const warning of warnings) console.warn(warning);
  if (warnings.some((warning) => /exceeded|larger than/i.test(warning)))
    throw new Error(`Service worker precache is missing files: ${warnings.join('; ')}`);
  await build({
    entryPoints: [workerSource],
    outfile: `${distDir}/sw.js`,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    // Page paths stay readable (Korean tag names); worker scripts are always decoded as UTF-8.
    charset: 'utf8',
    logLevel: 'error',
    define: {
      PRECACHE_MANIFEST: JSON.stringify(manifestEntries),
      BASE_PATH: JSON.stringify(base),
      // Workbox leaves out its development logging in production.
      'process.env.NODE_ENV': '"production"',
    },
  });
  return { count, size, mode: precache.mode };
}
