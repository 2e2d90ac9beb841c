import { describe, expect, it } from 'vitest';
import { formatApproximateKoreanDate, formatKoreanDate, formatKoreanMonth, isoDay } from '../../src/lib/dates';

describe('Korean dates', () => {
  const day = new Date('2018-10-21T00:00:00Z');
  it('formats a calendar day in Korean', () => {
    expect(formatKoreanDate(day)).toBe('2018년 10월 21일');
    expect(formatKoreanDate(new Date('2019-01-08T00:00:00Z'))).toBe('2019년 1월 8일');
  });
  it('marks approximate dates with 경 and no day', () => {
    expect(formatApproximateKoreanDate(new Date('2019-12-27T00:00:00Z'))).toBe('2019년 12월경');
  });
  it('formats months and ISO days in UTC, whatever the machine time zone', () => {
    expect(formatKoreanMonth(day)).toBe('2018년 10월');
    expect(isoDay(new Date('2018-12-31T00:00:00Z'))).toBe('2018-12-31');
  });
});
