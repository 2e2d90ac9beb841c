// Builds the Pagefind search index from the finished HTML through Pagefind's Node API. Each page is
// handed to Pagefind as its searchable part with its Korean-aware extra terms added
// (src/lib/search-index-page.ts), terms the Astro build already worked out
// (src/pages/search-terms.json.ts); the files readers download are left as they are. Any indexing
// error fails the build.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { listFiles } from '../lib/fs-walk';
import { searchCopy } from '../lib/search-index-page';

/** Written by src/pages/search-terms.json.ts; read here and removed from the output. */
const TERMS_FILE = 'search-terms.json';

/** The site path of a built page file ("notes/x/index.html" → "/notes/x/"). */
const pathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Writes the copy Pagefind indexes of every searchable page of `outputDir` into `copiesDir`, at the
 * same relative path (which gives the page its URL in the index); returns the pages written.
 */
function writeSearchCopies(outputDir: string, files: string[], terms: Record<string, string[][]>, copiesDir: string): string[] {
  const written: string[] = [];
  for (const file of files) {
    const tiers = terms[pathOf(file)];
    let content: string | undefined;
    try {
      content = searchCopy(readFileSync(`${outputDir}/${file}`, 'utf8'), tiers ?? []);
    } catch (error) {
      throw new Error(`${file} cannot be indexed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (content === undefined) continue; // lists, 404 and the offline page are not searched
    if (!tiers) throw new Error(`${file} is searchable but src/pages/search-terms.json.ts gave it no terms`);
    mkdirSync(dirname(join(copiesDir, file)), { recursive: true });
    writeFileSync(join(copiesDir, file), content);
    written.push(file);
  }
  return written;
}

/** Indexes every searchable page of `outputDir` into `outputDir/pagefind`; returns how many pages. */
export async function writeSearchIndex(outputDir: string): Promise<number> {
  const termsPath = `${outputDir}/${TERMS_FILE}`;
  const terms = JSON.parse(await readFile(termsPath, 'utf8')) as Record<string, string[][]>;
  await rm(termsPath);
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'ko' });
  if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
  const copiesDir = mkdtempSync(join(tmpdir(), 'study-notes-search-'));
  try {
    const files = (await listFiles(outputDir)).filter((name) => name.endsWith('.html'));
    const pages = writeSearchCopies(outputDir, files, terms, copiesDir);
    if (pages.length === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing from the layouts?');
    // Pagefind reads a folder's pages in parallel (one page at a time through addHTMLFile took about
    // three times as long). It numbers pages in the order the file system lists them, which may differ
    // between machines; the search page orders equal scores by content instead (orderedResults).
    const added = await index.addDirectory({ path: copiesDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the pages: ${added.errors.join('; ')}`);
    if (added.page_count !== pages.length) throw new Error(await whyNotIndexed(copiesDir, pages, added.page_count));
    const written = await index.writeFiles({ outputPath: `${outputDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return pages.length;
  } finally {
    await pagefind.close();
    rmSync(copiesDir, { recursive: true, force: true });
  }
}

/**
 * Pagefind only warns about a page of a folder it cannot index; to name it, the pages are indexed
 * again one by one, which reports each page's errors.
 */
async function whyNotIndexed(copiesDir: string, pages: string[], indexed: number): Promise<string> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'ko' });
  const problems: string[] = [];
  for (const file of pages) {
    const { errors } = await index!.addHTMLFile({ sourcePath: file, content: readFileSync(join(copiesDir, file), 'utf8') });
    if (errors.length > 0) problems.push(`${file}: ${errors.join('; ')}`);
  }
  return `Pagefind indexed ${indexed} of ${pages.length} pages${problems.length > 0 ? `: ${problems.join('; ')}` : ''}`;
}
