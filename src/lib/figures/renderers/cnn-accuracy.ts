// cnn-accuracy: ImageNet top-1 accuracy against parameter count (log axis) for the CNN architecture pages,
// one point per architecture (chartPoints in architecture-table.ts). Circle AREA is proportional to compute
// (G MACs); the group is told by colour and marker shape; each point links to its page. Titles are placed
// next to their points by a greedy search (right, left, above, below, then farther out with a leader line).
// The panel is a portrait 400-unit viewBox shown in the single-panel column (≤ 24rem), so its 12.5-unit labels
// render at about 10.5 px on a 360 px phone and 12 px on a desktop. A table after the chart lists every value.
import { scaleLinear, scaleLog } from 'd3-scale';
import type { ChartPoint } from '../../architecture-table';
import { figureDomId, figureHtml } from '../chart/figure';
import { legendHtml } from '../chart/legend';
import { marker } from '../chart/markers';
import { element, escapeHtml, formatNumber } from '../chart/markup';
import { SERIES_STYLES, type SeriesStyle } from '../chart/styles';

export interface CnnChartOptions {
  /** The deploy base; ends with '/'. Points link to `${base}architectures/${slug}/`. */
  base: string;
  /** Korean caption under the figure. */
  caption: string;
  /** Korean name of each group key (general, efficient, backbone, convolution). */
  groupLabels: Record<string, string>;
  /** Figure id (element id prefix); unique on the page. */
  id?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Axis domains

export interface ChartDomains {
  /** Parameters in millions, for a log scale: both ends > 0. */
  x: [number, number];
  /** Top-1 accuracy in %. */
  y: [number, number];
}

/** Padding beyond the extreme points: in decades on the log x axis, in percentage points on y. */
const X_PAD_DECADES = 0.15;
const Y_PAD_MIN = 1.5;
const Y_STEP = 5;

/**
 * Axis domains that contain every point with room to spare: x is the parameter range widened by
 * X_PAD_DECADES on each side (log axis); y is the accuracy range widened by at least 1.5 points and then
 * rounded outwards to multiples of 5 (capped at 100 when the data leaves room). No points: a default frame.
 */
export function chartDomains(points: readonly Pick<ChartPoint, 'paramsM' | 'top1'>[]): ChartDomains {
  if (points.length === 0) return { x: [1, 100], y: [50, 90] };
  for (const point of points) {
    if (!(point.paramsM > 0) || !Number.isFinite(point.paramsM))
      throw new Error(`parameter count must be a positive number, got ${point.paramsM}`);
    if (!Number.isFinite(point.top1)) throw new Error(`top-1 accuracy must be a number, got ${point.top1}`);
  }
  const logs = points.map((point) => Math.log10(point.paramsM));
  const x: [number, number] = [10 ** (Math.min(...logs) - X_PAD_DECADES), 10 ** (Math.max(...logs) + X_PAD_DECADES)];
  const low = Math.min(...points.map((point) => point.top1));
  const high = Math.max(...points.map((point) => point.top1));
  const pad = Math.max(Y_PAD_MIN, (high - low) * 0.06);
  let y0 = Math.floor((low - pad) / Y_STEP) * Y_STEP;
  let y1 = Math.ceil((high + pad) / Y_STEP) * Y_STEP;
  if (y1 > 100 && high + pad <= 100) y1 = 100;
  if (y0 < 0 && low - pad >= 0) y0 = 0;
  return { x, y: [y0, y1] };
}

/** Tick values on the log axis: 1-2-5, 1-3 or powers of ten, whichever keeps labels apart at this width. */
export function logTicks([x0, x1]: readonly [number, number], unitsPerDecade: number): number[] {
  const mantissas = unitsPerDecade >= 150 ? [1, 2, 5] : unitsPerDecade >= 70 ? [1, 3] : [1];
  const ticks: number[] = [];
  for (let exponent = Math.floor(Math.log10(x0)); exponent <= Math.ceil(Math.log10(x1)); exponent++) {
    for (const mantissa of mantissas) {
      const value = Number((mantissa * 10 ** exponent).toPrecision(6));
      if (value >= x0 && value <= x1) ticks.push(value);
    }
  }
  return ticks;
}

// ---------------------------------------------------------------------------------------------------------
// Compute as circle area

/** Radius of the largest compute circle, in viewBox units. */
const MAX_RADIUS = 16;

/** Radius for a compute value: area proportional to compute, the largest compute in the data gets MAX_RADIUS. */
export function computeRadius(points: readonly Pick<ChartPoint, 'computeG'>[], maxRadius = MAX_RADIUS): (computeG: number) => number {
  const known = points.map((point) => point.computeG).filter((value): value is number => value !== undefined && value > 0);
  const largest = known.length ? Math.max(...known) : 1;
  return (computeG) => maxRadius * Math.sqrt(Math.max(0, computeG) / largest);
}

/** Up to three round compute values (1-2-5 steps, each about 4× smaller) for the size legend. */
export function sizeLegendValues(points: readonly Pick<ChartPoint, 'computeG'>[]): number[] {
  const known = points.map((point) => point.computeG).filter((value): value is number => value !== undefined && value > 0);
  if (known.length === 0) return [];
  const largest = Math.max(...known);
  const smallest = Math.min(...known);
  const niceBelow = (limit: number) => {
    const exponent = Math.floor(Math.log10(limit));
    const mantissa = [5, 2, 1].find((m) => m * 10 ** exponent <= limit * (1 + 1e-9)) ?? 1;
    return Number((mantissa * 10 ** exponent).toPrecision(6));
  };
  const values = [niceBelow(largest)];
  while (values.length < 3) {
    const next = niceBelow(values[values.length - 1]! / 3.5);
    if (next < smallest * 0.5) break;
    values.push(next);
  }
  return values.reverse();
}

// ---------------------------------------------------------------------------------------------------------
// Label placement

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  key: string;
  /** The point the label belongs to. */
  x: number;
  y: number;
  /** Label size. */
  width: number;
  height: number;
  /** Distance from the point to the nearest label edge in the adjacent positions (marker radius + a gap). */
  gap: number;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below' | 'leader';

export interface LabelPlacement {
  key: string;
  box: Rect;
  side: LabelSide;
  /** For labels placed away from their point: a line from the point's edge to the label. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** The leader line crosses another point's marker or another leader (no position avoided both). */
  crosses?: boolean;
  /** The label ended up nearer to another point than to its own (no clear position was nearer its own). */
  ambiguous?: boolean;
  /** True when no free position was found and the label was put down overlapping something. */
  overlaps: boolean;
}

export interface LabelLayout {
  placements: LabelPlacement[];
  /** Every label found a free position: no label overlaps another label, an obstacle or the bounds' edge. */
  ok: boolean;
}

/** Space kept between a label and any other label or obstacle. */
const LABEL_CLEARANCE = 1.5;
/** Leader-line positions: extra distance beyond the adjacent positions, and directions tried at each. */
const LEADER_STEPS = [10, 20, 32, 46, 62, 80, 100, 125, 150, 180];
/** Extra distance charged for a vertical leader (less for slanted ones). */
const STEEPNESS_COST = 40;
const LEADER_ANGLES = [0, 180, -15, 15, 195, 165, -30, 30, 210, 150, -45, 45, 225, 135, -90, 90];

export function rectsOverlap(a: Rect, b: Rect, clearance = 0): boolean {
  return (
    a.x < b.x + b.width + clearance &&
    b.x < a.x + a.width + clearance &&
    a.y < b.y + b.height + clearance &&
    b.y < a.y + a.height + clearance
  );
}

function inside(box: Rect, bounds: Rect): boolean {
  return (
    box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height
  );
}

/** Whether the segment (x1, y1)–(x2, y2) passes through the rectangle (Liang–Barsky clipping). */
function segmentHitsRect(x1: number, y1: number, x2: number, y2: number, rect: Rect): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x1 - rect.x],
    [dx, rect.x + rect.width - x1],
    [-dy, y1 - rect.y],
    [dy, rect.y + rect.height - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function grow(rect: Rect, by: number): Rect {
  return { x: rect.x - by, y: rect.y - by, width: rect.width + 2 * by, height: rect.height + 2 * by };
}

/** The point of the rectangle nearest to (x, y). */
function nearestPoint(rect: Rect, x: number, y: number): [number, number] {
  return [Math.min(Math.max(x, rect.x), rect.x + rect.width), Math.min(Math.max(y, rect.y), rect.y + rect.height)];
}

function adjacentCandidates(request: LabelRequest): { side: LabelSide; box: Rect }[] {
  const { x, y, width, height, gap } = request;
  return [
    { side: 'right', box: { x: x + gap, y: y - height / 2, width, height } },
    { side: 'left', box: { x: x - gap - width, y: y - height / 2, width, height } },
    { side: 'above', box: { x: x - width / 2, y: y - gap - height, width, height } },
    { side: 'below', box: { x: x - width / 2, y: y + gap, width, height } },
  ];
}

/**
 * Positions away from the point, nearest first, where a steep leader counts as farther than a flat one:
 * labels beside a crowded point line up in a column with near-horizontal leaders, which read best.
 */
function leaderCandidates(request: LabelRequest): Rect[] {
  const { x, y, width, height, gap } = request;
  const candidates: { box: Rect; cost: number }[] = [];
  for (const step of LEADER_STEPS) {
    for (const angle of LEADER_ANGLES) {
      const cos = Math.cos((angle * Math.PI) / 180);
      const sin = Math.sin((angle * Math.PI) / 180);
      const px = x + (gap + step) * cos;
      const py = y + (gap + step) * sin;
      const left = cos > 0.25 ? px : cos < -0.25 ? px - width : px - width / 2;
      const top = sin > 0.25 ? py : sin < -0.25 ? py - height : py - height / 2;
      candidates.push({ box: { x: left, y: top, width, height }, cost: step + STEEPNESS_COST * Math.abs(sin) });
    }
  }
  return candidates.sort((a, b) => a.cost - b.cost).map((candidate) => candidate.box);
}

/** Whether two segments cross (touching at an end counts). */
function segmentsCross(a: Segment, b: Segment): boolean {
  const side = (p: Segment, x: number, y: number) => Math.sign((p.x2 - p.x1) * (y - p.y1) - (p.y2 - p.y1) * (x - p.x1));
  return side(a, b.x1, b.y1) * side(a, b.x2, b.y2) <= 0 && side(b, a.x1, a.y1) * side(b, a.x2, a.y2) <= 0;
}

interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Greedy label placement in the order given: each label takes the first of right, left, above and below its
 * point that stays inside `bounds` and clear of earlier labels, earlier leader lines and `obstacles` (the
 * point markers). When none is free it is moved farther out in a ring of directions and joined to its point by
 * a leader line; the line may not cut through a label, and crosses no marker or other leader line unless no
 * position allows that. When even that fails the label is put at the right of its point, marked `overlaps`.
 * `obstacleOf[i]` is the index of request i's own marker in `obstacles` (its leader starts on it).
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Rect,
  obstacles: readonly Rect[] = [],
  obstacleOf: readonly number[] = [],
): LabelLayout {
  const placed: Rect[] = [];
  const leaders: Segment[] = [];
  const placements: LabelPlacement[] = [];
  const free = (box: Rect) =>
    inside(box, bounds) &&
    placed.every((other) => !rectsOverlap(box, other, LABEL_CLEARANCE)) &&
    obstacles.every((obstacle) => !rectsOverlap(box, obstacle, LABEL_CLEARANCE)) &&
    leaders.every((line) => !segmentHitsRect(line.x1, line.y1, line.x2, line.y2, box));

  requests.forEach((request, index) => {
    const adjacent = adjacentCandidates(request).find((candidate) => free(candidate.box));
    if (adjacent) {
      placed.push(adjacent.box);
      placements.push({ key: request.key, box: adjacent.box, side: adjacent.side, overlaps: false });
      return;
    }
    const own = obstacleOf[index];
    const options = leaderCandidates(request)
      .filter(free)
      .map((box) => {
        const [x2, y2] = nearestPoint(box, request.x, request.y);
        // The line starts at the marker's edge, a little inside the gap.
        const start = Math.max(0, request.gap - 2) / Math.hypot(x2 - request.x, y2 - request.y);
        const line = { x1: request.x + (x2 - request.x) * start, y1: request.y + (y2 - request.y) * start, x2, y2 };
        return { box, line };
      })
      .filter(({ line }) => placed.every((other) => !segmentHitsRect(line.x1, line.y1, line.x2, line.y2, other)));
    const clean = ({ line }: { line: Segment }) =>
      obstacles.every((obstacle, o) => o === own || !segmentHitsRect(line.x1, line.y1, line.x2, line.y2, grow(obstacle, 2))) &&
      leaders.every((other) => !segmentsCross(line, other));
    // A label nearer to another point than to its own would be read as that point's label.
    const distance = (box: Rect, px: number, py: number) => {
      const [nx, ny] = nearestPoint(box, px, py);
      return Math.hypot(nx - px, ny - py);
    };
    const unambiguous = ({ box }: { box: Rect }) =>
      requests.every((other, o) => o === index || distance(box, other.x, other.y) > distance(box, request.x, request.y));
    const tidy = options.find(clean);
    const choice = options.find((option) => clean(option) && unambiguous(option)) ?? tidy ?? options[0];
    if (choice) {
      placed.push(choice.box);
      leaders.push(choice.line);
      placements.push({
        key: request.key,
        box: choice.box,
        side: 'leader',
        leader: choice.line,
        crosses: !tidy,
        ambiguous: !unambiguous(choice),
        overlaps: false,
      });
      return;
    }
    const [fallback] = adjacentCandidates(request);
    const box = {
      ...fallback!.box,
      x: Math.min(Math.max(fallback!.box.x, bounds.x), bounds.x + bounds.width - request.width),
      y: Math.min(Math.max(fallback!.box.y, bounds.y), bounds.y + bounds.height - request.height),
    };
    placed.push(box);
    placements.push({ key: request.key, box, side: 'right', overlaps: true });
  });
  return { placements, ok: placements.every((placement) => !placement.overlaps) };
}

/** How bad a layout is: overlaps first, then crossed or ambiguous leaders, then the number and length of leaders. */
function layoutCost(layout: LabelLayout): number {
  return layout.placements.reduce((cost, placement) => {
    if (placement.overlaps) return cost + 10_000;
    if (!placement.leader) return cost;
    const { x1, y1, x2, y2 } = placement.leader;
    return cost + 60 + 1.2 * Math.hypot(x2 - x1, y2 - y1) + (placement.crosses ? 300 : 0) + (placement.ambiguous ? 250 : 0);
  }, 0);
}

// ---------------------------------------------------------------------------------------------------------
// Text size estimate (no DOM at build time). Widths in em for a Korean sans-serif (Pretendard, Noto Sans KR);
// they err on the wide side so that estimated boxes contain the drawn text.

export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (/[\u3130-\u318f\uac00-\ud7a3\u4e00-\u9fff]/.test(char)) em += 1;
    else if (char === ' ') em += 0.28;
    else if (/[iljI|.,:;'!]/.test(char)) em += 0.3;
    else if (/[ftr()\[\]/\-]/.test(char)) em += 0.4;
    else if (/[mwMW]/.test(char)) em += 0.88;
    else if (/[A-Z]/.test(char)) em += 0.68;
    else if (/[0-9]/.test(char)) em += 0.58;
    else if (/[a-z]/.test(char)) em += 0.56;
    else em += 0.62;
  }
  return em * fontSize * 1.04;
}

// ---------------------------------------------------------------------------------------------------------
// Rendering

const WIDTH = 400;
const FONT = { tick: 12, axis: 12.5, label: 12.5, legend: 12 } as const;
const LINE_HEIGHT = 14.5;
const MARKER_RADIUS = 4.2;
/** Titles wider than this are broken after " / " (Inception-v4 / Inception-ResNet). */
const MAX_LABEL_WIDTH = 110;
const PLOT = { left: 46, right: WIDTH - 10, top: 10, height: 480 } as const;
/** Height of the x tick labels and axis title under the plot. */
const X_AXIS_HEIGHT = 42;

/** The groups in their fixed style order; other groups follow in order of appearance. */
const GROUP_ORDER = ['general', 'efficient', 'backbone', 'convolution'];
const UNKNOWN_GROUP_STYLES: readonly SeriesStyle[] = [SERIES_STYLES[4]!, SERIES_STYLES[5]!];

function groupStyles(points: readonly ChartPoint[]): Map<string, SeriesStyle> {
  const styles = new Map<string, SeriesStyle>();
  GROUP_ORDER.forEach((group, index) => styles.set(group, { ...SERIES_STYLES[index]!, dash: undefined, open: false }));
  let extra = 0;
  for (const point of points) {
    if (!styles.has(point.group)) styles.set(point.group, UNKNOWN_GROUP_STYLES[extra++ % UNKNOWN_GROUP_STYLES.length]!);
  }
  return styles;
}

function labelLines(title: string): string[] {
  if (estimateTextWidth(title, FONT.label) <= MAX_LABEL_WIDTH || !title.includes(' / ')) return [title];
  const parts = title.split(' / ');
  return parts.map((part, index) => (index < parts.length - 1 ? `${part} /` : part));
}

/** Three significant digits, trailing zeros dropped: 25.9, 138, 0.724. */
function significant(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return formatNumber(value);
  const digits = value >= 100 ? 0 : Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return formatNumber(value, digits);
}

function pointSummary(point: ChartPoint, groupLabel: string): string {
  const compute = point.computeG === undefined ? '연산량 자료 없음' : `연산량 ${significant(point.computeG)} GMACs`;
  return `${point.title} (${groupLabel}): 파라미터 ${significant(point.paramsM)}M, top-1 ${formatNumber(point.top1)}%, ${compute}`;
}

export function renderCnnAccuracyChart(points: ChartPoint[], options: CnnChartOptions): string {
  const id = options.id ?? 'cnn-accuracy';
  const dom = figureDomId(id);
  const groupLabel = (group: string) => options.groupLabels[group] ?? group;
  const styles = groupStyles(points);
  const domains = chartDomains(points);
  const bottom = PLOT.top + PLOT.height;
  const x = scaleLog().domain(domains.x).range([PLOT.left, PLOT.right]);
  const y = scaleLinear().domain(domains.y).range([bottom, PLOT.top]);
  const radius = computeRadius(points);
  // Left to right: the order of the table rows and of the links for keyboard users.
  const ordered = [...points].sort((a, b) => a.paramsM - b.paramsM || a.title.localeCompare(b.title));
  const at = (point: ChartPoint) => [x(point.paramsM), y(point.top1)] as const;

  // Labels.
  const bounds: Rect = { x: PLOT.left + 1, y: PLOT.top + 1, width: PLOT.right - PLOT.left - 2, height: PLOT.height - 2 };
  const markers: Rect[] = ordered.map((point) => {
    const [px, py] = at(point);
    return { x: px - MARKER_RADIUS - 1, y: py - MARKER_RADIUS - 1, width: 2 * MARKER_RADIUS + 2, height: 2 * MARKER_RADIUS + 2 };
  });
  const lines = new Map(ordered.map((point) => [point.slug, labelLines(point.title)]));
  const requests: LabelRequest[] = ordered.map((point) => {
    const [px, py] = at(point);
    const text = lines.get(point.slug)!;
    return {
      key: point.slug,
      x: px,
      y: py,
      width: Math.max(...text.map((line) => estimateTextWidth(line, FONT.label))) + 2,
      height: text.length * LINE_HEIGHT + 1,
      gap: MARKER_RADIUS + 3,
    };
  });
  const layout = bestLayout(requests, bounds, markers);
  const placementOf = new Map(layout.placements.map((placement) => [placement.key, placement]));

  const yTicks = scaleLinear()
    .domain(domains.y)
    .ticks(Math.round((domains.y[1] - domains.y[0]) / Y_STEP));
  const decades = Math.log10(domains.x[1] / domains.x[0]);
  const xTicks = logTicks(domains.x, (PLOT.right - PLOT.left) / decades);
  const grid = element(
    'g',
    { stroke: 'var(--border)', 'stroke-width': 1 },
    xTicks.map((value) => element('line', { x1: x(value), x2: x(value), y1: PLOT.top, y2: bottom })).join('') +
      yTicks.map((value) => element('line', { x1: PLOT.left, x2: PLOT.right, y1: y(value), y2: y(value) })).join(''),
  );
  const axes = [
    element('path', { d: `M${PLOT.left},${PLOT.top}V${bottom}H${PLOT.right}`, fill: 'none', stroke: 'var(--fg-muted)', 'stroke-width': 1 }),
    element(
      'g',
      { fill: 'var(--fg-muted)', 'font-size': FONT.tick },
      xTicks.map((value) => element('text', { x: x(value), y: bottom + 15, 'text-anchor': 'middle' }, formatNumber(value, 3))).join('') +
        yTicks.map((value) => element('text', { x: PLOT.left - 6, y: y(value) + 4, 'text-anchor': 'end' }, formatNumber(value))).join(''),
    ),
    element(
      'text',
      { x: (PLOT.left + PLOT.right) / 2, y: bottom + 34, 'text-anchor': 'middle', fill: 'var(--fg)', 'font-size': FONT.axis },
      '파라미터 수 (백만 개, 로그 눈금)',
    ),
    element(
      'text',
      {
        x: 0,
        y: 0,
        transform: `translate(13 ${(PLOT.top + bottom) / 2}) rotate(-90)`,
        'text-anchor': 'middle',
        fill: 'var(--fg)',
        'font-size': FONT.axis,
      },
      'ImageNet top-1 정확도 (%)',
    ),
  ].join('');

  // Compute circles, biggest first so that small ones stay visible on top.
  const bubbles = [...ordered]
    .filter((point) => point.computeG !== undefined)
    .sort((a, b) => b.computeG! - a.computeG!)
    .map((point) => {
      const [px, py] = at(point);
      const style = styles.get(point.group)!;
      return element('circle', {
        cx: px,
        cy: py,
        r: radius(point.computeG!),
        fill: style.color,
        'fill-opacity': 0.16,
        stroke: style.color,
        'stroke-opacity': 0.7,
        'stroke-width': 1,
      });
    });

  const leaders = layout.placements
    .filter((placement) => placement.leader)
    .map(({ leader }) => element('line', { x1: leader!.x1, y1: leader!.y1, x2: leader!.x2, y2: leader!.y2 }));

  const marks = ordered.map((point) => {
    const [px, py] = at(point);
    const style = styles.get(point.group)!;
    const known = point.computeG !== undefined;
    const shape = marker({ ...style, open: !known }, px, py, MARKER_RADIUS);
    const placement = placementOf.get(point.slug)!;
    const text = lines.get(point.slug)!;
    const label = element(
      'text',
      {
        class: 'point-label',
        x: placement.box.x + 1,
        y: placement.box.y + 11.5,
        fill: 'var(--fg)',
        // A halo in the background colour keeps labels readable over grid lines and compute circles.
        stroke: 'var(--bg)',
        'stroke-width': 3,
        'stroke-linejoin': 'round',
        'paint-order': 'stroke',
      },
      text.map((line, i) => element('tspan', { x: placement.box.x + 1, dy: i === 0 ? undefined : LINE_HEIGHT }, escapeHtml(line))).join(''),
    );
    return element(
      'a',
      { href: `${options.base}architectures/${point.slug}/` },
      element('title', {}, escapeHtml(pointSummary(point, groupLabel(point.group)))) +
        element(
          'g',
          {
            class: 'point',
            'data-slug': point.slug,
            'data-group': point.group,
            'data-label': placement.overlaps ? 'overlap' : placement.side,
          },
          shape + label,
        ),
    );
  });

  const sizes = sizeLegend(points, radius, bottom + X_AXIS_HEIGHT + 4);
  const presentGroups = [...styles.keys()].filter((group) => points.some((point) => point.group === group));
  const svg = element(
    'svg',
    {
      class: 'figure-panel',
      // A group, not an image: the points are links that keyboard and screen-reader users can reach. The group
      // is named by the short title and described by the summary, which is not repeated as part of its name.
      role: 'group',
      'aria-labelledby': `${dom}-title`,
      'aria-describedby': `${dom}-desc`,
      viewBox: `0 0 ${WIDTH} ${Math.ceil(bottom + X_AXIS_HEIGHT + sizes.height + 6)}`,
      'font-size': FONT.label,
    },
    [
      element('title', { id: `${dom}-title` }, 'CNN 구조별 파라미터 수와 ImageNet top-1 정확도'),
      element('desc', { id: `${dom}-desc` }, escapeHtml(describe(points, domains, presentGroups.map(groupLabel)))),
      element('g', { 'aria-hidden': 'true' }, grid + axes),
      element('g', { class: 'bubbles', 'aria-hidden': 'true' }, bubbles.join('')),
      element('g', { class: 'leaders', 'aria-hidden': 'true', stroke: 'var(--fg-muted)', 'stroke-width': 0.9 }, leaders.join('')),
      element('g', { class: 'points' }, marks.join('')),
      sizes.markup,
    ].join(''),
  );

  const legend = legendHtml(presentGroups.map((group) => ({ label: groupLabel(group), style: styles.get(group)!, line: false })));
  return figureHtml({
    id,
    caption: options.caption,
    legend,
    panels: [svg],
    after:
      '<p class="figure-note">점 하나가 구조 하나의 대표 모델이고, 가로축은 로그 눈금입니다. 원의 넓이는 연산량(곱셈-덧셈, GMACs)에 비례합니다. 점을 누르면 그 구조의 페이지로 갑니다.</p>' +
      table(ordered, options, dom, groupLabel),
  });
}

/** Orders tried by bestLayout besides the natural ones: deterministic shuffles. */
const SHUFFLED_ORDERS = 60;

function bestLayout(requests: LabelRequest[], bounds: Rect, markers: Rect[]): LabelLayout {
  // Greedy placement depends on the order. A few natural orders (crowded points first, top to bottom, …) and
  // some fixed pseudo-random ones are tried, and the cheapest layout is kept; the result is the same every build.
  const crowd = requests.map((a) => requests.filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < 60).length);
  const indices = requests.map((_, i) => i);
  const orders = [
    indices,
    [...indices].sort((a, b) => crowd[b]! - crowd[a]! || a - b),
    [...indices].sort((a, b) => crowd[a]! - crowd[b]! || a - b),
    [...indices].sort((a, b) => requests[a]!.y - requests[b]!.y || a - b),
    [...indices].sort((a, b) => requests[b]!.y - requests[a]!.y || a - b),
  ];
  const random = mulberry32(20_240_601);
  for (let k = 0; k < SHUFFLED_ORDERS; k++) {
    const order = [...indices];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    orders.push(order);
  }
  let best: LabelLayout | undefined;
  let bestCost = Infinity;
  for (const order of orders) {
    const layout = placeLabels(
      order.map((i) => requests[i]!),
      bounds,
      markers,
      order,
    );
    const cost = layoutCost(layout);
    if (cost < bestCost) [best, bestCost] = [layout, cost];
  }
  return best!;
}

/** A small seeded PRNG, so that the label layout is reproducible. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The compute scale under the plot: a title and round-valued circles on one row, the hollow marker on a second. */
function sizeLegend(points: readonly ChartPoint[], radius: (computeG: number) => number, top: number): { markup: string; height: number } {
  const values = sizeLegendValues(points);
  const unknown = points.some((point) => point.computeG === undefined);
  const parts: string[] = [];
  let height = 0;
  if (values.length) {
    const title = '원의 넓이 = 연산량(GMACs):';
    const baseline = top + 2 * radius(values[values.length - 1]!);
    parts.push(element('text', { x: PLOT.left, y: baseline - 3, fill: 'var(--fg)', 'font-size': FONT.legend }, escapeHtml(title)));
    let cursor = PLOT.left + estimateTextWidth(title, FONT.legend) + 8;
    for (const value of values) {
      const r = radius(value);
      const label = formatNumber(value, 3);
      parts.push(
        element('circle', {
          cx: cursor + r,
          cy: baseline - r,
          r,
          fill: 'var(--fg-muted)',
          'fill-opacity': 0.16,
          stroke: 'var(--fg-muted)',
          'stroke-width': 1,
        }),
        element('text', { x: cursor + 2 * r + 3, y: baseline - 3, fill: 'var(--fg-muted)', 'font-size': FONT.legend }, label),
      );
      cursor += 2 * r + 3 + estimateTextWidth(label, FONT.legend) + 12;
    }
    height = baseline - top + 4;
  }
  if (unknown) {
    const middle = top + height + 10;
    parts.push(
      marker({ color: 'var(--fg-muted)', marker: 'circle', open: true }, PLOT.left + MARKER_RADIUS + 1, middle, MARKER_RADIUS),
      element(
        'text',
        { x: PLOT.left + 2 * MARKER_RADIUS + 7, y: middle + 4, fill: 'var(--fg-muted)', 'font-size': FONT.legend },
        '속이 빈 표시: 연산량 자료 없음',
      ),
    );
    height += 22;
  }
  return { markup: parts.length ? element('g', { class: 'size-legend', 'aria-hidden': 'true' }, parts.join('')) : '', height };
}

function describe(points: readonly ChartPoint[], domains: ChartDomains, groupNames: readonly string[]): string {
  if (points.length === 0) return '표시할 구조가 없습니다.';
  const by = (pick: (point: ChartPoint) => number) => {
    const sorted = [...points].sort((a, b) => pick(a) - pick(b));
    return [sorted[0]!, sorted[sorted.length - 1]!] as const;
  };
  const [fewest, most] = by((point) => point.paramsM);
  const [worst, best] = by((point) => point.top1);
  const groups = groupNames.join(', ');
  return (
    `구조 ${points.length}개(${groups})의 파라미터 수(가로, 로그 눈금 ${significant(domains.x[0])}M~${significant(domains.x[1])}M)와 ImageNet top-1 정확도(세로)를 점으로, 연산량을 원의 넓이로 나타낸 산점도입니다. ` +
    `파라미터는 ${fewest.title} ${significant(fewest.paramsM)}M부터 ${most.title} ${significant(most.paramsM)}M까지, ` +
    `top-1은 ${worst.title} ${formatNumber(worst.top1)}%부터 ${best.title} ${formatNumber(best.top1)}%까지입니다. 모든 값은 그림 아래 표에 있습니다.`
  );
}

function table(points: readonly ChartPoint[], options: CnnChartOptions, dom: string, groupLabel: (group: string) => string): string {
  // Numbers first and the group last, so that a phone shows the values before the table scrolls sideways.
  const rows = points.map(
    (point) =>
      `<tr><th scope="row"><a href="${escapeHtml(`${options.base}architectures/${point.slug}/`)}">${escapeHtml(point.title)}</a></th>` +
      `<td class="num">${significant(point.paramsM)}</td>` +
      `<td class="num">${formatNumber(point.top1)}</td>` +
      `<td class="num">${point.computeG === undefined ? '자료 없음' : significant(point.computeG)}</td>` +
      `<td>${escapeHtml(groupLabel(point.group))}</td></tr>`,
  );
  return [
    '<details class="figure-details"><summary>표로 보기</summary>',
    // Focusable so that keyboard users can scroll the table sideways on phones.
    `<section class="table-wrap" tabindex="0" aria-labelledby="${dom}-table">`,
    `<table class="figure-table"><caption id="${dom}-table">구조별 파라미터 수, ImageNet top-1 정확도, 연산량</caption>`,
    '<thead><tr><th scope="col">구조</th><th scope="col">파라미터 (M)</th><th scope="col">top-1 (%)</th><th scope="col">연산량 (GMACs)</th><th scope="col">그룹</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table></section></details>`,
  ].join('');
}
