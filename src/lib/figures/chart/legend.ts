// The legend is HTML next to the panels, so it wraps on narrow screens and is read as text.
import { marker } from './markers';
import { element, escapeHtml } from './markup';
import { STROKE_WIDTH, type SeriesStyle } from './styles';

export interface LegendItem {
  label: string;
  style: SeriesStyle;
  /** false for data points drawn as markers only. */
  line?: boolean;
}

/** A line sample with the series' dash pattern and marker. */
export function legendSwatch(style: SeriesStyle, withLine = true): string {
  const stroke = element('path', {
    d: 'M2,7H38',
    stroke: style.color,
    'stroke-width': STROKE_WIDTH,
    'stroke-dasharray': style.dash,
    'stroke-linecap': style.dash ? 'round' : undefined,
    fill: 'none',
  });
  return element(
    'svg',
    { viewBox: '0 0 40 14', width: 40, height: 14, 'aria-hidden': 'true', focusable: 'false' },
    (withLine ? stroke : '') + marker(style, 20, 7),
  );
}

export function legendHtml(items: readonly LegendItem[]): string {
  const entries = items.map((item) => `<li>${legendSwatch(item.style, item.line ?? true)}<span>${escapeHtml(item.label)}</span></li>`);
  return `<ul class="figure-legend">${entries.join('')}</ul>`;
}
