import { describe, expect, it } from 'vitest';
import { entryToken } from '../../src/lib/korean-search';
import {
  aliasQueries,
  describeResult,
  entryQueries,
  excerpt,
  findMatches,
  isOnlyParticles,
  orderedResults,
  planForms,
  planQuery,
  rankResults,
  sectionsOf,
  type AliasEntry,
  type ResultData,
} from '../../src/lib/search-passages';

const entries: AliasEntry[] = [
  { id: 'adam', variants: ['아담', 'Adam', 'adaptive moment estimation'], links: ['/notes/optimizers/'] },
  { id: 'residual-block', variants: ['잔차 블록', 'residual block'], links: ['/architectures/resnet/'] },
  { id: 'squeeze-excitation', variants: ['SE 블록', 'SE'], links: [] },
];

const marked = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]);
const matchedText = (text: string, query: string) =>
  findMatches(text, planQuery(query, entries)).map(({ start, end }) => text.slice(start, end));

describe('findMatches', () => {
  it('finds a Hangul word inside a compound with a particle', () => {
    expect(matchedText('손실함수는 작을수록 좋다', '함수')).toEqual(['함수']);
  });
  it('ignores spacing and hyphens in either direction', () => {
    expect(matchedText('잔차 블록을 쌓는다', '잔차블록')).toEqual(['잔차 블록']);
    expect(matchedText('잔차블록을 쌓는다', '잔차 블록')).toContain('잔차블록');
    expect(matchedText('depth-wise 합성곱', 'depthwise')).toEqual(['depth-wise']);
  });
  it('strips the particle of the query and finds glossary aliases', () => {
    expect(matchedText('Adam은 모멘텀을 쓴다', '아담은')).toEqual(['Adam']);
    expect(matchedText('adaptive moment estimation', '아담')).toEqual(['adaptive moment estimation']);
  });
  it('matches Latin forms at word starts, short ones as whole words only', () => {
    expect(matchedText('AdamW와 Adam', '아담')).toEqual(['Adam', 'Adam']);
    expect(matchedText('baseline', 'SE 블록')).toEqual([]);
    expect(matchedText('SE 블록과 use', 'SE')).toContain('SE');
    expect(matchedText('use', 'SE')).toEqual([]);
    expect(matchedText('nonadam', 'adam')).toEqual([]);
  });
  it('does not take a term inside the longer name of another term, but a plain word inside any compound', () => {
    const blocks: AliasEntry[] = [
      { id: 'residual-block', variants: ['잔차 블록', 'residual block'], links: [] },
      { id: 'inverted-residual', variants: ['역잔차 블록', 'inverted residual block'], links: [] },
    ];
    const text = '역잔차 블록은 잔차 블록을 뒤집은 것입니다.';
    expect(findMatches(text, planQuery('잔차블록', blocks)).map(({ start, end }) => text.slice(start, end))).toEqual(['잔차 블록']);
    expect(matchedText('손실함수는', '함수')).toEqual(['함수']);
    // Without a 잔차 블록 entry, "잔차블록" is no part of the name "역잔차 블록": it starts inside a word.
    expect(entryQueries(planQuery('잔차블록', [blocks[1]!]))).toEqual([]);
    expect(entryQueries(planQuery('residual block', [blocks[1]!]))).toEqual([entryToken('inverted-residual')]);
  });
  it('matches the words of a multi-word query together and apart', () => {
    const plan = planQuery('손실 가중치', entries);
    const groups = findMatches('손실 가중치와 손실의 가중치', plan).map((match) => match.group);
    expect(groups).toContain(-1); // the phrase
    expect(groups.filter((group) => group === 0)).toHaveLength(2);
  });
  it('takes the forms a result link passes as they are', () => {
    expect(findMatches('Adam과 아담', planForms(['adam']))).toHaveLength(1);
  });
});

describe('entryQueries', () => {
  it('searches the token of the term the whole query names, in any spelling', () => {
    expect(entryQueries(planQuery('아담을', entries))).toEqual([entryToken('adam')]);
    expect(entryQueries(planQuery('Residual Block', entries))).toEqual([entryToken('residual-block')]);
    expect(entryQueries(planQuery('잔차블록', entries))).toEqual([entryToken('residual-block')]);
  });
  it('takes a part of one term’s names as that term, of two or three terms as each of them, of more as none', () => {
    expect(entryQueries(planQuery('moment estimation', entries))).toEqual([entryToken('adam')]);
    const norms: AliasEntry[] = [
      { id: 'batch-normalization', variants: ['배치 정규화'], links: [] },
      { id: 'layer-normalization', variants: ['층 정규화'], links: [] },
    ];
    expect(entryQueries(planQuery('정규화', norms))).toEqual([entryToken('batch-normalization'), entryToken('layer-normalization')]);
    const many: AliasEntry[] = ['배치', '층', '그룹', '인스턴스'].map((name) => ({ id: name, variants: [`${name} 정규화`], links: [] }));
    expect(entryQueries(planQuery('정규화', many))).toEqual([]);
    expect(entryQueries(planQuery('배치정규', norms))).toEqual([entryToken('batch-normalization')]);
  });
  it('replaces only the words that name a term, and is empty when none does', () => {
    expect(entryQueries(planQuery('아담 학습률', entries))).toEqual([`${entryToken('adam')} 학습률`]);
    expect(entryQueries(planQuery('학습률 감쇠', entries))).toEqual([]);
  });
});

describe('aliasQueries', () => {
  it('searches the Korean and English names of the term the whole query names, not the typed one', () => {
    expect(aliasQueries(planQuery('아담을', entries))).toEqual(['adam']);
    expect(aliasQueries(planQuery('adaptive moment estimation', entries))).toEqual(['아담', 'adam']);
    expect(aliasQueries(planQuery('잔차블록', entries))).toEqual(['residual block']); // "잔차 블록" is a spaced reading
  });
  it('replaces one named word at a time and keeps the other words as typed', () => {
    expect(aliasQueries(planQuery('아담 학습률', entries))).toEqual(['adam 학습률']);
  });
  it('searches the names of the two or three terms a query is part of, four searches at most', () => {
    const norms: AliasEntry[] = [
      { id: 'batch-normalization', variants: ['배치 정규화', 'batch normalization', 'batchnorm'], links: [] },
      { id: 'layer-normalization', variants: ['층 정규화', 'layer normalization'], links: [] },
      { id: 'group-normalization', variants: ['그룹 정규화'], links: [] },
    ];
    expect(aliasQueries(planQuery('정규화', norms))).toEqual(['배치 정규화', 'batch normalization', '층 정규화', 'layer normalization']);
  });
  it('leaves out names too short to search by their start, and is empty when the query names no term', () => {
    expect(aliasQueries(planQuery('SE 블록', entries))).toEqual([]);
    expect(aliasQueries(planQuery('학습률 감쇠', entries))).toEqual([]);
  });
});

describe('isOnlyParticles', () => {
  it('rejects a query of particles only', () => {
    expect(isOnlyParticles('는')).toBe(true);
    expect(isOnlyParticles('에서')).toBe(true);
    expect(isOnlyParticles('손실')).toBe(false);
    expect(isOnlyParticles('손실은')).toBe(false);
  });
});

describe('excerpt', () => {
  it('shows the passage around the match with the matched words marked and text escaped', () => {
    const text = `${'앞의 이야기 '.repeat(30)}여기서 <b>손실 함수</b>를 정의합니다. ${'뒤의 이야기 '.repeat(30)}`;
    const html = excerpt(text, findMatches(text, planQuery('손실함수', entries)));
    expect(marked(html)).toEqual(['손실 함수']);
    expect(html).toContain('&#60;b&#62;');
    expect(html.startsWith('… ')).toBe(true);
    expect(html.endsWith(' …')).toBe(true);
  });
  it('prefers the place where the words of the query stand together', () => {
    const text = `손실이 크다. ${'다른 이야기 '.repeat(40)}손실 가중치를 정한다.`;
    expect(excerpt(text, findMatches(text, planQuery('손실 가중치', entries)))).toContain('<mark>손실 가중치</mark>');
  });
});

const optimizers: ResultData = {
  url: '/study-notes/notes/optimizers/',
  content:
    '옵티마이저 소개. 모멘텀 설명 문단. Adagrad 설명. Adam 은 모멘텀과 RMSProp을 합친다. Adam 식. AdamW: 분리된 가중치 감쇠 AdamW는 Adam과 다르다.',
  anchors: [
    { element: 'h2', id: 'momentum', text: '모멘텀', location: 2 },
    { element: 'h2', id: 'adam', text: 'Adam', location: 7 },
    { element: 'h2', id: 'adamw', text: 'AdamW: 분리된 가중치 감쇠', location: 14 },
  ],
  meta: { title: 'optimizers', description: 'SGD부터 AdamW까지 옵티마이저를 비교한다.' },
};

describe('sectionsOf', () => {
  it('splits the content at headings, keeping the introduction', () => {
    const sections = sectionsOf(optimizers.content, optimizers.anchors!);
    expect(sections.map((section) => section.id)).toEqual([undefined, 'momentum', 'adam', 'adamw']);
    expect(optimizers.content.slice(sections[2]!.start, sections[2]!.end)).toMatch(/^Adam 은/);
  });
  it('splits at other ids when a page has no headings (glossary entries)', () => {
    const sections = sectionsOf('아담 Adam 정의. 잔차 블록 residual block 정의.', [
      { element: 'div', id: 'adam', text: '', location: 0 },
      { element: 'div', id: 'residual-block', text: '', location: 3 },
    ]);
    expect(sections.map((section) => section.id)).toEqual(['adam', 'residual-block']);
  });
});

describe('describeResult', () => {
  it('links to the section that names the term exactly, with up to three sections', () => {
    const shown = describeResult(optimizers, planQuery('아담', entries), entries);
    expect(shown.section?.url).toBe('/study-notes/notes/optimizers/#adam');
    expect(shown.section?.heading).toBe('Adam');
    expect(shown.sections.length).toBeLessThanOrEqual(3);
    expect(marked(shown.excerpt)).toContain('Adam');
    expect(shown.topic).toBe(true); // the glossary links the term to this page
  });
  it('falls back to the description when the term is only in the title or metadata', () => {
    const shown = describeResult(optimizers, planQuery('optimizers', entries), entries);
    expect(shown.section).toBeUndefined();
    expect(shown.inText).toBe(false);
    expect(shown.excerpt).toBe('SGD부터 AdamW까지 옵티마이저를 비교한다.');
  });
  it('links a glossary hit to the entry, its heading the term, its excerpt the definition', () => {
    const glossary: ResultData = {
      url: '/glossary/',
      content: '아담 Adam 모멘텀과 RMSProp을 합친 옵티마이저. 잔차 블록 residual block 입력을 더하는 블록.',
      anchors: [
        { element: 'div', id: 'adam', text: '', location: 0 },
        { element: 'div', id: 'residual-block', text: '', location: 6 },
      ],
      meta: { title: '용어집' },
    };
    const shown = describeResult(glossary, planQuery('잔차블록', entries), entries);
    expect(shown.section?.url).toBe('/glossary/#residual-block');
    expect(shown.section?.heading).toBe('잔차 블록 residual block');
    expect(shown.excerpt).toBe('<mark>잔차 블록</mark> <mark>residual block</mark> 입력을 더하는 블록.');
    expect(shown.topic).toBe(false);
  });
});

describe('rankResults', () => {
  const result = (url: string, signals: Partial<{ topic: boolean; together: boolean; inText: boolean; strength: number }>) => ({
    shown: {
      ...describeResult({ url, content: '', meta: {} }, planQuery('x')),
      topic: false,
      together: false,
      inText: true,
      strength: 1,
      ...signals,
    },
  });
  it('puts the page about the term first, pages with the words together next, hidden-term matches last', () => {
    const ranked = rankResults([
      result('/a/', { inText: false }),
      result('/b/', {}),
      result('/c/', { together: true }),
      result('/d/', { topic: true }),
    ]);
    expect(ranked.map(({ shown }) => shown.url)).toEqual(['/d/', '/c/', '/b/', '/a/']);
  });
  it('keeps the glossary out of the first five, below the pages that explain the term', () => {
    const pages = ['/1/', '/2/', '/3/', '/4/', '/5/', '/6/'].map((url) => result(url, {}));
    const ranked = rankResults([result('/glossary/', { topic: false }), ...pages]);
    expect(ranked.findIndex(({ shown }) => shown.url === '/glossary/')).toBe(5);
    expect(rankResults([result('/glossary/', {}), result('/1/', {})]).map(({ shown }) => shown.url)).toEqual(['/1/', '/glossary/']);
  });
  it('orders pages that mention the term by how often, then by Pagefind', () => {
    const ranked = rankResults([result('/few/', { strength: 1 }), result('/many/', { strength: 9 }), result('/few2/', { strength: 1 })]);
    expect(ranked.map(({ shown }) => shown.url)).toEqual(['/many/', '/few/', '/few2/']);
  });
});

describe('orderedResults', () => {
  it('keeps the highest score first and orders equal scores by fragment id, whatever order Pagefind gave', () => {
    const results = [
      { id: 'ko_c3', score: 2 },
      { id: 'ko_b2', score: 5 },
      { id: 'ko_a1', score: 2 },
      { id: 'ko_d4', score: 2.5 },
    ];
    const expected = ['ko_b2', 'ko_d4', 'ko_a1', 'ko_c3'];
    expect(orderedResults(results).map(({ id }) => id)).toEqual(expected);
    expect(orderedResults([...results].reverse()).map(({ id }) => id)).toEqual(expected);
    expect(results[0]!.id).toBe('ko_c3'); // the input is left as it was
  });
});
