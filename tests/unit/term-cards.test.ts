// Which words become term cards: longest match, word boundaries, one per term per section, exclusions.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { fromHtml } from 'hast-util-from-html';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeTermCards, { pagePath } from '../../src/plugins/rehype-term-cards';
import { chooseOccurrences, findTerms, spellings, termCardId, type CardTerm, type Segment } from '../../src/lib/term-cards';

const term = (id: string, ko: string, en: string, aliases: string[] = [], definition = `${ko}의 정의를 한 문장으로 적는다.`): CardTerm => ({
  id,
  ko,
  en,
  aliases,
  definition,
});

const terms = [
  term('normalization', '정규화', 'normalization'),
  term('batch-norm', '배치 정규화', 'batch normalization', ['BN', '배치정규화']),
  term('augmentation', '데이터 증강', 'data augmentation', ['증강']),
  term('learning', '학습', 'learning'),
  term('rl', '강화학습', 'reinforcement learning', ['RL']),
  term('undefined', '정의 없음', 'undefined term', [], ''),
];
const sorted = spellings(terms);
const words = (text: string) => findTerms(text, sorted).map((match) => text.slice(match.start, match.end));
const ids = (text: string) => findTerms(text, sorted).map((match) => match.termId);

describe('findTerms', () => {
  it('lets the longest term win where terms overlap', () => {
    expect(words('배치 정규화를 쓰면 정규화가 쉬워진다.')).toEqual(['배치 정규화', '정규화']);
    expect(ids('배치 정규화를 쓴다')).toEqual(['batch-norm']);
    expect(ids('배치정규화는')).toEqual(['batch-norm']);
  });

  it('does not link a term inside another word', () => {
    // "학습" inside 강화학습 and 학습률 (not a particle after it), RL inside URL, BN inside BNN.
    expect(ids('강화학습에서는')).toEqual(['rl']);
    expect(words('학습률을 줄인다')).toEqual([]);
    expect(words('비정규화된 값')).toEqual([]);
    expect(words('URL과 BNN, RLHF')).toEqual([]);
  });

  it('reads a Korean term followed by a particle or ending as the term', () => {
    expect(words('학습은 학습을 학습에서는 학습')).toEqual(['학습', '학습', '학습', '학습']);
    expect(words('BN을 쓴 RL(강화학습)')).toEqual(['BN', 'RL', '강화학습']);
  });

  it('matches English names whatever their case, as whole words', () => {
    expect(words('Batch Normalization and batch normalization')).toEqual(['Batch Normalization', 'batch normalization']);
    expect(words('normalizations')).toEqual([]);
  });

  it('leaves out terms without a definition and spellings too short to be a term', () => {
    expect(words('정의 없음')).toEqual([]);
    expect(spellings([term('x', 'L', 'L', ['x'])])).toEqual([]);
  });
});

describe('chooseOccurrences', () => {
  const all = new Set(terms.map((entry) => entry.id));
  const seg = (text: string, section = 0, excluded = false): Segment => ({ text, section, excluded });
  const chosen = (segments: Segment[], linkable: ReadonlySet<string> = all) =>
    chooseOccurrences(segments, sorted, linkable).map(({ segment, start, end, termId }) => [
      segment,
      segments[segment]!.text.slice(start, end),
      termId,
    ]);

  it('links the first occurrence of each term in each section', () => {
    expect(chosen([seg('정규화와 정규화, 증강. '), seg('다시 정규화', 0), seg('새 절의 정규화', 1)])).toEqual([
      [0, '정규화', 'normalization'],
      [0, '증강', 'augmentation'],
      [2, '정규화', 'normalization'],
    ]);
  });

  it('skips excluded text (headings, code, math, links, figures) and links the next occurrence', () => {
    expect(chosen([seg('정규화', 0, true), seg(' 그리고 정규화를 본다')])).toEqual([[1, '정규화', 'normalization']]);
  });

  it('does not read the tail of a term split by markup as a shorter term', () => {
    // <em>배치</em> 정규화: the longest match spans two segments, so neither links.
    expect(chosen([seg('배치'), seg(' 정규화를 쓴다')])).toEqual([]);
  });

  it('links only the terms the page uses', () => {
    expect(chosen([seg('정규화와 증강')], new Set(['augmentation']))).toEqual([[0, '증강', 'augmentation']]);
  });
});

describe('rehype-term-cards', () => {
  const contentDir = mkdtempSync(join(tmpdir(), 'term-cards-'));
  mkdirSync(join(contentDir, 'notes'));
  writeFileSync(
    join(contentDir, 'glossary.yaml'),
    [
      '- { id: normalization, ko: 정규화, en: normalization, definition: 값의 범위를 맞추는 일이다., links: [/notes/page/] }',
      '- { id: batch-norm, ko: 배치 정규화, en: batch normalization, definition: 미니배치 통계로 정규화하는 층이다., links: [/notes/page/] }',
      '- { id: augmentation, ko: 데이터 증강, en: data augmentation, aliases: [증강], definition: 입력을 바꿔 데이터를 늘리는 일이다., links: [/notes/other/] }',
    ].join('\n'),
  );
  const run = (html: string, page = 'page') => {
    const file = new VFile({ path: join(contentDir, 'notes', `${page}.md`) });
    const tree = fromHtml(html, { fragment: true });
    rehypeTermCards({ contentDir })(tree, file);
    const frontmatter = (file.data as { astro: { frontmatter: { cardTerms: string[] } } }).astro.frontmatter;
    return { html: toHtml(tree), cardTerms: frontmatter.cardTerms };
  };
  const button = (id: string, text: string) => `<button type="button" class="term" popovertarget="${termCardId(id)}">${text}</button>`;

  it('wraps the chosen occurrences in buttons that open the cards and lists the terms for the page', () => {
    const result = run('<p>배치 정규화와 정규화, 다시 정규화. 증강</p><h2>정규화</h2><p>여기서 <em>정규화</em>는</p>');
    expect(result.html).toBe(
      `<p>${button('batch-norm', '배치 정규화')}와 ${button('normalization', '정규화')}, 다시 정규화. 증강</p><h2>정규화</h2><p>여기서 <em>${button('normalization', '정규화')}</em>는</p>`,
    );
    expect(result.cardTerms).toEqual(['batch-norm', 'normalization']);
  });

  it('never links inside headings, code, math, links or figures', () => {
    const html =
      '<h3>정규화</h3><p><code>정규화</code> <a href="/x/">정규화</a> <span class="katex">정규화</span></p><figure><figcaption>정규화</figcaption></figure><pre>정규화</pre>';
    expect(run(html)).toEqual({ html, cardTerms: [] });
  });

  it('leaves pages outside notes and architectures alone', () => {
    expect(pagePath(contentDir, join(contentDir, 'notes', 'page.md'))).toBe('/notes/page/');
    expect(pagePath(contentDir, join(contentDir, 'architectures', 'resnet.mdx'))).toBe('/architectures/resnet/');
    expect(pagePath(contentDir, join(contentDir, 'glossary.yaml'))).toBeUndefined();
    expect(run('<p>정규화</p>', 'unknown').cardTerms).toEqual([]);
  });
});
