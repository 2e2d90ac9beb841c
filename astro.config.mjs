// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import finishBuildNotice from './src/integrations/finish-build-notice';
import linkCheck from './src/integrations/link-check';
import { deployTarget } from './src/lib/deploy-target';
import rehypeFailOnMathErrors from './src/plugins/rehype-fail-on-math-errors';
import rehypeFocusableScroll from './src/plugins/rehype-focusable-scroll';
import rehypeHeadingIds from './src/plugins/rehype-heading-ids';
import rehypeMathSearch from './src/plugins/rehype-math-search';
import rehypeTaskLists from './src/plugins/rehype-task-lists';
import rehypeLinkPreviews from './src/plugins/rehype-link-previews';
import rehypeTermCards from './src/plugins/rehype-term-cards';
import rehypeValidMathml from './src/plugins/rehype-valid-mathml';
import remarkBaseLinks from './src/plugins/remark-base-links';
import remarkContentChecks from './src/plugins/remark-content-checks';
import remarkFigures from './src/plugins/remark-figures';
import remarkRawHtmlAsText from './src/plugins/remark-raw-html-as-text';

// SITE_URL / BASE_PATH, or GITHUB_REPOSITORY in Actions, decide where the site lives (see README).
const { site, base } = deployTarget(process.env);

export default defineConfig({
  site,
  base,
  // Tests build into their own folders (OUT_DIR) with their own content cache (ASTRO_CACHE_DIR).
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // A content security policy in a <meta> tag on every page (GitHub Pages sends no headers). Astro
  // hashes its own scripts and styles; Pagefind needs WebAssembly; KaTeX, Shiki and the figures set
  // layout through style attributes, which style-src-attr allows without allowing any <style> element.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        // Vite inlines KaTeX's smallest font into its stylesheet as a data: URL.
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkRawHtmlAsText, remarkMath, remarkContentChecks, [remarkBaseLinks, { base }], [remarkFigures, { base }]],
      rehypePlugins: [
        [rehypeKatex, { strict: 'ignore' }],
        rehypeFailOnMathErrors,
        rehypeValidMathml,
        rehypeFocusableScroll,
        rehypeMathSearch,
        rehypeTaskLists,
        // Glossary terms open cards; after KaTeX so math is already marked and skipped.
        rehypeTermCards,
        // Links to other notes and architecture pages preview them on hover and focus.
        [rehypeLinkPreviews, { base }],
        // Links to other sites give them no handle on this page and no referrer.
        [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
        // Last, so ids and the contents list see the final headings.
        rehypeHeadingIds,
      ],
    }),
    shikiConfig: {
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
    },
  },
  vite: {
    build: {
      rollupOptions: {
        // Astro's own "use astro:head-inject" marker in Markdown modules triggers this bundler notice on every page.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  // Links are checked on the finished pages. The search index and the service worker come after
  // `astro build` exits, in their own process (src/integrations/finish-build.ts, run by `npm run build`).
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/offline/') }), linkCheck(), finishBuildNotice()],
});
