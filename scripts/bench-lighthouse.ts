// Lighthouse (mobile preset: simulated mid-range phone on slow 4G) for every page type, three runs each,
// with the median of each figure. Performance depends on how busy the machine is, which is why it is
// measured here and not asserted in the tests. Usage: part of `npm run bench`.
import { audit, launchLighthouseChrome, type Audit, type Category } from '../tests/support/lighthouse.ts';
import { serveDist } from '../tests/support/server.ts';

export interface LighthouseRow {
  page: string;
  path: string;
  performance: number;
  lcpMs: number;
  tbtMs: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  runs: number;
}

/** Every page type a reader meets; optimizers is the heaviest note (formulas and figures). */
export const LIGHTHOUSE_PAGES: Record<string, string> = {
  home: '',
  'short note (small-networks)': 'notes/small-networks/',
  'heaviest note (optimizers)': 'notes/optimizers/',
  'math note (loss-functions)': 'notes/loss-functions/',
  'math note (naive-bayes)': 'notes/naive-bayes/',
  'architecture (resnet)': 'architectures/resnet/',
  'CNN overview (cnn-architectures)': 'notes/cnn-architectures/',
  glossary: 'glossary/',
  search: 'search/',
};

const CATEGORIES: Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchLighthouse(distDir: string, base: string, runs = 3): Promise<LighthouseRow[]> {
  const server = await serveDist(distDir, base);
  const chrome = await launchLighthouseChrome();
  const rows: LighthouseRow[] = [];
  try {
    for (const [page, path] of Object.entries(LIGHTHOUSE_PAGES)) {
      const audits: Audit[] = [];
      for (let run = 0; run < runs; run += 1) audits.push(await audit(`${server.origin}${base}${path}`, chrome.port, CATEGORIES));
      const med = (pick: (entry: Audit) => number | undefined) => median(audits.map((entry) => pick(entry) ?? NaN));
      rows.push({
        page,
        path: `/${path}`,
        performance: med((entry) => entry.scores.performance),
        lcpMs: Math.round(med((entry) => entry.lcpMs)),
        tbtMs: Math.round(med((entry) => entry.tbtMs)),
        accessibility: med((entry) => entry.scores.accessibility),
        bestPractices: med((entry) => entry.scores['best-practices']),
        seo: med((entry) => entry.scores.seo),
        runs,
      });
      console.log(
        `lighthouse ${page}: performance ${rows.at(-1)!.performance} (runs: ${audits.map((entry) => entry.scores.performance).join(', ')})`,
      );
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return rows;
}
