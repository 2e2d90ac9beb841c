// Builds the Pagefind search index from the finished HTML through Pagefind's Node API. Each page is
// handed to Pagefind as its searchable part with its Korean-aware extra terms added
// (src/lib/search-index-page.ts), terms the Astro build already worked out
// (src/pages/search-terms.json.ts); the files readers download are left as they are. Any indexing
// error fails the build.
import { readFile, rm } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { listFiles } from '../lib/fs-walk';
import { searchCopy } from '../lib/search-index-page';

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
    const files = (await listFiles(outputDir)).filter((name) => name.endsWith('.html'));
    /** The copy of a page Pagefind gets, or undefined for pages that are not searched (lists, 404, offline). */
    const prepare = async (file: string) => {
      const tiers = terms[pathOf(file)];
      let content: string | undefined;
      try {
        content = searchCopy(await readFile(`${outputDir}/${file}`, 'utf8'), tiers ?? []);
      } catch (error) {
        throw new Error(`${file} cannot be indexed: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (content !== undefined && !tiers) throw new Error(`${file} is searchable but src/pages/search-terms.json.ts gave it no terms`);
      return content;
    };
    let pages = 0;
    // While Pagefind's indexer (a process of its own) reads one page, the next one is read and
    // prepared here. Pages go in one at a time, in file order, so every build gives the same index.
    let ahead = files.length > 0 ? prepare(files[0]!) : undefined;
    for (const [at, file] of files.entries()) {
      const content = await ahead;
      ahead = at + 1 < files.length ? prepare(files[at + 1]!) : undefined;
      ahead?.catch(() => undefined); // its error is thrown when it is awaited, in turn
      if (content === undefined) continue;
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
