// Prepares a built page for the search index: the copy handed to Pagefind is the page's
// data-pagefind-body element alone, with the page's Korean-aware extra terms (worked out during the
// Astro build, see src/pages/search-terms.json.ts) inserted as hidden Pagefind metadata at its start.
// Pagefind indexes nothing outside that element anyway (its metadata and filters are inside it), and
// leaving out the header, navigation and footer roughly halves what it has to read. The pages readers
// download stay as they are. Plain string work: the finished HTML is not parsed into a tree again.

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The tiers as hidden metadata elements: tier k (from 1) is the field `terms<k>`. */
export function termSpans(tiers: string[][]): string {
  return tiers
    .map((terms, tier) =>
      terms.length > 0 ? `<span hidden data-pagefind-meta="terms${tier + 1}:${escapeAttribute(terms.join(' '))}"></span>` : '',
    )
    .join('');
}

/** The opening tag of the element Pagefind indexes. */
const BODY_START = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body[^>]*>/i;

/**
 * Comments, script and style elements (whose text may hold anything), and tags with their quoted
 * attribute values (which may hold "<" or ">"), in document order.
 */
const TOKENS = () => /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** Where the element that opens at `start` with a tag named `name` ends (after its closing tag). */
function elementEnd(html: string, start: number, name: string): number | undefined {
  const tokens = TOKENS();
  tokens.lastIndex = start;
  let depth = 0;
  for (let token = tokens.exec(html); token; token = tokens.exec(html)) {
    if (token[3]?.toLowerCase() !== name) continue;
    depth += token[2] ? -1 : 1;
    if (depth === 0) return token.index + token[0].length;
  }
  return undefined;
}

/** Opening tags of elements Pagefind skips whole (rendered math: see src/plugins/rehype-render-math.ts). */
const IGNORED_START = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore="all"[^>]*>/gi;

/** The HTML without the elements Pagefind would skip whole: they are most of a math page's markup. */
function withoutIgnored(html: string): string {
  const kept: string[] = [];
  let from = 0;
  IGNORED_START.lastIndex = 0;
  for (let start = IGNORED_START.exec(html); start; start = IGNORED_START.exec(html)) {
    const end = elementEnd(html, start.index, start[1]!.toLowerCase());
    if (end === undefined) throw new Error(`its <${start[1]} data-pagefind-ignore="all"> element is never closed`);
    kept.push(html.slice(from, start.index));
    from = end;
    IGNORED_START.lastIndex = end;
  }
  kept.push(html.slice(from));
  return kept.join('');
}

/**
 * The copy of a page that Pagefind indexes: its data-pagefind-body element with the terms inserted and
 * without what Pagefind skips whole, in a document of the page's language; undefined when the page is
 * not indexed (lists, 404).
 */
export function searchCopy(html: string, tiers: string[][]): string | undefined {
  const start = BODY_START.exec(html);
  if (!start) return undefined;
  const end = elementEnd(html, start.index, start[1]!.toLowerCase());
  if (end === undefined) throw new Error(`its <${start[1]} data-pagefind-body> element is never closed`);
  const afterTag = start.index + start[0].length;
  const lang = /<html\b[^>]*\slang="([^"]*)"/i.exec(html)?.[1] ?? 'ko';
  return `<!doctype html><html lang="${lang}"><body>${html.slice(start.index, afterTag)}${termSpans(tiers)}${withoutIgnored(html.slice(afterTag, end))}</body></html>`;
}
