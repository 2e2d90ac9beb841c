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
