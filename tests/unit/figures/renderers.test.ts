import { describe, expect, it } from 'vitest';
import { figureRenderers } from '../../../src/lib/figures/registry';

const context = { base: '/study-notes/', caption: '그림 설명 <테스트> & 캡션' };

/** Series lines drawn by each figure (one <path class="series"> each). */
const EXPECTED_SERIES: Record<string, number> = {
  'activation-curves': 16,
  'activation-practice-curves': 10,
  'hswish-vs-swish': 4,
  'regression-loss-curves': 8,
  'l1-l2-loss-curves': 8,
  'focal-loss-gamma': 5,
  'focal-loss-curves': 5,
  'l2-outlier-fit': 2,
  'optimizer-paths': 12,
  'wgan-distances-theta': 4,
  'log-softmax-loss-vs-prob': 4,
  'hsv-hue-wheel': 0,
  'hsv-demo': 0,
  'augmix-chains': 0,
};

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('figure registry', () => {
  it('registers exactly the figures of the issue', () => {
    expect(Object.keys(figureRenderers).sort()).toEqual(Object.keys(EXPECTED_SERIES).sort());
  });
});

describe.each(Object.keys(EXPECTED_SERIES))('figure %s', (id) => {
  const html = figureRenderers[id]!(context);

  it('is one <figure class="figure"> with the escaped caption', () => {
    expect(html).toMatch(new RegExp(`^<figure class="figure[^"]*" id="fig-${id}" data-figure="${id}">`));
    expect(count(html, /<figure /g)).toBe(1);
    expect(html).toContain('<figcaption>그림 설명 &lt;테스트&gt; &amp; 캡션</figcaption>');
  });

  it('has the expected number of series lines', () => {
    expect(count(html, /<path class="series"/g)).toBe(EXPECTED_SERIES[id]);
  });

  it('labels every role="img" with a Korean <title> and <desc> it points to', () => {
    const images = [...html.matchAll(/<svg class="figure-panel" role="img" aria-labelledby="([^"]+) ([^"]+)"/g)];
    if (id !== 'hsv-demo') expect(images.length).toBeGreaterThan(0);
    expect(count(html, /role="img"/g)).toBe(images.length);
    for (const [, titleId, descId] of images) {
      expect(html).toMatch(new RegExp(`<title id="${titleId}">[^<]*[가-힣][^<]*</title>`));
      expect(html).toMatch(new RegExp(`<desc id="${descId}">[^<]*[가-힣][^<]*</desc>`));
    }
  });

  it('uses each element id once', () => {
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const match of html.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(match[1]);
  });

  it('draws in theme colours only (swatches of the HSV figures excepted)', () => {
    const colours = [...html.matchAll(/(?:stroke|fill)="([^"]+)"/g)].map((match) => match[1]!);
    const allowed = (colour: string) => /^var\(--[a-z0-9-]+\)$/.test(colour) || colour === 'none';
    const offTheme = colours.filter((colour) => !allowed(colour));
    if (id.startsWith('hsv')) expect(offTheme.every((colour) => /^rgb\(\d+ \d+ \d+\)$/.test(colour))).toBe(true);
    else expect(offTheme).toEqual([]);
  });

  it(id === 'hsv-demo' ? 'loads the demo script from the base' : 'ships no script', () => {
    const scripts = count(html, /<script/g);
    if (id === 'hsv-demo') {
      expect(scripts).toBe(1);
      expect(html).toContain('<script type="module" src="/study-notes/scripts/hsv-demo.js"></script>');
    } else expect(scripts).toBe(0);
  });
});

describe('axes and legends', () => {
  it('the curve figures have Korean axis labels and an HTML legend', () => {
    const html = figureRenderers['regression-loss-curves']!(context);
    expect(html).toContain('>잔차 r</text>');
    expect(html).toContain('>손실</text>');
    expect(html).toContain('<ul class="figure-legend">');
    expect(count(html, /<li>/g)).toBe(4);
    expect(figureRenderers['l1-l2-loss-curves']!(context)).toContain('>오차 e</text>');
  });

  it('each series has markers as well as a dash pattern, except the first solid one', () => {
    const html = figureRenderers['focal-loss-gamma']!(context);
    expect(count(html, /<g class="markers">/g)).toBe(5);
    expect(count(html, /<path class="series"[^>]*stroke-dasharray=/g)).toBe(4);
  });

  it('KL is drawn on the ∞ row of the WGAN figure', () => {
    const html = figureRenderers['wgan-distances-theta']!(context);
    expect(html).toContain('>∞</text>');
    expect(html).toMatch(/<desc[^>]*>[^<]*KL = ∞/);
  });
});

describe('HSV demo markup', () => {
  const html = figureRenderers['hsv-demo']!(context);

  it('labels every input and starts disabled until the script runs', () => {
    const inputs = [...html.matchAll(/<input id="([^"]+)" name="(color|r|g|b)"/g)];
    expect(inputs.map((match) => match[2])).toEqual(['color', 'r', 'g', 'b']);
    for (const [, inputId] of inputs) expect(html).toContain(`<label for="${inputId}">`);
    expect(html).toContain('<fieldset disabled>');
    expect(html).toContain('type="color"');
  });

  it('has a polite live output with the initial colour already described, and a no-JS note and table', () => {
    expect(html).toMatch(
      /<output [^>]*aria-live="polite">RGB 255, 99, 71 → H, S, V 9.1°, 72.2%, 100%, 색상 구간 빨강, 분류 빨강<\/output>/,
    );
    expect(html).toContain('class="hsv-demo-nojs');
    expect(html).toContain(
      '<td class="num">0, 128, 128</td><td class="num">180°, 100%, 50.2%</td><td class="num">90, 255, 128</td><td>청록</td>',
    );
    expect(html).toContain(
      '<td class="num">128, 128, 128</td><td class="num">0°, 0%, 50.2%</td><td class="num">0, 0, 128</td><td>빨강 (무채색, H=0°)</td><td>회색</td>',
    );
  });
});
