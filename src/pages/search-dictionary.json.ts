// Every way of writing each glossary term, loaded by the search UI when a search starts. A query that
// names a term also searches the term's token, which the index gives every page that mentions the term
// in any spelling (entryToken in src/lib/korean-search.ts); the same aliases find "Adam" in a result's
// text for the query "아담" and link glossary hits to the term's entry (src/lib/search-passages.ts).
import { getCollection } from 'astro:content';
import type { AliasEntry } from '../lib/search-passages';

export async function GET() {
  const glossary = await getCollection('glossary');
  const entries: AliasEntry[] = glossary.map(({ id, data }) => ({ id, variants: [data.ko, data.en, ...data.aliases], links: data.links }));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
}
