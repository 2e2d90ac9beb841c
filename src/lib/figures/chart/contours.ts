// Contour lines of a 2-D function (d3-contour on a sampled grid), as SVG paths in plot coordinates.
import { contours } from 'd3-contour';
import type { Plot } from './panel';
import { element } from './markup';
import { polylineData } from './simplify';

export interface ContourOptions {
  /** Function values at which to draw a contour. */
  thresholds: readonly number[];
  /** Grid cells along x; y gets as many as keep the cells square. */
  resolution?: number;
}

/**
 * Filled, faint contour bands: each level adds a little accent tint, so the basin darkens towards the
 * minimum in both themes, and each level line is drawn in the muted text colour.
 */
export function contourLayer(plot: Plot, fn: (x: number, y: number) => number, options: ContourOptions): string {
  const [x0, x1] = plot.x.domain() as [number, number];
  const [y0, y1] = plot.y.domain() as [number, number];
  const nx = options.resolution ?? 120;
  const cell = (x1 - x0) / nx;
  const ny = Math.max(2, Math.round((y1 - y0) / cell));
  const values = new Array<number>(nx * ny);
  // d3-contour puts grid sample (i, j) at (i + 0.5, j + 0.5) in its output coordinates. It outlines where
  // values are >= a threshold, so the function is negated to get the sublevel sets {f <= t} (the basins).
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) values[i + j * nx] = -fn(x0 + (i + 0.5) * cell, y0 + (j + 0.5) * ((y1 - y0) / ny));
  }
  const toX = (gx: number) => plot.x(x0 + gx * cell);
  const toY = (gy: number) => plot.y(y0 + gy * ((y1 - y0) / ny));
  const paths = contours()
    .size([nx, ny])
    .thresholds(options.thresholds.map((t) => -t))(values)
    .map((geometry) => {
      const d = geometry.coordinates
        .flatMap((polygon) => polygon.map((ring) => polylineData(ring.map((point) => [toX(point[0]!), toY(point[1]!)] as const)) + 'Z'))
        .join('');
      return element('path', { d, 'data-level': -geometry.value });
    });
  return plot.clip(
    element(
      'g',
      {
        class: 'contours',
        fill: 'var(--accent)',
        'fill-opacity': 0.06,
        stroke: 'var(--fg-muted)',
        'stroke-opacity': 0.45,
        'stroke-width': 0.8,
      },
      paths.join(''),
    ),
  );
}
