// Ordering of notes and the lists derived from it: recent notes, prev/next within a category and
// the "other posts in this category" list. All are computed once per build from one sorted index.
import type { NoteSummary } from './types';

/** Newest first; ties broken by title so the order is stable across builds. */
export function compareNewestFirst(a: NoteSummary, b: NoteSummary): number {
  return b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'ko');
}

export interface Neighbours {
  /** The older note in the same category. */
  previous?: NoteSummary;
  /** The newer note in the same category. */
  next?: NoteSummary;
  /** The nearest notes of the same category by date, excluding the note itself, newest first. */
  sameCategory: NoteSummary[];
}

export interface NoteIndex {
  newestFirst: NoteSummary[];
  neighbours(slug: string, nearest?: number): Neighbours;
}

export function buildNoteIndex(notes: NoteSummary[]): NoteIndex {
  const newestFirst = [...notes].sort(compareNewestFirst);
  const byCategory = new Map<string, NoteSummary[]>();
  for (const note of newestFirst) {
    const list = byCategory.get(note.category) ?? [];
    list.push(note);
    byCategory.set(note.category, list);
  }
  const position = new Map<string, number>();
  for (const list of byCategory.values()) list.forEach((note, index) => position.set(note.slug, index));
  const bySlug = new Map(notes.map((note) => [note.slug, note]));

  return {
    newestFirst,
    neighbours(slug, nearest = 5) {
      const note = bySlug.get(slug);
      if (!note) throw new Error(`unknown note "${slug}"`);
      const list = byCategory.get(note.category)!;
      const at = position.get(slug)!;
      // Take a window around the note, then widen towards the side that still has notes.
      let start = Math.max(0, at - Math.floor(nearest / 2));
      let end = Math.min(list.length, start + nearest + 1);
      start = Math.max(0, end - nearest - 1);
      return {
        next: list[at - 1],
        previous: list[at + 1],
        sameCategory: list
          .slice(start, end)
          .filter((other) => other.slug !== slug)
          .slice(0, nearest),
      };
    },
  };
}

/** Groups notes by year and then month (newest first), for the archive. */
export function groupByYearMonth(notes: NoteSummary[]): { year: number; months: { month: number; notes: NoteSummary[] }[] }[] {
  const years = new Map<number, Map<number, NoteSummary[]>>();
  for (const note of [...notes].sort(compareNewestFirst)) {
    const year = note.date.getUTCFullYear();
    const month = note.date.getUTCMonth() + 1;
    const months = years.get(year) ?? new Map<number, NoteSummary[]>();
    months.set(month, [...(months.get(month) ?? []), note]);
    years.set(year, months);
  }
  return [...years.entries()].map(([year, months]) => ({
    year,
    months: [...months.entries()].map(([month, list]) => ({ month, notes: list })),
  }));
}
