// Builds the Pagefind search index from the finished HTML through Pagefind's Node API. Each page is
// handed to Pagefind with its Korean-aware extra terms added (src/lib/search-index-page.ts); the
// files readers download are left as they are. Any indexing error fails the build.
import { readFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { listFiles } from '../lib/fs-walk';
import { buildDictionary, type DictionaryEntry } from '../lib/korean-search';
import { withSearchTerms } from '../lib/search-index-page';

/** Written by src/pages/search-dictionary.json.ts; read here and by the search UI. */
const DICTIONARY_FILE = 'search-dictionary.json';

/** Indexes every searchable page of `outputDir` into `outputDir/pagefind`; returns how many pages. */
export async function writeSearchIndex(outputDir: string): Promise<number> {
  const dictionaryPath = `${outputDir}/${DICTIONARY_FILE}`;
  const dictionary = buildDictionary(JSON.parse(await readFile(dictionaryPath, 'utf8')) as DictionaryEntry[]);
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'ko' });
  if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
  try {
    let pages = 0;
    for (const file of (await listFiles(outputDir)).filter((name) => name.endsWith('.html'))) {
      const content = withSearchTerms(await readFile(`${outputDir}/${file}`, 'utf8'), dictionary);
      if (content === undefined) continue; // not a page that is searched (lists, 404, offline)
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
