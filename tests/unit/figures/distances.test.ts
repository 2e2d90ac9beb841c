import { describe, expect, it } from 'vitest';
import { jsDivergence, klDivergence, parallelLinesDistances, totalVariation, wasserstein1D } from '../../../src/lib/figures/distances';

describe('parallel lines (WGAN example 1)', () => {
  it.each([-2, -1, -0.25, 1e-6, 0.5, 1.7])('θ = %f: W1 = |θ|, JS = log 2, KL = ∞, TV = 1', (theta) => {
    const d = parallelLinesDistances(theta);
    expect(d.w1).toBeCloseTo(Math.abs(theta), 12);
    expect(d.js).toBeCloseTo(Math.LN2, 12);
    expect(d.kl).toBe(Infinity);
    expect(d.tv).toBeCloseTo(1, 12);
  });

  it('θ = 0: all four are 0', () => {
    expect(parallelLinesDistances(0)).toEqual({ tv: 0, kl: 0, js: 0, w1: 0 });
  });
});

describe('discrete definitions', () => {
  // The note's small example on positions {0, 1, 2, 3}.
  const on = (masses: number[]) => new Map(masses.map((m, i) => [String(i), m] as const));
  const onLine = (masses: number[]) => new Map(masses.map((m, i) => [i, m] as const));
  const p = [0.5, 0.5, 0, 0];
  const q1 = [0, 0.5, 0.5, 0];
  const q2 = [0, 0, 0.5, 0.5];

  it('one step apart: TV 0.5, JS ½ log 2, KL ∞, W 1', () => {
    expect(totalVariation(on(p), on(q1))).toBeCloseTo(0.5, 14);
    expect(jsDivergence(on(p), on(q1))).toBeCloseTo(Math.LN2 / 2, 14);
    expect(klDivergence(on(p), on(q1))).toBe(Infinity);
    expect(wasserstein1D(onLine(p), onLine(q1))).toBeCloseTo(1, 14);
  });

  it('two steps apart: TV 1, JS log 2, KL ∞, W 2', () => {
    expect(totalVariation(on(p), on(q2))).toBeCloseTo(1, 14);
    expect(jsDivergence(on(p), on(q2))).toBeCloseTo(Math.LN2, 14);
    expect(klDivergence(on(p), on(q2))).toBe(Infinity);
    expect(wasserstein1D(onLine(p), onLine(q2))).toBeCloseTo(2, 14);
  });

  it('KL is asymmetric, as in the loss-functions note: P = (0.5, 0.5), Q = (0.9, 0.1)', () => {
    const P = on([0.5, 0.5]);
    const Q = on([0.9, 0.1]);
    expect(klDivergence(P, Q)).toBeCloseTo(0.511, 3);
    expect(klDivergence(Q, P)).toBeCloseTo(0.368, 3);
  });
});
