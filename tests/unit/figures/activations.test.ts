import { describe, expect, it } from 'vitest';
import {
  elu,
  erf,
  geluActivation,
  hardSigmoid,
  hardSwishActivation,
  leakyRelu,
  reluActivation,
  sigmoid,
  sigmoidActivation,
  swish,
  tanhActivation,
  type Activation,
} from '../../../src/lib/figures/activations';
import { ACTIVATIONS } from '../../../src/lib/figures/renderers/activations';

describe('erf', () => {
  // Reference values from the series to 16 digits (e.g. Abramowitz & Stegun table 7.1, mpmath).
  it.each([
    [0, 0],
    [0.5, 0.5204998778130465],
    [1, 0.8427007929497149],
    [2, 0.9953222650189527],
    [2.9, 0.9999589021219005],
    [3, 0.9999779095030014],
    [4, 0.9999999845827421],
    [6, 1],
  ])('erf(%f) = %f', (x, expected) => {
    expect(erf(x)).toBeCloseTo(expected, 13);
    expect(erf(-x)).toBeCloseTo(-expected, 13);
  });
});

describe('activation values', () => {
  it('sigmoid(0) = 0.5 and is stable for large |x|', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoidActivation.df(0)).toBe(0.25);
  });

  it('GELU is x·Φ(x) at reference points', () => {
    expect(geluActivation.f(0)).toBe(0);
    expect(geluActivation.f(1)).toBeCloseTo(0.8413447460685429, 12);
    expect(geluActivation.f(-1)).toBeCloseTo(-0.15865525393145707, 12);
    expect(geluActivation.f(2)).toBeCloseTo(1.9544997361036416, 12);
    expect(geluActivation.df(0)).toBeCloseTo(0.5, 12);
  });

  it('GELU has its minimum of about −0.17 near x = −0.75 (as the note says)', () => {
    const xs = Array.from({ length: 4001 }, (_, i) => -2 + i / 1000);
    const min = xs.reduce((best, x) => (geluActivation.f(x) < geluActivation.f(best) ? x : best));
    expect(min).toBeCloseTo(-0.75, 1);
    expect(geluActivation.f(min)).toBeCloseTo(-0.17, 2);
  });

  it('the tanh and sigmoid approximations of GELU stay within the errors the note states on [−6, 6]', () => {
    const tanhApprox = (x: number) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
    const sigmoidApprox = (x: number) => x * sigmoid(1.702 * x);
    const xs = Array.from({ length: 1201 }, (_, i) => -6 + i / 100);
    expect(Math.max(...xs.map((x) => Math.abs(tanhApprox(x) - geluActivation.f(x))))).toBeLessThan(0.0005);
    expect(Math.max(...xs.map((x) => Math.abs(sigmoidApprox(x) - geluActivation.f(x))))).toBeLessThan(0.021);
  });

  it('Swish/SiLU at reference points, minimum −0.278 near x = −1.278', () => {
    const silu = swish(1);
    expect(silu.f(1)).toBeCloseTo(0.7310585786300049, 14);
    expect(silu.f(-1)).toBeCloseTo(-0.2689414213699951, 14);
    expect(silu.df(0)).toBe(0.5);
    expect(silu.f(-1.2785)).toBeCloseTo(-0.2785, 4);
    expect(swish(0).f(3)).toBe(1.5); // β = 0 is x/2
  });

  it('h-swish and h-sigmoid follow ReLU6(x + 3)/6', () => {
    expect(hardSwishActivation.f(1)).toBeCloseTo(2 / 3, 14);
    expect(hardSwishActivation.f(-1)).toBeCloseTo(-1 / 3, 14);
    expect(hardSwishActivation.f(-1.5)).toBe(-0.375);
    expect(hardSwishActivation.f(-4)).toBeCloseTo(0, 14);
    expect(hardSwishActivation.f(5)).toBe(5);
    expect(hardSigmoid(0)).toBe(0.5);
    expect(hardSigmoid(-3)).toBe(0);
    expect(hardSigmoid(3)).toBe(1);
  });

  // The note's comparison table (α = 0.01 for Leaky ReLU, α = 1 for ELU), to its three decimals
  // (GELU(−2) = −0.0455003 rounds to −0.046, GELU(2) = 1.9544997 to 1.954).
  it.each(
    [
      [sigmoidActivation, [0.119, 0.269, 0.5, 0.731, 0.881]],
      [tanhActivation, [-0.964, -0.762, 0, 0.762, 0.964]],
      [reluActivation, [0, 0, 0, 1, 2]],
      [leakyRelu(0.01), [-0.02, -0.01, 0, 1, 2]],
      [elu(1), [-0.865, -0.632, 0, 1, 2]],
      [geluActivation, [-0.046, -0.159, 0, 0.841, 1.954]],
      [swish(1), [-0.238, -0.269, 0, 0.731, 1.762]],
      [hardSwishActivation, [-0.333, -0.333, 0, 0.667, 1.667]],
    ].map(([activation, values]) => [(activation as Activation).label, activation, values] as [string, Activation, number[]]),
  )('%s matches the note table at x = −2…2', (_, activation, expected) => {
    [-2, -1, 0, 1, 2].forEach((x, i) => expect(Math.abs(activation.f(x) - expected[i]!)).toBeLessThanOrEqual(0.0005));
  });
});

describe('derivatives', () => {
  // Central differences away from the kinks (0 for ReLU-type, ±3 for h-swish).
  const xs = [-3.7, -2.2, -1.1, -0.4, 0.3, 0.9, 1.6, 2.5, 3.6];
  it.each(ACTIVATIONS.map((a) => [a.label, a] as const))('%s: df matches a central difference of f', (_, activation) => {
    const h = 1e-5;
    for (const x of xs) {
      const numeric = (activation.f(x + h) - activation.f(x - h)) / (2 * h);
      expect(activation.df(x)).toBeCloseTo(numeric, 6);
    }
  });

  it('the plotted set is the eight functions of the issue, Leaky ReLU with α = 0.1 for visibility', () => {
    expect(ACTIVATIONS.map((a) => a.id)).toEqual(['sigmoid', 'tanh', 'relu', 'leaky-relu', 'elu', 'gelu', 'silu', 'h-swish']);
    expect(ACTIVATIONS[3]!.f(-2)).toBeCloseTo(-0.2, 14);
  });
});
