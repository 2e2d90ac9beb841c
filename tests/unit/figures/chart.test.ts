import { describe, expect, it } from 'vitest';
import { contourLayer } from '../../../src/lib/figures/chart/contours';
import { LINE_TOLERANCE, polylineData } from '../../../src/lib/figures/chart/simplify';
import { attributes, escapeHtml, formatNumber, formatScientific, powerOfTen } from '../../../src/lib/figures/chart/markup';
import { renderPanel, type Plot } from '../../../src/lib/figures/chart/panel';
import { markerPositions, sampleFunction } from '../../../src/lib/figures/chart/sample';
import { SERIES_STYLES } from '../../../src/lib/figures/chart/styles';

describe('markup helpers', () => {
  it('escape text and attributes', () => {
    expect(escapeHtml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
    expect(attributes({ x: 1.23456, title: 'a"b', hidden: true, gone: undefined, off: false })).toBe('x="1.23" title="a&quot;b" hidden');
  });

  it('format numbers for Korean labels', () => {
    expect(formatNumber(-1.5)).toBe('−1.5');
    expect(formatNumber(2)).toBe('2');
    expect(formatNumber(-0.0001)).toBe('0');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(powerOfTen(-40)).toBe('10⁻⁴⁰');
    expect(powerOfTen(0)).toBe('1');
    expect(formatScientific(7.01e-46)).toBe('7.0 × 10⁻⁴⁶');
  });
});

describe('series styles', () => {
  it('differ in colour, dash and marker, colours from theme variables', () => {
    const key = (values: unknown[]) => new Set(values).size;
    expect(key(SERIES_STYLES.map((s) => s.color))).toBe(SERIES_STYLES.length);
    expect(key(SERIES_STYLES.map((s) => s.dash))).toBe(SERIES_STYLES.length);
    expect(key(SERIES_STYLES.map((s) => s.marker))).toBe(SERIES_STYLES.length);
    for (const style of SERIES_STYLES) expect(style.color).toMatch(/^var\(--/);
  });
});

describe('sampling', () => {
  it('breaks the line at a jump instead of drawing the vertical edge', () => {
    const points = sampleFunction(Math.sign, [-1, 1], { count: 10, breaks: [0] });
    const gap = points.findIndex(([x]) => Number.isNaN(x));
    expect(gap).toBeGreaterThan(0);
    expect(points.slice(0, gap).every(([, y]) => y === -1)).toBe(true);
    expect(points.slice(gap + 1).every(([, y]) => y === 1)).toBe(true);
    expect(points[0]![0]).toBe(-1);
    expect(points.at(-1)![0]).toBe(1);
  });

  it('spreads markers evenly and shifts them by the phase', () => {
    const a = markerPositions((x) => x, [0, 10], 5, 0).map(([x]) => x);
    const b = markerPositions((x) => x, [0, 10], 5, 0.5).map(([x]) => x);
    expect(a).toEqual([0.4, 2.4, 4.4, 6.4, 8.4].map((x) => expect.closeTo(x, 12)));
    b.forEach((x, i) => expect(x - a[i]!).toBeCloseTo(0.6, 12));
  });
});

describe('panels', () => {
  it('keep equal units on both axes when asked', () => {
    let plot: Plot | undefined;
    renderPanel(
      { id: 't', title: '제목', desc: '설명', equalAspect: true, x: { domain: [0, 4], label: 'x' }, y: { domain: [0, 1], label: 'y' } },
      (p) => {
        plot = p;
        return '';
      },
    );
    const xUnit = plot!.x(1) - plot!.x(0);
    const yUnit = plot!.y(0) - plot!.y(1);
    expect(xUnit).toBeCloseTo(yUnit, 10);
  });

  it('map +∞ to the infinity row only when there is one', () => {
    const plots: Plot[] = [];
    for (const infinityRow of [true, false]) {
      renderPanel(
        { id: 't', title: '제목', desc: '설명', infinityRow, x: { domain: [0, 1], label: 'x' }, y: { domain: [0, 1], label: 'y' } },
        (p) => {
          plots.push(p);
          return '';
        },
      );
    }
    expect(plots[0]!.yPos(Infinity)).toBeLessThan(plots[0]!.top);
    expect(plots[0]!.contains([0.5, Infinity])).toBe(true);
    expect(plots[1]!.yPos(Infinity)).toBeNaN();
    expect(plots[1]!.contains([0.5, Infinity])).toBe(false);
  });

  it('draw contour rings of a bowl around its minimum', () => {
    let html = '';
    renderPanel(
      { id: 't', title: '제목', desc: '설명', equalAspect: true, x: { domain: [-2, 2], label: 'x' }, y: { domain: [-2, 2], label: 'y' } },
      (plot) => {
        html = contourLayer(plot, (x, y) => x * x + y * y, { thresholds: [0.25, 1], resolution: 80 });
        // The level-1 ring is a circle of radius 1: all its vertices are about one unit from the centre.
        const ring = /data-level="1"/.test(html) ? html.split('data-level="1"')[0]!.split('d="').at(-1)! : '';
        const vertices = [...ring.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(([, px, py]) => [
          plot.x.invert(Number(px)),
          plot.y.invert(Number(py)),
        ]);
        expect(vertices.length).toBeGreaterThan(20);
        for (const [x, y] of vertices) expect(Math.hypot(x!, y!)).toBeCloseTo(1, 1);
        return html;
      },
    );
    expect(html.match(/data-level=/g)).toHaveLength(2);
  });
});

describe('polyline data', () => {
  it('drops vertices on a straight run and keeps the line within the tolerance elsewhere', () => {
    const edge = Array.from({ length: 50 }, (_, index) => [10, 27 + 2 * index] as const);
    expect(polylineData(edge)).toBe('M10,27L10,125');
    // A finely sampled circle of radius 50: fewer vertices, each still on the circle, and no chord
    // between kept vertices strays from it by more than the tolerance.
    const circle = Array.from({ length: 721 }, (_, index) => {
      const angle = (index / 720) * 2 * Math.PI;
      return [100 + 50 * Math.cos(angle), 100 + 50 * Math.sin(angle)] as const;
    });
    const kept = [...polylineData(circle).slice(1).split('L')].map((pair) => pair.split(',').map(Number) as [number, number]);
    expect(kept.length).toBeLessThan(circle.length / 4);
    expect(kept.length).toBeGreaterThan(20);
    for (let index = 1; index < kept.length; index += 1) {
      const [ax, ay] = kept[index - 1]!;
      const [bx, by] = kept[index]!;
      expect(Math.abs(Math.hypot(ax - 100, ay - 100) - 50)).toBeLessThan(0.01);
      // The chord's midpoint is its furthest point from the arc.
      const sagitta = 50 - Math.hypot((ax + bx) / 2 - 100, (ay + by) / 2 - 100);
      expect(sagitta).toBeLessThanOrEqual(LINE_TOLERANCE + 0.01);
    }
  });
});
