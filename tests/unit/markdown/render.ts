// Renders a Markdown snippet through the site's own plugin list and Astro's unified processor, as a note would be.
import { join } from 'node:path';
import { createMarkdownProcessor, type MarkdownRenderResult } from '@astrojs/markdown-remark';
import { markdownPipeline } from '../../../src/plugins/pipeline';

/** A small content folder whose notes the snippets can link to. */
export const contentDir = new URL('../../fixtures/link-targets', import.meta.url).pathname;

const processors = new Map<string, ReturnType<typeof createMarkdownProcessor>>();

export interface RenderOptions {
  base?: string;
  /** The snippet's file; by default a note in the fixture folder (it need not exist). */
  path?: string;
  /** The note's frontmatter as the content loader passes it. */
  frontmatter?: Record<string, unknown>;
}

export async function render(markdown: string, options: RenderOptions = {}): Promise<MarkdownRenderResult> {
  const base = options.base ?? '/';
  if (!processors.has(base)) {
    processors.set(base, createMarkdownProcessor({ ...markdownPipeline({ base, contentDir }), syntaxHighlight: false }));
  }
  const processor = await processors.get(base)!;
  const path = options.path ?? join(contentDir, 'notes/snippet.md');
  return processor.render(markdown, { fileURL: new URL(`file://${path}`), frontmatter: options.frontmatter ?? {} });
}

export async function html(markdown: string, options?: RenderOptions): Promise<string> {
  return (await render(markdown, options)).code;
}
