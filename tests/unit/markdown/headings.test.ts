// Body `#` headings move down one level, with one warning per note; bodies that start at ## are untouched.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from './render';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('body headings', () => {
  it('shifts every heading down one level when the body uses #, and warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = await render('# 개요\n\n글.\n\n## 세부\n\n### 더 세부\n\n# 정리\n\n###### 가장 깊은\n', {
      path: '/site/content/notes/shifted.md',
    });
    expect(result.metadata.headings.map(({ depth, text }) => [depth, text])).toEqual([
      [2, '개요'],
      [3, '세부'],
      [4, '더 세부'],
      [2, '정리'],
      [6, '가장 깊은'],
    ]);
    expect(result.code).not.toMatch(/<h1/);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/^\/site\/content\/notes\/shifted\.md:1:1: warning: the body uses # headings/);
  });

  it('leaves a body that starts at ## as written, without a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = await render('## 개요\n\n### 세부\n');
    expect(result.metadata.headings.map(({ depth }) => depth)).toEqual([2, 3]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('does not count # inside code or math', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = await render('## 코드\n\n```sh\n# 주석\n```\n');
    expect(result.metadata.headings.map(({ depth }) => depth)).toEqual([2]);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('a first # heading that repeats the title', () => {
  it('is dropped, without a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = await render('# 모멘텀\n\n본문.\n\n## 관성\n', { frontmatter: { title: '모멘텀' } });
    expect(result.metadata.headings.map(({ depth, text }) => [depth, text])).toEqual([[2, '관성']]);
    expect(warn).not.toHaveBeenCalled();
  });
});
