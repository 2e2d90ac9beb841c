// The service worker, bundled at the end of every build by src/integrations/service-worker.ts, which
// fills in the precache manifest and the deploy base. It precaches the finished site as one revisioned
// set, so a reader never mixes two builds; pages not precached (large sites) are cached on first visit,
// and any page missing while offline gets the Korean offline page.
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, precacheAndRoute, PrecacheFallbackPlugin, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

// Replaced by the build (esbuild `define`).
declare const PRECACHE_MANIFEST: PrecacheEntry[];
declare const BASE_PATH: string;

// Only what this file uses of the worker's global scope: the project's types are those of a page.
declare const self: {
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data?: { type?: string } }) => void): void;
};

// Cache names as they have always been, so an update reuses the files a reader already has.
setCacheNameDetails({ prefix: 'study-notes' });

// The page asks the waiting worker to take over when the reader chooses to update (src/scripts/offline.ts).
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();

precacheAndRoute(PRECACHE_MANIFEST, {
  directoryIndex: 'index.html',
  // Search deep links, highlights and Pagefind's cache-busting parameter all map to the cached file.
  ignoreURLParametersMatching: [/^highlight$/, /^q$/, /^category$/, /^ts$/, /^utm_/],
});
cleanupOutdatedCaches();

registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: 'study-notes-pages',
    networkTimeoutSeconds: 4,
    plugins: [new ExpirationPlugin({ maxEntries: 500 }), new PrecacheFallbackPlugin({ fallbackURL: `${BASE_PATH}offline/index.html` })],
  }),
);
