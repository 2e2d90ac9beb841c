import { describe, expect, it } from 'vitest';
import { createIdGenerator } from '../../src/lib/content-ids';
import { sortGlossary } from '../../src/lib/glossary';
import { buildTagIndex, tagSlug } from '../../src/lib/tags';
import { note } from './fixtures';

describe('tags', () => {
  it('slugs keep Hangul and replace spaces', () => {
    expect(tagSlug('손실 함수')).toBe('손실-함수');
    expect(tagSlug('CNN')).toBe('cnn');
  });
  it('indexes tags in Korean order (Hangul before Latin) and merges tags that slug alike', () => {
    const notes = [
      note('a', '2019-01-01', 'theory/memo', { tags: ['최적화', 'CNN'] }),
      note('b', '2018-01-01', 'theory/memo', { tags: ['cnn', '가중치'] }),
    ];
    const index = buildTagIndex(notes);
    expect(index.map((entry) => [entry.slug, entry.pages.map((n) => n.slug)])).toEqual([
      ['가중치', ['b']],
      ['최적화', ['a']],
      ['cnn', ['a', 'b']],
    ]);
  });
});

describe('glossary order', () => {
  it('sorts in 가나다 order by the Korean term', () => {
    const sorted = sortGlossary([
      { ko: '활성화 함수', en: 'activation' },
      { ko: '가중치', en: 'weight' },
      { ko: '배치 정규화', en: 'batch normalization' },
      { ko: '나이브 베이즈', en: 'naive Bayes' },
    ]);
    expect(sorted.map((t) => t.ko)).toEqual(['가중치', '나이브 베이즈', '배치 정규화', '활성화 함수']);
  });
});

describe('content ids', () => {
  it('uses the file name as the slug', () => {
    expect(createIdGenerator('content/notes')({ entry: 'loss-functions.md' })).toBe('loss-functions');
  });
  it('rejects two files with one slug, naming both', () => {
    const generate = createIdGenerator('content/notes');
    generate({ entry: 'augmix.md' });
    expect(generate({ entry: 'augmix.md' })).toBe('augmix');
    expect(() => generate({ entry: 'augmix.mdx' })).toThrow(
      'content/notes/augmix.mdx: duplicate slug "augmix", also used by content/notes/augmix.md',
    );
  });
  it('rejects file names that are not slugs', () => {
    expect(() => createIdGenerator('content/notes')({ entry: 'Loss Functions.md' })).toThrow(/not a valid slug/);
  });
});

describe('termsByPage', () => {
  it('inverts glossary links, keeping term order', async () => {
    const { termsByPage } = await import('../../src/lib/glossary');
    const map = termsByPage([
      { id: 'a', links: ['/notes/x/', '/notes/y/'] },
      { id: 'b', links: ['/notes/x/'] },
    ]);
    expect(map.get('/notes/x/')?.map((term) => term.id)).toEqual(['a', 'b']);
    expect(map.get('/notes/y/')?.map((term) => term.id)).toEqual(['a']);
    expect(map.has('/notes/z/')).toBe(false);
  });
});
