import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  buildDictionary,
  entryToken,
  indexedPrefixes,
  keyCounts,
  longerNamesHolding,
  knownWordsOf,
  queryVariants,
  compoundParts,
  normalize,
  normalizeQuery,
  searchTerms as countedTerms,
  stripParticle,
  termTiers,
  TOKEN_MIN_MENTIONS,
  words,
  type Dictionary,
} from '../../src/lib/korean-search';

/** The terms of a text, with a token for every glossary term it mentions even once (as the glossary page has). */
const searchTerms = (text: string, dictionary: Dictionary, pageTerms: string[] = []) => [
  ...countedTerms({ title: '', text, pageTerms }, dictionary, undefined, 1).keys(),
];

describe('normalize', () => {
  it('applies NFC/NFKC, folds full-width forms and the multiplication sign, lowercases', () => {
    const decomposed = '합성곱'.normalize('NFD'); // as typed on some systems: separate jamo
    expect(decomposed).not.toBe('합성곱');
    expect(normalize(decomposed)).toBe('합성곱');
    expect(normalize('ＲｅＬＵ')).toBe('relu');
    expect(normalize('1×1')).toBe('1x1');
    expect(normalize('젠슨–섀넌')).toBe('젠슨-섀넌');
  });
});

describe('stripParticle', () => {
  it.each([
    ['모멘텀은', '모멘텀'],
    ['이상치에', '이상치'],
    ['증강을', '증강'],
    ['합성곱신경망의', '합성곱신경망'],
    ['손실함수는', '손실함수'],
    ['배치에서는', '배치'],
    ['정규화한다', '정규화'],
  ])('%s → %s', (word, stem) => expect(stripParticle(word)).toBe(stem));

  it('keeps a stem of at least two syllables and leaves Latin words alone', () => {
    expect(stripParticle('차이')).toBe('차이');
    expect(stripParticle('은')).toBe('은');
    expect(stripParticle('relu')).toBe('relu');
  });
});

describe('words and compounds', () => {
  it('separates Hangul from Latin runs', () => {
    expect(words('ReLU를 쓰는 ResNet-50은')).toEqual(['relu', '를', '쓰는', 'resnet', '50', '은']);
  });
  it('lists the inner parts of a compound, two syllables or more', () => {
    expect(compoundParts('합성곱신경망')).toEqual(['성곱신경망', '곱신경망', '신경망', '경망']);
    expect(compoundParts('함수')).toEqual([]);
  });
});

describe('searchTerms', () => {
  const dictionary = buildDictionary([
    { id: 'adam', variants: ['아담', 'Adam', 'Adaptive Moment Estimation'] },
    { id: 'residual-connection', variants: ['잔차 연결', 'residual connection', '잔차연결', 'skip connection'] },
    { id: 'se-block', variants: ['스퀴즈 익사이테이션', 'Squeeze-and-Excitation', 'SE'] },
  ]);

  it('adds stems, compound parts and unspaced Latin neighbours; Korean neighbours are joined by the query instead', () => {
    const terms = searchTerms('손실함수는 합성곱신경망의 잔차 연결을 쓴다. log softmax', buildDictionary([]));
    expect(terms).toEqual(expect.arrayContaining(['손실함수', '함수', '합성곱신경망', '신경망', 'logsoftmax']));
    expect(terms).not.toContain('잔차연결');
  });

  it('adds only the compound parts that are words somewhere on the site, when the site’s words are given', () => {
    const known = knownWordsOf(['손실함수는 함수의 한 종류입니다.', '합성곱신경망과 신경망을 비교합니다.']);
    expect(known.has('함수')).toBe(true);
    expect(known.has('실함수')).toBe(false);
    const terms = [...countedTerms({ title: '', text: '손실함수는 합성곱신경망의 잔차 연결을 쓴다' }, buildDictionary([]), known).keys()];
    expect(terms).toEqual(expect.arrayContaining(['손실함수', '함수', '합성곱신경망', '신경망']));
    expect(terms).not.toContain('실함수');
    expect(terms).not.toContain('곱신경망');
  });

  it('adds one token for a dictionary term found in the text in any spelling or spacing, not its aliases', () => {
    expect(searchTerms('옵티마이저로 Adam을 썼다', dictionary)).toContain(entryToken('adam'));
    expect(searchTerms('옵티마이저로 Adam을 썼다', dictionary)).not.toContain('아담');
    expect(searchTerms('잔차연결이 핵심', dictionary)).toContain(entryToken('residual-connection'));
    expect(searchTerms('squeeze-and-excitation 블록', dictionary)).toContain(entryToken('se-block'));
  });

  it('does not count a term inside the longer name of another term', () => {
    const blocks = buildDictionary([
      { id: 'residual-block', variants: ['잔차 블록', 'residual block'] },
      { id: 'inverted-residual', variants: ['역잔차 블록', 'inverted residual block'] },
    ]);
    const residual = entryToken('residual-block');
    expect(searchTerms('MobileNet V2는 역잔차 블록을 씁니다.', blocks)).not.toContain(residual);
    expect(searchTerms('MobileNet V2는 역잔차 블록을 씁니다.', blocks)).toContain(entryToken('inverted-residual'));
    const counts = countedTerms(
      { title: '', text: '역잔차 블록은 잔차 블록을 뒤집은 것이고, 잔차 블록은 ResNet의 것입니다.' },
      blocks,
      undefined,
      1,
    );
    expect(counts.get(residual)).toBe(2);
  });

  it('matches short Latin aliases only as whole words', () => {
    expect(searchTerms('the model uses a base network', dictionary)).not.toContain(entryToken('se-block'));
    expect(searchTerms('SE 블록을 붙인다', dictionary)).toContain(entryToken('se-block'));
  });

  it('splits hyphenated words into parts and a joined form', () => {
    expect(searchTerms('젠슨-섀넌 발산과 depth-wise 합성곱', buildDictionary([]))).toEqual(
      expect.arrayContaining(['젠슨', '섀넌', '젠슨섀넌', 'depth', 'wise', 'depthwise']),
    );
  });

  it('includes the page terms and adds nothing for a text without matches', () => {
    expect(searchTerms('짧은 글', dictionary, ['Huber loss'])).toEqual(expect.arrayContaining(['huber', 'loss', 'huberloss']));
    expect(searchTerms('짧은 글', dictionary)).not.toContain(entryToken('adam'));
  });
});

describe('term weights', () => {
  const dictionary = buildDictionary([{ id: 'mobilenet', variants: ['모바일넷', 'MobileNet'] }]);
  const token = entryToken('mobilenet');
  it('counts how often a term occurs and counts the title most', () => {
    expect(countedTerms({ title: '', text: 'MobileNet 이야기. 모바일넷은 작다.' }, dictionary, undefined, 1).get(token)).toBe(2);
    expect(countedTerms({ title: 'MobileNet', text: '작은 네트워크' }, dictionary).get(token)).toBe(101);
    expect(countedTerms({ title: '', headings: 'MobileNet의 구조', text: 'MobileNet의 구조' }, dictionary).get(token)).toBe(21);
  });
  it('gives a token only to a term mentioned at least TOKEN_MIN_MENTIONS times or named by a heading or the title', () => {
    expect(TOKEN_MIN_MENTIONS).toBe(3);
    expect(countedTerms({ title: '', text: 'MobileNet 이야기. 모바일넷은 작다.' }, dictionary).has(token)).toBe(false);
    expect(countedTerms({ title: '', text: 'MobileNet 이야기. 모바일넷은 작다. MobileNet V2' }, dictionary).get(token)).toBe(3);
    expect(countedTerms({ title: '', headings: 'MobileNet', text: 'MobileNet' }, dictionary).get(token)).toBe(21);
    expect(countedTerms({ title: 'MobileNet', text: '작은 네트워크' }, dictionary).get(token)).toBe(101);
  });
  it('puts frequent terms into more tiers', () => {
    const tiers = termTiers(
      new Map([
        ['드묾', 1],
        ['보통', 3],
        ['핵심', 12],
        ['제목', 101],
      ]),
    );
    expect(tiers).toEqual([['드묾', '보통', '핵심', '제목'], ['보통', '핵심', '제목'], ['핵심', '제목'], ['제목'], ['제목'], ['제목']]);
  });
  it('leaves words the text already has out of the frequency tiers, not out of the heading and title tiers', () => {
    const counts = new Map([
      ['손실함수', 12],
      ['함수', 12],
      ['제목', 101],
    ]);
    const inText = indexedPrefixes('손실함수는 (제목)입니다');
    expect(termTiers(counts, inText)).toEqual([['함수'], ['함수'], ['함수'], ['제목'], ['제목'], ['제목']]);
  });
});

describe('longerNamesHolding', () => {
  it('lists the longer names of other terms that hold a name, each once', () => {
    const names: [string, string][] = [
      ['잔차블록', 'residual'],
      ['역잔차블록', 'inverted'],
      ['역잔차블록', 'other'],
      ['잔차블록들', 'residual'],
    ];
    expect(longerNamesHolding(['잔차블록'], names, ['residual'])).toEqual(['역잔차블록']);
    expect(longerNamesHolding(['블록'], names, [])).toEqual(['잔차블록', '역잔차블록', '잔차블록들']);
  });
});

describe('keyCounts', () => {
  it('counts every key in one pass as splitting the text at it would', () => {
    const dictionary = buildDictionary([
      { id: 'residual-block', variants: ['잔차 블록'] },
      { id: 'inverted-residual-block', variants: ['역잔차 블록'] },
      { id: 'aa', variants: ['aa', 'a'] },
    ]);
    const text = '잔차블록과역잔차블록그리고aaaaa';
    const counts = keyCounts(text, dictionary);
    for (const key of ['잔차블록', '역잔차블록', 'aa']) expect(counts.get(key), key).toBe(text.split(key).length - 1);
    expect(counts.get('잔차블록')).toBe(2);
    expect(counts.get('aa')).toBe(2);
    expect(counts.has('a')).toBe(false); // one-letter keys are not keys
    expect(keyCounts('', dictionary).size).toBe(0);
  });
});

describe('indexedPrefixes', () => {
  it('holds every start of every word as Pagefind splits and folds the text', () => {
    const prefixes = indexedPrefixes('손실함수는, (ReLU를) 쓴다');
    expect([...prefixes]).toEqual(expect.arrayContaining(['손', '손실함수', '손실함수는', 'r', 'relu', 'relu를', '쓴다']));
    expect(prefixes.has('함수')).toBe(false);
    expect(prefixes.has('를')).toBe(false);
  });
});

describe('entryToken', () => {
  it('is one short lowercase word of a fixed length, the same for the same id', () => {
    expect(entryToken('batch-normalization')).toMatch(/^ζ[a-z0-9]{7}$/);
    expect(entryToken('a')).toHaveLength(8);
    expect(entryToken('adam')).toBe(entryToken('adam'));
    expect(entryToken('adamw')).not.toBe(entryToken('adam'));
  });
  it('can never be reached by what a reader types', () => {
    const token = entryToken('adam');
    expect(normalizeQuery(token)).not.toContain(token);
    expect(normalizeQuery(`ζ ${token.slice(0, 3)}`).startsWith('ζ')).toBe(false);
  });
  it('differs for every term of the glossary', () => {
    const ids = (parse(readFileSync('content/glossary.yaml', 'utf8')) as { id: string }[]).map((term) => term.id);
    expect(new Set(ids.map(entryToken)).size).toBe(ids.length);
  });
});

describe('normalizeQuery', () => {
  it('normalizes the query the way the index is built', () => {
    expect(normalizeQuery('인셉션 모듈을')).toBe('인셉션 모듈');
    expect(normalizeQuery('데이터 증강을')).toBe('데이터 증강');
    expect(normalizeQuery('ＲＭＳＰｒｏｐ')).toBe('rmsprop');
    expect(normalizeQuery('1×1 합성곱')).toBe('1x1 합성곱');
    expect(normalizeQuery('젠슨-섀넌')).toBe('젠슨 섀넌');
    expect(normalizeQuery('  ')).toBe('');
  });
});

describe('containsAllWords', () => {
  it('accepts results that contain every query word as a word start', async () => {
    const { containsAllWords } = await import('../../src/lib/korean-search');
    expect(containsAllWords('손실 함수', '손실함수는 손실 함수의 일종')).toBe(true);
    expect(containsAllWords('모멘텀', 'Momentum 모멘텀은 관성')).toBe(true);
    expect(containsAllWords('quaternion', 'Q. V. Le, quantization')).toBe(false);
    expect(containsAllWords('트랜스포머디코더', '트랜스포머 계열')).toBe(false);
    expect(containsAllWords('', '무엇이든')).toBe(false);
  });
  it('accepts an entry token only as a whole word of the terms', async () => {
    const { containsAllWords } = await import('../../src/lib/korean-search');
    const adam = entryToken('adam');
    expect(containsAllWords(`${adam} 학습률`, `학습률을 줄인다 ${entryToken('sgd')} ${adam}`)).toBe(true);
    expect(containsAllWords(adam, `${entryToken('sgd')} ${adam}x`)).toBe(false);
  });
});

describe('queryVariants', () => {
  it('adds each split of a long Hangul word into two words of two syllables or more, the query first', () => {
    expect(queryVariants('잔차블록')).toEqual(['잔차블록', '잔차 블록']);
    expect(queryVariants('배치정규화')).toEqual(['배치정규화', '배치 정규화', '배치정 규화']);
    expect(queryVariants('adam 옵티마이저')).toEqual(['adam 옵티마이저', 'adam 옵티 마이저', 'adam 옵티마 이저']);
  });

  it('leaves short words, Latin words and already spaced queries alone', () => {
    expect(queryVariants('손실 가중치')).toEqual(['손실 가중치']);
    expect(queryVariants('logsoftmax')).toEqual(['logsoftmax']);
  });

  it('searches at most eight readings', () => {
    expect(queryVariants('가나다라마바사아자차카타')).toHaveLength(8);
  });
});
