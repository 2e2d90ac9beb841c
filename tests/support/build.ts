// Runs a real `npm run build` (Astro, then the search index and service worker) of a content folder into a temporary output folder.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
 * Astro writes some build inputs to the project's own .astro/ folder (the map of content images among
 * them), so two builds of different content must not overlap: fixture builds from every test file take
 * turns through a lock folder. Other tests keep running meanwhile.
 */
/** The process holding the lock, once it has written its id. */
function lockOwner(lock: string): number | undefined {
  try {
    return Number(readFileSync(join(lock, 'owner'), 'utf8')) || undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function oneBuildAtATime<T>(run: () => Promise<T>): Promise<T> {
  const lock = join(fixtureBuilds, 'lock');
  mkdirSync(fixtureBuilds, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'owner'), String(process.pid));
      break;
    } catch {
      // A lock left behind by a test process that was killed is taken over.
      const owner = lockOwner(lock);
      if (owner !== undefined && !isAlive(owner)) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await run();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Copies the fixture content into a temporary folder, lets `change` edit it, and builds it.
 * Asynchronous, so that other tests run while it builds.
 */
export async function buildFixture(change: (contentDir: string) => void = () => {}, base = '/study-notes/'): Promise<BuildResult> {
  const work = mkdtempSync(join(tmpdir(), 'notes-build-'));
  const contentDir = join(work, 'content');
  cpSync(fixtureSite, contentDir, { recursive: true });
  change(contentDir);
  // The output folder is inside the project: for an outDir elsewhere Astro would put its prerender
  // bundle in the project's own .astro/ folder.
  mkdirSync(fixtureBuilds, { recursive: true });
  const outDir = join(mkdtempSync(join(fixtureBuilds, 'build-')), 'dist');
  return oneBuildAtATime(() => runBuild(contentDir, outDir, join(work, 'cache'), base));
}

async function runBuild(contentDir: string, outDir: string, cacheDir: string, base: string): Promise<BuildResult> {
  const child = spawn('npm', ['run', 'build'], {
    cwd: root,
    env: {
      ...cleanEnv(),
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: cacheDir,
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
