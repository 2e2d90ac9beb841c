// Builds the Pagefind search index from the finished HTML through Pagefind's Node API. Each page is
// handed to Pagefind with its Korean-aware extra terms added (src/lib/search-index-page.ts), terms
// the Astro build already worked out (src/pages/search-terms.json.ts); the files readers download are
// left as they are. Any indexing error fails the build.
import { readFile, rm } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { listFiles } from '../lib/fs-walk';
import { withSearchTerms } from '../lib/search-index-page';

/** Written by src/pages/search-terms.json.ts; read here and removed from the output. */
const TERMS_FILE = 'search-terms.json';

/** The site path of a built page file ("notes/x/index.html" → "/notes/x/"). */
const pathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** Indexes every searchable page of `outputDir` into `outputDir/pagefind`; returns how many pages. */
export async function writeSearchIndex(outputDir: string): Promise<number> {
  const termsPath = `${outputDir}/${TERMS_FILE}`;
  const terms = JSON.parse(await readFile(termsPath, 'utf8')) as Record<string, string[][]>;
  await rm(termsPath);
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'ko' });
  if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
  try {
    let pages = 0;
    for (const file of (await listFiles(outputDir)).filter((name) => name.endsWith('.html'))) {
      const tiers = terms[pathOf(file)];
      const content = withSearchTerms(await readFile(`${outputDir}/${file}`, 'utf8'), tiers ?? []);
      if (content === undefined) continue; // not a page that is searched (lists, 404, offline)
      if (!tiers) throw new Error(`${file} is searchable but src/pages/search-terms.json.ts gave it no terms`);
      const { errors } = await index.addHTMLFile({ sourcePath: file, content });
      if (errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${errors.join('; ')}`);
      pages += 1;
    }
    if (pages === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing from the layouts?');
    const written = await index.writeFiles({ outputPath: `${outputDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return pages;
  } finally {
    await pagefind.close();
  }
}
