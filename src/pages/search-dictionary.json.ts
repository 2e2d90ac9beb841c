// Every way of writing each glossary term, for the search-index step (src/integrations/search-index.ts),
// which adds the aliases of the terms a page contains to that page's index entry.
import { getCollection } from 'astro:content';

export async function GET() {
  const glossary = await getCollection('glossary');
  const entries = glossary.map(({ data }) => ({ variants: [data.ko, data.en, ...data.aliases] }));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
}
