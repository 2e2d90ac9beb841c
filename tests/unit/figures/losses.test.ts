import { describe, expect, it } from 'vitest';
import { crossEntropy, FOCAL_GAMMAS, focalLoss } from '../../../src/lib/figures/focal-loss';
import { huber, l1Loss, l2Loss, smoothL1 } from '../../../src/lib/figures/regression-losses';

describe('regression losses', () => {
  it('match the loss-functions note table (δ = β = 1)', () => {
    const rows = [
      [0.1, 0.01, 0.1, 0.005, 0.2, 1, 0.1],
      [0.5, 0.25, 0.5, 0.125, 1, 1, 0.5],
      [1, 1, 1, 0.5, 2, 1, 1],
      [2, 4, 2, 1.5, 4, 1, 1],
      [5, 25, 5, 4.5, 10, 1, 1],
    ];
    for (const [r, mse, mae, hub, dMse, dMae, dHub] of rows) {
      expect(l2Loss.loss(r!)).toBeCloseTo(mse!, 12);
      expect(l1Loss.loss(r!)).toBeCloseTo(mae!, 12);
      expect(huber(1).loss(r!)).toBeCloseTo(hub!, 12);
      expect(smoothL1(1).loss(r!)).toBeCloseTo(hub!, 12);
      expect(l2Loss.gradient(r!)).toBeCloseTo(dMse!, 12);
      expect(l1Loss.gradient(r!)).toBe(dMae);
      expect(huber(1).gradient(r!)).toBeCloseTo(dHub!, 12);
    }
  });

  it('Huber is quadratic up to δ and linear beyond, with value and slope continuous at ±δ', () => {
    const delta = 1.5;
    const loss = huber(delta);
    expect(loss.loss(delta)).toBeCloseTo(0.5 * delta ** 2, 14);
    expect(loss.loss(delta - 1e-9)).toBeCloseTo(loss.loss(delta + 1e-9), 8);
    expect(loss.gradient(delta - 1e-9)).toBeCloseTo(delta, 8);
    expect(loss.gradient(delta + 1e-9)).toBe(delta);
    expect(loss.gradient(-10)).toBe(-delta);
    expect(loss.loss(3)).toBeCloseTo(delta * (3 - delta / 2), 14);
    expect(loss.loss(-3)).toBe(loss.loss(3));
  });

  it('smooth L1 around β: value continuous, slope r/β inside and ±1 outside; Huber_δ = β·smoothL1_β', () => {
    const beta = 1;
    const loss = smoothL1(beta);
    expect(loss.loss(beta - 1e-9)).toBeCloseTo(loss.loss(beta), 8);
    expect(loss.loss(beta)).toBe(0.5);
    expect(loss.gradient(0.4)).toBeCloseTo(0.4, 14);
    expect(loss.gradient(2)).toBe(1);
    expect(loss.gradient(-2)).toBe(-1);
    for (const b of [0.5, 2]) for (const r of [-3, -0.2, 0.7, 4]) expect(huber(b).loss(r)).toBeCloseTo(b * smoothL1(b).loss(r), 12);
  });

  it('gradients match central differences away from the kinks', () => {
    for (const curve of [l2Loss, l1Loss, huber(1.5), smoothL1(1)]) {
      for (const r of [-2.7, -1.2, -0.3, 0.4, 1.1, 2.2]) {
        const numeric = (curve.loss(r + 1e-6) - curve.loss(r - 1e-6)) / 2e-6;
        expect(curve.gradient(r)).toBeCloseTo(numeric, 5);
      }
    }
  });
});

describe('focal loss', () => {
  it('reduces to the cross-entropy at γ = 0', () => {
    for (const pt of [0.001, 0.1, 0.5, 0.9, 0.999]) expect(focalLoss(pt, 0)).toBe(crossEntropy(pt));
  });

  it('is 0 at p_t = 1 for every γ and shrinks as γ grows', () => {
    for (const gamma of FOCAL_GAMMAS) expect(focalLoss(1, gamma)).toBe(0);
    for (const pt of [0.1, 0.5, 0.9]) {
      const losses = FOCAL_GAMMAS.map((gamma) => focalLoss(pt, gamma));
      expect([...losses].sort((a, b) => b - a)).toEqual(losses);
    }
  });

  it('matches the loss-functions note table', () => {
    const table: [number, number[]][] = [
      [0.1, [2.303, 2.184, 2.072, 1.865, 1.36]],
      [0.5, [0.693, 0.49, 0.347, 0.173, 0.022]],
      [0.9, [0.105, 0.033, 0.011, 0.001, 1.1e-6]],
    ];
    for (const [pt, row] of table) FOCAL_GAMMAS.forEach((gamma, i) => expect(focalLoss(pt, gamma)).toBeCloseTo(row[i]!, 3));
    expect(focalLoss(0.99, 2) / crossEntropy(0.99)).toBeCloseTo(1e-4, 10);
    expect(focalLoss(0.9, 2) / crossEntropy(0.9)).toBeCloseTo(0.01, 10);
  });
});
