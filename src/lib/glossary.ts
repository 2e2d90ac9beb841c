// Glossary ordering: Korean dictionary order (가나다) by the Korean term.
import type { AvoidSpec } from './term-rules';

export interface GlossaryTerm {
  id: string;
  ko: string;
  en: string;
  aliases: string[];
  /** Spellings the pages must not use for this concept, with what to write instead (the term table). */
  avoid: AvoidSpec[];
  definition: string;
  links: string[];
}

const collator = new Intl.Collator('ko');

/**
 * The glossary's order: Intl.Collator('ko') on the Korean term, then on the English term. It puts
 * terms that start with a digit first (1×1 합성곱), Hangul in 가나다 order next, and terms that
 * start with a Latin letter (HSV 색 공간, L1 규제) last; content/glossary.yaml is kept in this order.
 */
export function compareGlossaryTerms(a: Pick<GlossaryTerm, 'ko' | 'en'>, b: Pick<GlossaryTerm, 'ko' | 'en'>): number {
  return collator.compare(a.ko, b.ko) || collator.compare(a.en, b.en);
}

export function sortGlossary<T extends Pick<GlossaryTerm, 'ko' | 'en'>>(terms: T[]): T[] {
  return [...terms].sort(compareGlossaryTerms);
}

/** Inverts the glossary's links: for each page path, the terms that link to it (order kept). */
export function termsByPage<T extends Pick<GlossaryTerm, 'links'>>(terms: T[]): Map<string, T[]> {
  const byPage = new Map<string, T[]>();
  for (const term of terms) {
    for (const path of term.links) byPage.set(path, [...(byPage.get(path) ?? []), term]);
  }
  return byPage;
}
