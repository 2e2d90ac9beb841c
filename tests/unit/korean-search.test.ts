import { describe, expect, it } from 'vitest';
import {
  buildDictionary,
  knownWordsOf,
  queryVariants,
  compoundParts,
  normalize,
  normalizeQuery,
  searchTerms as countedTerms,
  stripParticle,
  termTiers,
  words,
  type Dictionary,
} from '../../src/lib/korean-search';

const searchTerms = (text: string, dictionary: Dictionary, pageTerms: string[] = []) => [
  ...countedTerms({ title: '', text, pageTerms }, dictionary).keys(),
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
    { variants: ['아담', 'Adam', 'Adaptive Moment Estimation'] },
    { variants: ['잔차 연결', 'residual connection', '잔차연결', 'skip connection'] },
    { variants: ['스퀴즈 익사이테이션', 'Squeeze-and-Excitation', 'SE'] },
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

  it('adds every alias of a dictionary term found in the text, in any spacing', () => {
    expect(searchTerms('옵티마이저로 Adam을 썼다', dictionary)).toEqual(
      expect.arrayContaining(['아담', 'adaptive', 'moment', 'estimation']),
    );
    expect(searchTerms('잔차연결이 핵심', dictionary)).toEqual(
      expect.arrayContaining(['residual', 'connection', 'residualconnection', '잔차', '연결']),
    );
    expect(searchTerms('squeeze-and-excitation 블록', dictionary)).toEqual(
      expect.arrayContaining(['스퀴즈', '익사이테이션', '스퀴즈익사이테이션']),
    );
  });

  it('matches short Latin aliases only as whole words', () => {
    expect(searchTerms('the model uses a base network', dictionary)).not.toContain('스퀴즈');
    expect(searchTerms('SE 블록을 붙인다', dictionary)).toContain('스퀴즈');
  });

  it('splits hyphenated words into parts and a joined form', () => {
    expect(searchTerms('젠슨-섀넌 발산과 depth-wise 합성곱', buildDictionary([]))).toEqual(
      expect.arrayContaining(['젠슨', '섀넌', '젠슨섀넌', 'depth', 'wise', 'depthwise']),
    );
  });

  it('includes the page terms and adds nothing for a text without matches', () => {
    expect(searchTerms('짧은 글', dictionary, ['Huber loss'])).toEqual(expect.arrayContaining(['huber', 'loss', 'huberloss']));
    expect(searchTerms('짧은 글', dictionary)).not.toContain('아담');
  });
});

describe('term weights', () => {
  const dictionary = buildDictionary([{ variants: ['모바일넷', 'MobileNet'] }]);
  it('counts how often a term occurs and counts the title most', () => {
    expect(countedTerms({ title: '', text: 'MobileNet 이야기. MobileNet은 작다.' }, dictionary).get('모바일넷')).toBe(2);
    expect(countedTerms({ title: 'MobileNet', text: '작은 네트워크' }, dictionary).get('모바일넷')).toBe(101);
    expect(countedTerms({ title: '', headings: 'MobileNet의 구조', text: 'MobileNet의 구조' }, dictionary).get('모바일넷')).toBe(21);
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
