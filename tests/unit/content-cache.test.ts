import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentCacheDir, sourcesDigest } from '../../src/lib/content-cache';

describe('sourcesDigest', () => {
  it('changes with any file’s content or path, not with the order the files come in', () => {
    const a = { path: 'src/plugins/a.ts', content: 'one' };
    const b = { path: 'src/lib/b.ts', content: 'two' };
    expect(sourcesDigest([a, b])).toBe(sourcesDigest([b, a]));
    expect(sourcesDigest([a, b])).toMatch(/^[0-9a-f]{12}$/);
    expect(sourcesDigest([a, { ...b, content: 'two!' }])).not.toBe(sourcesDigest([a, b]));
    expect(sourcesDigest([a, { ...b, path: 'src/lib/c.ts' }])).not.toBe(sourcesDigest([a, b]));
  });
});

describe('contentCacheDir', () => {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('names the cache after the sources, so changed plugin code gets a fresh cache and the old one is removed', () => {
    const project = mkdtempSync(join(tmpdir(), 'content-cache-'));
    made.push(project);
    mkdirSync(join(project, 'src/plugins'), { recursive: true });
    writeFileSync(join(project, 'src/plugins/figure.ts'), 'export const version = 1;');
    writeFileSync(join(project, 'package-lock.json'), '{}');
    const root = join(project, 'cache');
    const sources = ['src/plugins', 'package-lock.json', 'src/missing'];

    const first = contentCacheDir(root, project, sources);
    expect(basename(first)).toMatch(/^markdown-[0-9a-f]{12}$/);
    expect(contentCacheDir(root, project, sources)).toBe(first);
    mkdirSync(first, { recursive: true });
    mkdirSync(join(root, 'assets'));

    writeFileSync(join(project, 'src/plugins/figure.ts'), 'export const version = 2;');
    const second = contentCacheDir(root, project, sources);
    expect(second).not.toBe(first);
    expect(existsSync(first)).toBe(false);
    // Only earlier content caches go; anything else in the cache root stays.
    expect(existsSync(join(root, 'assets'))).toBe(true);
  });
});
