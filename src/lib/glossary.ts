// Glossary ordering: Korean dictionary order (가나다) by the Korean term.

export interface GlossaryTerm {
  id: string;
  ko: string;
  en: string;
  aliases: string[];
  definition: string;
  links: string[];
}

const collator = new Intl.Collator('ko');

export function sortGlossary<T extends Pick<GlossaryTerm, 'ko' | 'en'>>(terms: T[]): T[] {
  return [...terms].sort((a, b) => collator.compare(a.ko, b.ko) || collator.compare(a.en, b.en));
}

/** Inverts the glossary's links: for each page path, the terms that link to it (order kept). */
export function termsByPage<T extends Pick<GlossaryTerm, 'links'>>(terms: T[]): Map<string, T[]> {
  const byPage = new Map<string, T[]>();
  for (const term of terms) {
    for (const path of term.links) byPage.set(path, [...(byPage.get(path) ?? []), term]);
  }
  return byPage;
}
