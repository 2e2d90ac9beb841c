// Takes screenshots of built pages at desktop and phone widths, in both themes, for review and the README.
// Usage: node scripts/screenshots.ts <distDir> <base> <outDir> [path ...]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/server.ts';

const [distDir = 'dist', base = '/', outDir = 'screenshots', ...paths] = process.argv.slice(2);
const targets = paths.length > 0 ? paths : ['', 'notes/loss-functions/'];
mkdirSync(outDir, { recursive: true });
const server = await serveDist(distDir, base);
const browser = await launchBrowser();
const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 800 } };
for (const [label, viewport] of Object.entries(sizes)) {
  for (const theme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport, colorScheme: theme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const path of targets) {
      await page.goto(`${server.origin}${base}${path}`);
      const name = `${(path || 'home').replace(/\/$/, '').replace(/[/]/g, '_')}-${label}-${theme}.png`;
      await page.screenshot({ path: join(outDir, name), fullPage: process.env.FULL === '1' });
      console.log(join(outDir, name));
    }
    await context.close();
  }
}
await browser.close();
await server.close();
