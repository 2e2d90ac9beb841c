// Runs a real `npm run build` (Astro, then the search index and service worker) of a content folder into a temporary output folder.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('../../', import.meta.url).pathname;
export const fixtureSite = join(root, 'tests/fixtures/site');
const fixtureBuilds = join(root, 'node_modules/.fixture-builds');

/** The environment without what Vitest adds (BASE_URL, MODE, NODE_ENV=test…), which would leak into Vite. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'NODE_ENV',
    'TEST',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
  ])
    delete env[key];
  return env;
}

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
  contentDir: string;
}

/**
 * Copies the fixture content into a temporary folder, lets `change` edit it, and builds it.
 * Asynchronous, so that independent fixture builds can run side by side on both cores.
 */
export async function buildFixture(change: (contentDir: string) => void = () => {}, base = '/study-notes/'): Promise<BuildResult> {
  const work = mkdtempSync(join(tmpdir(), 'notes-build-'));
  const contentDir = join(work, 'content');
  cpSync(fixtureSite, contentDir, { recursive: true });
  change(contentDir);
  // The output folder must be inside the project: for an outDir elsewhere Astro puts its prerender
  // bundle in the project's own .astro/ folder, which concurrent builds would then overwrite.
  mkdirSync(fixtureBuilds, { recursive: true });
  const outDir = join(mkdtempSync(join(fixtureBuilds, 'build-')), 'dist');
  const child = spawn('npm', ['run', 'build'], {
    cwd: root,
    env: {
      ...cleanEnv(),
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      BASE_PATH: base,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => (output += chunk));
  }
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  return { status, output, outDir, contentDir };
}

export function removeBuild(result: BuildResult) {
  rmSync(join(result.outDir, '..'), { recursive: true, force: true });
  rmSync(join(result.contentDir, '..'), { recursive: true, force: true });
}
