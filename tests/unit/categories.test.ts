import { describe, expect, it } from 'vitest';
import { buildCategoryTree, categoryLabel, categoryTrail, CategoryError, flattenTree, isInCategory } from '../../src/lib/categories';
import { categories, note } from './fixtures';

describe('buildCategoryTree', () => {
  const notes = [
    note('a', '2018-01-01', 'theory/memo'),
    note('b', '2018-02-01', 'theory/memo'),
    note('c', '2018-03-01', 'theory/study'),
    note('d', '2019-12-20', 'theory/papers'),
    note('e', '2019-12-21', 'theory/papers'),
    note('f', '2018-05-01', 'theory/study'),
    note('g', '2018-06-01', 'theory/study'),
  ];

  it('nests children under their parent in order, with own and total counts', () => {
    const [root, ...others] = buildCategoryTree(categories, notes);
    expect(others).toHaveLength(0);
    expect(root!.id).toBe('theory');
    expect(root!.count).toBe(7);
    expect(root!.ownCount).toBe(0);
    expect(root!.children.map((child) => [child.id, child.count])).toEqual([
      ['theory/papers', 2],
      ['theory/memo', 2],
      ['theory/study', 3],
    ]);
  });

  it('counts zero for empty categories', () => {
    const [root] = buildCategoryTree(categories, []);
    expect(root!.count).toBe(0);
    expect(root!.children.every((child) => child.count === 0)).toBe(true);
  });

  it('fails on an unknown category, naming the note', () => {
    expect(() => buildCategoryTree(categories, [note('x', '2018-01-01', 'theory/nope')])).toThrow(
      /content\/notes\/x: unknown category "theory\/nope"/,
    );
  });

  it('fails on an unknown parent and on a third level', () => {
    expect(() => buildCategoryTree([...categories, { id: 'z/y', name: 'Y', description: 'y', parent: 'z', order: 1 }], [])).toThrow(
      CategoryError,
    );
    expect(() =>
      buildCategoryTree([...categories, { id: 'theory/memo/deep', name: 'D', description: 'd', parent: 'theory/memo', order: 1 }], []),
    ).toThrow(/third level/);
  });

  it('flattens parents before children', () => {
    expect(flattenTree(buildCategoryTree(categories, [])).map((node) => node.id)).toEqual([
      'theory',
      'theory/papers',
      'theory/memo',
      'theory/study',
    ]);
  });
});

describe('category trail and membership', () => {
  it('builds the breadcrumb from the root', () => {
    expect(categoryTrail(categories, 'theory/memo').map((category) => category.name)).toEqual(['이론', '메모']);
    expect(categoryLabel(categories, 'theory/study')).toBe('이론 > 공부 자료들');
    expect(categoryLabel(categories, 'theory')).toBe('이론');
  });

  it('puts a child note on the parent page but not on a sibling page', () => {
    expect(isInCategory('theory/memo', 'theory')).toBe(true);
    expect(isInCategory('theory/memo', 'theory/memo')).toBe(true);
    expect(isInCategory('theory/memo', 'theory/study')).toBe(false);
    expect(isInCategory('theoryx/memo', 'theory')).toBe(false);
  });
});
