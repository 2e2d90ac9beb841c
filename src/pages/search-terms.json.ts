// The Korean-aware search terms of every searchable page, by path, for the search-index step
// (src/integrations/search-index.ts), which adds them as hidden metadata to the copy of each page that
// Pagefind indexes and then removes this file. They are worked out here, once per build, from what the
// pages render: the Markdown text and headings left by rehype-search-text and rehype-heading-ids (the
// rendered module is the one the page itself uses), the page's names and declared terms, and the
// glossary. The search-index step then has no HTML to parse.
import { getCollection, render } from 'astro:content';
import { sortGlossary } from '../lib/glossary';
import { buildDictionary, indexedPrefixes, knownWordsOf, searchTerms, termTiers, type PageText } from '../lib/korean-search';
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
  const dictionary = buildDictionary(glossary.map(({ id, data }) => ({ id, variants: [data.ko, data.en, ...data.aliases] })));
  // Every page's text first: compound parts are indexed only when they are words somewhere on the site.
  const pages: { path: string; text: PageText }[] = [];
  for (const note of notes) {
    const rendered = (await render(note)).remarkPluginFrontmatter;
    pages.push({ path: `/notes/${note.id}/`, text: pageText(rendered, note.data.title, note.data.terms ?? []) });
  }
  for (const page of architectures) {
    const { data } = page;
    const rendered = (await render(page)).remarkPluginFrontmatter;
    pages.push({
      path: `/architectures/${page.id}/`,
      text: pageText(rendered, `${data.title} ${data.nameKo} ${data.nameEn}`, data.terms ?? []),
    });
  }
  const entries = sortGlossary(glossary.map((entry) => entry.data));
  const glossaryText = entries.map((term) => [term.ko, term.en, term.definition, ...term.aliases].join(' ')).join('\n');
  const known = knownWordsOf([
    glossaryText,
    ...pages.flatMap(({ text }) => [text.title, text.headings ?? '', text.text, ...(text.pageTerms ?? [])]),
  ]);
  const tiers: Record<string, string[][]> = {};
  for (const { path, text } of pages) {
    tiers[path] = termTiers(searchTerms(text, dictionary, known), indexedPrefixes(text.text));
  }
  // The glossary lists every term once, so none is central to it: one tier only (as its page declares),
  // with the token of every term, since it is where each one is defined.
  tiers['/glossary/'] = termTiers(
    searchTerms({ title: ui.glossary, text: glossaryText }, dictionary, known, 1),
    indexedPrefixes(glossaryText),
  ).slice(0, 1);
  return new Response(JSON.stringify(tiers), { headers: { 'Content-Type': 'application/json' } });
}
