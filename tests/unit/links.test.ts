import { describe, expect, it } from 'vitest';
import { distFileFor, isInternalPath, sourceHintFor, splitHref, withBase } from '../../src/lib/links';
import { findBrokenLinks, idsOf, pageLinks, referencesOf } from '../../src/lib/link-check';

describe('withBase', () => {
  it('prefixes root-relative paths once', () => {
    expect(withBase('/notes/x/', '/study-notes/')).toBe('/study-notes/notes/x/');
    expect(withBase('/notes/x/#a', '/study-notes')).toBe('/study-notes/notes/x/#a');
    expect(withBase('/study-notes/notes/x/', '/study-notes/')).toBe('/study-notes/notes/x/');
    expect(withBase('/notes/x/', '/')).toBe('/notes/x/');
  });
  it('leaves external, protocol-relative and relative links alone', () => {
    expect(withBase('https://arxiv.org/abs/1', '/b/')).toBe('https://arxiv.org/abs/1');
    expect(withBase('//cdn.example/x', '/b/')).toBe('//cdn.example/x');
    expect(withBase('#anchor', '/b/')).toBe('#anchor');
    expect(isInternalPath('../x')).toBe(false);
  });
});

describe('splitHref and distFileFor', () => {
  it('splits path, query and decoded hash', () => {
    expect(splitHref('/b/notes/x/?q=1#%EC%A0%88')).toEqual({ path: '/b/notes/x/', query: 'q=1', hash: '절' });
  });
  it('maps URLs under the base to dist files', () => {
    expect(distFileFor('/b/notes/x/', '/b/')).toBe('notes/x/index.html');
    expect(distFileFor('/b/', '/b/')).toBe('index.html');
    expect(distFileFor('/b', '/b/')).toBe('index.html');
    expect(distFileFor('/b/rss.xml', '/b/')).toBe('rss.xml');
    expect(distFileFor('/b/tags/%EC%86%90%EC%8B%A4/', '/b/')).toBe('tags/손실/index.html');
    expect(distFileFor('/notes/x/', '/b/')).toBeUndefined();
  });
  it('names the source file of a page', () => {
    expect(sourceHintFor('/notes/augmix/')).toBe('content/notes/augmix.md');
    expect(sourceHintFor('/architectures/resnet/')).toBe('content/architectures/resnet.md');
    expect(sourceHintFor('/tags/')).toBe('page /tags/');
  });
});

describe('findBrokenLinks', () => {
  const note =
    '<h2 id="절-하나">절</h2><a href="/b/notes/y/#목표">y</a><a href="/b/notes/y/#없음">y</a><a href="/b/notes/z/">z</a><a href="/notes/y/">no base</a><img src="/b/_astro/a.css"><a href="#절-하나">self</a><a href="#x">bad self</a><a href="https://e.org/">ext</a>';
  const site = {
    base: '/b/',
    files: new Set(['notes/x/index.html', 'notes/y/index.html', '_astro/a.css']),
    pages: new Map([
      ['notes/x/index.html', pageLinks(note)],
      ['notes/y/index.html', pageLinks('<p id="목표">t</p>')],
    ]),
  };
  it('reports missing pages, missing anchors and links outside the base, naming the source', () => {
    const problems = findBrokenLinks(site);
    expect(problems).toEqual([
      { source: 'content/notes/x.md', href: '/b/notes/y/#없음', reason: 'no element with id "없음"' },
      { source: 'content/notes/x.md', href: '/b/notes/z/', reason: 'no such page or file' },
      { source: 'content/notes/x.md', href: '/notes/y/', reason: 'outside the base /b/' },
      { source: 'content/notes/x.md', href: '#x', reason: 'no element with id "x"' },
    ]);
  });
  it('extracts references and ids, decoding entities', () => {
    expect(referencesOf('<a href="/a/?x=1&amp;y=2">')).toEqual(['/a/?x=1&y=2']);
    expect(referencesOf('<img srcset="/a.png 1x, /b.png 2x">')).toEqual(['/a.png', '/b.png']);
    expect([...idsOf('<h2 id="a&amp;b">')]).toEqual(['a&b']);
  });
});
