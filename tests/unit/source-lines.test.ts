import { describe, expect, it } from 'vitest';
import { formatPlace, lineOffset } from '../../src/lib/source-lines';

describe('lineOffset', () => {
  const file = '---\ntitle: 가\ndate: 2019-01-01\n---\n\n본문 첫 줄\n둘째 줄\n';
  it('counts the lines before a trimmed .md body', () => {
    expect(lineOffset(file, '본문 첫 줄\n둘째 줄')).toBe(5);
  });
  it('is 0 when the rendered text is the whole file (MDX keeps frontmatter lines as spaces)', () => {
    expect(
      lineOffset(
        file,
        file.replace(/^---[^]*?---/, (m) => m.replace(/[^\n]/g, ' ')),
      ),
    ).toBe(0);
    expect(lineOffset('', '본문')).toBe(0);
  });
});

describe('formatPlace', () => {
  it('writes path:line:column with the offset added', () => {
    expect(formatPlace('content/notes/x.md', { line: 3, column: 7 }, 5)).toBe('content/notes/x.md:8:7');
    expect(formatPlace('content/notes/x.md', { line: 3 })).toBe('content/notes/x.md:3');
    expect(formatPlace('content/notes/x.md', undefined)).toBe('content/notes/x.md');
  });
});
