// The last build steps, run by `npm run build` after `astro build` has exited: the search index,
// then the service worker that precaches it. They run in a process of their own so that Pagefind's
// indexer never holds its memory at the same time as Astro's renderer; at 10,000 notes the two
// together would need about twice the memory of either (see `npm run bench`).
// Base path and output folder come from the environment through the same functions astro.config.mjs
// uses (src/lib/deploy-target.ts), so they always match the Astro build; importing the config itself
// would load every Markdown plugin for two strings.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildFolders, deployTarget } from '../lib/deploy-target';
import { writeSearchIndex } from './search-index';
import { writeServiceWorker } from './service-worker';

const log = (step: string, message: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [study-notes:${step}] ${message}`);

async function finishBuild() {
  const outDir = resolve(buildFolders(process.env).outDir);
  const { base } = deployTarget(process.env);
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir}/index.html is missing: run \`astro build\` first.`);

  const started = performance.now();
  const pages = await writeSearchIndex(outDir);
  const seconds = (performance.now() - started) / 1000;
  log(
    'search-index',
    `indexed ${pages} pages for search in ${seconds.toFixed(1)} s (${((seconds * 1000) / pages).toFixed(1)} ms per page)`,
  );
  const worker = await writeServiceWorker(outDir, base);
  log(
    'service-worker',
    `service worker precaches ${worker.count} files (${(worker.size / 1024 / 1024).toFixed(1)} MB, mode "${worker.mode}") under ${base}`,
  );
}

finishBuild().catch((error: unknown) => {
  console.error(`Build could not be finished: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
