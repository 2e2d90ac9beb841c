// Shared pieces for figures made of function curves: turning a function into a Series with markers,
// and short Korean descriptions of sampled values.
import { formatNumber } from '../chart/markup';
import { markerPositions, sampleFunction } from '../chart/sample';
import type { Series } from '../chart/series';
import { seriesStyle } from '../chart/styles';

export interface Curve {
  key: string;
  label: string;
  fn: (x: number) => number;
  /** x values where fn jumps. */
  breaks?: readonly number[];
}

/**
 * The curves of one panel as series. Series i gets style `styleOffset + i`, and its markers are shifted by
 * i/n of a spacing, so that curves lying on top of each other still show every marker.
 */
export function curveSeries(curves: readonly Curve[], domain: readonly [number, number], markersPerCurve = 4, styleOffset = 0): Series[] {
  return curves.map((curve, i) => ({
    key: curve.key,
    label: curve.label,
    style: seriesStyle(styleOffset + i),
    points: sampleFunction(curve.fn, domain, { breaks: curve.breaks }),
    markers: markerPositions(curve.fn, domain, markersPerCurve, i / curves.length),
  }));
}

/** "a, b, c" of fn at the given points, for <desc> texts. */
export function valuesAt(fn: (x: number) => number, xs: readonly number[], digits = 3): string {
  return xs.map((x) => formatNumber(fn(x), digits)).join(', ');
}

export const formatList = (xs: readonly number[]) => xs.map((x) => formatNumber(x)).join(', ');
