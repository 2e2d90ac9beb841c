import { describe, expect, it } from 'vitest';
import { classifyHsv, describeColor, HUE_BINS, hueBinArcs, hueName, hsvToRgb, rgbToHsv, toOpenCv8Bit } from '../../../src/lib/figures/hsv';

describe('rgbToHsv', () => {
  it('pure red, a teal and a grey', () => {
    expect(rgbToHsv(255, 0, 0)).toEqual({ h: 0, s: 1, v: 1 });
    const teal = rgbToHsv(0, 128, 128);
    expect(teal.h).toBeCloseTo(180, 12);
    expect(teal.s).toBe(1);
    expect(teal.v).toBeCloseTo(128 / 255, 14);
    expect(rgbToHsv(128, 128, 128)).toEqual({ h: 0, s: 0, v: 128 / 255 });
  });

  it('primary and secondary hues land on multiples of 60°', () => {
    const cases: [number[], number][] = [
      [[255, 255, 0], 60],
      [[0, 255, 0], 120],
      [[0, 255, 255], 180],
      [[0, 0, 255], 240],
      [[255, 0, 255], 300],
    ];
    for (const [[r, g, b], h] of cases) expect(rgbToHsv(r!, g!, b!).h).toBeCloseTo(h, 12);
  });

  it('tomato (255, 99, 71) is H 9.1°, S 72%, V 100% (the note example)', () => {
    const { h, s, v } = rgbToHsv(255, 99, 71);
    expect(h).toBeCloseTo(9.13, 2);
    expect(Math.round(s * 100)).toBe(72);
    expect(v).toBe(1);
  });

  it('hsvToRgb inverts it on a grid of colours', () => {
    for (let r = 0; r <= 255; r += 51)
      for (let g = 0; g <= 255; g += 17)
        for (let b = 0; b <= 255; b += 85) {
          const { h, s, v } = rgbToHsv(r, g, b);
          expect(hsvToRgb(h, s, v)).toEqual([r, g, b]);
        }
    expect(hsvToRgb(180, 0.5, 1)).toEqual([128, 255, 255]); // the note's colorsys example
  });
});

describe('OpenCV 8-bit convention', () => {
  it('halves H into 0–179 and scales S and V to 0–255', () => {
    expect(toOpenCv8Bit(rgbToHsv(255, 255, 0))).toEqual({ h: 30, s: 255, v: 255 });
    expect(toOpenCv8Bit(rgbToHsv(0, 128, 128))).toEqual({ h: 90, s: 255, v: 128 });
    expect(toOpenCv8Bit(rgbToHsv(128, 128, 128))).toEqual({ h: 0, s: 0, v: 128 });
    expect(toOpenCv8Bit(rgbToHsv(0, 0, 255)).h).toBe(120);
  });

  it('never returns 180: a hue just below 360° wraps to 0', () => {
    expect(rgbToHsv(255, 0, 2).h).toBeGreaterThan(359);
    expect(toOpenCv8Bit(rgbToHsv(255, 0, 2)).h).toBe(0);
    for (let b = 1; b < 256; b += 3) expect(toOpenCv8Bit(rgbToHsv(255, 0, b)).h).toBeLessThan(180);
  });
});

describe('hue bins', () => {
  it('are the note table: 빨강 345–15, 주황 15–40, …, 분홍 325–345', () => {
    expect(HUE_BINS.map(([, start]) => start)).toEqual([0, 15, 40, 65, 95, 150, 190, 255, 290, 325, 345]);
    const edges: [number, string][] = [
      [0, '빨강'],
      [14.99, '빨강'],
      [15, '주황'],
      [39.9, '주황'],
      [40, '노랑'],
      [65, '연두'],
      [95, '초록'],
      [150, '청록'],
      [189.9, '청록'],
      [190, '파랑'],
      [255, '보라'],
      [290, '자홍'],
      [325, '분홍'],
      [344.9, '분홍'],
      [345, '빨강'],
      [359.9, '빨강'],
    ];
    for (const [h, name] of edges) expect(hueName(h)).toBe(name);
  });

  it('the wheel arcs cover the circle once, red from −15° to 15°', () => {
    const arcs = hueBinArcs();
    expect(arcs).toHaveLength(10);
    expect(arcs[0]).toEqual({ name: '빨강', fromDeg: -15, toDeg: 15 });
    expect(arcs.reduce((sum, arc) => sum + arc.toDeg - arc.fromDeg, 0)).toBe(360);
  });
});

describe('the note classifier', () => {
  // The printed output of the note's example program.
  it.each([
    ['토마토', [255, 99, 71], '빨강', 9, 72, 100],
    ['올리브', [128, 128, 0], '어두운 노랑', 60, 100, 50],
    ['갈색', [139, 69, 19], '어두운 주황', 25, 86, 55],
    ['하늘', [135, 206, 235], '연한 파랑', 197, 43, 92],
    ['네이비', [0, 0, 128], '어두운 파랑', 240, 100, 50],
    ['핫핑크', [255, 105, 180], '분홍', 330, 59, 100],
    ['연회색', [200, 200, 205], '회색', 240, 2, 80],
    ['라벤더', [230, 230, 250], '흰색', 240, 8, 98],
    ['숯', [30, 30, 30], '검정', 0, 0, 12],
  ] as const)('%s %j → %s', (_, [r, g, b], name, h, s, v) => {
    const d = describeColor(r, g, b);
    expect(d.name).toBe(name);
    expect(Math.round(d.hsv.h)).toBe(h);
    expect(Math.round(d.hsv.s * 100)).toBe(s);
    expect(Math.round(d.hsv.v * 100)).toBe(v);
  });

  it('the S and V checks come before the hue', () => {
    expect(classifyHsv({ h: 0, s: 1, v: 0.1 })).toBe('검정');
    expect(classifyHsv({ h: 240, s: 0.1, v: 0.9 })).toBe('흰색');
    expect(classifyHsv({ h: 240, s: 0.1, v: 0.5 })).toBe('회색');
    expect(describeColor(200, 200, 205).hueBin).toBe('파랑');
  });
});
