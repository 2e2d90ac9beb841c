// wgan-distances-theta: TV, KL, JS and Wasserstein-1 between the parallel lines P₀ and P_θ against θ.
// KL is +∞ for every θ ≠ 0 and is drawn on a separate "∞" row above the finite axis.
import { figureDomId, figureHtml } from '../chart/figure';
import { legendHtml } from '../chart/legend';
import { marker } from '../chart/markers';
import { element, formatNumber } from '../chart/markup';
import { renderPanel } from '../chart/panel';
import { markerPositions, sampleFunction } from '../chart/sample';
import { drawSeries, type Series } from '../chart/series';
import { seriesStyle, type SeriesStyle } from '../chart/styles';
import { parallelLinesDistances, type ParallelLinesDistances } from '../distances';
import type { FigureContext } from '../registry';

const DISTANCES: readonly { key: keyof ParallelLinesDistances; label: string }[] = [
  { key: 'tv', label: '총변동 거리 TV' },
  { key: 'kl', label: 'KL(P₀‖P_θ)' },
  { key: 'js', label: 'JS 발산' },
  { key: 'w1', label: '바서슈타인-1 W' },
];

export function renderWganDistances({ caption }: FigureContext, id = 'wgan-distances-theta'): string {
  const domain = [-2, 2] as const;
  const at = (theta: number) => parallelLinesDistances(theta);
  const zero = at(0);
  const example = at(0.5);
  const far = at(1.5);
  const panel = renderPanel(
    {
      id: `${figureDomId(id)}-p0`,
      title: '평행선 예제에서 이동량 θ에 따른 네 가지 거리',
      desc:
        `θ ≠ 0이면 TV = ${formatNumber(example.tv, 3)}, JS = ${formatNumber(example.js, 3)}(log 2), KL = ∞로 θ와 상관없이 일정합니다. ` +
        `W만 |θ|로 변해 θ = 0.5에서 ${formatNumber(example.w1, 3)}, θ = 1.5에서 ${formatNumber(far.w1, 3)}입니다. ` +
        `θ = 0에서는 네 값이 모두 ${formatNumber(zero.w1)}입니다.`,
      width: 320,
      height: 250,
      infinityRow: true,
      x: { domain, label: '이동량 θ', ticks: [-2, -1, 0, 1, 2] },
      y: { domain: [0, 2], label: '거리', ticks: [0, 0.5, 1, 1.5, 2] },
    },
    (plot) => {
      const series: Series[] = DISTANCES.map(({ key, label }, i) => {
        const fn = (theta: number) => at(theta)[key];
        // TV, KL and JS jump at θ = 0; W is continuous.
        const breaks = key === 'w1' ? [] : [0];
        return {
          key,
          label,
          style: seriesStyle(i),
          points: sampleFunction(fn, domain, { count: 160, breaks }),
          markers: markerPositions(fn, domain, 4, i / DISTANCES.length),
        };
      });
      // The value at θ = 0 itself: one shared dot (all four are 0), and an open hole where each jump leaves.
      const holes = series
        .filter((entry) => entry.key !== 'w1')
        .map((entry) => hole(entry.style, plot.x(0), plot.yPos(at(1e-9)[entry.key as keyof ParallelLinesDistances])));
      const origin =
        marker({ color: 'var(--fg)', marker: 'circle', open: false }, plot.x(0), plot.y(0), 4) +
        element('text', { x: plot.x(0) + 14, y: plot.y(0) - 3, fill: 'var(--fg)' }, 'θ = 0에서 모두 0');
      return drawSeries(plot, series) + element('g', { class: 'jumps' }, holes.join('') + origin);
    },
  );
  return figureHtml({
    id,
    caption,
    legend: legendHtml(DISTANCES.map(({ label }, i) => ({ label, style: seriesStyle(i) }))),
    panels: [panel],
  });
}

/** An open circle: the curve approaches this value but does not take it at θ = 0. */
function hole(style: SeriesStyle, x: number, y: number): string {
  return element('circle', { cx: x, cy: y, r: 4, fill: 'var(--bg)', stroke: style.color, 'stroke-width': 1.5 });
}
