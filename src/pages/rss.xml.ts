import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteData } from '../data/site';
import { withBase } from '../lib/links';
import { ui } from '../lib/ui';

export async function GET(context: APIContext) {
  const { index } = await siteData();
  return rss({
    title: ui.siteTitle,
    description: ui.siteDescription,
    site: new URL(import.meta.env.BASE_URL, context.site!).href,
    items: index.newestFirst.map((note) => ({
      title: note.title,
      description: note.description,
      pubDate: note.date,
      link: withBase(`/notes/${note.slug}/`, import.meta.env.BASE_URL),
    })),
    customData: '<language>ko</language>',
  });
}
