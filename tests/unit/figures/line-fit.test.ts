import { describe, expect, it } from 'vitest';
import {
  leastAbsoluteDeviationsLine,
  leastSquaresLine,
  OUTLIER_DATA,
  sumAbsoluteResiduals,
  sumSquaredResiduals,
  type XY,
} from '../../../src/lib/figures/line-fit';

const all: XY[] = [...OUTLIER_DATA.inliers, OUTLIER_DATA.outlier];

describe('least squares', () => {
  it('recovers an exact line', () => {
    const line = leastSquaresLine([0, 1, 2, 5].map((x) => [x, 3 - 2 * x] as const));
    expect(line.slope).toBeCloseTo(-2, 12);
    expect(line.intercept).toBeCloseTo(3, 12);
  });

  it('is a minimum: the normal equations hold (residuals sum to 0 and are orthogonal to x)', () => {
    const line = leastSquaresLine(all);
    const residuals = all.map(([x, y]) => y - line.intercept - line.slope * x);
    expect(residuals.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 10);
    expect(residuals.reduce((sum, r, i) => sum + r * all[i]![0], 0)).toBeCloseTo(0, 10);
    expect(sumSquaredResiduals(line, all)).toBeLessThan(sumSquaredResiduals({ ...line, slope: line.slope + 0.01 }, all));
  });
});

describe('least absolute deviations', () => {
  it('beats every line on a fine grid of slopes and intercepts', () => {
    const best = leastAbsoluteDeviationsLine(all);
    const cost = sumAbsoluteResiduals(best, all);
    for (let slope = 0; slope <= 1; slope += 0.01) {
      for (let intercept = -1; intercept <= 3; intercept += 0.02) {
        expect(cost).toBeLessThanOrEqual(sumAbsoluteResiduals({ slope, intercept }, all) + 1e-12);
      }
    }
  });

  it('passes through two data points', () => {
    const best = leastAbsoluteDeviationsLine(all);
    const onLine = all.filter(([x, y]) => Math.abs(y - best.intercept - best.slope * x) < 1e-9);
    expect(onLine.length).toBeGreaterThanOrEqual(2);
  });

  it('rejects input without two distinct x', () => {
    expect(() =>
      leastAbsoluteDeviationsLine([
        [1, 1],
        [1, 2],
      ]),
    ).toThrow();
  });
});

describe('the outlier figure data', () => {
  it('one outlier tilts the L2 line but not the L1 line', () => {
    const l2 = leastSquaresLine(all);
    const l1 = leastAbsoluteDeviationsLine(all);
    const clean = leastSquaresLine(OUTLIER_DATA.inliers);
    expect(clean.slope).toBeCloseTo(0.5, 1);
    expect(l1.slope).toBeCloseTo(0.5, 1);
    expect(l2.slope).toBeGreaterThan(0.7);
  });

  it('moving the outlier further away moves the L2 line further, and the L1 line not at all', () => {
    const farther: XY[] = [...OUTLIER_DATA.inliers, [OUTLIER_DATA.outlier[0], OUTLIER_DATA.outlier[1] + 20]];
    expect(leastSquaresLine(farther).slope).toBeGreaterThan(leastSquaresLine(all).slope + 0.5);
    expect(leastAbsoluteDeviationsLine(farther)).toEqual(leastAbsoluteDeviationsLine(all));
  });
});
