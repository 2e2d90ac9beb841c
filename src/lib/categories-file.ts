// Reading content/categories.yaml outside Astro (the new-note and import commands).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface CategoryEntry {
  id: string;
  name: string;
  parent?: string;
  order: number;
}

export function readCategories(contentDir: string): CategoryEntry[] {
  return parse(readFileSync(join(contentDir, 'categories.yaml'), 'utf8')) as CategoryEntry[];
}

/** Categories a note can be filed in: those without children, in the order the tree shows them. */
export function leafCategories(categories: CategoryEntry[]): CategoryEntry[] {
  const parents = new Set(categories.map((category) => category.parent).filter(Boolean));
  const rank = (category: CategoryEntry) => {
    const parent = categories.find((candidate) => candidate.id === category.parent);
    return [parent?.order ?? category.order, parent ? category.order : 0];
  };
  return categories
    .filter((category) => !parents.has(category.id))
    .sort((a, b) => {
      const [a1, a2] = rank(a);
      const [b1, b2] = rank(b);
      return a1! - b1! || a2! - b2!;
    });
}
