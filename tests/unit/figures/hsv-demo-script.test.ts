// public/scripts/hsv-demo.js carries its own copy of the HSV logic (it ships as a plain script);
// these tests keep it equal to src/lib/figures/hsv.ts and within its size budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as reference from '../../../src/lib/figures/hsv';
import * as script from '../../../public/scripts/hsv-demo.js';

const demo = script as { describeColor: typeof reference.describeColor; formatColor: typeof reference.formatColor };

function* colours(): Generator<[number, number, number]> {
  for (let r = 0; r <= 255; r += 15) for (let g = 0; g <= 255; g += 15) for (let b = 0; b <= 255; b += 15) yield [r, g, b];
  // Plus a deterministic pseudo-random sample (LCG) to reach values off the grid.
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
  for (let i = 0; i < 3000; i++) yield [next(), next(), next()];
  // And the edges: greys, and hues just around bin boundaries.
  for (let v = 0; v <= 255; v++) yield [v, v, v];
  for (let b = 0; b <= 255; b++) yield [255, 0, b];
}

describe('public/scripts/hsv-demo.js', () => {
  it('describes every colour exactly as src/lib/figures/hsv.ts does', () => {
    let count = 0;
    for (const [r, g, b] of colours()) {
      expect(demo.describeColor(r, g, b)).toEqual(reference.describeColor(r, g, b));
      count++;
    }
    expect(count).toBeGreaterThan(8000);
  });

  it('formats every colour the same way', () => {
    for (const [r, g, b] of colours()) {
      expect(demo.formatColor(demo.describeColor(r, g, b))).toEqual(reference.formatColor(reference.describeColor(r, g, b)));
    }
  });

  it('gives the right values for pure red, a teal and a grey', () => {
    expect(demo.formatColor(demo.describeColor(255, 0, 0))).toMatchObject({
      hsv: '0°, 100%, 100%',
      opencv: '0, 255, 255',
      hueBin: '빨강',
      name: '빨강',
    });
    expect(demo.formatColor(demo.describeColor(0, 128, 128))).toMatchObject({
      hsv: '180°, 100%, 50.2%',
      opencv: '90, 255, 128',
      hueBin: '청록',
      name: '어두운 청록',
    });
    expect(demo.formatColor(demo.describeColor(128, 128, 128))).toMatchObject({
      hsv: '0°, 0%, 50.2%',
      unit: '0, 0, 0.502',
      hueBin: '빨강 (무채색, H=0°)',
      name: '회색',
    });
  });

  it('stays within 3 KB gzipped', () => {
    const source = readFileSync(new URL('../../../public/scripts/hsv-demo.js', import.meta.url));
    expect(gzipSync(source, { level: 9 }).length).toBeLessThan(3 * 1024);
  });
});
