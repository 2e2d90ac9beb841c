// The day a file first entered git, for notes that do not write their date.
import { spawnSync } from 'node:child_process';
import { basename, dirname } from 'node:path';

/** YYYY-MM-DD of the commit that added the file (following renames), or undefined outside git / uncommitted. */
export function firstCommitDate(file: string): string | undefined {
  const result = spawnSync('git', ['log', '--follow', '--diff-filter=A', '--format=%as', '--', basename(file)], {
    cwd: dirname(file),
    encoding: 'utf8',
  });
  if (result.status !== 0) return undefined;
  const days = result.stdout.trim().split('\n').filter(Boolean);
  return days.at(-1);
}
