// `$$…$$` alone on its line is display math; every other way of writing math keeps its meaning.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { html, render } from './render';

// Astro's processor logs a failed render before rethrowing; the tests check the error itself.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

const displays = (out: string) => out.match(/class="katex-display"/g)?.length ?? 0;
const inlines = (out: string) => (out.match(/class="katex"/g)?.length ?? 0) - displays(out);

describe('one-line display math', () => {
  it('a paragraph that is exactly $$…$$ is a display formula', async () => {
    const out = await html('앞 문단.\n\n$$\\sum_{i=1}^{n} x_i$$\n\n뒤 문단.');
    expect(displays(out)).toBe(1);
    expect(out).toContain('<p>앞 문단.</p>');
    expect(out).not.toMatch(/<p>\s*<span class="katex-display"/);
  });

  it('a $$…$$ line inside a paragraph splits it around a display formula', async () => {
    const out = await html('다음 식을 보자.\n$$E = mc^2$$\n여기서 $m$은 질량이다.');
    expect(displays(out)).toBe(1);
    expect(inlines(out)).toBe(1);
    expect(out).toContain('<p>다음 식을 보자.</p>');
    expect(out).toMatch(/<p>여기서 <span class="katex"/);
  });

  it('consecutive $$…$$ lines become consecutive display formulas', async () => {
    expect(displays(await html('$$a = b$$\n$$c = d$$'))).toBe(2);
  });

  it('works in list items and block quotes', async () => {
    expect(displays(await html('- 항목\n  $$x^2$$\n\n> $$y^2$$'))).toBe(2);
  });

  it('keeps the fenced form working', async () => {
    expect(displays(await html('$$\n\\frac{1}{n}\n$$'))).toBe(1);
  });

  it('leaves $$…$$ within a sentence inline', async () => {
    const out = await html('식 $$x+1$$ 은 문장 안에 있다.');
    expect(displays(out)).toBe(0);
    expect(inlines(out)).toBe(1);
  });

  it('leaves inline $…$ alone on a line inline', async () => {
    const out = await html('$x+1$');
    expect(displays(out)).toBe(0);
    expect(inlines(out)).toBe(1);
  });

  it('leaves math in table cells inline', async () => {
    const out = await html('| 식 | 뜻 |\n| --- | --- |\n| $$a_i$$ | $b$ |\n');
    expect(displays(out)).toBe(0);
    expect(inlines(out)).toBe(2);
  });

  it('keeps escaped dollars as text', async () => {
    const out = await html('가격은 \\$5 이고 \\$\\$ 두 개도 글자다.');
    expect(out).toContain('가격은 $5 이고 $$ 두 개도 글자다.');
    expect(out).not.toContain('katex');
  });

  it('reports invalid LaTeX in a one-line display formula with file, line and column', async () => {
    await expect(render('# 제목\n\n$$\\frac{1}{n$$\n', { path: '/site/content/notes/bad.md' })).rejects.toThrow(
      /\/site\/content\/notes\/bad\.md:3:1: invalid LaTeX: KaTeX parse error/,
    );
  });
});

describe('math error positions', () => {
  it('names the line of invalid LaTeX in a fenced display formula', async () => {
    await expect(render('문단.\n\n$$\n\\frac{1}{n\n$$\n', { path: '/site/content/notes/bad.md' })).rejects.toThrow(
      /\/site\/content\/notes\/bad\.md:3:1: invalid LaTeX/,
    );
  });
});

describe('display math with the dollars on the TeX lines (Typora, Obsidian)', () => {
  it('keeps the first line and ends at the closing $$, leaving the rest of the note as Markdown', async () => {
    const out = await html('앞.\n\n$$\\begin{aligned}\na &= b \\\\\nc &= d\n\\end{aligned}$$\n\n뒤 **문단**.\n\n$$\nx^2\n$$\n\n끝.');
    expect(displays(out)).toBe(2);
    // `&` as KaTeX escapes it (&amp;) or as hast-util-to-html would (&#x26;): the same text either way.
    expect(out.replace(/&#x26;/g, '&amp;')).toContain(
      '<annotation encoding="application/x-tex">\\begin{aligned}\na &amp;= b \\\\\nc &amp;= d\n\\end{aligned}</annotation>',
    );
    expect(out).toContain('<p>뒤 <strong>문단</strong>.</p>');
    expect(out).toContain('<p>끝.</p>');
  });

  it('handles a closing $$ attached to the last line of a fenced formula', async () => {
    const out = await html('$$\n\\frac{a}{b}$$\n\n## 다음 절\n\n본문.');
    expect(displays(out)).toBe(1);
    expect(out).toMatch(/<h2 id="다음-절">다음 절<\/h2>/);
  });

  it('names the right line for invalid LaTeX after such a formula', async () => {
    const error = await render('$$\\begin{aligned}\na\n\\end{aligned}$$\n\n문단.\n\n$$\\frac{1}{n$$\n').catch((caught: Error) => caught);
    expect((error as Error).message).toMatch(/snippet\.md:7:1: invalid LaTeX/);
  });
});
