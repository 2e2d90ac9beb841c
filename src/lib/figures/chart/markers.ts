// Marker shapes drawn at data points, centred on (x, y) with a half-size of `r` viewBox units.
import { element, round } from './markup';
import type { MarkerShape, SeriesStyle } from './styles';

function shapePath(shape: MarkerShape, x: number, y: number, r: number): string {
  const p = (dx: number, dy: number) => `${round(x + dx)},${round(y + dy)}`;
  switch (shape) {
    case 'circle':
      return `M${p(-r, 0)}A${r},${r} 0 1,0 ${p(r, 0)}A${r},${r} 0 1,0 ${p(-r, 0)}Z`;
    case 'square': {
      const s = r * 0.85;
      return `M${p(-s, -s)}L${p(s, -s)}L${p(s, s)}L${p(-s, s)}Z`;
    }
    case 'triangle':
      return `M${p(0, -r * 1.1)}L${p(r, r * 0.75)}L${p(-r, r * 0.75)}Z`;
    case 'diamond':
      return `M${p(0, -r * 1.15)}L${p(r, 0)}L${p(0, r * 1.15)}L${p(-r, 0)}Z`;
    case 'cross':
      return `M${p(-r, -r)}L${p(r, r)}M${p(-r, r)}L${p(r, -r)}`;
    case 'plus':
      return `M${p(-r * 1.2, 0)}L${p(r * 1.2, 0)}M${p(0, -r * 1.2)}L${p(0, r * 1.2)}`;
  }
}

const LINE_ONLY: readonly MarkerShape[] = ['cross', 'plus'];

/** One marker as an SVG path, in the series' colour (open shapes get the page background inside). */
export function marker(style: SeriesStyle, x: number, y: number, r = 3.6): string {
  const lineOnly = LINE_ONLY.includes(style.marker);
  return element('path', {
    d: shapePath(style.marker, x, y, r),
    fill: lineOnly ? 'none' : style.open ? 'var(--bg)' : style.color,
    stroke: style.color,
    'stroke-width': lineOnly ? 2 : 1.5,
  });
}
