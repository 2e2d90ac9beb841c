// Reading time for Korean text. Korean is read by syllable blocks, not by space-separated words:
// counting each syllable as a word overestimates, counting eojeol (spaced units) underestimates.
// We count Hangul syllables at a typical silent-reading pace, and Latin words separately.

/** Hangul syllables a reader gets through per minute (silent reading of expository prose). */
export const HANGUL_SYLLABLES_PER_MINUTE = 500;
/** English words per minute (technical text). */
export const LATIN_WORDS_PER_MINUTE = 200;

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/g;
const LATIN_WORD = /[A-Za-z][A-Za-z0-9'’-]*/g;

/** Removes what is not read as prose: fenced code, math and Markdown link targets. */
export function stripMarkdownForReading(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ');
}

export interface ReadingTime {
  minutes: number;
  hangulSyllables: number;
  latinWords: number;
}

export function readingTime(markdown: string): ReadingTime {
  const text = stripMarkdownForReading(markdown);
  const hangulSyllables = text.match(HANGUL_SYLLABLE)?.length ?? 0;
  const latinWords = text.match(LATIN_WORD)?.length ?? 0;
  const exact = hangulSyllables / HANGUL_SYLLABLES_PER_MINUTE + latinWords / LATIN_WORDS_PER_MINUTE;
  return { minutes: Math.max(1, Math.round(exact)), hangulSyllables, latinWords };
}

/** Counts Hangul syllables of prose only (used by content checks). */
export function koreanProseLength(markdown: string): number {
  return stripMarkdownForReading(markdown).match(HANGUL_SYLLABLE)?.length ?? 0;
}
