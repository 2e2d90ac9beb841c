// Astro ends its Markdown chain with rehype-raw; the pipeline names the same plugin first so that it
// runs there, once, before KaTeX adds most of the tree (see src/plugins/pipeline.ts). That only holds
// while both are one module: a second copy would run the whole-tree parse again at the end.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { unified, type Plugin } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownPipeline } from '../../../src/plugins/pipeline';
import { html } from './render';

const ours = createRequire(import.meta.url).resolve('rehype-raw');
const astros = createRequire(createRequire(import.meta.url).resolve('@astrojs/markdown-remark')).resolve('rehype-raw');

describe('rehype-raw runs first, once', () => {
  it('is the module Astro’s Markdown processor imports', () => {
    expect(ours).toBe(astros);
  });

  it('stays where the pipeline names it when Astro adds it again at the end', async () => {
    const { default: astroRehypeRaw } = (await import(pathToFileURL(astros).href)) as { default: Plugin };
    const processor = unified();
    const use = processor.use.bind(processor) as (plugin: unknown, ...options: unknown[]) => unknown;
    // As Astro's processor adds them: each [plugin, options] entry, then rehype-raw of its own.
    for (const entry of markdownPipeline({ base: '/', contentDir: '.' }).rehypePlugins) {
      const [plugin, ...options] = Array.isArray(entry) ? entry : [entry];
      use(plugin, ...options);
    }
    use(astroRehypeRaw);
    const raws = processor.attachers.filter(([plugin]) => plugin === astroRehypeRaw);
    expect(raws).toHaveLength(1);
    expect(processor.attachers.findIndex(([plugin]) => plugin === astroRehypeRaw)).toBe(0);
  });

  it('leaves comments as comments and raw HTML as text', async () => {
    const out = await html('<!-- 메모 -->\n\n문단 <b>굵게</b> $x^2$');
    expect(out).toContain('<!-- 메모 -->');
    expect(out).toContain('&#x3C;b>굵게&#x3C;/b>');
    expect(out).toContain('class="katex"');
  });
});
