import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstCommitDate, isShallowClone } from '../../src/loaders/git-dates';

describe('firstCommitDate', () => {
  it('is the day a committed file entered git', () => {
    expect(firstCommitDate(new URL('../../package.json', import.meta.url).pathname)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('is undefined outside git', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-git-'));
    writeFileSync(join(dir, 'x.md'), '# x\n');
    expect(firstCommitDate(join(dir, 'x.md'))).toBeUndefined();
  });
});

describe('in a shallow clone', () => {
  it('gives no date: the oldest commit there is not the first', async () => {
    const { spawnSync } = await import('node:child_process');
    const work = mkdtempSync(join(tmpdir(), 'shallow-'));
    const git = (args: string[], cwd = work) => spawnSync('git', args, { cwd, encoding: 'utf8' });
    git(['init', '-q', 'origin']);
    const origin = join(work, 'origin');
    const commit = (name: string, date: string) => {
      writeFileSync(join(origin, name), `${name}\n`);
      git(['add', name], origin);
      spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', name], {
        cwd: origin,
        env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
      });
    };
    commit('a.md', '2019-01-01');
    commit('b.md', '2020-02-02');
    expect(firstCommitDate(join(origin, 'a.md'))).toBe('2019-01-01');
    git(['clone', '-q', '--depth', '1', `file://${origin}`, 'shallow']);
    expect(isShallowClone(join(work, 'shallow'))).toBe(true);
    expect(firstCommitDate(join(work, 'shallow', 'a.md'))).toBeUndefined();
  });
});
