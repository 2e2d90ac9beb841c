import { describe, expect, it } from 'vitest';
import { HANGUL_SYLLABLES_PER_MINUTE, koreanProseLength, readingTime } from '../../src/lib/reading-time';

describe('readingTime', () => {
  it('counts Hangul syllables, not spaced words or syllables as words', () => {
    const text = '가'.repeat(HANGUL_SYLLABLES_PER_MINUTE * 3);
    expect(readingTime(text)).toEqual({ minutes: 3, hangulSyllables: 1500, latinWords: 0 });
    // Splitting the same syllables into many short words does not change the time.
    const spaced = Array.from({ length: 750 }, () => '가가').join(' ');
    expect(readingTime(spaced).minutes).toBe(3);
  });

  it('adds English words at their own pace and ignores code, math, comments and URLs', () => {
    const body = [
      '가'.repeat(500),
      'word '.repeat(200),
      '```python\n' + '코드'.repeat(5000) + '\n```',
      '$$' + '\\text{수식}'.repeat(999) + '$$',
      '<!-- figure: x | 그림 설명 -->',
      '[링크](https://example.org/긴주소)',
    ].join('\n');
    const result = readingTime(body);
    expect(result.hangulSyllables).toBe(502);
    expect(result.latinWords).toBe(200);
    expect(result.minutes).toBe(2);
  });

  it('never reports less than one minute', () => {
    expect(readingTime('짧다').minutes).toBe(1);
  });

  it('measures Korean prose length for content checks', () => {
    expect(koreanProseLength('---\ntitle: 제목\n---\n본문 $수식$ 입니다')).toBe(5);
  });
});
