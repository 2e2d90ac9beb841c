import { describe, expect, it } from 'vitest';
import { formatApproximateKoreanDate, formatKoreanDate, formatKoreanMonth, isoDay, parseCalendarDay } from '../../src/lib/dates';

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

  it('reads a real calendar day written as YYYY-MM-DD', () => {
    expect(parseCalendarDay('2018-10-21')?.toISOString()).toBe('2018-10-21T00:00:00.000Z');
    expect(parseCalendarDay('2020-02-29')?.toISOString()).toBe('2020-02-29T00:00:00.000Z');
  });
  it('rejects days that are not on the calendar instead of rolling them over', () => {
    for (const text of ['2019-13-45', '2019-02-30', '2019-02-29', '2019-00-10', '2019-04-31', '2019-01-00']) {
      expect(parseCalendarDay(text), text).toBeUndefined();
    }
  });
  it('rejects other spellings of a date', () => {
    for (const text of ['2019-1-5', '2019/01/05', '20190105', 'March 5, 2019', '2019-01-05T10:00:00Z', '어제', '']) {
      expect(parseCalendarDay(text), text).toBeUndefined();
    }
  });
});
