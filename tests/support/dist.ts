// Reads the site that `npm run build:test` built into .test-dist/ under the base /study-notes/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/lib/fs-walk';
import { root } from './build';

export const testBase = '/study-notes/';
export const distDir = join(root, '.test-dist');

export function assertBuilt() {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('No test build found: run `npm run build:test` first (npm test does).');
}

export async function htmlFiles(): Promise<string[]> {
  return (await listFiles(distDir)).filter((file) => file.endsWith('.html'));
}

export function readDist(file: string): string {
  return readFileSync(join(distDir, file), 'utf8');
}
