// The CNN reference: every planned architecture page with its group and sourced figures, and the
// overview note's tables generated from them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import plan from '../fixtures/content-plan.json';
import { root } from '../support/build';
import { readDist } from '../support/dist';

interface Sourced {
  variant: string;
  value: number;
  source: string;
}
interface ArchitectureData {
  group: string;
  order: number;
  year: number;
  paper: string;
  params?: Sourced[];
  compute?: Sourced[];
  top1?: Sourced[];
  top5?: Sourced[];
  ilsvrc?: { source: string }[];
}

const dir = join(root, 'content/architectures');
const pages = new Map(
  readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => [
      name.replace(/\.md$/, ''),
      parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, name), 'utf8'))![1]!) as ArchitectureData,
    ]),
);
const planned = Object.entries(plan.architectureGroups).flatMap(([group, slugs]) =>
  slugs.map((slug, index) => ({ slug, group, order: index + 1 })),
);

describe('architecture pages', () => {
  it('there are exactly the 33 planned pages', () => {
    expect(planned).toHaveLength(33);
    expect([...pages.keys()].sort()).toEqual(planned.map((entry) => entry.slug).sort());
  });

  it.each(planned)('$slug is in group $group at position $order', ({ slug, group, order }) => {
    expect(pages.get(slug)?.group).toBe(group);
    expect(pages.get(slug)?.order).toBe(order);
  });

  it('every figure has a source URL and a plausible value', () => {
    for (const [slug, data] of pages) {
      expect(data.paper, slug).toMatch(/^https:\/\/(arxiv\.org\/abs\/|doi\.org\/)/);
      for (const entry of [
        ...(data.params ?? []),
        ...(data.compute ?? []),
        ...(data.top1 ?? []),
        ...(data.top5 ?? []),
        ...(data.ilsvrc ?? []),
      ]) {
        expect(() => new URL(entry.source), `${slug}: ${entry.source}`).not.toThrow();
      }
      for (const entry of [...(data.top1 ?? []), ...(data.top5 ?? [])]) {
        expect(entry.value, `${slug}: ${entry.variant}`).toBeGreaterThan(0);
        expect(entry.value, `${slug}: ${entry.variant}`).toBeLessThan(100);
      }
      for (const entry of [...(data.params ?? []), ...(data.compute ?? [])])
        expect(entry.value, `${slug}: ${entry.variant}`).toBeGreaterThan(0);
    }
  });
});

describe('the overview note', () => {
  const html = readDist('notes/cnn-architectures/index.html');
  const tables = [...html.matchAll(/<table class="timeline"[^>]*data-group="([a-z]+)"[\s\S]*?<\/table>/g)];

  it('has one timeline table per group, listing every architecture exactly once in year order', () => {
    expect(tables.map((match) => match[1])).toEqual(['general', 'efficient', 'backbone', 'convolution']);
    const listed: string[] = [];
    for (const [table, group] of tables) {
      const rows = [...table!.matchAll(/<tr data-slug="([a-z0-9-]+)">\s*<td class="num">(\d{4})<\/td>/g)];
      const years = rows.map((row) => Number(row[2]));
      expect(years, group).toEqual([...years].sort((a, b) => a - b));
      for (const row of rows) {
        expect(pages.get(row[1]!)?.group, row[1]).toBe(group);
        expect(pages.get(row[1]!)?.year).toBe(Number(row[2]));
      }
      listed.push(...rows.map((row) => row[1]!));
    }
    expect(listed.sort()).toEqual([...pages.keys()].sort());
  });

  it('has one chart mark per architecture with a top-1 and a parameter count, each linking to its page', () => {
    const marks = [...html.matchAll(/class="point"[^>]*data-slug="([a-z0-9-]+)"/g)].map((match) => match[1]!);
    const expected = [...pages].filter(([, data]) => (data.top1?.length ?? 0) > 0 && (data.params?.length ?? 0) > 0).map(([slug]) => slug);
    expect(marks.sort()).toEqual(expected.sort());
    for (const slug of marks) expect(html).toContain(`href="/study-notes/architectures/${slug}/"`);
  });
});
