// Tags: URL slugs and the tag index over every kind of page that carries tags.
import GithubSlugger from 'github-slugger';

/** A URL-safe slug that keeps Hangul ("손실 함수" → "손실-함수"). */
export function tagSlug(tag: string): string {
  return new GithubSlugger().slug(tag);
}

export interface TagEntry<T> {
  tag: string;
  slug: string;
  pages: T[];
}

/** Tags in Korean collation order, each with its pages in the order given. Tags that slug alike are merged. */
export function buildTagIndex<T extends { tags: string[] }>(pages: T[]): TagEntry<T>[] {
  const bySlug = new Map<string, TagEntry<T>>();
  for (const page of pages) {
    for (const tag of page.tags) {
      const slug = tagSlug(tag);
      const entry = bySlug.get(slug) ?? { tag, slug, pages: [] };
      if (!entry.pages.includes(page)) entry.pages.push(page);
      bySlug.set(slug, entry);
    }
  }
  return [...bySlug.values()].sort((a, b) => a.tag.localeCompare(b.tag, 'ko'));
}
