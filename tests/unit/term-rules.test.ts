// The term table as a prh dictionary: each rule catches the variant it is for and nothing else,
// and the term check reads a page the way the site does (code, math and data left out).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lintPageText } from '../../src/lint/term-check';
import { findVariants, prhDictionary, termRules, variantPattern, type TermEntry } from '../../src/lib/term-rules';

const root = join(import.meta.dirname, '../..');
const rules = termRules(parse(readFileSync(join(root, 'content/glossary.yaml'), 'utf8')) as TermEntry[]);
const expectedIn = (text: string) => findVariants(text, rules).map(({ match, rule }) => `${match}→${rule.expected}`);

describe('variantPattern', () => {
  it('matches the spelling with or without its space', () => {
    const pattern = new RegExp(variantPattern('0 중심'));
    expect(pattern.test('0 중심')).toBe(true);
    expect(pattern.test('0중심')).toBe(true);
    expect(pattern.test('10 중심')).toBe(false);
  });
  it('does not match inside a longer Latin word or after a slash', () => {
    const pattern = new RegExp(variantPattern('L2 정규화'));
    expect(pattern.test('L2 정규화를')).toBe(true);
    expect(pattern.test('XL2 정규화')).toBe(false);
    expect(pattern.test('L1/L2 정규화')).toBe(false);
  });
});

describe('termRules', () => {
  it('rejects a pattern that is not a regular expression, naming the entry', () => {
    expect(() => termRules([{ id: 'x', ko: '엑스', en: 'x', aliases: [], avoid: [{ pattern: '(', label: 'bad' }] }])).toThrow(/glossary x/);
  });
  it('uses the headword unless the variant says what to use', () => {
    const table = termRules([
      {
        id: 'a',
        ko: '앵커 박스',
        en: 'anchor box',
        aliases: ['앵커 상자', '기본 상자'],
        avoid: ['앵커 상자', { variant: '기본 상자', use: '기본 박스' }],
      },
    ]);
    expect(table.map((rule) => rule.expected)).toEqual(['앵커 박스', '기본 박스']);
    expect(prhDictionary(table).rules[1]).toMatchObject({ expected: '기본 박스', patterns: [`/${variantPattern('기본 상자')}/`] });
  });
});

describe('the glossary’s term table', () => {
  it.each([
    ['보폭 2인 합성곱', ['보폭→스트라이드']],
    ['앵커 상자와 기본 상자, 기준 상자', ['앵커 상자→앵커 박스', '기본 상자→기본 박스', '기준 상자→기준 박스']],
    ['정답 상자와 예측 상자', ['상자→박스', '상자→박스']],
    ['상자 그림으로 이상치를 봅니다', []],
    ['실험 대상자', []],
    ['스무드 L1 손실', ['스무드 L1→스무스 L1']],
    ['끝-대-끝 학습', ['끝-대-끝→종단간']],
    ['훈련 데이터로 재훈련합니다', ['훈련→학습', '훈련→학습']],
    ['훈련을 받은 주석자', []],
    ['critic을 다섯 번 갱신', ['critic→비평자']],
    ['비평자(critic)', []],
    ['critical point', []],
    ['sigmoid를 거칩니다', ['sigmoid→시그모이드']],
    ['시그모이드(sigmoid), h-sigmoid, hard sigmoid, sigmoid linear unit', []],
    ['softmax로 확률을 만듭니다', ['softmax→소프트맥스']],
    ['소프트맥스(softmax)와 log-softmax, [log softmax vs softmax]', []],
    ['0 중심 출력', ['0 중심→영 중심']],
    ['나이브 베이지안 분류, 베이지안 관점', ['나이브 베이지안→나이브 베이즈']],
    ['L1 정규화와 L2 정규화', ['L1 정규화→L1 규제', 'L2 정규화→L2 규제']],
    ['L1/L2 정규화', ['L1/L2 정규화→L1/L2 규제']],
    ['정규화(regularization)', ['정규화→규제']],
    ['배치 정규화와 층 정규화, 입력 정규화', []],
  ])('%s', (text, expected) => {
    expect(expectedIn(text)).toEqual(expected);
  });
});

describe('the term check on a page', () => {
  const page = [
    '---',
    "title: '보기'",
    "description: '보폭과 critic을 설명합니다.'",
    'terms: [보폭, critic, 나이브 베이지안]',
    'params:',
    "  - { variant: 'A', value: 1, source: 'https://example.com/critic', note: '보폭 2' }",
    '---',
    '',
    '수식 $n_{\\text{critic}} = 5$와 $\\text{보폭}$은 건너뜁니다. 코드 `critic_loss`와 [링크 critic](https://example.com/)도 봅니다.',
    '',
    '$$',
    '\\text{보폭} = s',
    '$$',
    '',
    '```python',
    'critic = Critic()  # 보폭',
    '```',
    '',
    '주소 https://example.com/critic 은 글이 아닙니다.',
    '',
    '| 열 | 설명 |',
    '| --- | --- |',
    '| a | 스무드 L1 손실입니다. |',
    '',
    '## 나이브 베이지안',
  ].join('\n');

  /** The term findings of a page, and each as "line:found => preferred". */
  async function termFindings(text: string, file: string) {
    const found = (await lintPageText(text, file, rules)).filter((violation) => violation.rule === 'terms');
    return { found, lines: found.map((violation) => `${violation.line}:${violation.message.split(' — ')[0]}`) };
  }

  it('names file, line and the preferred form; skips math, code, URLs and data keys', async () => {
    const { found, lines } = await termFindings(page, 'content/notes/example.md');
    expect(lines).toEqual([
      '3:보폭 => 스트라이드',
      '3:critic => 비평자',
      '6:보폭 => 스트라이드',
      '9:critic => 비평자',
      '23:스무드 L1 => 스무스 L1',
      '25:나이브 베이지안 => 나이브 베이즈',
    ]);
    expect(found[0]).toMatchObject({ file: 'content/notes/example.md', column: 15 });
    expect(found[0]!.message).toContain("용어집(stride): '보폭' 대신 '스트라이드'");
  });

  it('reads .mdx pages through textlint-plugin-mdx with the same exclusions', async () => {
    const mdx = page.replace('## 나이브 베이지안', '<Figure id="x" />\n\n## 나이브 베이지안');
    const { lines } = await termFindings(mdx, 'content/notes/example.mdx');
    expect(lines).toEqual([
      '3:보폭 => 스트라이드',
      '3:critic => 비평자',
      '6:보폭 => 스트라이드',
      '9:critic => 비평자',
      '23:스무드 L1 => 스무스 L1',
      '27:나이브 베이지안 => 나이브 베이즈',
    ]);
  });
});
