import lighthouse from 'lighthouse';
import { launchLighthouseChrome } from '../tests/support/lighthouse';
import { serveDist } from '../tests/support/server';
const srv = await serveDist(process.env.DIST ?? '/work/main/.test-dist', '/study-notes/');
const chrome = await launchLighthouseChrome();
for (const p of process.argv.slice(2)) {
  const r = await lighthouse(`${srv.origin}/study-notes/${p}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], disableFullPageScreenshot: true });
  const a = r!.lhr.audits;
  const diag: any = (a['mainthread-work-breakdown']?.details as any)?.items?.map((i: any) => `${i.group}:${Math.round(i.duration)}`).join(' ');
  console.log(p, 'perf', Math.round(r!.lhr.categories.performance.score! * 100), 'FCP', Math.round(a['first-contentful-paint'].numericValue!), 'LCP', Math.round(a['largest-contentful-paint'].numericValue!), 'TBT', Math.round(a['total-blocking-time'].numericValue!), 'SI', Math.round(a['speed-index'].numericValue!), 'CLS', a['cumulative-layout-shift'].numericValue?.toFixed(3));
  console.log('   ', diag);
  const lcpEl: any = (a['largest-contentful-paint-element']?.details as any)?.items?.[0]?.items?.[0]?.node?.snippet;
  console.log('    LCP element', lcpEl?.slice(0, 120));
}
chrome.kill(); await srv.close();
