// A side-by-side anchor for `npm run bench -- --notes N --starlight`: the same synthetic notes built
// with Starlight (a pinned @astrojs/starlight, the same Astro, remark-math and rehype-katex, KaTeX
// self-hosted, Starlight's own Pagefind search) in a throwaway folder outside the project, measured
// the same way as our build (wall time, peak memory of the whole process tree).
// The folder is kept between runs so the install happens once: $TMPDIR/study-notes-starlight-anchor.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureBuild, syntheticNote } from './bench-scale.ts';

export const STARLIGHT_VERSION = '0.42.4';

const version = (name: string) => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;

export interface StarlightRun {
  notes: number;
  wallMs: number;
  peakRssMb: number;
}

/** Creates (once) the throwaway Starlight project with its dependencies installed; returns its folder. */
export function prepareStarlight(): string {
  const dir = join(tmpdir(), 'study-notes-starlight-anchor');
  mkdirSync(join(dir, 'src'), { recursive: true });
  const pkg = {
    name: 'starlight-anchor',
    private: true,
    type: 'module',
    scripts: { build: 'astro build' },
    dependencies: {
      astro: version('astro'),
      // Astro 7 runs remark/rehype plugins only with the unified processor from this package.
      '@astrojs/markdown-remark': version('@astrojs/markdown-remark'),
      '@astrojs/starlight': STARLIGHT_VERSION,
      'remark-math': version('remark-math'),
      'rehype-katex': version('rehype-katex'),
      katex: version('katex'),
      node: version('node'),
    },
    overrides: { katex: '$katex' },
    allowScripts: { node: true, esbuild: true, sharp: true },
  };
  const pkgText = `${JSON.stringify(pkg, null, 2)}\n`;
  const pkgPath = join(dir, 'package.json');
  if (
    !existsSync(pkgPath) ||
    readFileSync(pkgPath, 'utf8') !== pkgText ||
    !existsSync(join(dir, 'node_modules/@astrojs/markdown-remark'))
  ) {
    writeFileSync(pkgPath, pkgText);
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
    if (install.status !== 0) throw new Error('npm install of the Starlight anchor failed');
  }
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';

export default defineConfig({
  integrations: [
    starlight({
      title: '딥러닝 공부 노트',
      defaultLocale: 'root',
      locales: { root: { label: '한국어', lang: 'ko' } },
      head: [{ tag: 'link', attrs: { rel: 'stylesheet', href: '/katex.min.css' } }],
    }),
  ],
  markdown: { remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] },
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  // KaTeX self-hosted: its stylesheet and fonts in public/ (without the fonts, 404 pages would be counted).
  mkdirSync(join(dir, 'public/fonts'), { recursive: true });
  cpSync('node_modules/katex/dist/katex.min.css', join(dir, 'public/katex.min.css'));
  for (const font of readdirSync('node_modules/katex/dist/fonts').filter((file) => file.endsWith('.woff2')))
    cpSync(join('node_modules/katex/dist/fonts', font), join(dir, 'public/fonts', font));
  return dir;
}

/** Our synthetic note as a Starlight page: the same body, with only the frontmatter Starlight knows. */
export function starlightNote(index: number, total: number): string {
  const note = syntheticNote(index, total);
  const end = note.indexOf('\n---\n', 4);
  const frontmatter = note.slice(4, end);
  const keep = frontmatter.split('\n').filter((line) => /^(title|description):/.test(line));
  return `---\n${keep.join('\n')}\n---\n${note.slice(end + 5)}`;
}

/** Builds `count` synthetic notes with Starlight and measures it like benchScale. */
export async function benchStarlight(count: number): Promise<StarlightRun> {
  const dir = prepareStarlight();
  const docs = join(dir, 'src/content/docs');
  rmSync(join(dir, 'src/content'), { recursive: true, force: true });
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
  mkdirSync(join(docs, 'notes'), { recursive: true });
  writeFileSync(join(docs, 'index.md'), `---\ntitle: 딥러닝 공부 노트\ndescription: 합성 노트 ${count}개\n---\n\n합성 노트입니다.\n`);
  for (let i = 0; i < count; i += 1) writeFileSync(join(docs, 'notes', `bench-${i}.md`), starlightNote(i, count));
  const started = performance.now();
  const child = spawn('npm', ['run', 'build'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const { code, output, wallMs, peakRssMb } = await measureBuild(child, started);
  if (code !== 0) throw new Error(`Starlight build of ${count} synthetic notes failed:\n${output.slice(-3000)}`);
  return { notes: count, wallMs, peakRssMb };
}
