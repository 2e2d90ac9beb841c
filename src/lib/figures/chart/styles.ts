// Series styles: each differs in colour, dash pattern and marker shape, so series stay distinguishable
// in greyscale prints and for colour-blind readers. Colours are theme variables from global.css.

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'plus';

export interface SeriesStyle {
  color: string;
  /** stroke-dasharray; undefined = solid. */
  dash?: string;
  marker: MarkerShape;
  /** Open markers are filled with the background colour. */
  open: boolean;
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { color: 'var(--series-1)', marker: 'circle', open: false },
  { color: 'var(--series-2)', dash: '7 4', marker: 'square', open: true },
  { color: 'var(--series-3)', dash: '2 3', marker: 'triangle', open: false },
  { color: 'var(--series-4)', dash: '10 3 2 3', marker: 'diamond', open: true },
  { color: 'var(--fg)', dash: '5 3 1.5 3 1.5 3', marker: 'cross', open: false },
  { color: 'var(--fg-muted)', dash: '12 3', marker: 'plus', open: false },
];

export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length]!;
}

export const STROKE_WIDTH = 2;
