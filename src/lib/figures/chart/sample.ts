// Turning a function into points to draw: a dense polyline, and a few evenly spread marker positions.
import type { Point } from './panel';

export interface SampleOptions {
  /** Number of intervals across the whole domain. */
  count?: number;
  /** x values where the function jumps: the line is broken there instead of drawing a vertical edge. */
  breaks?: readonly number[];
}

/** Points (x, f(x)) across the domain; a NaN point separates pieces at each break. */
export function sampleFunction(fn: (x: number) => number, [a, b]: readonly [number, number], options: SampleOptions = {}): Point[] {
  const count = options.count ?? 240;
  const cuts = [a, ...(options.breaks ?? []).filter((x) => x > a && x < b), b];
  const points: Point[] = [];
  for (let piece = 0; piece < cuts.length - 1; piece++) {
    const [from, to] = [cuts[piece]!, cuts[piece + 1]!];
    // Stop just short of a break so each side shows its own one-sided limit.
    const inset = (b - a) * 1e-6;
    const start = piece > 0 ? from + inset : from;
    const end = piece < cuts.length - 2 ? to - inset : to;
    const n = Math.max(2, Math.round((count * (to - from)) / (b - a)));
    if (piece > 0) points.push([NaN, NaN]);
    for (let i = 0; i <= n; i++) {
      const x = start + ((end - start) * i) / n;
      points.push([x, fn(x)]);
    }
  }
  return points;
}

/**
 * `count` marker positions spread evenly over the domain. `phase` in [0, 1) shifts them by part of a
 * spacing, so that markers of overlapping series do not sit on top of each other.
 */
export function markerPositions(fn: (x: number) => number, [a, b]: readonly [number, number], count: number, phase = 0): Point[] {
  const spacing = (b - a) / count;
  return Array.from({ length: count }, (_, i) => {
    const x = a + spacing * (i + 0.2 + 0.6 * phase);
    return [x, fn(x)] as const;
  });
}
