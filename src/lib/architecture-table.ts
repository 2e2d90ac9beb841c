// Rows of the CNN overview tables, derived from the architecture pages' frontmatter (the one source).

export interface SourcedValue {
  variant: string;
  value: number;
  input?: string;
  source: string;
}

export interface ArchitectureFacts {
  slug: string;
  title: string;
  year: number;
  venue: string;
  group: string;
  order: number;
  ilsvrc: { year: number; place: number; task: string; top5Error?: number }[];
  params: SourcedValue[];
  compute: SourcedValue[];
  top1: SourcedValue[];
}

export interface TimelineRow {
  slug: string;
  title: string;
  year: number;
  venue: string;
  ilsvrc?: string;
  params?: SourcedValue;
  compute?: SourcedValue;
  top1?: SourcedValue;
}

const TASKS: Record<string, string> = { classification: '분류', detection: '검출', localization: '위치 추정', localisation: '위치 추정' };

/** A figure rounded for a table: three significant digits, at most two decimals (60, 25.6, 5.29, 0.312). */
export function formatFigure(value: number): string {
  const digits = Math.min(2, Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value)))));
  return String(Number(value.toFixed(value >= 100 ? 0 : digits)));
}

/** The figure a row shows: the first sourced value, which each page lists first as its headline variant. */
const headline = (values: SourcedValue[]) => values[0];

/** Rows of one group in year order (ties kept in the group's reading order). */
export function timelineRows(pages: ArchitectureFacts[], group: string): TimelineRow[] {
  return pages
    .filter((page) => page.group === group)
    .sort((a, b) => a.year - b.year || a.order - b.order)
    .map((page) => ({
      slug: page.slug,
      title: page.title,
      year: page.year,
      venue: page.venue,
      ilsvrc:
        page.ilsvrc
          .map(
            (result) =>
              `${result.year} ${TASKS[result.task] ?? result.task} ${result.place}위${result.top5Error !== undefined ? ` (top-5 오류 ${result.top5Error}%)` : ''}`,
          )
          .join(', ') || undefined,
      params: headline(page.params),
      compute: headline(page.compute),
      top1: headline(page.top1),
    }));
}

export interface ChartPoint {
  slug: string;
  title: string;
  group: string;
  paramsM: number;
  top1: number;
  computeG?: number;
}

/**
 * Points for the accuracy-vs-parameters chart: one per architecture that has an ImageNet top-1 and a
 * parameter count. Parameters are taken from the entry whose variant matches the top-1 variant when
 * one does, so that a point never pairs one model's accuracy with another model's size.
 */
export function chartPoints(pages: ArchitectureFacts[]): ChartPoint[] {
  const points: ChartPoint[] = [];
  for (const page of pages) {
    const top1 = headline(page.top1);
    if (!top1 || page.params.length === 0) continue;
    const key = (variant: string) => variant.toLowerCase().split(/[\s(,]/)[0]!;
    const params = page.params.find((entry) => key(entry.variant) === key(top1.variant)) ?? page.params[0]!;
    const compute = page.compute.find((entry) => key(entry.variant) === key(top1.variant)) ?? page.compute[0];
    points.push({
      slug: page.slug,
      title: page.title,
      group: page.group,
      paramsM: params.value,
      top1: top1.value,
      computeG: compute?.value,
    });
  }
  return points;
}
