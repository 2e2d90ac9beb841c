// Renders the app icons from the one source image (public/favicon.svg) with Chromium. Run once when
// the logo changes: node scripts/make-icons.ts. The PNGs are committed under public/icons/.
import { mkdirSync, readFileSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser.ts';

const svg = readFileSync('public/favicon.svg', 'utf8');
mkdirSync('public/icons', { recursive: true });
const browser = await launchBrowser();
const page = await browser.newPage();
const render = async (size: number, file: string, maskable: boolean) => {
  await page.setViewportSize({ width: size, height: size });
  // A maskable icon is cropped to a circle by some launchers: keep the logo inside the central 60%.
  const inner = maskable
    ? `<div style="width:100%;height:100%;background:#1f5fbf;display:grid;place-items:center"><div style="width:60%;height:60%">${svg}</div></div>`
    : svg;
  await page.setContent(
    `<style>html,body{margin:0;width:${size}px;height:${size}px}svg{width:100%;height:100%;display:block}</style>${inner}`,
  );
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: !maskable });
};
await render(192, 'icon-192.png', false);
await render(512, 'icon-512.png', false);
await render(512, 'icon-maskable-512.png', true);
await browser.close();
