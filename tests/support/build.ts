// Runs a real `npm run build` (Astro, then the search index and service worker) of a content folder into a temporary output folder.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('../../', import.meta.url).pathname;
export const fixtureSite = join(root, 'tests/fixtures/site');

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

/** Copies the fixture content into a temporary folder, lets `change` edit it, and builds it. */
export function buildFixture(change: (contentDir: string) => void = () => {}, base = '/study-notes/'): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'notes-build-'));
  const contentDir = join(work, 'content');
  cpSync(fixtureSite, contentDir, { recursive: true });
  change(contentDir);
  const outDir = join(work, 'dist');
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    encoding: 'utf8',
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
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir, contentDir };
}

export function removeBuild(result: BuildResult) {
  rmSync(join(result.outDir, '..'), { recursive: true, force: true });
}
