import { describe, expect, it } from 'vitest';
import { html } from './render';

const tabStops = (out: string) => out.match(/tabindex="0"/g)?.length ?? 0;

describe('regions that scroll sideways get one tab stop each', () => {
  it('a Markdown table and a display formula', async () => {
    const out = await html('| a | b |\n| - | - |\n| 1 | 2 |\n\n$$\nx^2\n$$');
    expect(out).toContain('<table tabindex="0">');
    expect(out).toMatch(/<span class="katex-display" tabindex="0" role="group" aria-label="수식">/);
    expect(tabStops(out)).toBe(2);
  });

  it('a figure’s table inside its own scrolling region gets no second stop', async () => {
    const out = await html('색을 골라 봅니다.\n\n<!-- figure: hsv-demo | 데모 -->');
    expect(out).toContain('<section class="table-wrap" tabindex="0"');
    expect(out).not.toMatch(/<table[^>]*tabindex/);
  });
});
