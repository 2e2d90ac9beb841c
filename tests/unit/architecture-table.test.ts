import { describe, expect, it } from 'vitest';
import { chartPoints, formatFigure, timelineRows, type ArchitectureFacts } from '../../src/lib/architecture-table';

const src = 'https://example.org/';
const page = (slug: string, year: number, order: number, extra: Partial<ArchitectureFacts> = {}): ArchitectureFacts => ({
  slug,
  title: slug.toUpperCase(),
  year,
  venue: 'CVPR',
  group: 'general',
  order,
  ilsvrc: [],
  params: [],
  compute: [],
  top1: [],
  ...extra,
});

describe('timelineRows', () => {
  it('lists one group in year order, ties in reading order, with the headline figures', () => {
    const rows = timelineRows(
      [
        page('b', 2015, 2, {
          params: [{ variant: 'B-50', value: 25.6, source: src }],
          ilsvrc: [{ year: 2015, place: 1, task: 'classification', top5Error: 3.57 }],
        }),
        page('a', 2015, 1),
        page('c', 2012, 3),
        page('x', 2010, 1, { group: 'efficient' }),
      ],
      'general',
    );
    expect(rows.map((row) => row.slug)).toEqual(['c', 'a', 'b']);
    expect(rows[2]!.params?.value).toBe(25.6);
    expect(rows[2]!.ilsvrc).toBe('2015 분류 1위 (top-5 오류 3.57%)');
    expect(rows[0]!.ilsvrc).toBeUndefined();
  });
});

describe('formatFigure', () => {
  it.each([
    [60, '60'],
    [138.36, '138'],
    [25.56, '25.6'],
    [5.288548, '5.29'],
    [0.312, '0.31'],
    [0.06, '0.06'],
    [76.13, '76.1'],
  ])('%s → %s', (value, text) => expect(formatFigure(value)).toBe(text));
});

describe('chartPoints', () => {
  it('pairs each top-1 with the parameters of the same variant and skips pages without both', () => {
    const points = chartPoints([
      page('r', 2015, 1, {
        top1: [{ variant: 'ResNet-50 (tv)', value: 76.1, source: src }],
        params: [
          { variant: 'ResNet-152', value: 60.2, source: src },
          { variant: 'ResNet-50', value: 25.6, source: src },
        ],
        compute: [{ variant: 'ResNet-50', value: 4.1, source: src }],
      }),
      page('n', 2016, 2, { top1: [{ variant: 'N', value: 70, source: src }] }),
    ]);
    expect(points).toEqual([{ slug: 'r', title: 'R', group: 'general', paramsM: 25.6, top1: 76.1, computeG: 4.1 }]);
  });
});
