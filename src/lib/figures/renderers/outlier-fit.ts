// l2-outlier-fit: ten points on a line plus one outlier, with the L2 (least squares) and L1 (least absolute
// deviations) lines fitted at build time.
import { figureDomId, figureHtml } from '../chart/figure';
import { legendHtml } from '../chart/legend';
import { marker } from '../chart/markers';
import { element, formatNumber } from '../chart/markup';
import { renderPanel } from '../chart/panel';
import { drawSeries } from '../chart/series';
import { seriesStyle, type SeriesStyle } from '../chart/styles';
import { leastAbsoluteDeviationsLine, leastSquaresLine, OUTLIER_DATA, predict, type Line } from '../line-fit';
import type { FigureContext } from '../registry';

const POINT_STYLE: SeriesStyle = { color: 'var(--fg-muted)', marker: 'circle', open: false };
const OUTLIER_STYLE: SeriesStyle = { color: 'var(--fg)', marker: 'diamond', open: true };

const equation = (line: Line) => `y = ${formatNumber(line.intercept)} + ${formatNumber(line.slope)}x`;

export function fitOutlierData() {
  const points = [...OUTLIER_DATA.inliers, OUTLIER_DATA.outlier];
  return { points, l2: leastSquaresLine(points), l1: leastAbsoluteDeviationsLine(points) };
}

export function renderOutlierFit({ caption }: FigureContext, id = 'l2-outlier-fit'): string {
  const { l2, l1 } = fitOutlierData();
  const domain = [-0.5, 10] as const;
  const fits = [
    { key: 'l2-fit', label: `L2 (최소 제곱) 직선: ${equation(l2)}`, line: l2 },
    { key: 'l1-fit', label: `L1 (최소 절대 편차) 직선: ${equation(l1)}`, line: l1 },
  ];
  const [ox, oy] = OUTLIER_DATA.outlier;
  const panel = renderPanel(
    {
      id: `${figureDomId(id)}-p0`,
      title: '이상치 하나가 L2 직선과 L1 직선에 미치는 영향',
      desc:
        `점 ${OUTLIER_DATA.inliers.length}개가 y = 1 + 0.5x 근처에 있고 (${formatNumber(ox)}, ${formatNumber(oy)})에 이상치가 하나 있습니다. ` +
        `L2로 맞춘 직선은 ${equation(l2)}로 이상치 쪽으로 기울고, L1로 맞춘 직선은 ${equation(l1)}로 다수의 점을 따라갑니다.`,
      width: 320,
      height: 240,
      x: { domain, label: 'x', ticks: [0, 2, 4, 6, 8, 10] },
      y: { domain: [0, 13], label: 'y', ticks: [0, 3, 6, 9, 12] },
    },
    (plot) => {
      const series = fits.map((fit, i) => ({
        key: fit.key,
        label: fit.label,
        style: seriesStyle(i),
        points: domain.map((x) => [x, predict(fit.line, x)] as const),
        markers: [1.5 + i, 5.5 + i].map((x) => [x, predict(fit.line, x)] as const),
      }));
      const dots = OUTLIER_DATA.inliers.map(([x, y]) => marker(POINT_STYLE, plot.x(x), plot.y(y), 3.2)).join('');
      const outlier =
        marker(OUTLIER_STYLE, plot.x(ox), plot.y(oy), 5) +
        element('text', { x: plot.x(ox) - 9, y: plot.y(oy) + 4, 'text-anchor': 'end', fill: 'var(--fg)' }, '이상치');
      return drawSeries(plot, series) + element('g', { class: 'data-points' }, dots + outlier);
    },
  );
  return figureHtml({
    id,
    caption,
    legend: legendHtml([
      ...fits.map((fit, i) => ({ label: fit.label, style: seriesStyle(i) })),
      { label: '데이터 점', style: POINT_STYLE, line: false },
      { label: '이상치', style: OUTLIER_STYLE, line: false },
    ]),
    panels: [panel],
  });
}
