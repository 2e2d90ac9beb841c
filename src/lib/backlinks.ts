// Backlinks: which pages link to which, found in the Markdown sources once per build.

export interface LinkSource {
  /** The page's own path, e.g. "/notes/augmix/". */
  path: string;
  title: string;
  body: string;
  /** Page paths the rendered note links to that its source does not spell out ([[wiki links]], ./x.md). */
  links?: readonly string[];
}

export interface Backlink {
  path: string;
  title: string;
}

/** Root-relative links to notes and architecture pages written in a Markdown body (anchors dropped). */
export function internalPageLinks(markdown: string): string[] {
  const found = new Set<string>();
  const pattern = /\]\(\s*<?(\/(?:notes|architectures)\/[a-z0-9-]+\/)(?:#[^)\s>]*)?>?(?:\s+"[^"]*")?\s*\)/g;
  for (const match of markdown.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

/** Maps each target path to the pages that link to it, in the order of `sources`, without self-links. */
export function buildBacklinks(sources: LinkSource[]): Map<string, Backlink[]> {
  const backlinks = new Map<string, Backlink[]>();
  for (const source of sources) {
    for (const target of new Set([...internalPageLinks(source.body), ...(source.links ?? [])])) {
      if (target === source.path) continue;
      const list = backlinks.get(target) ?? [];
      list.push({ path: source.path, title: source.title });
      backlinks.set(target, list);
    }
  }
  return backlinks;
}
