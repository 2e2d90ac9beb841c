// The Korean-aware search terms of every searchable page, by path, for the search-index step
// (src/integrations/search-index.ts), which adds them as hidden metadata to the copy of each page that
// Pagefind indexes and then removes this file. They are worked out here, once per build, from what the
// pages render: the Markdown text and headings left by rehype-search-text and rehype-heading-ids (the
// rendered module is the one the page itself uses), the page's names and declared terms, and the
// glossary. The search-index step then has no HTML to parse.
import { getCollection, render } from 'astro:content';
import { sortGlossary } from '../lib/glossary';
import { buildDictionary, searchTerms, termTiers, type PageText } from '../lib/korean-search';
import type { Heading } from '../lib/toc';
import { ui } from '../lib/ui';

/** What a page shows search, from the frontmatter its Markdown rendering left (see rehype-search-text). */
function pageText(rendered: Record<string, unknown>, title: string, pageTerms: string[]): PageText {
  const headings = ((rendered.headings ?? []) as Heading[])
    .filter((heading) => heading.depth === 2 || heading.depth === 3)
    .map((heading) => heading.text)
    .join('\n');
  return { title, headings, text: String(rendered.searchText ?? ''), pageTerms };
}

export async function GET() {
  const [notes, architectures, glossary] = await Promise.all([
    getCollection('notes'),
    getCollection('architectures'),
    getCollection('glossary'),
  ]);
  const dictionary = buildDictionary(glossary.map(({ data }) => ({ variants: [data.ko, data.en, ...data.aliases] })));
  const tiers: Record<string, string[][]> = {};
  for (const note of notes) {
    tiers[`/notes/${note.id}/`] = termTiers(
      searchTerms(pageText((await render(note)).remarkPluginFrontmatter, note.data.title, note.data.terms ?? []), dictionary),
    );
  }
  for (const page of architectures) {
    const { data } = page;
    const text = pageText((await render(page)).remarkPluginFrontmatter, `${data.title} ${data.nameKo} ${data.nameEn}`, data.terms ?? []);
    tiers[`/architectures/${page.id}/`] = termTiers(searchTerms(text, dictionary));
  }
  // The glossary lists every term once, so none is central to it: one tier only (as its page declares).
  const entries = sortGlossary(glossary.map((entry) => entry.data));
  const glossaryText = entries.map((term) => [term.ko, term.en, term.definition, ...term.aliases].join(' ')).join('\n');
  tiers['/glossary/'] = termTiers(searchTerms({ title: ui.glossary, text: glossaryText }, dictionary)).slice(0, 1);
  return new Response(JSON.stringify(tiers), { headers: { 'Content-Type': 'application/json' } });
}
