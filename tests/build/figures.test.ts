// Figures are drawn at build time: each is on its page with an accessible title and description and
// the expected number of plotted series, and only the HSV note ships figure JavaScript.
import { describe, expect, it } from 'vitest';
import { htmlFiles, readDist } from '../support/dist';

const FIGURES: { page: string; id: string; series: number }[] = [
  { page: 'notes/activation-functions/', id: 'activation-curves', series: 16 },
  { page: 'notes/activation-functions-practice/', id: 'activation-practice-curves', series: 10 },
  { page: 'architectures/mobilenet-v3/', id: 'hswish-vs-swish', series: 4 },
  { page: 'notes/loss-functions/', id: 'regression-loss-curves', series: 8 },
  { page: 'notes/l1-vs-l2-loss/', id: 'l1-l2-loss-curves', series: 8 },
  { page: 'notes/loss-functions/', id: 'focal-loss-gamma', series: 5 },
  { page: 'notes/object-detectors/', id: 'focal-loss-curves', series: 5 },
  { page: 'notes/l1-vs-l2-loss/', id: 'l2-outlier-fit', series: 2 },
  { page: 'notes/optimizers/', id: 'optimizer-paths', series: 12 },
  { page: 'notes/distance-and-wgan/', id: 'wgan-distances-theta', series: 4 },
  { page: 'notes/log-softmax-vs-softmax/', id: 'log-softmax-loss-vs-prob', series: 4 },
  { page: 'notes/hsv-color-classification/', id: 'hsv-hue-wheel', series: 0 },
  { page: 'notes/hsv-color-classification/', id: 'hsv-demo', series: 0 },
  { page: 'notes/augmix/', id: 'augmix-chains', series: 0 },
];

/** The HTML of one <figure> by its data-figure id (figures do not nest). */
function figureHtml(html: string, id: string): string {
  const start = html.indexOf(`data-figure="${id}"`);
  expect(start, `figure ${id}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</figure>', start));
}

describe.each(FIGURES)('figure $id on /$page', ({ page, id, series }) => {
  const html = readDist(`${page}index.html`);
  const figure = figureHtml(html, id);

  it('is drawn, with a caption and accessible title and description on every graph', () => {
    expect(html).not.toMatch(new RegExp(`<!--\\s*figure:\\s*${id}\\b`));
    expect(figure).toContain('<figcaption');
    const graphs = (figure.match(/<svg[^>]*>/g) ?? []).filter((tag) => tag.includes('role="img"'));
    // The HSV demo is a form, not a graph; every other figure has at least one.
    expect(graphs.length > 0, id).toBe(id !== 'hsv-demo');
    if (graphs.length === 0) return;
    for (const svg of graphs) {
      const labelled = /aria-labelledby="([^"]+)"/.exec(svg)![1]!.split(' ');
      for (const target of labelled) expect(figure, `${id}: #${target}`).toMatch(new RegExp(`id="${target}"`));
    }
    expect(figure).toMatch(/<title[^>]*>[^<]+<\/title>/);
    expect(figure).toMatch(/<desc[^>]*>[^<]+<\/desc>/);
  });

  it(`plots ${series} series`, () => {
    expect(figure.match(/<path[^>]*class="series[ "]/g)?.length ?? 0).toBe(series);
  });

  it('takes its colours from the theme, not fixed values (except real colour swatches)', () => {
    if (id.startsWith('hsv')) return;
    expect(figure).not.toMatch(/(stroke|fill)="#[0-9a-f]{3,6}"/i);
  });
});

describe('figure JavaScript', () => {
  it('only the HSV note loads the demo script', async () => {
    for (const page of await htmlFiles()) {
      const html = readDist(page);
      expect(html.includes('scripts/hsv-demo.js'), page).toBe(page === 'notes/hsv-color-classification/index.html');
    }
  });
});
