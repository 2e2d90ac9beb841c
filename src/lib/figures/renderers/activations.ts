// Activation-function figures: activation-curves (8 small multiples, function and derivative),
// activation-practice-curves (5 functions overlaid) and hswish-vs-swish (hard approximations).
import {
  elu,
  geluActivation,
  hardSigmoidActivation,
  hardSwishActivation,
  leakyRelu,
  reluActivation,
  sigmoidActivation,
  swish,
  tanhActivation,
  type Activation,
} from '../activations';
import { figureDomId, figureHtml } from '../chart/figure';
import { legendHtml } from '../chart/legend';
import { renderPanel } from '../chart/panel';
import { drawSeries } from '../chart/series';
import { seriesStyle } from '../chart/styles';
import type { FigureContext } from '../registry';
import { curveSeries, formatList, valuesAt } from './curves';

// α = 0.1 instead of the usual 0.01 so that the negative slope is visible at this scale (stated in the label).
const LEAKY_ALPHA = 0.1;

export const ACTIVATIONS: readonly Activation[] = [
  sigmoidActivation,
  tanhActivation,
  reluActivation,
  leakyRelu(LEAKY_ALPHA),
  elu(1),
  geluActivation,
  swish(1),
  hardSwishActivation,
];

const X_DOMAIN = [-4, 4] as const;
const SAMPLE_XS = [-2, 0, 2];

export function renderActivationCurves({ caption }: FigureContext, id = 'activation-curves'): string {
  const panels = ACTIVATIONS.map((activation, i) =>
    renderPanel(
      {
        id: `${figureDomId(id)}-p${i}`,
        heading: activation.label,
        title: `${activation.label}: 함수와 도함수`,
        desc:
          `${activation.label}: x = ${formatList(SAMPLE_XS)}에서 함수값은 ${valuesAt(activation.f, SAMPLE_XS)}, ` +
          `도함수값은 ${valuesAt(activation.df, SAMPLE_XS)}입니다.`,
        width: 300,
        height: 200,
        x: { domain: X_DOMAIN, label: 'x', ticks: [-4, -2, 0, 2, 4] },
        y: { domain: [-1.5, 3], label: '값', ticks: [-1, 0, 1, 2, 3] },
      },
      (plot) =>
        drawSeries(
          plot,
          curveSeries(
            [
              { key: `${activation.id}`, label: '함수', fn: activation.f },
              { key: `${activation.id}-derivative`, label: '도함수', fn: activation.df, breaks: kinks(activation) },
            ],
            X_DOMAIN,
          ),
        ),
    ),
  );
  return figureHtml({
    id,
    caption,
    legend: legendHtml([
      { label: '함수 f(x)', style: seriesStyle(0) },
      { label: '도함수 f′(x)', style: seriesStyle(1) },
    ]),
    panels,
  });
}

/** Where the derivative jumps (drawn with a break instead of a vertical edge). */
function kinks(activation: Activation): number[] {
  if (activation.id === 'relu' || activation.id === 'leaky-relu') return [0];
  if (activation.id === 'h-swish') return [-3, 3];
  return [];
}

const PRACTICE = [reluActivation, leakyRelu(LEAKY_ALPHA), elu(1), geluActivation, swish(1)];

export function renderActivationPracticeCurves({ caption }: FigureContext, id = 'activation-practice-curves'): string {
  const domain = [-4, 2] as const;
  const xs = [-3, -1, 1];
  const panel = (index: number, kind: 'f' | 'df') =>
    renderPanel(
      {
        id: `${figureDomId(id)}-p${index}`,
        heading: kind === 'f' ? '함수' : '도함수',
        title: `ReLU 계열과 GELU, Swish의 ${kind === 'f' ? '함수' : '도함수'} 비교`,
        desc:
          `x = ${formatList(xs)}에서 ${kind === 'f' ? '함수값' : '도함수값'}: ` +
          PRACTICE.map((a) => `${a.label} ${valuesAt(a[kind], xs)}`).join('; ') +
          '.',
        x: { domain, label: 'x', ticks: [-4, -3, -2, -1, 0, 1, 2] },
        y:
          kind === 'f'
            ? { domain: [-1.2, 2], label: 'f(x)', ticks: [-1, 0, 1, 2] }
            : { domain: [-0.2, 1.2], label: 'f′(x)', ticks: [0, 0.5, 1] },
      },
      (plot) =>
        drawSeries(
          plot,
          curveSeries(
            PRACTICE.map((a) => ({
              key: kind === 'f' ? a.id : `${a.id}-derivative`,
              label: a.label,
              fn: a[kind],
              breaks: kind === 'df' ? kinks(a) : [],
            })),
            domain,
            3,
          ),
        ),
    );
  return figureHtml({
    id,
    caption,
    legend: legendHtml(PRACTICE.map((a, i) => ({ label: a.label, style: seriesStyle(i) }))),
    panels: [panel(0, 'f'), panel(1, 'df')],
  });
}

export function renderHardSwishVsSwish({ caption }: FigureContext, id = 'hswish-vs-swish'): string {
  const domain = [-6, 6] as const;
  const xs = [-3, -1, 1, 3];
  const silu = swish(1);
  const pairs = [
    { smooth: sigmoidActivation, hard: hardSigmoidActivation, y: { domain: [-0.1, 1.1] as const, label: '값', ticks: [0, 0.5, 1] } },
    { smooth: silu, hard: hardSwishActivation, y: { domain: [-1, 6] as const, label: '값', ticks: [0, 2, 4, 6] } },
  ];
  const panels = pairs.map(({ smooth, hard, y }, i) =>
    renderPanel(
      {
        id: `${figureDomId(id)}-p${i}`,
        heading: `${smooth.label} vs ${hard.label}`,
        title: `${smooth.label}, ${hard.label} 비교`,
        desc: `x = ${formatList(xs)}에서 ${smooth.label} 값은 ${valuesAt(smooth.f, xs)}, ${hard.label} 값은 ${valuesAt(hard.f, xs)}입니다.`,
        x: { domain, label: 'x', ticks: [-6, -3, 0, 3, 6] },
        y,
      },
      (plot) =>
        drawSeries(
          plot,
          curveSeries(
            [
              { key: smooth.id, label: smooth.label, fn: smooth.f },
              { key: hard.id, label: hard.label, fn: hard.f },
            ],
            domain,
          ),
        ),
    ),
  );
  return figureHtml({
    id,
    caption,
    legend: legendHtml([
      { label: '원래 함수 (시그모이드, swish)', style: seriesStyle(0) },
      { label: 'hard 근사 (h-sigmoid, h-swish)', style: seriesStyle(1) },
    ]),
    panels,
  });
}
