import { describe, expect, it } from 'vitest';
import { html } from './render';

describe('typographic quotes, dashes and ellipses (SmartyPants on the blocks that need it)', () => {
  it.each([
    ['그는 "강건성"이라고 불렀다.', '그는 “강건성”이라고'],
    ["'작은' 따옴표와 it's", '‘작은’ 따옴표와 it’s'],
    ['"**굵은 인용**"도 짝을 맞춘다', '“<strong>굵은 인용</strong>”도'],
    ['범위 1--3... 끝', '범위 1—3… 끝'],
    ['- 목록 안의 "인용"', '<li>목록 안의 “인용”</li>'],
  ])('%s', async (markdown, expected) => {
    expect(await html(markdown)).toContain(expected);
  });

  it('leaves code alone and blocks without those characters as they are', async () => {
    const out = await html('따옴표 없는 문단입니다.\n\n`"코드"`와 "글"\n\n```\nx = "a"\n```');
    expect(out).toContain('<p>따옴표 없는 문단입니다.</p>');
    expect(out).toContain('<code>"코드"</code>와 “글”');
    expect(out).toContain('x = "a"');
  });
});
