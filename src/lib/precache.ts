// Which built files the service worker precaches. Small sites precache everything so every page and
// the whole search index work offline after one visit. Past a size threshold the precache would grow
// without bound, so only the shell (assets, fallback page, home, search page) and the search index are
// precached and other pages are cached as they are visited.

/** Precache every page while the site's files stay under this total; above it, precache only the shell. */
export const FULL_PRECACHE_LIMIT_BYTES = 50 * 1024 * 1024;

export type PrecacheMode = 'all' | 'shell';

export interface PrecacheChoice {
  mode: PrecacheMode;
  /** Glob patterns relative to dist/, for workbox-build. */
  globPatterns: string[];
}

const ASSETS = [
  '_astro/**/*.{css,js,woff2}',
  'pagefind/**/*',
  'search-dictionary.json',
  'scripts/**/*.js',
  '*.{svg,png,webmanifest}',
  'offline/index.html',
];
const SHELL_PAGES = ['index.html', 'search/index.html', '404.html'];

/** `requested` comes from PRECACHE (all | shell | auto); auto decides by the total size of the site. */
export function choosePrecache(requested: string | undefined, totalBytes: number): PrecacheChoice {
  const mode: PrecacheMode =
    requested === 'all' || requested === 'shell' ? requested : totalBytes <= FULL_PRECACHE_LIMIT_BYTES ? 'all' : 'shell';
  return { mode, globPatterns: mode === 'all' ? [...ASSETS, '**/*.html'] : [...ASSETS, ...SHELL_PAGES] };
}

/** Pagefind's files are named by content hash except these two, which the service worker revisions. */
export const PAGEFIND_UNHASHED = ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json'];
