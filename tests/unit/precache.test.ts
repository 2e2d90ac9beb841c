import { describe, expect, it } from 'vitest';
import { choosePrecache, FULL_PRECACHE_LIMIT_BYTES } from '../../src/lib/precache';

describe('choosePrecache', () => {
  it('precaches every page for small sites and only the shell beyond the threshold', () => {
    expect(choosePrecache(undefined, 10 * 1024 * 1024).mode).toBe('all');
    expect(choosePrecache(undefined, FULL_PRECACHE_LIMIT_BYTES).mode).toBe('all');
    expect(choosePrecache(undefined, FULL_PRECACHE_LIMIT_BYTES + 1).mode).toBe('shell');
  });
  it('always precaches the search index and the offline page; the shell leaves other pages to runtime caching', () => {
    const shell = choosePrecache('shell', 1).globPatterns;
    expect(shell).toEqual(expect.arrayContaining(['pagefind/**/*', 'offline/index.html', 'index.html', 'search/index.html']));
    expect(shell).not.toContain('**/*.html');
    expect(choosePrecache('all', FULL_PRECACHE_LIMIT_BYTES * 10).globPatterns).toContain('**/*.html');
  });
});
