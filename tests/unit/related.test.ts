import { describe, expect, it } from 'vitest';
import { buildNoteIndex, compareNewestFirst, groupByYearMonth } from '../../src/lib/related';
import { note } from './fixtures';

const memo = Array.from({ length: 9 }, (_, i) => note(`m${i + 1}`, `2018-0${i + 1}-10`, 'theory/memo'));
const study = [note('s1', '2018-03-01', 'theory/study'), note('s2', '2018-04-01', 'theory/study')];

describe('buildNoteIndex', () => {
  const index = buildNoteIndex([...study, ...memo]);

  it('sorts newest first across categories', () => {
    expect(index.newestFirst.slice(0, 3).map((n) => n.slug)).toEqual(['m9', 'm8', 'm7']);
    expect(index.newestFirst).toHaveLength(11);
  });

  it('gives the older note as previous and the newer as next, within the category only', () => {
    const { previous, next } = index.neighbours('m5');
    expect(previous?.slug).toBe('m4');
    expect(next?.slug).toBe('m6');
    expect(index.neighbours('s1').next?.slug).toBe('s2');
    expect(index.neighbours('s1').previous).toBeUndefined();
    expect(index.neighbours('m9').next).toBeUndefined();
  });

  it('lists the five nearest notes of the same category, newest first, without the note itself', () => {
    expect(index.neighbours('m5').sameCategory.map((n) => n.slug)).toEqual(['m7', 'm6', 'm4', 'm3', 'm2']);
    expect(index.neighbours('m9').sameCategory.map((n) => n.slug)).toEqual(['m8', 'm7', 'm6', 'm5', 'm4']);
    expect(index.neighbours('m1').sameCategory.map((n) => n.slug)).toEqual(['m6', 'm5', 'm4', 'm3', 'm2']);
    expect(index.neighbours('s2').sameCategory.map((n) => n.slug)).toEqual(['s1']);
  });

  it('rejects an unknown slug', () => {
    expect(() => index.neighbours('nope')).toThrow(/unknown note/);
  });

  it('breaks date ties by title so the order is stable', () => {
    const a = note('a', '2018-01-01', 'theory/memo');
    const b = note('b', '2018-01-01', 'theory/memo');
    expect([b, a].sort(compareNewestFirst).map((n) => n.slug)).toEqual(['a', 'b']);
  });
});

describe('groupByYearMonth', () => {
  it('groups by year and month, newest first', () => {
    const groups = groupByYearMonth([
      note('x', '2018-07-25', 'theory/memo'),
      note('y', '2019-12-20', 'theory/papers'),
      note('z', '2018-07-30', 'theory/study'),
    ]);
    expect(groups.map((g) => g.year)).toEqual([2019, 2018]);
    expect(groups[1]!.months).toEqual([
      { month: 7, notes: [expect.objectContaining({ slug: 'z' }), expect.objectContaining({ slug: 'x' })] },
    ]);
  });
});
