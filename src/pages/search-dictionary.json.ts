// Every way of writing each glossary term. The search-index step (src/integrations/search-index.ts)
// adds the aliases of the terms a page contains to that page's index entry, and the search UI loads
// the same file when a search starts, to find "Adam" in a result's text for the query "아담" and to
// link glossary hits to the term's entry (src/lib/search-passages.ts).
import { getCollection } from 'astro:content';
import type { AliasEntry } from '../lib/search-passages';

export async function GET() {
  const glossary = await getCollection('glossary');
  const entries: AliasEntry[] = glossary.map(({ id, data }) => ({ id, variants: [data.ko, data.en, ...data.aliases], links: data.links }));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
}
