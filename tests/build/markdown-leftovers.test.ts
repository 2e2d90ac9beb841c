// Markdown that the pipeline did not understand shows up as its raw syntax in the prose: `**` that
// CommonMark did not close next to Hangul, `[[wiki links]]`, `> [!callouts]`, one-line `$$…$$`.
// No page of the real site may show any of it outside code, preformatted text and math sources.
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, htmlFiles, readDist } from '../support/dist';

const LEFTOVERS = ['**', '[[', '[!', '$$'];
/** Where raw syntax is the point: code, preformatted text, KaTeX's TeX source, scripts. */
const VERBATIM = new Set(['code', 'pre', 'annotation', 'script', 'style', 'kbd', 'samp']);

function withoutVerbatim(node: Root | Element): void {
  node.children = node.children.filter(
    (child: RootContent) => !(child.type === 'element' && VERBATIM.has(child.tagName)),
  ) as typeof node.children;
  for (const child of node.children) if (child.type === 'element') withoutVerbatim(child);
}

/** Each leftover found in the page's main content, with a little of the text around it. */
function leftoversIn(html: string): string[] {
  const main = select('main', fromHtml(html));
  if (!main) return [];
  withoutVerbatim(main);
  const text = toText(main);
  const found: string[] = [];
  for (const token of LEFTOVERS) {
    for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + token.length)) {
      found.push(`${token} in “${text.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ')}”`);
    }
  }
  return found;
}

let pages: string[] = [];
beforeAll(async () => {
  assertBuilt();
  pages = await htmlFiles();
});

describe('the rendered prose', () => {
  it('shows no raw Markdown syntax (** [[ [! $$) on any page', () => {
    const problems = pages.flatMap((page) => leftoversIn(readDist(page)).map((found) => `${page}: ${found}`));
    expect(problems).toEqual([]);
  });

  it('renders the MDX note through the same pipeline', () => {
    const html = readDist('notes/cnn-architectures/index.html');
    expect(leftoversIn(html)).toEqual([]);
    expect(html).toMatch(/<strong>/);
  });
});
