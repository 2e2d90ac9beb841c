// Korean date formatting. Frontmatter dates are calendar days, parsed as UTC midnight, so format in UTC.

const dayFormat = new Intl.DateTimeFormat('ko-KR', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('ko-KR', { year: 'numeric', month: 'long', timeZone: 'UTC' });

/** "2018년 10월 21일" */
export function formatKoreanDate(date: Date): string {
  return dayFormat.format(date);
}

/** "2019년 12월경": for posts whose exact day is unknown. */
export function formatApproximateKoreanDate(date: Date): string {
  return `${monthFormat.format(date)}경`;
}

/** "2018년 10월" */
export function formatKoreanMonth(date: Date): string {
  return monthFormat.format(date);
}

/** "2018-10-21", the machine-readable form for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A calendar day written exactly as YYYY-MM-DD, as UTC midnight; undefined when the text is not in
 * that form or names a day that does not exist (2019-13-45, 2019-02-30). `new Date()` and YAML both
 * roll such days over into another date without a word, which is why they are checked here.
 */
export function parseCalendarDay(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : undefined;
}
