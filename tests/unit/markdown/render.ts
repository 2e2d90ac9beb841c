// Renders a Markdown snippet through the site's own plugin list and Astro's unified processor, as a note would be.
import { createMarkdownProcessor, type MarkdownRenderResult } from '@astrojs/markdown-remark';
import { markdownPipeline } from '../../../src/plugins/pipeline';

const processors = new Map<string, ReturnType<typeof createMarkdownProcessor>>();

export async function render(markdown: string, options: { base?: string; path?: string } = {}): Promise<MarkdownRenderResult> {
  const base = options.base ?? '/';
  if (!processors.has(base)) processors.set(base, createMarkdownProcessor({ ...markdownPipeline({ base }), syntaxHighlight: false }));
  const processor = await processors.get(base)!;
  const path = options.path ?? '/site/content/notes/snippet.md';
  return processor.render(markdown, { fileURL: new URL(`file://${path}`), frontmatter: {} });
}

export async function html(markdown: string, options?: { base?: string; path?: string }): Promise<string> {
  return (await render(markdown, options)).code;
}
