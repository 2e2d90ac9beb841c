// Loss figures: regression losses and their gradients against the residual (regression-loss-curves,
// l1-l2-loss-curves), focal loss for several γ (focal-loss-gamma, focal-loss-curves).
import { figureDomId, figureHtml } from '../chart/figure';
import { legendHtml } from '../chart/legend';
import { formatNumber } from '../chart/markup';
import { renderPanel } from '../chart/panel';
import { drawSeries } from '../chart/series';
import { seriesStyle } from '../chart/styles';
import { FOCAL_GAMMAS, focalLoss } from '../focal-loss';
import type { FigureContext } from '../registry';
import { huber, l1Loss, l2Loss, smoothL1, type LossCurve } from '../regression-losses';
import { curveSeries, formatList, valuesAt } from './curves';

/** δ = 1.5 and β = 1 as in the loss-functions note's figure marker (at δ = β = 1 the two curves coincide). */
export const REGRESSION_LOSSES: readonly LossCurve[] = [l2Loss, l1Loss, huber(1.5), smoothL1(1)];

/** `variable` is the note's name for the residual: r in loss-functions, e (error) in l1-vs-l2-loss. */
export function renderRegressionLosses({ caption }: FigureContext, id: string, variable: { name: string; label: string }): string {
  const domain = [-3, 3] as const;
  const xs = [0.5, 1, 2, 3];
  const describe = (kind: 'loss' | 'gradient') =>
    `${variable.label} ${variable.name} = ${formatList(xs)}에서 ${kind === 'loss' ? '손실' : '기울기'}: ` +
    REGRESSION_LOSSES.map((curve) => `${curve.label} ${valuesAt(curve[kind], xs)}`).join('; ') +
    '.';
  const panels = (['loss', 'gradient'] as const).map((kind, i) =>
    renderPanel(
      {
        id: `${figureDomId(id)}-p${i}`,
        heading: kind === 'loss' ? '손실' : `기울기 (${variable.name}에 대한 미분)`,
        title: `회귀 손실 네 가지의 ${kind === 'loss' ? '손실' : '기울기'} 곡선`,
        desc: describe(kind),
        x: { domain, label: `${variable.label} ${variable.name}`, ticks: [-3, -2, -1, 0, 1, 2, 3] },
        y:
          kind === 'loss'
            ? { domain: [0, 4], label: '손실', ticks: [0, 1, 2, 3, 4] }
            : { domain: [-3, 3], label: '기울기', ticks: [-3, -2, -1, 0, 1, 2, 3] },
      },
      (plot) =>
        drawSeries(
          plot,
          curveSeries(
            REGRESSION_LOSSES.map((curve) => ({
              key: kind === 'loss' ? curve.id : `${curve.id}-gradient`,
              label: curve.label,
              fn: curve[kind],
              breaks: kind === 'gradient' ? curve.jumps : [],
            })),
            domain,
            3,
          ),
        ),
    ),
  );
  return figureHtml({
    id,
    caption,
    legend: legendHtml(REGRESSION_LOSSES.map((curve, i) => ({ label: curve.label, style: seriesStyle(i) }))),
    panels,
  });
}

export function renderFocalLoss({ caption }: FigureContext, id: string): string {
  const domain = [0, 1] as const;
  const xs = [0.1, 0.5, 0.9];
  const label = (gamma: number) => (gamma === 0 ? 'γ=0 (교차 엔트로피)' : `γ=${gamma}`);
  const panel = renderPanel(
    {
      id: `${figureDomId(id)}-p0`,
      title: '정답 클래스 확률에 따른 초점 손실',
      desc:
        `p_t = ${formatList(xs)}에서 초점 손실: ` +
        FOCAL_GAMMAS.map((gamma) => `${label(gamma)} ${valuesAt((p) => focalLoss(p, gamma), xs)}`).join('; ') +
        `. p_t가 0에 가까우면 모든 곡선이 커지고, p_t가 1에 가까우면 γ가 클수록 손실이 더 빨리 0이 됩니다.`,
      width: 320,
      height: 240,
      x: { domain, label: '정답 클래스 확률 p_t', ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] },
      y: { domain: [0, 5], label: '손실', ticks: [0, 1, 2, 3, 4, 5] },
    },
    (plot) =>
      drawSeries(
        plot,
        curveSeries(
          FOCAL_GAMMAS.map((gamma) => ({
            key: `gamma-${formatNumber(gamma)}`,
            label: label(gamma),
            fn: (p: number) => focalLoss(Math.max(p, 1e-6), gamma),
          })),
          domain,
          4,
        ),
      ),
  );
  return figureHtml({
    id,
    caption,
    legend: legendHtml(FOCAL_GAMMAS.map((gamma, i) => ({ label: label(gamma), style: seriesStyle(i) }))),
    panels: [panel],
  });
}
