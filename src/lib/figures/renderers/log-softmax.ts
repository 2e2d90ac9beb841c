// log-softmax-loss-vs-prob: (1) the naive loss 1 − p against −log p, (2) −log p computed in float32 along the
// softmax-then-log path and the log-softmax path, for true-class probabilities down to 10⁻⁵⁰.
import { figureDomId, figureHtml, panelWithLegend } from '../chart/figure';
import { legendHtml } from '../chart/legend';
import { element, formatNumber, formatScientific, powerOfTen } from '../chart/markup';
import { renderPanel } from '../chart/panel';
import { markerPositions, sampleFunction } from '../chart/sample';
import { drawSeries, type Series } from '../chart/series';
import { seriesStyle } from '../chart/styles';
import type { FigureContext } from '../registry';
import { lossesAtProbability, naiveFailureLog10P, negativeLogP, oneMinusP } from '../softmax-numerics';
import { curveSeries, formatList, valuesAt } from './curves';

export function renderLogSoftmaxLoss({ caption }: FigureContext, id = 'log-softmax-loss-vs-prob'): string {
  const ps = [0.9, 0.5, 0.1, 0.01];
  const probabilityPanel = renderPanel(
    {
      id: `${figureDomId(id)}-p0`,
      heading: '확률 공간의 손실 비교',
      title: '정답 클래스 확률에 따른 1 − p와 −log p',
      desc: `p = ${formatList(ps)}에서 1 − p는 ${valuesAt(oneMinusP, ps)}이고 −log p는 ${valuesAt(negativeLogP, ps)}입니다. 1 − p는 1에서 멈추지만 −log p는 p가 0에 가까워질수록 끝없이 커집니다.`,
      x: { domain: [0, 1], label: '정답 클래스 확률 p', ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] },
      y: { domain: [0, 5], label: '손실', ticks: [0, 1, 2, 3, 4, 5] },
    },
    (plot) =>
      drawSeries(
        plot,
        curveSeries(
          [
            { key: 'one-minus-p', label: '순진한 손실 1 − p', fn: oneMinusP },
            { key: 'neg-log-p', label: '−log p', fn: (p) => negativeLogP(Math.max(p, 1e-6)) },
          ],
          [0, 1],
          4,
        ),
      ),
  );

  const failure = naiveFailureLog10P();
  const domain = [-50, 0] as const;
  const paths = [
    { key: 'softmax-then-log', label: 'softmax 후 log', pick: (u: number) => lossesAtProbability(u).naive },
    { key: 'log-softmax', label: 'log-softmax', pick: (u: number) => lossesAtProbability(u).logSoftmax },
  ];
  const float32Panel = renderPanel(
    {
      id: `${figureDomId(id)}-p1`,
      heading: 'float32로 계산한 −log p',
      infinityRow: true,
      title: 'float32에서 softmax 후 log 경로와 log-softmax 경로의 손실',
      desc:
        `두 클래스 로짓으로 정답 확률 p를 1에서 10⁻⁵⁰까지 줄이며 float32로 계산했습니다. 두 경로는 p ≈ 10⁻³⁸까지 같은 값(−log p)을 내지만, ` +
        `p가 약 ${formatScientific(10 ** failure)}보다 작아지면 softmax 후 log 경로는 확률이 0으로 언더플로해 손실이 ∞가 됩니다. ` +
        `log-softmax 경로는 p = 10⁻⁵⁰에서도 ${formatNumber(lossesAtProbability(-50).logSoftmax, 1)}을 정확히 냅니다.`,
      height: 250,
      x: { domain, label: '정답 클래스 확률 p (로그 눈금)', ticks: [-50, -40, -30, -20, -10, 0], format: powerOfTen },
      y: { domain: [0, 120], label: '손실 −log p', ticks: [0, 40, 80, 120] },
    },
    (plot) => {
      const series: Series[] = paths.map((path, i) => ({
        key: path.key,
        label: path.label,
        style: seriesStyle(i),
        // Sampling stops just short of p = 1, where the logit would be +∞.
        points: sampleFunction(path.pick, [domain[0], -1e-3], { count: 200, breaks: i === 0 ? [failure] : [] }),
        markers: markerPositions(path.pick, domain, 5, i / 2),
      }));
      const x = plot.x(failure);
      const guide =
        element('line', { x1: x, x2: x, y1: plot.top - 20, y2: plot.bottom, stroke: 'var(--fg-muted)', 'stroke-dasharray': '3 3' }) +
        element('text', { x: x + 5, y: plot.bottom - 8, fill: 'var(--fg)' }, '언더플로');
      return guide + drawSeries(plot, series);
    },
  );

  const legendOf = (labels: readonly string[]) => legendHtml(labels.map((label, i) => ({ label, style: seriesStyle(i) })));
  return figureHtml({
    id,
    caption,
    panels: [
      panelWithLegend(legendOf(['순진한 손실 1 − p', '−log p']), probabilityPanel),
      panelWithLegend(legendOf(paths.map((path) => path.label)), float32Panel),
    ],
  });
}
