// What a page costs the reader before any interaction: gzipped HTML, CSS and JavaScript it loads.
import { gzipSync } from 'node:zlib';
import { distFileFor } from './links';

export interface PageWeight {
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  /** Files the page references for CSS and JS, dist-relative. */
  stylesheets: string[];
  scripts: string[];
}

export const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

/**
 * Measures a page: its HTML, its stylesheets (linked and inline) and the scripts that run on load
 * (inline and module scripts with src; modules they import statically are followed via `imports`).
 */
export function pageWeight(
  html: string,
  base: string,
  readDist: (file: string) => string,
  staticImports: (file: string) => string[] = () => [],
): PageWeight {
  const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)]
    .map((match) => distFileFor(match[1]!, base)!)
    .filter(Boolean);
  const scriptFiles = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => distFileFor(match[1]!, base)!).filter(Boolean);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (scriptFiles.has(file)) continue;
    scriptFiles.add(file);
    queue.push(...staticImports(file));
  }
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
  return {
    htmlGzip: gzipSize(html),
    cssGzip: gzipSize([...stylesheets.map(readDist), ...inlineStyles].join('\n')),
    jsGzip: inlineScripts.length + scriptFiles.size === 0 ? 0 : gzipSize([...inlineScripts, ...[...scriptFiles].map(readDist)].join('\n')),
    stylesheets,
    scripts: [...scriptFiles],
  };
}

/**
 * The page as it would be without glossary term cards (src/plugins/rehype-term-cards.ts, TermCards.astro):
 * the list of cards removed and each term button turned back into its text. Measures what the cards cost.
 */
export function withoutTermCards(html: string): string {
  return html
    .replace(/<div class="term-cards"[^>]*>[\s\S]*?<\/dialog><\/div>/, '')
    .replace(/<button type="button" class="term" popovertarget="[^"]*">([^<]*)<\/button>/g, '$1');
}

/** The rules of a stylesheet that style term cards, their terms and link previews (print rules included). */
export function studyAidRules(css: string): string {
  return (css.match(/[^{}]*\.(?:term|term-card|link-preview)(?![\w-])[^{}]*\{[^}]*\}/g) ?? []).join('');
}

/** The page without the previews of the pages it links (src/plugins/rehype-link-previews.ts, LinkPreviews.astro). */
export function withoutLinkPreviews(html: string): string {
  return html
    .replace(/<div class="link-previews"[^>]*>(?:<div class="link-preview"[\s\S]*?<\/div>)*<\/div>/, '')
    .replace(/ aria-describedby="preview-[^"]*"/g, '');
}
