// Where a search result matches: the passages, sections and rank shown for each Pagefind result.
// Pagefind finds our Korean pages through hidden terms (src/lib/korean-search.ts), but those terms
// carry no position, so its own excerpts and sub-results start at the top of the page with nothing
// marked whenever the text writes the term differently ("손실 함수" for "손실함수", "Adam" for "아담").
// Here the query is matched against each result's text again with the same folding as the index
// (spacing, hyphens, width, case, particles, glossary aliases), which gives the passage to show,
// the section to link to and whether the page is about the term at all.
import { entryToken, fold, HANGUL, longerNamesHolding, normalize, normalizeQuery, PARTICLES } from './korean-search';

/** One glossary term as the search UI needs it (written by src/pages/search-dictionary.json.ts). */
export interface AliasEntry {
  id: string;
  variants: string[];
  /** Pages that explain the term. */
  links: string[];
}

/** One thing the reader asked for: a query word, or the whole multi-word query, with every form that counts as it. */
export interface QueryGroup {
  forms: string[];
  /** The glossary entry the words name, if any. */
  entry?: AliasEntry;
  /** When they name none: the few entries whose names they start or are part of ("와서스타인" → 바서슈타인 거리, 바서슈타인 GAN). */
  partOf: AliasEntry[];
  /** Longer names of other entries that hold a form ("역잔차블록" for "잔차블록"): a form inside one of them is that other term. */
  within: string[];
}

export interface QueryPlan {
  /** One group per query word. */
  words: QueryGroup[];
  /** The query's words standing together (only for queries of several words). */
  phrase?: QueryGroup;
}

const LATIN = /[a-z0-9]/;
const SKIPPED = /[\s\-_/·‐-―]/;
const SKIPPED_RUN = /[\s\-_/·‐-―]+/;

const lookups = new WeakMap<AliasEntry[], Map<string, AliasEntry>>();
function lookup(entries: AliasEntry[]): Map<string, AliasEntry> {
  let map = lookups.get(entries);
  if (!map) {
    map = new Map();
    for (const entry of entries) for (const variant of entry.variants) map.set(fold(variant), entry);
    lookups.set(entries, map);
  }
  return map;
}

const innerLookups = new WeakMap<AliasEntry[], [string, AliasEntry][]>();
/**
 * Each name of each entry from each of its inner words on, folded ("Adaptive Moment Estimation" →
 * "momentestimation", "estimation"): the places a query can start inside a name. A query that starts
 * inside a word ("잔차블록" in "역잔차 블록") is another compound, not part of the name.
 */
function innerNames(entries: AliasEntry[]): [string, AliasEntry][] {
  let names = innerLookups.get(entries);
  if (!names) {
    names = [];
    for (const entry of entries) {
      for (const variant of entry.variants) {
        const parts = normalize(variant).split(SKIPPED_RUN).filter(Boolean);
        for (let from = 1; from < parts.length; from += 1) names.push([parts.slice(from).join(''), entry]);
      }
    }
    innerLookups.set(entries, names);
  }
  return names;
}

/** At most this many entries count as what a query that names none is part of; more means the query is too general. */
const MAX_PART_OF = 3;

/**
 * The entries a folded query names: exactly one by one of its names, or the entries whose names it
 * starts ("어스무버" → "어스 무버 거리"), or else the entries whose names it is part of from a word
 * on ("moment estimation" → "Adaptive Moment Estimation"). One such entry is named; two or three are
 * what the query is part of; more are none.
 */
function entriesFor(folded: string, entries: AliasEntry[]): { entry?: AliasEntry; partOf: AliasEntry[] } {
  const map = lookup(entries);
  const exact = map.get(folded);
  if (exact || folded.length < 3) return { entry: exact, partOf: [] };
  const startingWith = (names: Iterable<[string, AliasEntry]>) => [
    ...new Set([...names].filter(([name]) => name.startsWith(folded)).map(([, entry]) => entry)),
  ];
  let found = startingWith(map);
  if (found.length === 0) found = startingWith(innerNames(entries));
  if (found.length === 1) return { entry: found[0], partOf: [] };
  return { partOf: found.length <= MAX_PART_OF ? found : [] };
}

function group(folded: string, entries: AliasEntry[]): QueryGroup {
  const { entry, partOf } = entriesFor(folded, entries);
  const named = entry ? [entry] : partOf;
  const forms = new Set([folded]);
  // Very short aliases ("se") would match inside other words; the searched form itself always counts.
  for (const term of named) for (const variant of term.variants) if (fold(variant).length >= 2) forms.add(fold(variant));
  // Only a term's names can be held by another term's longer name ("잔차 블록" by "역잔차 블록"); the
  // typed word itself, unless it is a name, matches inside any compound ("함수" in "손실함수").
  const within = longerNamesHolding(
    named.flatMap((term) => term.variants.map(fold)),
    [...lookup(entries)],
    named,
  );
  return { forms: [...forms], entry, partOf, within };
}

/** Whether the `length` characters at `at` of `text` lie inside an occurrence of one of `longer`. */
function insideLonger(text: string, at: number, length: number, longer: string[]): boolean {
  return longer.some((name) => {
    for (let from = Math.max(0, at + length - name.length); from <= at; from += 1) if (text.startsWith(name, from)) return true;
    return false;
  });
}

/** Whether every word of the query is a particle or ending alone ("는", "에서"): such a query asks for nothing. */
export function isOnlyParticles(query: string): boolean {
  const parts = normalizeQuery(query).split(' ').filter(Boolean);
  return parts.length > 0 && parts.every((part) => PARTICLES.includes(part));
}

/** The query as groups of forms to look for in result text (see QueryPlan). */
export function planQuery(query: string, entries: AliasEntry[] = []): QueryPlan {
  const parts = normalizeQuery(query).split(' ').filter(Boolean);
  return {
    words: parts.map((part) => group(fold(part), entries)),
    phrase: parts.length > 1 ? group(fold(parts.join('')), entries) : undefined,
  };
}

/**
 * The searches for the glossary terms a query names, by the terms' tokens (entryToken), which every
 * page that mentions a term in any spelling carries: the whole query's term, or the query with each
 * word that names a term replaced by its token, or else one search for each term the query is part
 * of. None when it names no term.
 */
export function entryQueries(plan: QueryPlan): string[] {
  if (plan.phrase?.entry) return [entryToken(plan.phrase.entry.id)];
  if (plan.words.some((group) => group.entry)) {
    return [plan.words.map((group) => (group.entry ? entryToken(group.entry.id) : group.forms[0])).join(' ')];
  }
  const whole = plan.phrase ?? (plan.words.length === 1 ? plan.words[0] : undefined);
  return (whole?.partOf ?? []).map((entry) => entryToken(entry.id));
}

/** At most this many searches for the other names of the terms a query names. */
const MAX_ALIAS_QUERIES = 4;

/**
 * The query with the terms it names written by their Korean and English names ("아담" → "adam"): a
 * page that mentions a term once or twice carries no token for it (TOKEN_MIN_MENTIONS in
 * korean-search.ts) and is found by the spelling it uses, most often one of those two. The rarer
 * aliases are left out because every search loads index chunks before the reader sees results, and
 * so are Latin names of fewer than three letters: Pagefind matches words by their start, so "se" would
 * find every "second". A name that is the query with other spacing is searched by queryVariants already.
 */
export function aliasQueries(plan: QueryPlan): string[] {
  const typed = plan.words.map((group) => group.forms[0]!);
  const namesOf = (entry: AliasEntry) =>
    entry.variants
      .slice(0, 2)
      .map((variant) => normalizeQuery(variant))
      .filter((name) => fold(name).length >= 3 || HANGUL.test(name));
  const queries: string[] = [];
  if (plan.phrase?.entry) queries.push(...namesOf(plan.phrase.entry));
  else if (plan.words.some((group) => group.entry)) {
    plan.words.forEach((group, at) => {
      if (!group.entry) return;
      for (const name of namesOf(group.entry)) queries.push([...typed.slice(0, at), name, ...typed.slice(at + 1)].join(' '));
    });
  } else {
    const whole = plan.phrase ?? (plan.words.length === 1 ? plan.words[0] : undefined);
    for (const entry of whole?.partOf ?? []) queries.push(...namesOf(entry));
  }
  const asTyped = fold(typed.join(''));
  return [...new Set(queries)].filter((query) => fold(query) !== asTyped).slice(0, MAX_ALIAS_QUERIES);
}

/** A plan that looks for each given form on its own (the forms a result link passes to the page it opens). */
export function planForms(forms: string[]): QueryPlan {
  return {
    words: forms
      .map(fold)
      .filter(Boolean)
      .map((form) => ({ forms: [form], partOf: [], within: [] })),
  };
}

/** Every form of a plan, for the highlight parameter of a result link. */
export function planFormsList(plan: QueryPlan): string[] {
  return [...new Set([...plan.words, ...(plan.phrase ? [plan.phrase] : [])].flatMap((group) => group.forms))];
}

/** A match in the original text: [start, end) and which group it answers (-1 for the phrase). */
export interface Match {
  start: number;
  end: number;
  group: number;
}

interface Folded {
  text: string;
  /** For each character of `text`, where it came from in the original. */
  source: number[];
}

/** The text folded like the index folds terms, remembering where each character came from. */
function foldWithMap(text: string): Folded {
  let folded = '';
  const source: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (SKIPPED.test(char)) continue;
    const normal = normalize(char);
    for (const piece of normal) {
      if (SKIPPED.test(piece)) continue;
      folded += piece;
      source.push(i);
    }
  }
  return { text: folded, source };
}

const isLatinAt = (text: string, index: number) => index >= 0 && index < text.length && LATIN.test(normalize(text[index]!));

/**
 * Every place in `text` where a form of a group occurs, spacing and hyphens ignored. Hangul forms
 * match anywhere ("함수" inside "손실함수는"), as Korean compounds need, except inside the longer
 * name of another glossary term (the group's `within`); Latin forms must start a word, and short ones
 * ("se", "bn") must be the whole word.
 */
export function findMatches(text: string, plan: QueryPlan): Match[] {
  const folded = foldWithMap(text);
  const matches: Match[] = [];
  const groups: [QueryGroup, number][] = plan.words.map((group, i) => [group, i]);
  if (plan.phrase) groups.push([plan.phrase, -1]);
  for (const [group, index] of groups) {
    for (const form of group.forms) {
      if (!form) continue;
      const latinStart = LATIN.test(form[0]!);
      const latinEnd = LATIN.test(form[form.length - 1]!);
      for (let at = folded.text.indexOf(form); at !== -1; at = folded.text.indexOf(form, at + 1)) {
        const start = folded.source[at]!;
        const end = folded.source[at + form.length - 1]! + 1;
        if (latinStart && isLatinAt(text, start - 1)) continue;
        if (latinEnd && form.length <= 3 && isLatinAt(text, end)) continue;
        if (insideLonger(folded.text, at, form.length, group.within)) continue;
        matches.push({ start, end, group: index });
      }
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Overlapping matches merged into the ranges to mark. */
export function markRanges(matches: Match[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const { start, end } of [...matches].sort((a, b) => a.start - b.start)) {
    const last = ranges[ranges.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
  }
  return ranges;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** How many characters of text an excerpt shows. */
export const EXCERPT_CHARS = 120;

/**
 * The passage of text[from, to) that best answers the query, as HTML with <mark> around the
 * matched words: the window that holds the most different query words (the phrase counting most),
 * cut at spaces. With `fromStart` the window starts at `from` (a glossary entry starts with its definition).
 */
export function excerpt(text: string, matches: Match[], from = 0, to = text.length, fromStart = false): string {
  const inside = matches.filter((match) => match.start >= from && match.end <= to);
  let start = from;
  if (!fromStart && inside.length > 0) {
    let best = inside[0]!;
    let bestScore = -1;
    for (const candidate of inside) {
      const window = inside.filter((match) => match.start >= candidate.start && match.end <= candidate.start + EXCERPT_CHARS * 0.7);
      const score = new Set(window.map((match) => match.group)).size + (window.some((match) => match.group === -1) ? 2 : 0);
      if (score > bestScore) [best, bestScore] = [candidate, score];
    }
    start = Math.max(from, best.start - Math.round(EXCERPT_CHARS * 0.25));
    if (start > from) {
      const space = text.indexOf(' ', start);
      start = space !== -1 && space < best.start ? space + 1 : start;
    }
  }
  let end = Math.min(to, start + EXCERPT_CHARS);
  if (end < to) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + EXCERPT_CHARS / 2) end = space;
  }
  let html = start > from ? '… ' : '';
  let at = start;
  for (const range of markRanges(inside)) {
    if (range.end <= start || range.start >= end) continue;
    const markStart = Math.max(range.start, start);
    const markEnd = Math.min(range.end, end);
    html += `${escapeHtml(text.slice(at, markStart))}<mark>${escapeHtml(text.slice(markStart, markEnd))}</mark>`;
    at = markEnd;
  }
  html += escapeHtml(text.slice(at, end)).trimEnd();
  if (end < to) html += ' …';
  return html;
}

/** An element with an id that Pagefind recorded, `location` counting words of the content. */
export interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface Section {
  /** The heading's id, or undefined for the text before the first heading. */
  id?: string;
  heading: string;
  start: number;
  end: number;
}

/**
 * The content split at its headings (h2–h6 with an id). A page without headings that marks its
 * parts with ids (the glossary's entries) is split at those.
 */
export function sectionsOf(content: string, anchors: Anchor[]): Section[] {
  const wordStarts = [...content.matchAll(/\S+/g)].map((word) => word.index);
  const headings = anchors.filter((anchor) => /^h[2-6]$/i.test(anchor.element) && anchor.id && anchor.text?.trim());
  const used = (headings.length > 0 ? headings : anchors.filter((anchor) => anchor.id)).sort((a, b) => a.location - b.location);
  const offset = (location: number) => wordStarts[location] ?? content.length;
  const sections: Section[] = [];
  const first = used.length > 0 ? offset(used[0]!.location) : content.length;
  if (first > 0) sections.push({ heading: '', start: 0, end: first });
  used.forEach((anchor, i) => {
    const start = offset(anchor.location);
    const end = i + 1 < used.length ? offset(used[i + 1]!.location) : content.length;
    if (end > start || i + 1 === used.length) sections.push({ id: anchor.id, heading: anchor.text?.trim() ?? '', start, end });
  });
  return sections;
}

/** How close (in characters) the words of a query must stand to count as together ("손실이 여러 개면 가중치를"). */
export const NEAR_CHARS = 16;

/** Whether every word of the query occurs within NEAR_CHARS of one place in [from, to) (or the phrase occurs there). */
export function together(matches: Match[], plan: QueryPlan, from = 0, to = Infinity): boolean {
  if (!plan.phrase) return false;
  const inside = matches.filter((match) => match.start >= from && match.end <= to);
  if (inside.some((match) => match.group === -1)) return true;
  return inside
    .filter((match) => match.group === 0)
    .some((anchor) =>
      plan.words.every(
        (_, group) =>
          group === 0 ||
          inside.some((match) => match.group === group && Math.abs(match.start - anchor.start) <= NEAR_CHARS + (anchor.end - anchor.start)),
      ),
    );
}

/** How much a query word in a section's heading counts against one occurrence in its text. */
const HEADING_WEIGHT = 6;
/** Occurrences beyond this many in one section add nothing: a long section is not more about the term. */
const SATURATION = 4;

/** How strongly a section answers the query: distinct words found, their counts, the phrase, its heading. */
export function sectionScore(section: Section, matches: Match[], plan: QueryPlan): number {
  const inside = matches.filter((match) => match.start >= section.start && match.end <= section.end);
  if (inside.length === 0) return 0;
  const headingMatches = section.heading ? findMatches(section.heading, plan) : [];
  let score = together(inside, plan) ? 6 : 0;
  for (let group = -1; group < plan.words.length; group += 1) {
    const count = inside.filter((match) => match.group === group).length;
    const weight = group === -1 ? 3 : 1;
    score += weight * Math.min(count, SATURATION) + (count > 0 ? weight * 2 : 0);
    if (headingMatches.some((match) => match.group === group)) score += weight * HEADING_WEIGHT;
    // A heading that names exactly the term ("Adam") beats one that names a longer word ("AdamW").
    if (headingMatches.some((match) => match.group === group && !isLatinAt(section.heading, match.end))) score += weight * 2;
  }
  return score;
}

/** The search result data this module reads (a subset of what Pagefind's `result.data()` returns). */
export interface ResultData {
  url: string;
  content: string;
  anchors?: Anchor[];
  meta: Record<string, string | undefined>;
}

export interface ShownSection {
  url: string;
  heading: string;
  excerpt: string;
}

export interface ShownResult {
  url: string;
  title: string;
  meta: Record<string, string | undefined>;
  /** The best section (url with #id and its heading) when the text matches; the first of `sections`. */
  section?: ShownSection;
  /** Up to MAX_SECTIONS sections that match, best first. */
  sections: ShownSection[];
  excerpt: string;
  /** Whether the query matches in the visible text (not only in the title or hidden terms). */
  inText: boolean;
  /** Whether the page is about the query: its title or first heading names it, or the glossary points at it for the term. */
  topic: boolean;
  /** For queries of several words: whether they stand together in the text or the page's own terms. */
  together: boolean;
  /** How much the text is about the query: occurrences (saturated) and headings that name it. */
  strength: number;
}

export const MAX_SECTIONS = 3;

/** For a glossary entry: its own name, used as the section heading. */
function entryHeading(id: string | undefined, entries: AliasEntry[]): string {
  const entry = entries.find((candidate) => candidate.id === id);
  return entry ? entry.variants.slice(0, 2).join(' ') : '';
}

function pathOf(url: string): string {
  return url.replace(/[?#].*$/, '');
}

/** Whether `path` (under any base) is one of `links` (written from the site root). */
function linksTo(links: string[], path: string): boolean {
  return links.some((link) => path.endsWith(link));
}

/** Occurrences beyond this many do not make a page rank higher. */
const STRENGTH_CAP = 12;

/** Whether the page's hidden terms (src/lib/korean-search.ts) hold the phrase as one word: it stands together in the text or is one of the page's declared terms. */
function inTerms(meta: Record<string, string | undefined>, phrase: QueryGroup): boolean {
  const forms = phrase.entry ? [...phrase.forms, entryToken(phrase.entry.id)] : phrase.forms;
  return Object.entries(meta).some(
    ([key, value]) => key.startsWith('terms') && value !== undefined && forms.some((form) => ` ${value} `.includes(` ${form} `)),
  );
}

/**
 * What to show for one result: the excerpt with the matched words marked, the sections to link to
 * and the signals that rank it. `glossaryPath` names the glossary page, whose parts are entries.
 */
export function describeResult(data: ResultData, plan: QueryPlan, entries: AliasEntry[] = [], glossaryPath = '/glossary/'): ShownResult {
  const path = pathOf(data.url);
  const isGlossary = path.endsWith(glossaryPath);
  const title = data.meta.title ?? path;
  const matches = findMatches(data.content, plan);
  const anchors = data.anchors ?? [];
  const sections = sectionsOf(data.content, anchors);
  const scored = sections
    .map((section) => ({ section, score: sectionScore(section, matches, plan) }))
    .filter(({ score }) => score > 0)
    // The text before the first heading is an introduction: link there only when no section matches.
    .sort((a, b) => Number(b.section.id !== undefined) - Number(a.section.id !== undefined) || b.score - a.score);
  const shown: ShownSection[] = scored.slice(0, MAX_SECTIONS).map(({ section }) => ({
    url: section.id ? `${path}#${section.id}` : path,
    heading: section.heading || (isGlossary ? entryHeading(section.id, entries) : ''),
    excerpt: excerpt(data.content, matches, section.start, section.end, isGlossary),
  }));
  const inText = matches.length > 0;
  // When the whole query names a glossary term ("잔차 블록"), a page is about it as often as it names
  // it, not as often as it uses its words apart ("잔차", "블록").
  const termPlan: QueryPlan = plan.phrase?.entry ? { words: [], phrase: plan.phrase } : plan;
  const termMatches = termPlan === plan ? matches : matches.filter((match) => match.group === -1);
  const mainGroup = plan.phrase ?? plan.words[0];
  const nameMatches = (text: string) => mainGroup !== undefined && findMatches(text, { words: [mainGroup] }).length > 0;
  const firstHeading = anchors.filter((anchor) => /^h2$/i.test(anchor.element)).sort((a, b) => a.location - b.location)[0]?.text ?? '';
  const entry = mainGroup?.entry;
  const topic = !isGlossary && (nameMatches(title) || nameMatches(firstHeading) || (entry !== undefined && linksTo(entry.links, path)));
  const description = data.meta.description;
  return {
    url: path,
    title,
    meta: data.meta,
    section: shown[0],
    sections: shown,
    excerpt:
      shown[0]?.excerpt ??
      (description ? excerpt(description, findMatches(description, plan), 0, description.length, true) : excerpt(data.content, [], 0)),
    inText,
    topic,
    together: plan.phrase !== undefined && (matches.some((match) => match.group === -1) || inTerms(data.meta, plan.phrase)),
    strength:
      Math.min(termMatches.length, STRENGTH_CAP) +
      scored.filter(({ section }) => section.heading && findMatches(section.heading, termPlan).length > 0).length * 3,
  };
}

/** Where the glossary goes at the earliest: after this many pages (it explains no page's subject, so it never takes a first-five place from one). */
export const GLOSSARY_AFTER = 5;

/**
 * Pagefind's order refined: pages about the term first, then pages where the words stand together
 * (for several words), then pages that have the query in their text, the more often the higher,
 * then pages that match only in hidden terms. The glossary goes after the pages about the term and
 * after the first GLOSSARY_AFTER pages. Pagefind's order breaks ties.
 */
export function rankResults<T extends { shown: ShownResult }>(results: T[], glossaryPath = '/glossary/'): T[] {
  const tier = ({ shown }: T) => {
    if (shown.topic && (shown.together || shown.inText)) return 0;
    if (shown.together) return 1;
    if (shown.inText) return 2;
    return 3;
  };
  const isGlossary = (result: T) => result.shown.url.endsWith(glossaryPath);
  const pages = results
    .filter((result) => !isGlossary(result))
    .map((result, order) => ({ result, order, tier: tier(result) }))
    .sort((a, b) => a.tier - b.tier || b.result.shown.strength - a.result.shown.strength || a.order - b.order);
  const glossary = results.filter(isGlossary);
  const at = Math.min(pages.length, Math.max(GLOSSARY_AFTER, pages.filter((page) => page.tier === 0).length));
  const ranked = pages.map(({ result }) => result);
  ranked.splice(at, 0, ...glossary);
  return ranked;
}

/**
 * One search's results in Pagefind's order (highest score first), with equal scores ordered by the
 * page's fragment id, a hash of its content. Pagefind breaks ties by page number, and the build numbers
 * pages in the order the file system lists them (src/integrations/search-index.ts), which may differ
 * between machines; this way the same notes give the same results wherever the site was built.
 */
export function orderedResults<T extends { id: string; score: number }>(results: T[]): T[] {
  return [...results].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
