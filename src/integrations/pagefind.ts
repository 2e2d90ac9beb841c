// Builds the Pagefind search index from the finished HTML through Pagefind's Node API, inside the
// build so that later steps (the service worker) see the index. Any indexing error fails the build.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'study-notes:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outputDir = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'ko' });
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        try {
          const { errors, page_count } = await index.addDirectory({ path: outputDir });
          if (errors.length > 0) throw new Error(`Pagefind indexing failed: ${errors.join('; ')}`);
          if (page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing from the layouts?');
          const written = await index.writeFiles({ outputPath: `${outputDir}/pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          logger.info(`indexed ${page_count} pages for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
