import { describe, expect, it } from 'vitest';
import { buildBacklinks, internalPageLinks } from '../../src/lib/backlinks';

describe('internalPageLinks', () => {
  it('finds note and architecture links with or without anchors and titles, once each', () => {
    const body =
      '[a](/notes/loss-functions/) 와 [b](/notes/loss-functions/#huber) 그리고 [c](/architectures/resnet/ "레즈넷"), [d](https://x.org/notes/y/), [e](/glossary/#adam)';
    expect(internalPageLinks(body)).toEqual(['/notes/loss-functions/', '/architectures/resnet/']);
  });
});

describe('buildBacklinks', () => {
  it('maps targets to the pages linking to them, ignoring self-links', () => {
    const backlinks = buildBacklinks([
      { path: '/notes/a/', title: 'A', body: '[b](/notes/b/) [self](/notes/a/)' },
      { path: '/notes/c/', title: 'C', body: '[b](/notes/b/#x) [a](/notes/a/)' },
      { path: '/architectures/r/', title: 'R', body: '[b](/notes/b/)' },
    ]);
    expect(backlinks.get('/notes/b/')).toEqual([
      { path: '/notes/a/', title: 'A' },
      { path: '/notes/c/', title: 'C' },
      { path: '/architectures/r/', title: 'R' },
    ]);
    expect(backlinks.get('/notes/a/')).toEqual([{ path: '/notes/c/', title: 'C' }]);
    expect(backlinks.has('/notes/c/')).toBe(false);
  });
});

describe('links resolved while rendering', () => {
  it('count as backlinks alongside the root-relative links of the source', () => {
    const backlinks = buildBacklinks([
      { path: '/notes/a/', title: 'A', body: '[[B 노트]]', links: ['/notes/b/'] },
      { path: '/notes/c/', title: 'C', body: '[b](/notes/b/)', links: ['/notes/b/'] },
    ]);
    expect(backlinks.get('/notes/b/')).toEqual([
      { path: '/notes/a/', title: 'A' },
      { path: '/notes/c/', title: 'C' },
    ]);
  });
});
