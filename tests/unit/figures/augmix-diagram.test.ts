import { describe, expect, it } from 'vitest';
import { figureRenderers } from '../../../src/lib/figures/registry';
import { AUGMIX_CHAINS, renderAugmixDiagram } from '../../../src/lib/figures/renderers/augmix-diagram';

const context = { base: '/study-notes/', caption: 'AugMix <체인> & 섞기' };
const html = renderAugmixDiagram(context);
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
/** Visible text of an element's markup, tspans joined. */
const textOf = (markup: string) => markup.replace(/<[^>]+>/g, '');

/** The operations AugMix uses by default (the note's list), in the figure's Korean names. */
const AUGMIX_OPERATIONS = ['자동 대비', '평활화', '포스터화', '회전', '솔라리제이션', '전단', '이동'];

describe('augmix-chains figure', () => {
  it('is registered under the marker id used in the AugMix note', () => {
    expect(figureRenderers['augmix-chains']!(context)).toBe(html);
  });

  it('is one figure with the escaped caption and no script', () => {
    expect(html).toMatch(/^<figure class="figure" id="fig-augmix-chains" data-figure="augmix-chains">/);
    expect(count(html, /<figure /g)).toBe(1);
    expect(html).toContain('<figcaption>AugMix &lt;체인&gt; &amp; 섞기</figcaption>');
    expect(count(html, /<script/g)).toBe(0);
  });

  it('is one role="img" graphic with a Korean title and a description of the whole pipeline', () => {
    const [, titleId, descId] = /<svg class="figure-panel" role="img" aria-labelledby="([^" ]+) ([^"]+)"/.exec(html)!;
    expect(count(html, /role="img"/g)).toBe(1);
    const title = new RegExp(`<title id="${titleId}">([^<]+)</title>`).exec(html)![1]!;
    const desc = new RegExp(`<desc id="${descId}">([^<]+)</desc>`).exec(html)![1]!;
    expect(title).toMatch(/[가-힣]/);
    expect(desc).toContain('Dirichlet(α)');
    expect(desc).toContain('x_aug = Σ wᵢ·chainᵢ');
    expect(desc).toContain('Beta(α, α)');
    expect(desc).toContain('x_augmix = m·x_orig + (1 − m)·x_aug');
    for (const ops of AUGMIX_CHAINS) expect(desc).toContain(ops.join(' → '));
  });

  it('draws k = 3 chains of 1–3 operations from AugMix’s list', () => {
    expect(AUGMIX_CHAINS).toHaveLength(3);
    for (const ops of AUGMIX_CHAINS) {
      expect(ops.length).toBeGreaterThanOrEqual(1);
      expect(ops.length).toBeLessThanOrEqual(3);
      for (const op of ops) expect(AUGMIX_OPERATIONS).toContain(op);
    }
    // The three depths differ, so the figure shows that depth is random.
    expect(new Set(AUGMIX_CHAINS.map((ops) => ops.length)).size).toBe(3);
    const boxes = [...html.matchAll(/<g class="augmix-op">(.*?)<\/g>/g)].map((match) => textOf(match[1]!));
    expect(boxes).toEqual(AUGMIX_CHAINS.flat());
    for (const n of [1, 2, 3]) expect(html).toContain(`>체인 ${n}</text>`);
  });

  it('labels the original, the Dirichlet weights, the weighted sum, the Beta mix and the result', () => {
    const texts = [...html.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((match) => textOf(match[1]!));
    expect(texts).toContain('xorig');
    expect(texts).toEqual(expect.arrayContaining(['w1', 'w2', 'w3', 'w ~ Dirichlet(α)', 'm ~ Beta(α, α)', 'xaugmix']));
    const sum = /<g class="augmix-sum">(.*?)<\/g>/.exec(html)![1]!;
    expect(textOf(sum)).toBe('Σ wi·chaini= xaug');
    const mix = /<g class="augmix-mix">(.*?)<\/g>/.exec(html)![1]!;
    expect(textOf(mix)).toBe('m·xorig + (1 − m)·xaug');
    // Subscripts are lowered and then raised back, so the text after them stays on the baseline.
    const shifts = [...mix.matchAll(/dy="(-?[\d.]+)"/g)].map((match) => Number(match[1]));
    expect(shifts.reduce((a, b) => a + b, 0)).toBe(3.5);
    expect(mix.endsWith('aug</tspan></text>')).toBe(true);
  });

  it('stays inside its viewBox', () => {
    const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(html)!.map(Number) as [number, number, number];
    expect(width).toBe(400);
    for (const match of html.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)) {
      const [x, y, w, h] = match.slice(1).map(Number) as [number, number, number, number];
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x + w).toBeLessThanOrEqual(width);
      expect(y + h).toBeLessThanOrEqual(height);
    }
  });

  it('uses each element id once and only theme colours', () => {
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const match of html.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(match[1]);
    const colours = [...html.matchAll(/(?:stroke|fill)="([^"]+)"/g)].map((match) => match[1]!);
    expect(colours.filter((colour) => !/^var\(--[a-z0-9-]+\)$/.test(colour) && colour !== 'none')).toEqual([]);
  });
});
