// Tags: URL slugs and the tag index.
import GithubSlugger from 'github-slugger';
import type { NoteSummary } from './types';

/** A URL-safe slug that keeps Hangul ("손실 함수" → "손실-함수"). */
export function tagSlug(tag: string): string {
  return new GithubSlugger().slug(tag);
}

export interface TagEntry {
  tag: string;
  slug: string;
  notes: NoteSummary[];
}

/** Tags in Korean collation order, each with its notes (newest first as given). Tags that slug alike are merged. */
export function buildTagIndex(notesNewestFirst: NoteSummary[]): TagEntry[] {
  const bySlug = new Map<string, TagEntry>();
  for (const note of notesNewestFirst) {
    for (const tag of note.tags) {
      const slug = tagSlug(tag);
      const entry = bySlug.get(slug) ?? { tag, slug, notes: [] };
      if (!entry.notes.includes(note)) entry.notes.push(note);
      bySlug.set(slug, entry);
    }
  }
  return [...bySlug.values()].sort((a, b) => a.tag.localeCompare(b.tag, 'ko'));
}
