import { describe, expect, it } from 'vitest';
import { buildFolders, deployTarget, normalizeBase } from '../../src/lib/deploy-target';

describe('deployTarget', () => {
  it('defaults to localhost at the root', () => {
    expect(deployTarget({})).toEqual({ site: 'http://localhost:4321', base: '/' });
  });
  it('derives a project site from the repository name', () => {
    expect(deployTarget({ GITHUB_REPOSITORY: 'Kim/study-notes' })).toEqual({ site: 'https://kim.github.io', base: '/study-notes/' });
  });
  it('serves a user site from the root', () => {
    expect(deployTarget({ GITHUB_REPOSITORY: 'Kim/kim.github.io' })).toEqual({ site: 'https://kim.github.io', base: '/' });
  });
  it('serves a custom domain from the root', () => {
    expect(deployTarget({ GITHUB_REPOSITORY: 'kim/notes', CUSTOM_DOMAIN: 'notes.example.kr' })).toEqual({
      site: 'https://notes.example.kr',
      base: '/',
    });
  });
  it('lets explicit settings win', () => {
    expect(deployTarget({ SITE_URL: 'https://x.org/', BASE_PATH: 'docs' })).toEqual({ site: 'https://x.org', base: '/docs/' });
    expect(deployTarget({ GITHUB_REPOSITORY: 'kim/notes', BASE_PATH: '/' })).toEqual({ site: 'https://kim.github.io', base: '/' });
  });
  it('rejects a malformed repository name', () => {
    expect(() => deployTarget({ GITHUB_REPOSITORY: 'nope' })).toThrow(/owner\/repo/);
  });
  it('normalizes bases', () => {
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/a/b')).toBe('/a/b/');
    expect(normalizeBase('a/')).toBe('/a/');
  });
});

describe('buildFolders', () => {
  it('writes to dist/ and caches in node_modules/.astro unless OUT_DIR and ASTRO_CACHE_DIR say otherwise', () => {
    expect(buildFolders({})).toEqual({ outDir: './dist', cacheDir: './node_modules/.astro' });
    expect(buildFolders({ OUT_DIR: '/tmp/out', ASTRO_CACHE_DIR: '/tmp/cache' })).toEqual({ outDir: '/tmp/out', cacheDir: '/tmp/cache' });
  });
});
