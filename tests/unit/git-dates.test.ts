import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstCommitDate } from '../../src/loaders/git-dates';

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
