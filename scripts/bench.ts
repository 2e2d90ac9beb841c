// npm run bench: measures what the tests do not assert with clocks: search speed and index size,
// page weights, Lighthouse scores per page type (median of three), and (with --notes N) how the build
// scales with synthetic notes.
// Writes bench-results.json and prints a table. Usage: npm run bench [-- --notes 1000,10000]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pageWeight } from '../src/lib/page-weight.ts';
import { benchLighthouse } from './bench-lighthouse.ts';
import { benchSearch } from './bench-search.ts';
import { benchScale, type ScaleRun } from './bench-scale.ts';
import { benchStarlight, STARLIGHT_VERSION, type StarlightRun } from './bench-starlight.ts';

const distDir = '.test-dist';
const base = '/study-notes/';
if (!existsSync(join(distDir, 'index.html'))) throw new Error('Run `npm run build:test` first (npm run bench does).');

const args = process.argv.slice(2);
const notesFlag = args.indexOf('--notes');
const noteCounts = notesFlag === -1 ? [] : args[notesFlag + 1]!.split(',').map(Number);
/** `--scale-only`: only the synthetic-notes builds (skips the search and Lighthouse measurements). */
const scaleOnly = args.includes('--scale-only');
/** `--starlight`: build the same synthetic notes with Starlight right after ours and print the ratios. */
const withStarlight = args.includes('--starlight');

const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
const pages = {
  'home (/)': 'index.html',
  'note with math (loss-functions)': 'notes/loss-functions/index.html',
  'category (theory/study)': 'categories/theory/study/index.html',
  'search (/search/)': 'search/index.html',
};
const weights = Object.fromEntries(Object.entries(pages).map(([label, file]) => [label, pageWeight(read(file), base, read)]));

const search = scaleOnly ? undefined : await benchSearch(distDir, base);
const lighthouse = scaleOnly ? [] : await benchLighthouse(distDir, base);
const scale: ScaleRun[] = [];
const starlight: StarlightRun[] = [];
for (const count of noteCounts) {
  scale.push(await benchScale(count));
  if (withStarlight) starlight.push(await benchStarlight(count));
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const results = { date: new Date().toISOString(), machine, weights, search, lighthouse, scale, starlight };
writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`\nMachine: ${machine}\n`);
console.log('| page | HTML (gzip) | CSS (gzip) | JS before search (gzip) |\n| --- | --- | --- | --- |');
for (const [label, weight] of Object.entries(weights))
  console.log(`| ${label} | ${kb(weight.htmlGzip)} | ${kb(weight.cssGzip)} | ${kb(weight.jsGzip)} |`);
if (search) {
  console.log('\n| search | value |\n| --- | --- |');
  console.log(
    `| index size | ${kb(search.indexBytes)} in ${search.indexFiles} files, ${kb(search.bytesPerPage)} per page (${search.pages} pages) |`,
  );
  console.log(`| cold search, first results (Pagefind loading included), median of 5 | ${search.coldMs.median} ms |`);
  console.log(
    `| warm query, ${search.warmMs.queries} cases: median / p95 | ${search.warmMs.median} ms / ${search.warmMs.p95} ms (includes the 80 ms typing pause) |`,
  );
}
console.log(
  '\n| Lighthouse, mobile preset (median of 3) | performance | LCP | TBT | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- | --- | --- |',
);
for (const row of lighthouse)
  console.log(
    `| ${row.page} | ${row.performance} | ${(row.lcpMs / 1000).toFixed(1)} s | ${row.tbtMs} ms | ${row.accessibility} | ${row.bestPractices} | ${row.seo} |`,
  );
if (scale.length > 0) {
  console.log(
    '\n| notes | pages | build wall time | per page | peak memory | search-index step | per indexed page |\n| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const run of scale)
    console.log(
      `| ${run.notes} | ${run.pages} | ${(run.wallMs / 1000).toFixed(1)} s | ${run.msPerPage.toFixed(1)} ms | ${Math.round(run.peakRssMb)} MB | ${(run.searchIndexMs / 1000).toFixed(1)} s | ${run.searchIndexMsPerPage.toFixed(1)} ms |`,
    );
}
if (starlight.length > 0) {
  console.log(
    `\n| notes | Starlight ${STARLIGHT_VERSION} build | Starlight peak memory | ours ÷ Starlight, time | ours ÷ Starlight, memory |\n| --- | --- | --- | --- | --- |`,
  );
  starlight.forEach((run, i) =>
    console.log(
      `| ${run.notes} | ${(run.wallMs / 1000).toFixed(1)} s | ${Math.round(run.peakRssMb)} MB | ${(scale[i]!.wallMs / run.wallMs).toFixed(2)} | ${(scale[i]!.peakRssMb / run.peakRssMb).toFixed(2)} |`,
    ),
  );
}
console.log('\nWrote bench-results.json');
