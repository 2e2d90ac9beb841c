// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import finishBuildNotice from './src/integrations/finish-build-notice';
import linkCheck from './src/integrations/link-check';
import { contentCacheDir } from './src/lib/content-cache';
import { buildFolders, deployTarget } from './src/lib/deploy-target';
import { markdownPipeline } from './src/plugins/pipeline';

// SITE_URL / BASE_PATH, or GITHUB_REPOSITORY in Actions, decide where the site lives (see README).
const { site, base } = deployTarget(process.env);
const { outDir, cacheDir: cacheRoot } = buildFolders(process.env);
// Rendered Markdown is cached per version of the code that renders it (see src/lib/content-cache.ts).
const cacheDir = contentCacheDir(cacheRoot, fileURLToPath(new URL('.', import.meta.url)), ['src/plugins', 'src/lib', 'package-lock.json']);

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Pages render while earlier ones are written and hashed (CSP), so the renderer is not left waiting on I/O.
  build: { format: 'directory', concurrency: 4 },
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
      ...markdownPipeline({ base, contentDir: process.env.CONTENT_DIR ?? './content' }),
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
