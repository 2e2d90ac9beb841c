// Lighthouse (mobile preset) against Debian's Chromium, shared by the test of the deterministic
// categories and the bench, which also measures performance.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from './browser.ts';

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

export interface Audit {
  /** Category scores, 0–100. */
  scores: Partial<Record<Category, number>>;
  /** Largest contentful paint and total blocking time in ms (performance runs only). */
  lcpMs?: number;
  tbtMs?: number;
  /** Scored audits below 1, for the log. */
  failing: string[];
}

export function launchLighthouseChrome(): Promise<chromeLauncher.LaunchedChrome> {
  return chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumFlags] });
}

export async function audit(url: string, port: number, categories: Category[]): Promise<Audit> {
  // The full-page screenshot only illustrates a report; nobody sees one here.
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
    disableFullPageScreenshot: true,
  });
  const lhr = result!.lhr;
  const failing = Object.values(lhr.audits)
    .filter(
      (entry) => entry.score !== null && entry.score < 1 && entry.scoreDisplayMode !== 'informative' && entry.scoreDisplayMode !== 'manual',
    )
    .map((entry) => `${entry.id} (${entry.displayValue ?? entry.score})`);
  const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]!.score ?? 0) * 100)]));
  return {
    scores,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue,
    failing,
  };
}
