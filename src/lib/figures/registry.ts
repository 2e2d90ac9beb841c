// Figure id → renderer. Each renderer returns self-contained HTML (a <figure> with inline SVG).
// The ids are the ones used by the `<!-- figure: <id> | … -->` markers in content/; unknown ids stay comments.
import { renderActivationCurves, renderActivationPracticeCurves, renderHardSwishVsSwish } from './renderers/activations';
import { renderAugmixDiagram } from './renderers/augmix-diagram';
import { renderHsvDemo, renderHueWheel } from './renderers/hsv';
import { renderLogSoftmaxLoss } from './renderers/log-softmax';
import { renderFocalLoss, renderRegressionLosses } from './renderers/losses';
import { renderOptimizerPaths } from './renderers/optimizer-paths';
import { renderOutlierFit } from './renderers/outlier-fit';
import { renderWganDistances } from './renderers/wgan-distances';

export interface FigureContext {
  /** The deploy base, for figures that load an asset (the HSV demo script). Always ends with '/'. */
  base: string;
  /** The one-line Korean description written in the marker. */
  caption: string;
}

export type FigureRenderer = (context: FigureContext) => string;

export const figureRenderers: Record<string, FigureRenderer> = {
  'activation-curves': (context) => renderActivationCurves(context),
  'activation-practice-curves': (context) => renderActivationPracticeCurves(context),
  'hswish-vs-swish': (context) => renderHardSwishVsSwish(context),
  'regression-loss-curves': (context) => renderRegressionLosses(context, 'regression-loss-curves', { name: 'r', label: '잔차' }),
  'l1-l2-loss-curves': (context) => renderRegressionLosses(context, 'l1-l2-loss-curves', { name: 'e', label: '오차' }),
  'focal-loss-gamma': (context) => renderFocalLoss(context, 'focal-loss-gamma'),
  'focal-loss-curves': (context) => renderFocalLoss(context, 'focal-loss-curves'),
  'l2-outlier-fit': (context) => renderOutlierFit(context),
  'optimizer-paths': (context) => renderOptimizerPaths(context),
  'wgan-distances-theta': (context) => renderWganDistances(context),
  'log-softmax-loss-vs-prob': (context) => renderLogSoftmaxLoss(context),
  'hsv-hue-wheel': (context) => renderHueWheel(context),
  'hsv-demo': (context) => renderHsvDemo(context),
  'augmix-chains': (context) => renderAugmixDiagram(context),
};
