// Which words of a page become term-card buttons. Pure: the rehype plugin (src/plugins/rehype-term-cards.ts)
// hands over the page's text as segments and wraps the occurrences this returns.
import { PARTICLES } from './korean-search';

export interface CardTerm {
  id: string;
  ko: string;
  en: string;
  aliases: string[];
  definition: string;
}

/** One spelling of a term (its Korean or English name, or an alias). */
export interface Spelling {
  text: string;
  /** `text` with ASCII letters lowercased (same length, so indexes carry over). */
  folded: string;
  termId: string;
}

export interface TermMatch {
  start: number;
  end: number;
  termId: string;
}

/** A run of page text: `section` counts the headings before it; `excluded` text never links but still blocks shorter matches. */
export interface Segment {
  text: string;
  section: number;
  excluded: boolean;
}

export interface Occurrence extends TermMatch {
  segment: number;
}

/** The id of a term's card element on a page. */
export const termCardId = (termId: string) => `term-${termId}`;

const HANGUL = /[\uAC00-\uD7A3]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const WORD_CHAR = /[\uAC00-\uD7A3A-Za-z0-9]/;
const PARTICLE_SET = new Set(PARTICLES);
/** Spellings shorter than this ("L", "x") would match letters, not terms. */
const MIN_LENGTH = 2;

const fold = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/**
 * Every spelling of every term that has a definition, longest first, so that at any position the
 * longest term wins ("배치 정규화" over "정규화"). A spelling claimed by two terms keeps its first owner.
 */
export function spellings(terms: CardTerm[]): Spelling[] {
  const byFolded = new Map<string, Spelling>();
  for (const term of terms) {
    if (term.definition.trim() === '') continue;
    for (const text of [term.ko, term.en, ...term.aliases]) {
      const trimmed = text.trim();
      const folded = fold(trimmed);
      if (trimmed.length < MIN_LENGTH || byFolded.has(folded)) continue;
      byFolded.set(folded, { text: trimmed, folded, termId: term.id });
    }
  }
  return [...byFolded.values()].sort((a, b) => b.text.length - a.text.length);
}

/**
 * Whether `text[start, end)` stands as a word: nothing of a word before it, and after it either no
 * letter of the same script or (for a Korean term) a whole particle or ending ("정규화를", not "정규화기").
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (before !== undefined && WORD_CHAR.test(before)) return false;
  const last = text[end - 1]!;
  const after = text[end];
  if (after === undefined) return true;
  if (LATIN_OR_DIGIT.test(last) && LATIN_OR_DIGIT.test(after)) return false;
  if (HANGUL.test(last) && HANGUL.test(after)) {
    let tail = end;
    while (tail < text.length && HANGUL.test(text[tail]!)) tail += 1;
    return PARTICLE_SET.has(text.slice(end, tail));
  }
  return true;
}

/** Non-overlapping matches left to right; at each position the longest spelling that stands as a word wins. */
export function findTerms(text: string, sorted: Spelling[]): TermMatch[] {
  const folded = fold(text);
  const matches: TermMatch[] = [];
  let position = 0;
  while (position < text.length) {
    let found: TermMatch | undefined;
    if (!WORD_CHAR.test(text[position - 1] ?? ' ')) {
      for (const spelling of sorted) {
        const end = position + spelling.folded.length;
        if (folded.startsWith(spelling.folded, position) && standsAlone(text, position, end)) {
          found = { start: position, end, termId: spelling.termId };
          break;
        }
      }
    }
    if (found) {
      matches.push(found);
      position = found.end;
    } else position += 1;
  }
  return matches;
}

/**
 * The occurrences that become cards: the first of each linkable term in each section, outside
 * excluded text. Matching runs over the section's text joined, so a term split by inline markup
 * (`<em>배치</em> 정규화`) is not read as its shorter tail; only a match inside one segment can link.
 */
export function chooseOccurrences(segments: Segment[], sorted: Spelling[], linkable: ReadonlySet<string>): Occurrence[] {
  const chosen: Occurrence[] = [];
  const sections = new Map<number, number[]>();
  segments.forEach((segment, index) => sections.set(segment.section, [...(sections.get(segment.section) ?? []), index]));
  for (const indexes of sections.values()) {
    const starts: number[] = [];
    let joined = '';
    for (const index of indexes) {
      starts.push(joined.length);
      joined += segments[index]!.text;
    }
    const seen = new Set<string>();
    for (const match of findTerms(joined, sorted)) {
      if (!linkable.has(match.termId) || seen.has(match.termId)) continue;
      let at = starts.length - 1;
      while (starts[at]! > match.start) at -= 1;
      const segment = indexes[at]!;
      const offset = starts[at]!;
      if (segments[segment]!.excluded || match.end > offset + segments[segment]!.text.length) continue;
      seen.add(match.termId);
      chosen.push({ segment, start: match.start - offset, end: match.end - offset, termId: match.termId });
    }
  }
  return chosen.sort((a, b) => a.segment - b.segment || a.start - b.start);
}
