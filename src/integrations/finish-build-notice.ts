// `astro build` alone makes the pages but not the search index or the service worker: those come
// from src/integrations/finish-build.ts, which `npm run build` runs once Astro has exited. Say so
// when the build was started some other way, so a site without search is never deployed unnoticed.
import type { AstroIntegration } from 'astro';

export default function finishBuildNotice(): AstroIntegration {
  return {
    name: 'study-notes:finish-build',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (process.env.npm_lifecycle_event === 'build') return;
        logger.warn('search index and service worker not built: run `npm run build` (it finishes with src/integrations/finish-build.ts)');
      },
    },
  };
}
