// Prepares a built page for the search index: its Korean-aware extra terms (worked out during the
// Astro build, see src/pages/search-terms.json.ts) go in as hidden Pagefind metadata at the start of
// its data-pagefind-body element. Only the copy handed to Pagefind gets them, so the pages readers
// download stay small. Plain string work: the finished HTML is not parsed again.

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The tiers as hidden metadata elements: tier k (from 1) is the field `terms<k>`. */
export function termSpans(tiers: string[][]): string {
  return tiers
    .map((terms, tier) =>
      terms.length > 0 ? `<span hidden data-pagefind-meta="terms${tier + 1}:${escapeAttribute(terms.join(' '))}"></span>` : '',
    )
    .join('');
}

/** The page's HTML with the terms inserted inside its data-pagefind-body element, or undefined when the page is not indexed. */
export function withSearchTerms(html: string, tiers: string[][]): string | undefined {
  const marker = /<[a-z]+[^>]*\sdata-pagefind-body[^>]*>/.exec(html);
  if (!marker) return undefined;
  const at = marker.index + marker[0].length;
  return html.slice(0, at) + termSpans(tiers) + html.slice(at);
}
