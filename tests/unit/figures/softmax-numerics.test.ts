import { describe, expect, it } from 'vitest';
import {
  logitsForProbability,
  logSoftmax,
  lossesAtProbability,
  naiveFailureLog10P,
  negativeLogP,
  oneMinusP,
  softmaxThenLog,
} from '../../../src/lib/figures/softmax-numerics';

describe('float32 paths on the note examples', () => {
  it('logits (2, 1, 0.1): both paths give (−0.417, −1.417, −2.317)', () => {
    for (const path of [softmaxThenLog, logSoftmax]) {
      const result = path([2, 1, 0.1]);
      [-0.417, -1.417, -2.317].forEach((expected, i) => expect(result[i]).toBeCloseTo(expected, 3));
    }
  });

  it('logits (1000, 999, 998): log-softmax gives (−0.408, −1.408, −2.408)', () => {
    const result = logSoftmax([1000, 999, 998]);
    [-0.408, -1.408, -2.408].forEach((expected, i) => expect(result[i]).toBeCloseTo(expected, 3));
  });

  it('logits (0, −200): softmax then log gives −∞, log-softmax gives −200', () => {
    expect(softmaxThenLog([0, -200])).toEqual([0, -Infinity]);
    expect(logSoftmax([0, -200])).toEqual([0, -200]);
  });
});

describe('loss against the true-class probability', () => {
  it('the logits reproduce the requested probability', () => {
    for (const log10P of [-0.1, -1, -5]) {
      const [z] = logitsForProbability(log10P);
      expect(1 / (1 + Math.exp(-z))).toBeCloseTo(10 ** log10P, 12);
    }
  });

  it('both paths agree with −log p while p is a normal float32', () => {
    for (const log10P of [-0.01, -1, -5, -20, -37]) {
      const { naive, logSoftmax: stable, exact } = lossesAtProbability(log10P);
      expect(naive / exact).toBeCloseTo(1, 5);
      expect(stable / exact).toBeCloseTo(1, 5);
    }
  });

  it('the naive path returns +∞ once p underflows float32 (p below about 7 × 10⁻⁴⁶); log-softmax stays exact', () => {
    const failure = naiveFailureLog10P();
    expect(10 ** failure).toBeGreaterThan(1e-46);
    expect(10 ** failure).toBeLessThan(1.5e-45); // the smallest float32 subnormal is 1.4 × 10⁻⁴⁵
    expect(lossesAtProbability(failure - 0.01).naive).toBe(Infinity);
    expect(lossesAtProbability(failure + 0.01).naive).toBeLessThan(Infinity);
    const deep = lossesAtProbability(-50);
    expect(deep.naive).toBe(Infinity);
    expect(deep.logSoftmax / deep.exact).toBeCloseTo(1, 6);
  });

  it('−log p ≥ 1 − p, equal only at p = 1 (the note table)', () => {
    const table = [
      [0.99, 0.01, 0.01],
      [0.5, 0.5, 0.693],
      [0.01, 0.99, 4.605],
      [0.001, 0.999, 6.908],
    ];
    for (const [p, naive, log] of table) {
      expect(oneMinusP(p!)).toBeCloseTo(naive!, 3);
      expect(negativeLogP(p!)).toBeCloseTo(log!, 3);
      expect(negativeLogP(p!)).toBeGreaterThanOrEqual(oneMinusP(p!));
    }
    expect(negativeLogP(1) + 0).toBe(0);
    expect(oneMinusP(1)).toBe(0);
  });
});
