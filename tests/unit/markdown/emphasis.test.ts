// Korean emphasis: `**…**` and `~~…~~` close next to Hangul, parentheses and quotes.
import { describe, expect, it } from 'vitest';
import { html } from './render';

describe('emphasis next to Hangul', () => {
  it.each([
    ['**선형 수렴(linear convergence)**이라고 합니다.', '<strong>선형 수렴(linear convergence)</strong>이라고'],
    ['**조건부 무작위장(conditional random field, CRF)**은', '<strong>조건부 무작위장(conditional random field, CRF)</strong>은'],
    ['이것을 **“강건성”**이라고 부른다.', '<strong>“강건성”</strong>이라고'],
    ['*(선택)*입니다', '<em>(선택)</em>입니다'],
    ['~~(틀린 식)~~은 지운다', '<del>(틀린 식)</del>은'],
  ])('%s', async (markdown, expected) => {
    expect(await html(markdown)).toContain(expected);
  });

  it('leaves math and code alone', async () => {
    const out = await html('곱 $a**b$ 와 `x**2`는 그대로');
    expect(out).toContain('<code>x**2</code>');
    expect(out).toContain('class="katex"');
  });
});
