import { describe, expect, it } from 'vitest';
import type { ChartPoint } from '../../../src/lib/architecture-table';
import {
  chartDomains,
  computeRadius,
  estimateTextWidth,
  logTicks,
  placeLabels,
  rectsOverlap,
  renderCnnAccuracyChart,
  sizeLegendValues,
  type LabelRequest,
  type Rect,
} from '../../../src/lib/figures/renderers/cnn-accuracy';

const groupLabels = { general: '일반 구조', efficient: '경량 구조', backbone: '백본', convolution: '합성곱 연산' };
const options = { base: '/study-notes/', caption: '파라미터 수와 정확도 <비교> & 연산량', groupLabels };

/** Plain data shaped like the architecture pages: a dense ResNet-sized cluster, small and large models. */
const POINTS: ChartPoint[] = [
  { slug: 'alexnet', title: 'AlexNet', group: 'general', paramsM: 61.1, top1: 56.5, computeG: 0.71 },
  { slug: 'vgg', title: 'VGGNet', group: 'general', paramsM: 138.4, top1: 71.6, computeG: 15.5 },
  { slug: 'resnet', title: 'ResNet', group: 'general', paramsM: 25.6, top1: 76.1, computeG: 4.1 },
  { slug: 'resnext', title: 'ResNeXt', group: 'general', paramsM: 25.0, top1: 77.6, computeG: 4.2 },
  { slug: 'senet', title: 'SENet', group: 'general', paramsM: 28.1, top1: 77.6, computeG: 3.9 },
  { slug: 'xception', title: 'Xception', group: 'general', paramsM: 22.9, top1: 79.0, computeG: 8.4 },
  { slug: 'inception-v2-v3', title: 'Inception v2 / v3', group: 'general', paramsM: 23.8, top1: 78.8, computeG: 5.7 },
  { slug: 'inception-v4', title: 'Inception-v4 / Inception-ResNet', group: 'general', paramsM: 42.7, top1: 80.2, computeG: 12.3 },
  { slug: 'mobilenet-v2', title: 'MobileNet V2', group: 'efficient', paramsM: 3.5, top1: 71.9, computeG: 0.3 },
  { slug: 'shufflenet-v2', title: 'ShuffleNet V2', group: 'efficient', paramsM: 2.3, top1: 69.4, computeG: 0.15 },
  { slug: 'squeezenet', title: 'SqueezeNet', group: 'efficient', paramsM: 1.25, top1: 58.1, computeG: 0.82 },
  { slug: 'darknet', title: 'DarkNet', group: 'backbone', paramsM: 41.6, top1: 77.2 },
  { slug: 'deformable', title: '변형 가능 합성곱', group: 'convolution', paramsM: 36.2, top1: 78.9, computeG: 6 },
];

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
const svgOf = (html: string) =>
  html.slice(html.indexOf('<svg class="figure-panel"'), html.indexOf('</svg>', html.indexOf('<svg class="figure-panel"')) + 6);

/** A small seeded PRNG for reproducible synthetic sets. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

describe('chartDomains', () => {
  it('covers the smallest and largest point on both axes, with padding', () => {
    const { x, y } = chartDomains(POINTS);
    const params = POINTS.map((point) => point.paramsM);
    const top1 = POINTS.map((point) => point.top1);
    expect(x[0]).toBeLessThan(Math.min(...params));
    expect(x[1]).toBeGreaterThan(Math.max(...params));
    expect(y[0]).toBeLessThan(Math.min(...top1));
    expect(y[1]).toBeGreaterThan(Math.max(...top1));
    // The log axis gets the same room on both sides; y ends on multiples of 5.
    expect(Math.log10(Math.min(...params) / x[0])).toBeCloseTo(Math.log10(x[1] / Math.max(...params)), 9);
    expect(y[0] % 5).toBe(0);
    expect(y[1] % 5).toBe(0);
  });

  it('covers every point of random sets, including one point and equal values', () => {
    const next = random(7);
    for (let trial = 0; trial < 200; trial++) {
      const size = 1 + Math.floor(next() * 30);
      const points = Array.from({ length: size }, () => ({ paramsM: 10 ** (next() * 5 - 2), top1: 20 + next() * 70 }));
      const { x, y } = chartDomains(points);
      for (const point of points) {
        expect(point.paramsM).toBeGreaterThan(x[0]);
        expect(point.paramsM).toBeLessThan(x[1]);
        expect(point.top1).toBeGreaterThan(y[0]);
        expect(point.top1).toBeLessThan(y[1]);
      }
      expect(y[1]).toBeLessThanOrEqual(100);
    }
    const single = chartDomains([{ paramsM: 5, top1: 70 }]);
    expect(single.x[0]).toBeLessThan(5);
    expect(single.x[1]).toBeGreaterThan(5);
    expect(single.y[0]).toBeLessThan(70);
    expect(single.y[1]).toBeGreaterThan(70);
  });

  it('has a default frame without points and rejects sizes a log axis cannot show', () => {
    expect(chartDomains([])).toEqual({ x: [1, 100], y: [50, 90] });
    expect(() => chartDomains([{ paramsM: 0, top1: 70 }])).toThrow(/positive/);
    expect(() => chartDomains([{ paramsM: -3, top1: 70 }])).toThrow(/positive/);
  });
});

describe('log ticks and compute sizes', () => {
  it('picks fewer tick values when a decade is narrow', () => {
    expect(logTicks([0.5, 200], 130)).toEqual([1, 3, 10, 30, 100]);
    expect(logTicks([0.5, 200], 200)).toEqual([0.5, 1, 2, 5, 10, 20, 50, 100, 200]);
    expect(logTicks([0.5, 200], 50)).toEqual([1, 10, 100]);
  });

  it('makes circle area proportional to compute', () => {
    const radius = computeRadius(POINTS);
    expect(radius(4) ** 2 / radius(1) ** 2).toBeCloseTo(4, 9);
    expect(radius(15.5)).toBeCloseTo(16, 9);
    expect(radius(0)).toBe(0);
  });

  it('shows round compute values in the size legend, within the data range', () => {
    expect(sizeLegendValues(POINTS)).toEqual([0.5, 2, 10]);
    expect(sizeLegendValues([{ computeG: 23.9 }, { computeG: 0.14 }])).toEqual([1, 5, 20]);
    expect(sizeLegendValues([{}])).toEqual([]);
  });
});

describe('placeLabels', () => {
  const bounds: Rect = { x: 0, y: 0, width: 400, height: 480 };
  const request = (key: string, x: number, y: number, width = 60): LabelRequest => ({ key, x, y, width, height: 15, gap: 7 });
  const markerBox = (r: LabelRequest): Rect => ({ x: r.x - 5, y: r.y - 5, width: 10, height: 10 });

  function expectClean(requests: LabelRequest[], layout: ReturnType<typeof placeLabels>, obstacles: Rect[]) {
    const boxes = layout.placements.map((placement) => placement.box);
    boxes.forEach((box, i) => {
      expect(box.x).toBeGreaterThanOrEqual(bounds.x);
      expect(box.y).toBeGreaterThanOrEqual(bounds.y);
      expect(box.x + box.width).toBeLessThanOrEqual(bounds.x + bounds.width);
      expect(box.y + box.height).toBeLessThanOrEqual(bounds.y + bounds.height);
      for (let j = i + 1; j < boxes.length; j++) expect(rectsOverlap(box, boxes[j]!)).toBe(false);
      for (const obstacle of obstacles) expect(rectsOverlap(box, obstacle)).toBe(false);
    });
    expect(layout.placements.map((placement) => placement.key)).toEqual(requests.map((r) => r.key));
  }

  it('puts isolated labels right of their point, or left at the right edge', () => {
    const requests = [request('a', 50, 50), request('b', 200, 300), request('c', 380, 100)];
    const layout = placeLabels(requests, bounds, requests.map(markerBox), [0, 1, 2]);
    expect(layout.ok).toBe(true);
    expect(layout.placements.map((placement) => placement.side)).toEqual(['right', 'right', 'left']);
    expect(layout.placements[0]!.box).toEqual({ x: 57, y: 42.5, width: 60, height: 15 });
  });

  it('tries left, above and below before a leader line', () => {
    const point = request('a', 100, 100);
    // Small obstacles, each in the way of one of the four adjacent positions only.
    const rightSide: Rect = { x: 120, y: 95, width: 10, height: 10 };
    const leftSide: Rect = { x: 70, y: 95, width: 10, height: 10 };
    const top: Rect = { x: 95, y: 75, width: 10, height: 10 };
    const bottom: Rect = { x: 95, y: 115, width: 10, height: 10 };
    const side = (obstacles: Rect[]) => placeLabels([point], bounds, obstacles).placements[0]!.side;
    expect(side([])).toBe('right');
    expect(side([rightSide])).toBe('left');
    expect(side([rightSide, leftSide])).toBe('above');
    expect(side([rightSide, leftSide, top])).toBe('below');
    expect(side([rightSide, leftSide, top, bottom])).toBe('leader');
    // Earlier labels block positions as obstacles do.
    const twins = placeLabels([request('a', 100, 100), request('b', 100, 100)], bounds);
    expect(twins.placements.map((placement) => placement.side)).toEqual(['right', 'left']);
  });

  it('never reports success with overlapping labels on dense random sets', () => {
    const next = random(42);
    let successes = 0;
    let leaders = 0;
    for (let trial = 0; trial < 60; trial++) {
      // 12–30 points packed into a 160 × 160 square of the plot: more labels than fit beside their points.
      const requests = Array.from({ length: 12 + Math.floor(next() * 19) }, (_, i) =>
        request(`p${i}`, 120 + next() * 160, 160 + next() * 160, 30 + next() * 60),
      );
      const obstacles = requests.map(markerBox);
      const layout = placeLabels(
        requests,
        bounds,
        obstacles,
        requests.map((_, i) => i),
      );
      leaders += layout.placements.filter((placement) => placement.leader).length;
      if (!layout.ok) {
        expect(layout.placements.some((placement) => placement.overlaps)).toBe(true);
        continue;
      }
      successes++;
      expectClean(requests, layout, obstacles);
      for (const placement of layout.placements) {
        if (!placement.leader) continue;
        // A leader starts at its own point's edge and ends on its label.
        const own = requests.find((r) => r.key === placement.key)!;
        expect(Math.hypot(placement.leader.x1 - own.x, placement.leader.y1 - own.y)).toBeLessThanOrEqual(own.gap);
        const { box } = placement;
        expect(placement.leader.x2).toBeGreaterThanOrEqual(box.x - 1e-9);
        expect(placement.leader.x2).toBeLessThanOrEqual(box.x + box.width + 1e-9);
        expect(placement.leader.y2).toBeGreaterThanOrEqual(box.y - 1e-9);
        expect(placement.leader.y2).toBeLessThanOrEqual(box.y + box.height + 1e-9);
      }
    }
    // The sets are dense enough to need leader lines, and most still succeed.
    expect(leaders).toBeGreaterThan(0);
    expect(successes).toBeGreaterThan(20);
  });

  it('reports failure when the labels cannot fit', () => {
    const tiny: Rect = { x: 0, y: 0, width: 120, height: 40 };
    const requests = Array.from({ length: 8 }, (_, i) => request(`p${i}`, 60, 20, 50));
    const layout = placeLabels(requests, tiny);
    expect(layout.ok).toBe(false);
    expect(layout.placements).toHaveLength(8);
    expect(layout.placements.filter((placement) => placement.overlaps).length).toBeGreaterThan(0);
  });

  it('estimates label widths from the characters', () => {
    expect(estimateTextWidth('ResNet', 12.5)).toBeGreaterThan(estimateTextWidth('SENet', 12.5));
    expect(estimateTextWidth('합성곱', 10)).toBeCloseTo(31.2, 5);
  });
});

describe('renderCnnAccuracyChart', () => {
  const html = renderCnnAccuracyChart(POINTS, options);
  const svg = svgOf(html);

  it('is one figure with the escaped caption, a group legend and a note', () => {
    expect(html).toMatch(/^<figure class="figure" id="fig-cnn-accuracy" data-figure="cnn-accuracy">/);
    expect(count(html, /<figure /g)).toBe(1);
    expect(html).toContain('<figcaption>파라미터 수와 정확도 &lt;비교&gt; &amp; 연산량</figcaption>');
    expect(html).toContain('<ul class="figure-legend">');
    for (const label of Object.values(groupLabels)) expect(html).toContain(`<span>${label}</span>`);
    expect(count(html, /<script/g)).toBe(0);
  });

  it('draws exactly one mark per point, each a link to its page', () => {
    expect(count(svg, /class="point"/g)).toBe(POINTS.length);
    const slugs = [...svg.matchAll(/<g class="point" data-slug="([^"]+)"/g)].map((match) => match[1]);
    expect(slugs.sort()).toEqual(POINTS.map((point) => point.slug).sort());
    const links = [...svg.matchAll(/<a href="([^"]+)"><title>[^<]+<\/title><g class="point" data-slug="([^"]+)"/g)];
    expect(links).toHaveLength(POINTS.length);
    for (const [, href, slug] of links) expect(href).toBe(`/study-notes/architectures/${slug}/`);
  });

  it('labels every point with its title, without overlaps in this layout', () => {
    for (const point of POINTS) expect(svg).toContain(`>${point.title.split(' / ')[0]}`);
    expect(svg).not.toContain('data-label="overlap"');
  });

  it('places every mark inside the plot frame', () => {
    const frame = /<path d="M([\d.]+),([\d.]+)V([\d.]+)H([\d.]+)"/.exec(svg)!;
    const [left, top, bottom, right] = frame.slice(1).map(Number) as [number, number, number, number];
    const centres = [...svg.matchAll(/<g class="point"[^>]*><path d="M([\d.]+),([\d.]+)/g)];
    expect(centres).toHaveLength(POINTS.length);
    for (const [, x, y] of centres) {
      // Marker paths start at the left or top edge of the shape, within 6 units of its centre.
      expect(Number(x)).toBeGreaterThan(left - 6);
      expect(Number(x)).toBeLessThan(right);
      expect(Number(y)).toBeGreaterThan(top - 6);
      expect(Number(y)).toBeLessThan(bottom);
    }
  });

  it('sizes compute circles by area and marks unknown compute with a hollow marker', () => {
    expect(count(svg, /<circle cx="[^"]+" cy="[^"]+" r="[^"]+" fill="var\(--series-\d\)" fill-opacity/g)).toBe(POINTS.length - 1);
    const darknet = /<g class="point" data-slug="darknet"[^>]*><path d="[^"]+" fill="([^"]+)"/.exec(svg)!;
    expect(darknet[1]).toBe('var(--bg)');
    expect(svg).toContain('연산량 자료 없음');
    expect(svg).toContain('원의 넓이 = 연산량(GMACs):');
  });

  it('tells groups apart by colour and marker shape', () => {
    const styleOf = (slug: string) => {
      const match = new RegExp(`<g class="point" data-slug="${slug}"[^>]*><path d="([A-Z])[^"]*" fill="[^"]+" stroke="([^"]+)"`).exec(svg)!;
      return { path: match[1], colour: match[2] };
    };
    const styles = ['resnet', 'mobilenet-v2', 'darknet', 'deformable'].map(styleOf);
    expect(new Set(styles.map((style) => style.colour)).size).toBe(4);
    // Circles are drawn as arcs, triangles with three corners, squares with a flat top edge, diamonds without.
    const shapeOf = (slug: string) => {
      const d = new RegExp(`<g class="point" data-slug="${slug}"[^>]*><path d="([^"]+)"`).exec(svg)![1]!;
      if (d.includes('A')) return 'circle';
      const corners = d
        .replace(/Z$/, '')
        .slice(1)
        .split('L')
        .map((corner) => corner.split(',').map(Number));
      if (corners.length === 3) return 'triangle';
      return corners[0]![1] === corners[1]![1] ? 'square' : 'diamond';
    };
    expect(['resnet', 'mobilenet-v2', 'darknet', 'deformable'].map(shapeOf)).toEqual(['circle', 'square', 'triangle', 'diamond']);
  });

  it('is an accessible group with a Korean title and description, ids used once', () => {
    const match = /<svg class="figure-panel" role="group" aria-labelledby="([^" ]+)" aria-describedby="([^" ]+)"/.exec(svg)!;
    expect(svg).toMatch(new RegExp(`<title id="${match[1]}">[^<]*[가-힣][^<]*</title>`));
    expect(svg).toMatch(new RegExp(`<desc id="${match[2]}">[^<]*[가-힣][^<]*</desc>`));
    expect(svg).toMatch(/<desc[^>]*>구조 13개\(일반 구조, 경량 구조, 백본, 합성곱 연산\)/);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(svg).toMatch(/viewBox="0 0 400 \d+"/);
  });

  it('draws in theme colours only', () => {
    const colours = [...html.matchAll(/(?:stroke|fill)="([^"]+)"/g)].map((m) => m[1]!);
    expect(colours.filter((colour) => !/^var\(--[a-z0-9-]+\)$/.test(colour) && colour !== 'none')).toEqual([]);
  });

  it('lists every point in a table after the chart', () => {
    expect(html).toMatch(/<\/svg>.*<details class="figure-details"><summary>표로 보기<\/summary>.*<table/);
    const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
    expect(count(body, /<tr>/g)).toBe(POINTS.length);
    expect(body).toContain(
      '<tr><th scope="row"><a href="/study-notes/architectures/resnet/">ResNet</a></th><td class="num">25.6</td><td class="num">76.1</td><td class="num">4.1</td><td>일반 구조</td></tr>',
    );
    expect(body).toContain('<td class="num">자료 없음</td><td>백본</td>');
    // Rows go from the smallest model to the largest, like the x axis.
    expect(body.indexOf('squeezenet')).toBeLessThan(body.indexOf('mobilenet-v2'));
    expect(body.indexOf('inception-v4')).toBeLessThan(body.indexOf('vgg'));
  });

  it('renders an empty chart without points', () => {
    const empty = renderCnnAccuracyChart([], options);
    expect(count(empty, /class="point"/g)).toBe(0);
    expect(empty).toContain('표시할 구조가 없습니다.');
  });
});
