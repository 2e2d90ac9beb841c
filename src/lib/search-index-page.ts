// Prepares a built page for the search index: its visible text and declared terms go in, and the
// Korean-aware extra terms come out as hidden Pagefind metadata. Only the copy handed to Pagefind
// gets them, so the pages readers download stay small.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { searchTerms, termTiers, type Dictionary } from './korean-search';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Text of the indexed part of a page, without what Pagefind ignores (rendered math, figures' internals). */
function indexedText(body: Element): string {
  for (const ignored of selectAll('[data-pagefind-ignore], script, style', body)) ignored.children = [];
  return toText(body, { whitespace: 'normal' });
}

/**
 * The page's HTML with the extra search terms inserted at the start of its data-pagefind-body
 * element, or undefined when the page is not indexed. The page declares its title and terms on
 * the element with data-search-title (see SearchIndexData.astro).
 */
export function withSearchTerms(html: string, dictionary: Dictionary): string | undefined {
  const marker = /<[a-z]+[^>]*\sdata-pagefind-body[^>]*>/.exec(html);
  if (!marker) return undefined;
  const tree: Root = fromHtml(html);
  const body = select('[data-pagefind-body]', tree)!;
  const declared = select('[data-search-title]', tree)?.properties ?? {};
  const title = String(declared.dataSearchTitle ?? '');
  const pageTerms = String(declared.dataSearchTerms ?? '')
    .split('|')
    .filter(Boolean);
  const maxTiers = Number(declared.dataSearchTiers ?? Infinity);
  const headings = selectAll('h2, h3', body)
    .map((heading) => toText(heading))
    .join('\n');
  const tiers = termTiers(searchTerms({ title, headings, text: indexedText(body), pageTerms }, dictionary)).slice(0, maxTiers);
  const spans = tiers
    .map((terms, tier) =>
      terms.length > 0 ? `<span hidden data-pagefind-meta="terms${tier + 1}:${escapeAttribute(terms.join(' '))}"></span>` : '',
    )
    .join('');
  const at = marker.index + marker[0].length;
  return html.slice(0, at) + spans + html.slice(at);
}
