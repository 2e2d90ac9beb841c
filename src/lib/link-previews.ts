// Which links get a preview of the page they lead to: links to notes and architecture pages, other than
// the page itself. Pure; src/plugins/rehype-link-previews.ts marks the links, LinkPreviews.astro renders.

/** The site path ("/notes/x/") a link leads to when it is a note or architecture page under `base`, else undefined. */
export function previewTarget(href: string, base: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!href.startsWith(prefix)) return undefined;
  const match = /^(notes|architectures)\/([a-z0-9-]+)\/(?:#.*)?$/.exec(href.slice(prefix.length));
  return match ? `/${match[1]}/${match[2]}/` : undefined;
}

/** The id of a linked page's preview element. */
export const previewId = (path: string) => `preview-${path.replace(/^\/|\/$/g, '').replace('/', '-')}`;
