// The web app manifest, with start URL, scope and icons under the deploy base.
import { withBase } from '../lib/links';
import { ui } from '../lib/ui';

export function GET() {
  const base = import.meta.env.BASE_URL;
  const manifest = {
    name: ui.siteTitle,
    short_name: '공부 노트',
    description: ui.siteDescription,
    lang: 'ko',
    dir: 'ltr',
    start_url: base,
    scope: base,
    id: base,
    display: 'standalone',
    theme_color: '#0b5cc4',
    background_color: '#ffffff',
    icons: [
      { src: withBase('/icons/icon-192.png', base), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: withBase('/icons/icon-512.png', base), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: withBase('/icons/icon-maskable-512.png', base), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: withBase('/favicon.svg', base), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
}
