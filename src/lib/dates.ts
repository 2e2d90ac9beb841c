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
