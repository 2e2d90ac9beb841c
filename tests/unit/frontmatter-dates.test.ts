import { describe, expect, it } from 'vitest';
import { restoreWrittenDates } from '../../src/lib/frontmatter-dates';

describe('restoreWrittenDates', () => {
  const file = '---\ntitle: 제목\ndate: 2019-13-45\nupdated: 2020-01-02\ntags: [a]\n---\n\n본문\n';

  it('puts the written text back where YAML made a Date, rolled over or not', () => {
    // What YAML 1.1 makes of the two dates above.
    const parsed = { title: '제목', date: new Date(Date.UTC(2019, 12, 45)), updated: new Date('2020-01-02'), tags: ['a'] };
    expect(restoreWrittenDates(parsed, file)).toEqual({ title: '제목', date: '2019-13-45', updated: '2020-01-02', tags: ['a'] });
  });

  it('leaves data without dates, and files without frontmatter, alone', () => {
    const data = { title: '제목', date: '2019-01-01' };
    expect(restoreWrittenDates(data, file)).toBe(data);
    const withDate = { date: new Date('2019-01-01') };
    expect(restoreWrittenDates(withDate, '본문만 있는 파일')).toBe(withDate);
  });

  it('reads Windows line endings', () => {
    const parsed = { date: new Date('2019-03-03') };
    expect(restoreWrittenDates(parsed, '---\r\ndate: 2019-02-31\r\n---\r\n본문')).toEqual({ date: '2019-02-31' });
  });
});
