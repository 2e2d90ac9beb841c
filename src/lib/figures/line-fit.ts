// Straight-line fits y = a + b·x for the outlier figure of content/notes/l1-vs-l2-loss.md:
// least squares (L2) in closed form, least absolute deviations (L1) exactly by enumeration.

export type XY = readonly [number, number];

export interface Line {
  intercept: number;
  slope: number;
}

export const predict = (line: Line, x: number) => line.intercept + line.slope * x;

export const sumSquaredResiduals = (line: Line, points: readonly XY[]) =>
  points.reduce((sum, [x, y]) => sum + (y - predict(line, x)) ** 2, 0);

export const sumAbsoluteResiduals = (line: Line, points: readonly XY[]) =>
  points.reduce((sum, [x, y]) => sum + Math.abs(y - predict(line, x)), 0);

/** Ordinary least squares: b = cov(x, y) / var(x), a = ȳ − b·x̄. */
export function leastSquaresLine(points: readonly XY[]): Line {
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  }
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

/**
 * Least absolute deviations. The L1 objective is convex and piecewise linear in (a, b), so a minimum is
 * reached at a vertex, that is, at a line through two of the data points. Trying every pair is exact and
 * needs no LP solver; O(n³) is nothing for the dozen points of a figure. Ties keep the first pair found.
 */
export function leastAbsoluteDeviationsLine(points: readonly XY[]): Line {
  let best: Line | undefined;
  let bestCost = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const [[x1, y1], [x2, y2]] = [points[i]!, points[j]!];
      if (x1 === x2) continue;
      const slope = (y2 - y1) / (x2 - x1);
      const line = { slope, intercept: y1 - slope * x1 };
      const cost = sumAbsoluteResiduals(line, points);
      if (cost < bestCost - 1e-12) [best, bestCost] = [line, cost];
    }
  }
  if (!best) throw new Error('leastAbsoluteDeviationsLine needs two points with different x');
  return best;
}

/**
 * The figure's data: ten points near y = 1 + 0.5x (fixed small offsets, so the figure never changes)
 * and one outlier far above the trend at the right end.
 */
export const OUTLIER_DATA: { inliers: readonly XY[]; outlier: XY } = {
  inliers: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(
    (x, i) => [x, 1 + 0.5 * x + [0.15, -0.2, 0.1, -0.1, 0.25, -0.15, 0.05, 0.2, -0.25, 0.1][i]!] as const,
  ),
  outlier: [8.5, 12],
};
