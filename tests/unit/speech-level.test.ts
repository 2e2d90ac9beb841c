// The speech-level rule: plain 한다체 endings in a page's prose are found; code, math, headings,
// checklist items, quotations and frontmatter data are not looked at.
import { describe, expect, it } from 'vitest';
import { lintPageText } from '../../src/lint/term-check';
import { isQuotation, plainEndings, politeForm } from '../../src/lint/speech-level';
import type { LintNode } from '../../src/lint/markdown';

const speech = async (text: string, file = 'content/notes/example.md') =>
  (await lintPageText(text, file, []))
    .filter((violation) => violation.rule === 'speech-level')
    .map((violation) => `${violation.line}:${/"([^"]+)"/.exec(violation.message)![1]}`);

describe('politeForm', () => {
  it.each([
    ['한다', '합니다'],
    ['된다', '됩니다'],
    ['만든다', '만듭니다'],
    ['않는다', '않습니다'],
    ['이다', '입니다'],
    ['것이다', '것입니다'],
    ['있다', '있습니다'],
    ['했다', '했습니다'],
    ['없다', '없습니다'],
    ['아니다', '아닙니다'],
  ])('%s → %s', (plain, polite) => expect(politeForm(plain)).toBe(polite));
  it('offers both readings for a vowel-final stem (verb or noun + copula)', () => {
    expect(politeForm('구조다')).toBe('구좁니다" 또는 "구조입니다');
  });
});

describe('plainEndings', () => {
  it('finds plain endings before . ! ? : and at the end of a block', () => {
    expect(plainEndings('값이 작다. 그래서 빠르다! 정리하면 다음과 같다:\n목록').map((e) => e.word)).toEqual(['작다', '빠르다', '같다']);
    expect(plainEndings('표의 칸은 문장이 아니어도 된다').map((e) => e.word)).toEqual(['된다']);
    expect(plainEndings('(이는 논문의 값이다.)').map((e) => e.word)).toEqual(['값이다']);
  });
  it('leaves polite endings, 아니다 aside', () => {
    expect(plainEndings('작습니다. 입니다. 합시다. 봅시다. 아닙니다.')).toEqual([]);
    expect(plainEndings('그렇지 않습니다. 이것은 답이 아니다.').map((e) => e.word)).toEqual(['아니다']);
  });
  it('leaves quotations and questions a page asks itself', () => {
    expect(plainEndings('논문은 "깊을수록 좋다."라고 썼습니다. 무엇이 달라지는가?')).toEqual([]);
  });
  it('finds the plain hortative but not nouns ending in 자', () => {
    expect(plainEndings('입력이 양수라고 가정하자. 35×35 격자.').map((e) => e.word)).toEqual(['가정하자']);
  });
});

describe('isQuotation', () => {
  const quote = (raw: string) =>
    ({ type: 'BlockQuote', raw, range: [0, raw.length], loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } } }) as LintNode;
  it('knows a quotation by its quotation mark or attribution line', () => {
    expect(isQuotation(quote('> "단순한 것이 낫다."'))).toBe(true);
    expect(isQuotation(quote('> 측정하지 않으면 개선할 수 없다.\n>\n> — 피터 드러커'))).toBe(true);
    expect(isQuotation(quote('> 참고: 이 값은 논문 표 2의 값이다.'))).toBe(false);
  });
});

describe('the speech-level rule on a page', () => {
  const page = [
    '---',
    "title: '보기 노트'",
    "description: '옵티마이저를 비교한다.'",
    "nameKo: '이름이다'",
    'params:',
    "  - { variant: 'A', value: 1, source: 'https://example.com/', note: '논문 값이다' }",
    '---',
    '',
    '## 왜 깊이가 중요한가다',
    '',
    '첫 문장은 합니다체입니다. 둘째 문장은 한다체이다. 수식 $x$이다.',
    '',
    '- 목록 항목도 본다.',
    '- 명사구 항목',
    '- [ ] **체크리스트 항목은 확인했다.**',
    '',
    '| 항목 | 설명 |',
    '| --- | --- |',
    '| a | 표 칸의 문장도 있다. |',
    '| b | 명사구 |',
    '',
    '> 참고: 인용이 아닌 상자 글도 합니다체로 쓴다.',
    '',
    '> "인용은 그대로 둔다."',
    '> — 어느 저자',
    '',
    '```python',
    '# 코드 주석은 그대로 둔다.',
    'x = 1',
    '```',
    '',
    '$$',
    'f(x) = \\text{값이다}.',
    '$$',
    '',
    '[링크 글도 문장이다](/notes/other/).',
  ].join('\n');

  it('reports each plain ending with its line, and nothing from the exclusions', async () => {
    expect(await speech(page)).toEqual(['3:비교한다', '11:한다체이다', '11:이다', '13:본다', '19:있다', '22:쓴다', '36:문장이다']);
  });

  it('checks an .mdx page the same way', async () => {
    expect(await speech(page.replace('## 왜', '<Figure id="a" />\n\n## 왜'), 'content/notes/example.mdx')).toEqual([
      '3:비교한다',
      '13:한다체이다',
      '13:이다',
      '15:본다',
      '21:있다',
      '24:쓴다',
      '38:문장이다',
    ]);
  });
});
