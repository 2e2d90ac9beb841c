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
import rehypeRenderMath from '../../src/plugins/rehype-render-math';

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

describe('rehypeRenderMath: valid MathML', () => {
  /** A formula rendered by the site's plugin, as elements. */
  const rendered = (tex: string) => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'code', properties: { className: ['math-inline'] }, children: [{ type: 'text', value: tex }] },
      ],
    };
    rehypeRenderMath()(tree, new VFile({ path: '/site/content/notes/a.md' }));
    return fragment(toHtml(tree, { allowDangerousHtml: true }));
  };
  it('gives msub and msup exactly two children', () => {
    const before = fragment(math('x_{\\min} + y^{\\max}'));
    expect(selectAll('msub, msup', before).some((node) => node.children.length > 2)).toBe(true);
    const after = rendered('x_{\\min} + y^{\\max}');
    for (const node of selectAll('msub, msup', after)) expect(node.children.length, toHtml(node)).toBe(2);
    expect(toHtml(select('msub', after)!)).toBe('<msub><mi>x</mi><mrow><mi>min</mi><mo>\u2061</mo></mrow></msub>');
  });
  it('writes operators spelled with letters as text', () => {
    const before = fragment(math('a \\bmod 6'));
    expect(selectAll('mo', before).some((node) => node.children.some((child) => child.type === 'element'))).toBe(true);
    const operators = selectAll('mo', rendered('a \\bmod 6'));
    expect(operators.every((node) => node.children.every((child) => child.type === 'text'))).toBe(true);
    expect(operators.map((node) => toHtml(node.children))).toContain('mod');
  });
  it('leaves the visual copy alone', () => {
    const visual = (tree: Root) => toHtml(select('.katex-html', tree)!);
    expect(visual(rendered('x_{\\min} \\bmod 6'))).toBe(visual(fragment(math('x_{\\min} \\bmod 6'))));
  });
});

describe('rehypeRenderMath: markup', () => {
  const mathCode = (tex: string, display = false): Element => ({
    type: 'element',
    tagName: 'code',
    properties: { className: [display ? 'math-display' : 'math-inline'] },
    children: [{ type: 'text', value: tex }],
  });
  const run = (children: Element[], path = '/site/content/notes/a.md') => {
    const tree: Root = { type: 'root', children };
    rehypeRenderMath()(tree, new VFile({ path }));
    return tree;
  };
  const rawNodes = (tree: Root) => JSON.stringify(tree).match(/"type":"raw"/g)?.length ?? 0;
  /** KaTeX's own markup of a formula, marked for search to skip, as the same parse gives it. */
  const katexMarkup = (tex: string, displayMode = false) => {
    const tree = fragment(katex.renderToString(tex, { displayMode }));
    (select('.katex', tree) as Element).properties.dataPagefindIgnore = 'all';
    return toHtml(tree);
  };
  const tex = '\\frac{a}{b} \\le x_{\\min}^2 \\bmod 6';

  it('keeps the inside of a formula as KaTeX markup, which reads as KaTeX’s own (MathML fixed)', () => {
    const tree = run([{ type: 'element', tagName: 'p', properties: {}, children: [mathCode(tex)] }]);
    const katexSpan = select('p > span.katex', tree) as Element;
    expect(katexSpan.properties.dataPagefindIgnore).toBe('all');
    expect(katexSpan.children.map((child) => child.type)).toEqual(['raw']);
    const out = fragment(toHtml(tree, { allowDangerousHtml: true }));
    expect(toHtml(select('.katex-html', out)!)).toBe(toHtml(select('.katex-html', fragment(katexMarkup(tex)))!));
    expect(selectAll('msub, msup', out).every((node) => node.children.length === 2)).toBe(true);
  });

  it('gives display math its .katex-display span around the .katex span', () => {
    const tree = run([mathCode('E = mc^2', true)]);
    const outer = tree.children[0] as Element;
    expect(outer.properties.className).toEqual(['katex-display']);
    expect(select(':scope > span.katex', outer)?.properties.dataPagefindIgnore).toBe('all');
    expect(toHtml(fragment(toHtml(tree, { allowDangerousHtml: true })))).toBe(katexMarkup('E = mc^2', true));
  });

  it('writes formulas in headings and in MDX as elements, so heading text and the MDX compiler can read them', () => {
    const heading = run([
      { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: '다른 ' }, mathCode('\\epsilon')] },
    ]);
    expect(rawNodes(heading)).toBe(0);
    expect(headingText(heading.children[0] as Element)).toBe('다른 ϵ');
    expect(select('.katex', heading)?.properties.dataPagefindIgnore).toBe('all');
    const mdx = run([{ type: 'element', tagName: 'p', properties: {}, children: [mathCode(tex)] }], '/site/content/notes/a.mdx');
    expect(rawNodes(mdx)).toBe(0);
    expect(toHtml(select('.katex', mdx)!)).toBe(
      toHtml(select('.katex', fragment(toHtml(run([mathCode(tex)]), { allowDangerousHtml: true })))!),
    );
  });

  it('fails on invalid LaTeX, naming the file, line and column', () => {
    const code = { ...mathCode('\\frac{a'), position: { start: { line: 4, column: 3 }, end: { line: 4, column: 12 } } };
    expect(() => run([code])).toThrow(/\/site\/content\/notes\/a\.md:4:3: invalid LaTeX: KaTeX parse error/);
  });
});
