// The two-level category tree with note counts, built once per build from categories.yaml.
import type { CategoryData, NoteSummary } from './types';

export interface CategoryNode extends CategoryData {
  /** Notes filed directly in this category. */
  ownCount: number;
  /** Notes in this category and all of its children. */
  count: number;
  children: CategoryNode[];
}

export class CategoryError extends Error {}

/** Builds the tree; fails when a parent is missing, a parent has a parent (only two levels), or a note names no category. */
export function buildCategoryTree(categories: CategoryData[], notes: Pick<NoteSummary, 'slug' | 'category'>[]): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>();
  for (const category of categories) {
    if (nodes.has(category.id)) throw new CategoryError(`content/categories.yaml: category "${category.id}" is defined twice`);
    nodes.set(category.id, { ...category, ownCount: 0, count: 0, children: [] });
  }
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    if (node.parent === undefined) {
      roots.push(node);
      continue;
    }
    const parent = nodes.get(node.parent);
    if (!parent) throw new CategoryError(`content/categories.yaml: category "${node.id}" names unknown parent "${node.parent}"`);
    if (parent.parent !== undefined)
      throw new CategoryError(`content/categories.yaml: category "${node.id}" would be a third level; the tree has two`);
    parent.children.push(node);
  }
  for (const note of notes) {
    const node = nodes.get(note.category);
    if (!node) throw new CategoryError(`content/notes/${note.slug}: unknown category "${note.category}"`);
    node.ownCount += 1;
  }
  const byOrder = (a: CategoryNode, b: CategoryNode) => a.order - b.order || a.name.localeCompare(b.name, 'ko');
  for (const root of roots) {
    root.children.sort(byOrder);
    root.count = root.ownCount + root.children.reduce((sum, child) => sum + (child.count = child.ownCount), 0);
  }
  return roots.sort(byOrder);
}

/** Every node of the tree, parents before their children. */
export function flattenTree(roots: CategoryNode[]): CategoryNode[] {
  return roots.flatMap((root) => [root, ...root.children]);
}

/** The chain of categories from the root to `id` ("theory/memo" → [이론, 메모]). */
export function categoryTrail(categories: CategoryData[], id: string): CategoryData[] {
  const byId = new Map(categories.map((category) => [category.id, category]));
  const trail: CategoryData[] = [];
  let current = byId.get(id);
  while (current) {
    trail.unshift(current);
    current = current.parent === undefined ? undefined : byId.get(current.parent);
  }
  return trail;
}

/** "이론 > 메모" */
export function categoryLabel(categories: CategoryData[], id: string): string {
  return categoryTrail(categories, id)
    .map((category) => category.name)
    .join(' > ');
}

/** Whether a note filed in `noteCategory` belongs on the page of `category` (itself or a child). */
export function isInCategory(noteCategory: string, category: string): boolean {
  return noteCategory === category || noteCategory.startsWith(`${category}/`);
}
