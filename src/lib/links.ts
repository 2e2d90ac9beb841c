// Site-internal paths: prefixing with the deploy base and mapping a URL back to a file in dist/.

/** Paths a note may link to without a base: pages of the site, written root-relative. */
const INTERNAL_PATH = /^\/(?!\/)/;

export function isInternalPath(href: string): boolean {
  return INTERNAL_PATH.test(href);
}

/** Prefixes a root-relative path with the base ("/study/" + "/notes/x/" → "/study/notes/x/"). */
export function withBase(path: string, base: string): string {
  if (!isInternalPath(path)) return path;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  if (prefix !== '' && (path === prefix || path.startsWith(`${prefix}/`))) return path;
  return `${prefix}${path}`;
}

export interface SplitHref {
  path: string;
  query: string;
  hash: string;
}

export function splitHref(href: string): SplitHref {
  const hashAt = href.indexOf('#');
  const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : href.slice(hashAt + 1);
  const queryAt = beforeHash.indexOf('?');
  return {
    path: queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt),
    query: queryAt === -1 ? '' : beforeHash.slice(queryAt + 1),
    hash: decodeURIComponent(hash),
  };
}

/**
 * The file in dist/ that serves a base-prefixed URL path, or undefined when the path lies outside the base.
 * "/study/notes/x/" → "notes/x/index.html"; "/study/rss.xml" → "rss.xml".
 */
export function distFileFor(urlPath: string, base: string): string | undefined {
  const normalizedBase = base.endsWith('/') ? base : `${base}/`;
  const path = decodeURIComponent(urlPath);
  if (!(path + '/').startsWith(normalizedBase)) return undefined;
  const inside = path.slice(normalizedBase.length);
  if (inside === '' || inside.endsWith('/')) return `${inside}index.html`;
  return inside;
}

/** The content source behind a page URL (without base), for error messages that name the file to fix. */
export function sourceHintFor(pagePath: string): string {
  const match = /^\/(notes|architectures)\/([^/]+)\/$/.exec(pagePath);
  return match ? `content/${match[1]}/${match[2]}.md` : `page ${pagePath}`;
}
