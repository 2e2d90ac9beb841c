// Astro keeps each note's rendered Markdown in its content cache and clears that cache only when the
// Astro config, the content config or Astro's version changes, not when the code of a Markdown plugin
// (or a figure it draws) changes. A build after such a change would publish pages rendered by the old
// code. So the cache lives in a folder named after a digest of the pipeline's sources and the lockfile:
// new code, fresh cache.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const CACHE_PREFIX = 'markdown-';

/** A short digest of files given by path and content; the order they come in does not matter. */
export function sourcesDigest(files: { path: string; content: string | Buffer }[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(file.path).update('\0').update(file.content).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

/** Every file below `path` (or the file itself), relative to `root`, with POSIX separators. */
function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * The content cache folder for the current sources: `<cacheRoot>/markdown-<digest>`. Folders of earlier
 * digests in `cacheRoot` are removed, so old caches do not pile up.
 */
export function contentCacheDir(cacheRoot: string, projectRoot: string, sources: string[]): string {
  const files = sources.flatMap((path) => filesUnder(projectRoot, path));
  const current = `${CACHE_PREFIX}${sourcesDigest(files.map((path) => ({ path, content: readFileSync(join(projectRoot, path)) })))}`;
  if (existsSync(cacheRoot)) {
    for (const entry of readdirSync(cacheRoot)) {
      if (entry.startsWith(CACHE_PREFIX) && entry !== current) rmSync(join(cacheRoot, entry), { recursive: true, force: true });
    }
  }
  return join(cacheRoot, current);
}
