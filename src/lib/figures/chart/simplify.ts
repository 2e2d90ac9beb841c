// Fewer vertices for the same drawn line. Sampled curves and contour rings carry hundreds of nearly
// collinear points (a contour ring along the plot's edge has one every grid cell): on the optimizers
// note they were most of the page's bytes. Ramer–Douglas–Peucker (simplify-js) keeps every vertex that
// moves the line by more than a tenth of a unit, about a tenth of a pixel at the size figures are shown.
import simplify from 'simplify-js';
import { round } from './markup';

/** Largest distance, in SVG units, between the drawn line and the sampled one. */
export const LINE_TOLERANCE = 0.1;

/** The polyline (in SVG units) as path data: "M x,y L x,y …", with coordinates rounded as elsewhere. */
export function polylineData(points: readonly (readonly [number, number])[]): string {
  const kept = simplify(
    points.map(([x, y]) => ({ x, y })),
    LINE_TOLERANCE,
    true,
  );
  return 'M' + kept.map(({ x, y }) => `${round(x)},${round(y)}`).join('L');
}
