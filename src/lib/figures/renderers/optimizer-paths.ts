// optimizer-paths: contours of the note's quadratic (axis-aligned and rotated by 45°) with the first
// STEPS iterates of each optimizer. Paths that zigzag along the same valley hide each other, so the
// methods are split into three groups (momentum, the widest swinger, alone); columns are the two surfaces.
// Each panel has its own legend, so styles restart in every group and stay far apart within one.
import { figureDomId, figureHtml, panelWithLegend } from '../chart/figure';
import { contourLayer } from '../chart/contours';
import { legendHtml } from '../chart/legend';
import { marker } from '../chart/markers';
import { element, formatScientific } from '../chart/markup';
import { renderPanel } from '../chart/panel';
import { drawSeries, type Series } from '../chart/series';
import { seriesStyle } from '../chart/styles';
import { OPTIMIZERS, quadraticSurface, simulate, START, stepsToConverge, type OptimizerSpec } from '../optimizers';
import type { FigureContext } from '../registry';

export const STEPS = 100;
/** Markers every MARKER_EVERY iterates show how far each method gets per 10 steps. */
const MARKER_EVERY = 10;
const ANGLES = [0, 45] as const;
const GROUPS: readonly { heading: string; ids: readonly OptimizerSpec['id'][] }[] = [
  { heading: 'SGD, 네스테로프', ids: ['sgd', 'nesterov'] },
  { heading: '모멘텀', ids: ['momentum'] },
  { heading: '적응형 방법', ids: ['adagrad', 'rmsprop', 'adam'] },
];
const CONTOUR_LEVELS = Array.from({ length: 10 }, (_, k) => 0.125 * 2 ** k);

export function renderOptimizerPaths({ caption }: FigureContext, id = 'optimizer-paths'): string {
  const panels = GROUPS.flatMap((group, g) =>
    ANGLES.map((angle, a) => {
      const surface = quadraticSurface(angle);
      const runs = group.ids.map((optimizerId, index) => {
        const spec = OPTIMIZERS.find((candidate) => candidate.id === optimizerId)!;
        return {
          spec,
          style: seriesStyle(index),
          path: simulate(spec.create, surface, STEPS),
          converged: stepsToConverge(spec.create, surface),
        };
      });
      const surfaceName = angle === 0 ? '축 정렬' : '45° 회전';
      const desc =
        `${surfaceName}된 f = ½(x² + 25y²) 표면에서 (−4, 2)부터 ${STEPS}걸음 뒤의 손실: ` +
        runs.map((run) => `${run.spec.label} ${formatScientific(surface.loss(run.path[STEPS]!))}`).join(', ') +
        '. f < 10⁻⁶에 처음 닿은 걸음 수: ' +
        runs.map((run) => `${run.spec.label.split(' ')[0]} ${run.converged ?? '3000걸음 안에 도달 못 함'}`).join(', ') +
        '.';
      const panel = renderPanel(
        {
          id: `${figureDomId(id)}-p${g * 2 + a}`,
          heading: `${surfaceName} · ${group.heading}`,
          title: `${surfaceName} 이차 함수 위의 경로: ${group.heading}`,
          desc,
          height: 290,
          equalAspect: true,
          // Wide enough for the farthest swing in 100 steps (momentum, rotated: x 2.33, y −4.04).
          x: { domain: [-4.6, 2.6], label: 'x', ticks: [-4, -2, 0, 2] },
          y: { domain: [-4.3, 2.4], label: 'y', ticks: [-4, -2, 0, 2] },
        },
        (plot) => {
          const series: Series[] = runs.map((run) => ({
            key: run.spec.id,
            label: run.spec.label,
            style: run.style,
            width: 1.6,
            points: run.path,
            markers: run.path.filter((_, step) => step > 0 && step % MARKER_EVERY === 0),
          }));
          const landmarks =
            marker({ color: 'var(--fg)', marker: 'circle', open: true }, plot.x(START[0]), plot.y(START[1]), 4.5) +
            element('text', { x: plot.x(START[0]) + 7, y: plot.y(START[1]) - 7, fill: 'var(--fg)' }, '시작') +
            marker({ color: 'var(--fg)', marker: 'plus', open: false }, plot.x(0), plot.y(0), 4.5);
          return contourLayer(plot, (x, y) => surface.loss([x, y]), { thresholds: CONTOUR_LEVELS }) + drawSeries(plot, series) + landmarks;
        },
      );
      return panelWithLegend(legendHtml(runs.map((run) => ({ label: run.spec.label, style: run.style }))), panel);
    }),
  );
  return figureHtml({
    id,
    caption,
    panels,
    after: `<p class="figure-note">같은 시작점 (−4, 2)에서 잡음 없는 기울기로 ${STEPS}걸음씩 진행했고, 표시는 ${MARKER_EVERY}걸음마다, +는 최솟값 (0, 0)입니다. 등고선은 f = 0.125, 0.25, …, 64입니다.</p>`,
  });
}
