// The day a file first entered git, for notes that do not write their date.
import { spawnSync } from 'node:child_process';
import { basename, dirname } from 'node:path';

/**
 * YYYY-MM-DD of the commit that added the file (following renames), or undefined outside git, when the
 * file is not committed yet, and in a shallow clone (whose oldest commit would look like the first).
 */
export function firstCommitDate(file: string): string | undefined {
  if (isShallowClone(dirname(file))) return undefined;
  const result = spawnSync('git', ['log', '--follow', '--diff-filter=A', '--format=%as', '--', basename(file)], {
    cwd: dirname(file),
    encoding: 'utf8',
  });
  if (result.status !== 0) return undefined;
  const days = result.stdout.trim().split('\n').filter(Boolean);
  return days.at(-1);
}

export function isShallowClone(dir: string): boolean {
  const result = spawnSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: dir, encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() === 'true';
}
