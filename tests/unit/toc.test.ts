import { describe, expect, it } from 'vitest';
import { buildToc } from '../../src/lib/toc';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe('buildToc', () => {
  it('nests h3 under the preceding h2 and drops other depths', () => {
    const toc = buildToc([h(3, 'intro'), h(2, 'a'), h(3, 'a1'), h(4, 'deep'), h(3, 'a2'), h(2, 'b'), h(1, 'title')]);
    expect(toc.map((entry) => [entry.slug, entry.children.map((child) => child.slug)])).toEqual([
      ['intro', []],
      ['a', ['a1', 'a2']],
      ['b', []],
    ]);
  });
});
