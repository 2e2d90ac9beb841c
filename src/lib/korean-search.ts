// Korean-aware search terms. Pagefind splits Korean only on spaces and matches each query word as a
// word prefix, so "함수" misses "손실함수" and "신경망" misses "합성곱신경망의". We close the gap on both
// sides with the same normalization:
// - index side: each page gets hidden extra terms (the parts of compounds, unspaced forms of Latin word
//   pairs, split hyphenated words, and one token per glossary term it mentions in any spelling);
// - query side: the query is normalized the same way (NFKC, ×→x, particles stripped) before searching,
//   an unspaced Korean compound is also searched with a space (queryVariants), and a query that names
//   a glossary term also searches that term's token (entryQueries in search-passages.ts), so "아담" finds
//   pages that write "Adam".
// Words Pagefind already finds in the text (a stem is the start of the word it came from) are not
// repeated among the frequency terms: the hidden terms cost build time and index size per word.

/** Particles and common endings, longest first so that "에서는" is stripped before "는". */
export const PARTICLES = [
  '으로부터',
  '에서부터',
  '이라는',
  '이라고',
  '이라도',
  '에서는',
  '에서도',
  '으로는',
  '으로도',
  '에게서',
  '까지는',
  '부터는',
  '이라면',
  '하고는',
  '처럼',
  '보다',
  '부터',
  '까지',
  '에서',
  '에게',
  '으로',
  '이란',
  '라는',
  '라고',
  '이나',
  '이며',
  '이고',
  '에는',
  '에도',
  '로는',
  '로도',
  '와는',
  '과는',
  '만의',
  '들의',
  '들은',
  '들이',
  '들을',
  '들과',
  '들에',
  '입니다',
  '이다',
  '했다',
  '한다',
  '하는',
  '하고',
  '하며',
  '하여',
  '해서',
  '되는',
  '된다',
  '되어',
  '되고',
  '시킨',
  '시켜',
  '적인',
  '적으로',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '와',
  '과',
  '도',
  '만',
  '로',
  '란',
  '나',
  '며',
  '고',
  '들',
  '한',
  '된',
  '적',
].sort((a, b) => b.length - a.length);

/** A Hangul syllable. */
export const HANGUL = /[\uAC00-\uD7A3]/;
const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/;
/** Runs of Hangul, or of Latin letters/digits (with inner dots, e.g. "v1.5"), the units we index. */
const WORD = /[\uAC00-\uD7A3]+|[a-z0-9]+(?:\.[0-9]+)*/g;
/** Words joined by hyphens, slashes or middle dots. */
const JOINED = /[\p{L}\p{N}]+(?:[-_/·][\p{L}\p{N}]+)+/gu;
/** Shortest stem a particle may leave behind: "차이" must not become "차". */
const MIN_STEM = 2;
/** Longest Hangul word whose inner parts we index (longer runs are rare and would bloat the index). */
const MAX_COMPOUND = 12;

/** Unicode and typographic normalization shared by index and query: NFKC (full-width → ASCII), × → x, lowercase. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[×✕⨯]/g, 'x')
    .replace(/[‐‑‒–—―]/g, '-')
    .toLowerCase();
}

const PARTICLE_SET = new Set(PARTICLES);
/** The lengths particles come in, longest first. */
const PARTICLE_LENGTHS = [...new Set(PARTICLES.map((particle) => particle.length))].sort((a, b) => b - a);

/** Strips one particle or ending (the longest that fits) from a Hangul word if a stem of at least two syllables remains. */
export function stripParticle(word: string): string {
  if (!HANGUL_WORD.test(word)) return word;
  for (const length of PARTICLE_LENGTHS) {
    if (word.length - length >= MIN_STEM && PARTICLE_SET.has(word.slice(-length))) return word.slice(0, -length);
  }
  return word;
}

/** The words of a text after normalization; Hangul and Latin runs are separate words ("relu를" → relu, 를). */
export function words(text: string): string[] {
  return normalize(text).match(WORD) ?? [];
}

/** The inner parts of a compound that a reader may search for: every suffix of two or more syllables. */
export function compoundParts(stem: string): string[] {
  if (!HANGUL_WORD.test(stem) || stem.length < 3 || stem.length > MAX_COMPOUND) return [];
  const parts: string[] = [];
  for (let start = 1; start <= stem.length - MIN_STEM; start += 1) parts.push(stem.slice(start));
  return parts;
}

export interface DictionaryEntry {
  /** The term's id in the glossary (its entry's anchor). */
  id: string;
  /** Every way of writing the term: Korean, English, aliases. */
  variants: string[];
}

/** One way of writing a term, folded, with the longer names of other terms that contain it. */
export interface DictionaryKey {
  text: string;
  /** "역잔차블록" for "잔차블록": an occurrence inside one of these is the other term, not this one. */
  within: string[];
}

export interface Dictionary {
  entries: { token: string; keys: DictionaryKey[] }[];
  /** Every key, listed under its first two characters, so that one pass over a text counts them all (keyCounts). */
  keysByStart: Map<string, string[]>;
}

/** How every entry token starts: a letter Pagefind indexes but no reader's query keeps (see words). */
const TOKEN_MARK = 'ζ';

/**
 * The one search word that stands for a glossary term on every page that mentions it, whichever
 * spelling the page uses. Indexing this token instead of every alias keeps a page's hidden terms to
 * one per term; the query side searches it when the query names the term (entryQueries). It is a mark
 * no typed query can produce (so no query word can find tokens by their start) and a hash of the
 * term's id, always of one length, so that no token is the start of another (Pagefind matches query
 * words as prefixes). Short, because every result's fragment carries its page's terms; the same id
 * gives the same token in every build.
 */
export function entryToken(id: string): string {
  // FNV-1a, 32 bits.
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return `${TOKEN_MARK}${hash.toString(36).padStart(7, '0')}`;
}

/** A variant folded for matching: normalized, hyphens and spaces removed. */
export function fold(text: string): string {
  return normalize(text).replace(/[\s\-_/·]+/g, '');
}

/**
 * The names in `names` (folded, each with the term it belongs to) that belong to another term than
 * `owners` and hold one of `held` inside a longer name: "역잔차블록" holds "잔차블록". An occurrence of
 * a held name inside one of them is that other term (used by the index and by the result marks).
 */
export function longerNamesHolding<T>(held: string[], names: [string, T][], owners: T[]): string[] {
  return [
    ...new Set(
      names
        .filter(([name, owner]) => !owners.includes(owner) && held.some((short) => name.length > short.length && name.includes(short)))
        .map(([name]) => name),
    ),
  ];
}

export function buildDictionary(entries: DictionaryEntry[]): Dictionary {
  // Very short Latin keys ("se", "gd") would match inside other words; they must match a whole word.
  const keysOf = entries.map((entry) => [...new Set(entry.variants.map(fold).filter((key) => key.length >= 2))]);
  const names = keysOf.flatMap((keys, index) => keys.map((key): [string, number] => [key, index]));
  const keysByStart = new Map<string, string[]>();
  for (const key of new Set(names.map(([name]) => name))) {
    const start = key.slice(0, 2);
    keysByStart.set(start, [...(keysByStart.get(start) ?? []), key]);
  }
  return {
    entries: entries.map((entry, index) => ({
      token: entryToken(entry.id),
      keys: keysOf[index]!.map((text) => ({ text, within: longerNamesHolding([text], names, [index]) })),
    })),
    keysByStart,
  };
}

/**
 * How often each dictionary key occurs in folded text, counted as `text.split(key).length - 1` would
 * (leftmost occurrences that do not overlap), in one pass over the text instead of one per key.
 */
export function keyCounts(foldedText: string, dictionary: Pick<Dictionary, 'keysByStart'>): Map<string, number> {
  const counts = new Map<string, number>();
  const nextFree = new Map<string, number>();
  for (let at = 0; at < foldedText.length - 1; at += 1) {
    const keys = dictionary.keysByStart.get(foldedText.slice(at, at + 2));
    if (keys === undefined) continue;
    for (const key of keys) {
      if (at < (nextFree.get(key) ?? 0) || !foldedText.startsWith(key, at)) continue;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      nextFree.set(key, at + key.length);
    }
  }
  return counts;
}

/**
 * How often a term's key occurs in folded text, leaving out occurrences inside the longer name of
 * another term ("잔차블록" inside "역잔차블록" is an inverted residual block, not a residual block).
 */
function mentions(key: DictionaryKey, counts: Map<string, number>, wordSet: Set<string>): number {
  if (!HANGUL.test(key.text) && key.text.length <= 3 && !wordSet.has(key.text)) return 0;
  let count = counts.get(key.text) ?? 0;
  if (count === 0) return 0;
  for (const longer of key.within) count -= counts.get(longer) ?? 0;
  return Math.max(0, count);
}

/** The forms of one term as search words: its words, and its unspaced form when it has several. */
function termForms(term: string): string[] {
  const parts = words(term);
  const forms = [...parts];
  if (parts.length > 1) forms.push(parts.join(''));
  return forms;
}

export interface PageText {
  /** The page title (and other names of the page); terms found here count as central to the page. */
  title: string;
  /** Everything else a reader sees: description and body text. */
  text: string;
  /** Key terms the author listed for the page (frontmatter `terms`). */
  pageTerms?: string[];
  /** The page's section headings: a term named in a heading is what that section is about. */
  headings?: string;
}

/** How much a term found in the title, or listed by the author, counts against one found in the text. */
const TITLE_WEIGHT = 100;
const HEADING_WEIGHT = 20;
const PAGE_TERM_WEIGHT = 3;

/**
 * How often a page must mention a glossary term for its token, unless a heading or the title names
 * it. A passing mention is found by its own spelling, and, when the first searches find few pages, by
 * the Korean and English names of the term the query names (aliasQueries in search-passages.ts). A
 * token per passing mention made most of the index's entries on term-dense pages and about a fifth of
 * the index step.
 */
export const TOKEN_MIN_MENTIONS = 3;

/**
 * The extra search terms of a page with how often each occurs: stems, compound parts, joined
 * neighbours, split hyphenated words, the token of every dictionary term found in it (entryToken),
 * and the page's own `terms`. Words the text already has may be repeated: Pagefind tokenizes
 * punctuation differently ("젠슨-섀넌"), so repeating them is what makes the split forms findable.
 */
export function searchTerms(
  page: PageText,
  dictionary: Dictionary,
  knownWords?: Set<string>,
  minMentions: number = TOKEN_MIN_MENTIONS,
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, count = 1) => counts.set(term, (counts.get(term) ?? 0) + count);
  const text = `${page.title}\n${page.text}`;
  // Pagefind keeps "젠슨-섀넌" or "depth-wise" as one word; add the parts and the joined form.
  for (const joined of normalize(text).match(JOINED) ?? []) {
    const parts = words(joined);
    for (const part of parts) add(part);
    add(parts.join(''));
  }
  const textWords = words(text);
  const present = new Set(textWords);
  // A word's stem and parts, worked out once per distinct word of the page.
  const analyses = new Map<string, { stem: string; parts: string[] }>();
  const analyse = (word: string) => {
    const stem = stripParticle(word);
    // Only parts that are words somewhere on the site: "함수" in "손실함수", not "실함수".
    const parts = compoundParts(stem).filter((part) => !knownWords || knownWords.has(part));
    const analysis = { stem, parts };
    analyses.set(word, analysis);
    return analysis;
  };
  let previous: string | undefined;
  for (const word of textWords) {
    const { stem, parts } = analyses.get(word) ?? analyse(word);
    if (stem !== word) add(stem);
    for (const part of parts) add(part);
    // Spacing of Latin words: "log softmax" is also findable as "logsoftmax". Korean words are not joined
    // here: joining every pair of neighbours made most of the index; an unspaced Korean query is split
    // instead (queryVariants: "잔차블록" also searches "잔차 블록").
    if (previous !== undefined && !HANGUL.test(previous) && !HANGUL.test(stem)) add(previous + stem);
    previous = stem;
  }
  const inText = keyCounts(fold(text), dictionary);
  const inTitle = keyCounts(fold(page.title), dictionary);
  const titleWords = new Set(words(page.title));
  const inHeadings = keyCounts(fold(page.headings ?? ''), dictionary);
  const headingWords = new Set(words(page.headings ?? ''));
  for (const entry of dictionary.entries) {
    const mentioned = entry.keys.reduce((sum, key) => sum + mentions(key, inText, present), 0);
    if (mentioned === 0) continue;
    const named = entry.keys.some((key) => mentions(key, inTitle, titleWords) > 0);
    const inHeading = entry.keys.some((key) => mentions(key, inHeadings, headingWords) > 0);
    const weight = mentioned + (named ? TITLE_WEIGHT : inHeading ? HEADING_WEIGHT : 0);
    if (weight >= minMentions) add(entry.token, weight);
  }
  for (const term of page.pageTerms ?? []) for (const form of termForms(term)) add(form, PAGE_TERM_WEIGHT);
  return counts;
}

/**
 * Every word stem of the texts (the whole site's pages and the glossary): the words a reader may search
 * for. A compound's inner parts are indexed only when they are among them, which leaves out most
 * suffixes ("습률" of "학습률") and keeps the ones that are words ("함수" of "손실함수").
 */
export function knownWordsOf(texts: string[]): Set<string> {
  const known = new Set<string>();
  for (const text of texts) for (const word of words(text)) known.add(stripParticle(word));
  return known;
}

/**
 * Occurrence thresholds of the weight tiers: a term in tier k is repeated in k metadata fields.
 * Terms named in a section heading fill one more field, and aliases of the page's own name (title
 * tier) two more, so the page about a term outranks the many pages that mention it.
 */
export const TIER_THRESHOLDS = [1, 3, 8, HEADING_WEIGHT, TITLE_WEIGHT, TITLE_WEIGHT] as const;

/** The tiers that only count occurrences; the ones after them mark a heading's or the title's terms. */
const FREQUENCY_TIERS = 3;

/**
 * Every start of every word of the text as Pagefind indexes it (split at whitespace, letters and digits
 * kept, lowercased). A query word that is one of these already finds the page through its text, and
 * Pagefind's own word counts rank it: "손실함수" is the start of "손실함수는".
 */
export function indexedPrefixes(text: string): Set<string> {
  const prefixes = new Set<string>();
  for (const token of normalize(text).split(/\s+/)) {
    const word = token.replace(/[^\p{L}\p{N}]/gu, '');
    for (let end = 1; end <= word.length; end += 1) prefixes.add(word.slice(0, end));
  }
  return prefixes;
}

/**
 * Splits counted terms into tiers. Pagefind scores a metadata match the same however often the word
 * repeats inside one field, but adds up matches across fields; so a term that is central to a page
 * goes into more fields and ranks that page above pages that merely mention it. Terms Pagefind
 * already finds in the text (`inText`, see indexedPrefixes) are left out of the frequency tiers:
 * repeating them there would only make the index bigger and slower to build.
 */
export function termTiers(counts: Map<string, number>, inText: Set<string> = new Set()): string[][] {
  return TIER_THRESHOLDS.map((threshold, tier) =>
    [...counts].filter(([term, count]) => count >= threshold && (tier >= FREQUENCY_TIERS || !inText.has(term))).map(([term]) => term),
  );
}

/** At most this many searches for one query: the query itself and its spaced readings. */
const MAX_QUERY_VARIANTS = 8;

/**
 * The normalized query and its spaced readings: each long Hangul word split once into two words of at
 * least two syllables ("잔차블록" → "잔차 블록", "배치정규화" → "배치 정규화", "배치정 규화"). The text
 * may write a compound with a space where the reader leaves it out; readings that occur nowhere find
 * nothing (containsAllWords).
 */
export function queryVariants(normalizedQuery: string): string[] {
  const queryWords = normalizedQuery.split(' ').filter(Boolean);
  const variants = [queryWords.join(' ')];
  queryWords.forEach((word, index) => {
    if (!HANGUL_WORD.test(word)) return;
    for (let at = MIN_STEM; at <= word.length - MIN_STEM; at += 1) {
      variants.push([...queryWords.slice(0, index), word.slice(0, at), word.slice(at), ...queryWords.slice(index + 1)].join(' '));
    }
  });
  return variants.slice(0, MAX_QUERY_VARIANTS);
}

/** The query as Pagefind should see it: normalized, with particles stripped from Korean words. */
export function normalizeQuery(query: string): string {
  return words(query)
    .map((word) => stripParticle(word))
    .join(' ');
}

/**
 * Whether a result really contains every query word as the start of one of its words. Pagefind
 * falls back to shorter prefixes when a word matches nothing ("quaternion" → "q"), which would
 * return pages for terms that occur nowhere; results are checked against their text and terms.
 */
export function containsAllWords(normalizedQuery: string, resultText: string): boolean {
  const wanted = normalizedQuery.split(' ').filter(Boolean);
  if (wanted.length === 0) return false;
  const available = words(resultText);
  const tokens = new Set(resultText.split(/\s+/).filter((word) => word.startsWith(TOKEN_MARK)));
  return wanted.every((word) =>
    word.startsWith(TOKEN_MARK) ? tokens.has(word) : available.some((candidate) => candidate.startsWith(word)),
  );
}
