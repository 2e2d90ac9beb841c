// Table of contents: h2 entries with their h3 children nested under them.

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry extends Heading {
  children: Heading[];
}

/** Nests h3 under the preceding h2; h3 before any h2 become top-level entries. Other depths are dropped. */
export function buildToc(headings: Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2 || (heading.depth === 3 && toc.length === 0)) toc.push({ ...heading, children: [] });
    else if (heading.depth === 3) toc.at(-1)!.children.push(heading);
  }
  return toc;
}
