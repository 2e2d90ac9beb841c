// One chart panel: an <svg role="img"> with its own <title>/<desc>, a frame with ticks, grid and Korean axis
// labels, and whatever the figure draws inside. Sizes are viewBox units; a panel is shown 290–350 px wide
// (phone to desktop, see figures.css), so 11-unit tick labels render at about 11–13 px.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { element, escapeHtml, formatNumber } from './markup';

export type Point = readonly [number, number];

export interface Axis {
  domain: readonly [number, number];
  label: string;
  /** Explicit tick positions; otherwise d3 picks about `tickCount` round values. */
  ticks?: readonly number[];
  tickCount?: number;
  format?: (value: number) => string;
}

export interface PanelSpec {
  /** Prefix for element ids; must be unique on the page. */
  id: string;
  /** Accessible name (<title>), Korean. */
  title: string;
  /** What the data shows (<desc>), Korean. */
  desc: string;
  /** Short heading drawn above the plot (small multiples). */
  heading?: string;
  width?: number;
  height?: number;
  x: Axis;
  y: Axis;
  /** Same data units per viewBox unit on both axes, for contours and paths. */
  equalAspect?: boolean;
  /** Reserve a row above the plot where +∞ values are drawn (KL divergence, log 0). */
  infinityRow?: boolean;
}

export interface Plot {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Vertical position of a value; +∞ goes to the infinity row when there is one, else NaN. */
  yPos(value: number): number;
  /** Whether a data point is drawn inside the plot area (or on the infinity row). */
  contains(point: Point): boolean;
  /** Wraps content in the panel's clip path so curves leaving the domain are cut at the frame. */
  clip(content: string): string;
}

export const FONT = { tick: 11, label: 12, heading: 12.5 } as const;
const INFINITY_ROW = 30;

export function renderPanel(spec: PanelSpec, draw: (plot: Plot) => string): string {
  const width = spec.width ?? 300;
  const height = spec.height ?? 220;
  const margin = {
    top: (spec.heading ? 26 : 10) + (spec.infinityRow ? INFINITY_ROW : 0),
    right: 12,
    bottom: 40,
    left: 46,
  };
  let box = { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom };
  if (spec.equalAspect) box = equalAspectBox(box, spec.x.domain, spec.y.domain);

  const x = scaleLinear().domain(spec.x.domain).range([box.left, box.right]);
  const y = scaleLinear().domain(spec.y.domain).range([box.bottom, box.top]);
  const infinityY = box.top - INFINITY_ROW + 8;
  const [x0, x1] = spec.x.domain;
  const [y0, y1] = spec.y.domain;
  const plot: Plot = {
    x,
    y,
    ...box,
    yPos: (value) => (value === Infinity ? (spec.infinityRow ? infinityY : NaN) : y(value)),
    contains: ([px, py]) => px >= x0 && px <= x1 && ((py >= y0 && py <= y1) || (py === Infinity && !!spec.infinityRow)),
    clip: (content) => element('g', { 'clip-path': `url(#${spec.id}-clip)` }, content),
  };

  const clipTop = spec.infinityRow ? infinityY - 6 : box.top - 2;
  const defs = element(
    'clipPath',
    { id: `${spec.id}-clip` },
    element('rect', { x: box.left - 2, y: clipTop, width: box.right - box.left + 4, height: box.bottom - clipTop + 2 }),
  );

  return element(
    'svg',
    {
      class: 'figure-panel',
      role: 'img',
      'aria-labelledby': `${spec.id}-title ${spec.id}-desc`,
      viewBox: `0 0 ${width} ${height}`,
      'font-size': FONT.tick,
    },
    [
      element('title', { id: `${spec.id}-title` }, escapeHtml(spec.title)),
      element('desc', { id: `${spec.id}-desc` }, escapeHtml(spec.desc)),
      element('defs', {}, defs),
      spec.heading
        ? element('text', { x: 4, y: 15, 'font-size': FONT.heading, 'font-weight': 700, fill: 'var(--fg)' }, escapeHtml(spec.heading))
        : '',
      grid(plot, spec),
      spec.infinityRow ? infinityRow(plot, infinityY) : '',
      draw(plot),
      axes(plot, spec),
    ].join(''),
  );
}

/** Shrinks the plot box along one axis so that a data unit is as long horizontally as vertically. */
function equalAspectBox(
  box: { left: number; right: number; top: number; bottom: number },
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
) {
  const perUnit = Math.min((box.right - box.left) / (xDomain[1] - xDomain[0]), (box.bottom - box.top) / (yDomain[1] - yDomain[0]));
  const w = perUnit * (xDomain[1] - xDomain[0]);
  const h = perUnit * (yDomain[1] - yDomain[0]);
  const left = box.left + (box.right - box.left - w) / 2;
  return { left, right: left + w, top: box.top, bottom: box.top + h };
}

function tickValues(axis: Axis, scale: ScaleLinear<number, number>): number[] {
  return axis.ticks ? [...axis.ticks] : scale.ticks(axis.tickCount ?? 5);
}

function grid(plot: Plot, spec: PanelSpec): string {
  const lines: string[] = [];
  for (const value of tickValues(spec.x, plot.x)) {
    lines.push(element('line', { x1: plot.x(value), x2: plot.x(value), y1: plot.top, y2: plot.bottom }));
  }
  for (const value of tickValues(spec.y, plot.y)) {
    lines.push(element('line', { x1: plot.left, x2: plot.right, y1: plot.y(value), y2: plot.y(value) }));
  }
  const zero: string[] = [];
  // Zero lines are drawn darker: most curves here are read against the sign of x or y.
  if (spec.x.domain[0] < 0 && spec.x.domain[1] > 0)
    zero.push(element('line', { x1: plot.x(0), x2: plot.x(0), y1: plot.top, y2: plot.bottom }));
  if (spec.y.domain[0] < 0 && spec.y.domain[1] > 0)
    zero.push(element('line', { x1: plot.left, x2: plot.right, y1: plot.y(0), y2: plot.y(0) }));
  return (
    element('g', { stroke: 'var(--border)', 'stroke-width': 1 }, lines.join('')) +
    (zero.length ? element('g', { stroke: 'var(--fg-muted)', 'stroke-width': 1, 'stroke-opacity': 0.55 }, zero.join('')) : '')
  );
}

function infinityRow(plot: Plot, yInf: number): string {
  // A faint guide line for +∞, a short piece of y axis, and a break mark: the row is at no finite height.
  const breakY = plot.top - 11;
  return [
    element('line', { x1: plot.left, x2: plot.right, y1: yInf, y2: yInf, stroke: 'var(--border)', 'stroke-dasharray': '2 3' }),
    element('line', { x1: plot.left, x2: plot.left, y1: yInf - 6, y2: yInf + 6, stroke: 'var(--fg-muted)' }),
    element('text', { x: plot.left - 6, y: yInf + 4, 'text-anchor': 'end', fill: 'var(--fg-muted)', 'font-size': FONT.label }, '∞'),
    element('path', {
      d: `M${plot.left - 5},${breakY + 2}l10,-4M${plot.left - 5},${breakY + 6}l10,-4`,
      stroke: 'var(--fg-muted)',
      'stroke-width': 1.2,
      fill: 'none',
    }),
  ].join('');
}

function axes(plot: Plot, spec: PanelSpec): string {
  const format = (axis: Axis) => axis.format ?? ((value: number) => formatNumber(value));
  const xTicks = tickValues(spec.x, plot.x).map((value) =>
    element('text', { x: plot.x(value), y: plot.bottom + 14, 'text-anchor': 'middle' }, escapeHtml(format(spec.x)(value))),
  );
  const yTicks = tickValues(spec.y, plot.y).map((value) =>
    element('text', { x: plot.left - 6, y: plot.y(value) + 4, 'text-anchor': 'end' }, escapeHtml(format(spec.y)(value))),
  );
  const frame = `M${plot.left},${plot.top}V${plot.bottom}H${plot.right}`;
  const yLabelY = (plot.top + plot.bottom) / 2;
  return [
    element('path', { d: frame, fill: 'none', stroke: 'var(--fg-muted)', 'stroke-width': 1 }),
    element('g', { fill: 'var(--fg-muted)' }, xTicks.join('') + yTicks.join('')),
    element(
      'text',
      { x: (plot.left + plot.right) / 2, y: plot.bottom + 33, 'text-anchor': 'middle', fill: 'var(--fg)', 'font-size': FONT.label },
      escapeHtml(spec.x.label),
    ),
    element(
      'text',
      {
        x: 0,
        y: 0,
        transform: `translate(12 ${yLabelY}) rotate(-90)`,
        'text-anchor': 'middle',
        fill: 'var(--fg)',
        'font-size': FONT.label,
      },
      escapeHtml(spec.y.label),
    ),
  ].join('');
}
