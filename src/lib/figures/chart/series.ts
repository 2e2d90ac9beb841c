// Drawing data series: one <path class="series"> per series (tests count them) plus its markers.
import { marker } from './markers';
import { element } from './markup';
import { polylineData } from './simplify';
import type { Plot, Point } from './panel';
import { STROKE_WIDTH, type SeriesStyle } from './styles';

export interface Series {
  /** Stable machine name, written to data-series. */
  key: string;
  /** Korean label for the legend. */
  label: string;
  style: SeriesStyle;
  /** Polyline points; a point with a NaN coordinate breaks the line. +∞ is drawn on the infinity row if any. */
  points: readonly Point[];
  /** Where to draw markers (points outside the plot are skipped). */
  markers?: readonly Point[];
  /** Stroke width; thinner for busy paths. */
  width?: number;
}

/** The series' line in SVG units: one subpath per run of drawable points (NaN breaks the line). */
function lineData(plot: Plot, points: readonly Point[]): string {
  const runs: [number, number][][] = [[]];
  for (const [x, y] of points) {
    const position: [number, number] = [plot.x(x), plot.yPos(y)];
    if (Number.isFinite(x) && Number.isFinite(position[1])) runs.at(-1)!.push(position);
    else if (runs.at(-1)!.length > 0) runs.push([]);
  }
  return runs
    .filter((run) => run.length > 0)
    .map(polylineData)
    .join('');
}

/** The series' line, clipped to the plot area. */
export function seriesPath(plot: Plot, series: Series): string {
  return plot.clip(
    element('path', {
      class: 'series',
      'data-series': series.key,
      d: lineData(plot, series.points),
      fill: 'none',
      stroke: series.style.color,
      'stroke-width': series.width ?? STROKE_WIDTH,
      'stroke-dasharray': series.style.dash,
      'stroke-linecap': series.style.dash ? 'round' : undefined,
      'stroke-linejoin': 'round',
    }),
  );
}

export function seriesMarkers(plot: Plot, style: SeriesStyle, points: readonly Point[]): string {
  const shapes = points.filter((point) => plot.contains(point)).map(([x, y]) => marker(style, plot.x(x), plot.yPos(y)));
  return shapes.length ? element('g', { class: 'markers' }, shapes.join('')) : '';
}

/** Line and markers of each series, lines first so that markers stay on top. */
export function drawSeries(plot: Plot, series: readonly Series[]): string {
  return (
    series.map((entry) => seriesPath(plot, entry)).join('') +
    series.map((entry) => seriesMarkers(plot, entry.style, entry.markers ?? [])).join('')
  );
}
