// The architecture pages' frontmatter as plain facts for the overview tables and chart.
import type { ArchitectureFacts } from '../lib/architecture-table';
import { siteData } from './site';

export async function architectureFacts(): Promise<ArchitectureFacts[]> {
  const { architectures } = await siteData();
  return architectures.map(({ id, data }) => ({
    slug: id,
    title: data.title,
    year: data.year,
    venue: data.venue,
    group: data.group,
    order: data.order,
    ilsvrc: data.ilsvrc,
    params: data.params,
    compute: data.compute,
    top1: data.top1,
  }));
}
