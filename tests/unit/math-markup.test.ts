// Headings with math read once, and KaTeX's MathML comes out in shapes the MathML grammar allows.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import katex from 'katex';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { headingText } from '../../src/lib/heading-text';
import rehypeHeadingIds from '../../src/plugins/rehype-heading-ids';
import rehypeValidMathml from '../../src/plugins/rehype-valid-mathml';

const math = (tex: string) => katex.renderToString(tex, { output: 'htmlAndMathml' });
const fragment = (html: string): Root => fromHtml(html, { fragment: true });

describe('headingText', () => {
  it('reads each formula once, without its TeX source or visual copy', () => {
    const heading = select('h3', fragment(`<h3>구현마다 다른 ${math('\\epsilon')}</h3>`)) as Element;
    expect(headingText(heading)).toBe('구현마다 다른 ϵ');
  });
  it('reads function application as a space and drops other invisible operators', () => {
    const heading = select('h3', fragment(`<h3>예제: ${math('f(x) = x - \\ln x')}</h3>`)) as Element;
    expect(headingText(heading)).toBe('예제: f(x)=x−ln x');
  });
  it('keeps code and plain text as they are', () => {
    const heading = select('h2', fragment('<h2>  <code>nn.Conv2d</code>의   인자 </h2>')) as Element;
    expect(headingText(heading)).toBe('nn.Conv2d의 인자');
  });
});

describe('rehypeHeadingIds', () => {
  it('gives readable, unique ids and a contents list without TeX', () => {
    const tree = fragment(`<h2>구현마다 다른 ${math('\\epsilon')}</h2><h3>예시</h3><h3>예시</h3><h2 id="kept">그대로</h2>`);
    const file = new VFile();
    rehypeHeadingIds()(tree, file);
    expect(selectAll('h2, h3', tree).map((node) => node.properties.id)).toEqual(['구현마다-다른-ϵ', '예시', '예시-1', 'kept']);
    expect((file.data as { astro: { frontmatter: { headings: unknown } } }).astro.frontmatter.headings).toEqual([
      { depth: 2, slug: '구현마다-다른-ϵ', text: '구현마다 다른 ϵ' },
      { depth: 3, slug: '예시', text: '예시' },
      { depth: 3, slug: '예시-1', text: '예시' },
      { depth: 2, slug: 'kept', text: '그대로' },
    ]);
  });
});

describe('rehypeValidMathml', () => {
  const fixed = (tex: string) => {
    const tree = fragment(math(tex));
    rehypeValidMathml()(tree);
    return tree;
  };
  it('gives msub and msup exactly two children', () => {
    const before = fragment(math('x_{\\min} + y^{\\max}'));
    expect(selectAll('msub, msup', before).some((node) => node.children.length > 2)).toBe(true);
    const after = fixed('x_{\\min} + y^{\\max}');
    for (const node of selectAll('msub, msup', after)) expect(node.children.length, toHtml(node)).toBe(2);
    expect(toHtml(select('msub', after)!)).toBe('<msub><mi>x</mi><mrow><mi>min</mi><mo>\u2061</mo></mrow></msub>');
  });
  it('writes operators spelled with letters as text', () => {
    const after = fixed('a \\bmod 6');
    const operators = selectAll('mo', after);
    expect(operators.every((node) => node.children.every((child) => child.type === 'text'))).toBe(true);
    expect(operators.map((node) => toHtml(node.children))).toContain('mod');
  });
  it('leaves the visual copy alone', () => {
    const html = math('x_{\\min} \\bmod 6');
    const visual = (tree: Root) => toHtml(select('.katex-html', tree)!);
    expect(visual(fixed('x_{\\min} \\bmod 6'))).toBe(visual(fragment(html)));
  });
});
