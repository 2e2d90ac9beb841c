import { describe, expect, it } from 'vitest';
import { embedCandidates, embedWidth, findEmbeds, imageSourceKind } from '../../src/lib/note-images';

describe('imageSourceKind', () => {
  it.each([
    ['https://example.com/a.png', 'remote'],
    ['//cdn.example.com/a.png', 'remote'],
    ['http://x/a.png', 'remote'],
    ['data:image/png;base64,AAAA', 'inline'],
    ['/images/a.png', 'site'],
    ['./img/a.png', 'local'],
    ['assets/a.png', 'local'],
    ['../common/a.png', 'local'],
  ])('%s is %s', (url, kind) => {
    expect(imageSourceKind(url)).toBe(kind);
  });
});

describe('Obsidian embeds', () => {
  it('finds ![[name]], ![[name|alt]] and ![[name|300]] in text', () => {
    expect(findEmbeds('앞 ![[그래프.png]] 가운데 ![[b.jpg|설명]] ![[c.png|300x200]]')).toEqual([
      { start: 2, end: 14, target: '그래프.png', option: '' },
      { start: 19, end: 32, target: 'b.jpg', option: '설명' },
      { start: 33, end: 51, target: 'c.png', option: '300x200' },
    ]);
    expect(findEmbeds('[[링크]]만 있다')).toEqual([]);
  });

  it('reads a width option and tells it from alt text', () => {
    expect(embedWidth('300')).toBe(300);
    expect(embedWidth('300x200')).toBe(300);
    expect(embedWidth('설명')).toBeUndefined();
  });

  it('looks beside the note and in the usual attachment folders', () => {
    expect(embedCandidates('x.png')).toEqual(['./x.png', './img/x.png', './images/x.png', './assets/x.png', './attachments/x.png']);
    expect(embedCandidates('sub/x.png')).toEqual(['./sub/x.png']);
  });
});
