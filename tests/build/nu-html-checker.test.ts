// The W3C's own validator (the Nu HTML Checker, from npm `vnu-jar`, run on Java) over every built page,
// next to html-validate: the two catch different things (the Nu checker knows ARIA in HTML and MathML).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir } from '../support/dist';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

describe('W3C Nu HTML Checker', () => {
  it('finds no error on any built page', () => {
    assertBuilt();
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    expect(java.error, 'Java is needed for the Nu checker: apt-get install -y default-jre-headless (.ci/run does)').toBeUndefined();

    // A page with a known error checked in the same run: proves the checker ran and reported.
    const canaryDir = mkdtempSync(join(tmpdir(), 'nu-canary-'));
    const canary = join(canaryDir, 'canary.html');
    writeFileSync(canary, '<!doctype html><html lang="ko"><title>t</title><input type="search" role="combobox" aria-label="찾기">');
    // The JIT's quick tier alone and one GC thread: a run of seconds never pays back the optimising
    // compiler, and this halves the checker's CPU time. The quick tier needs a deeper stack for the
    // checker's schema (the default stops with a StackOverflowError).
    const jvm = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss16m'];
    const run = spawnSync('java', [...jvm, '-jar', vnuJar, '--skip-non-html', '--errors-only', '--format', 'json', distDir, canary], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    rmSync(canaryDir, { recursive: true, force: true });
    // The report goes to stderr; the exit status is 1 when there are errors.
    const report = JSON.parse(run.stderr) as { messages: NuMessage[] };
    const errors = report.messages
      .filter((message) => message.type === 'error' || message.subType === 'fatal')
      .map((message) => {
        const path = new URL(message.url).pathname;
        const file = path === canary ? 'canary' : relative(distDir, path);
        return `${file}:${message.lastLine ?? 0}:${message.firstColumn ?? 0} ${message.message}`;
      });
    expect(errors.filter((error) => !error.startsWith('canary:'))).toEqual([]);
    expect(errors.filter((error) => error.startsWith('canary:')).join('\n')).toContain('element “input”');
  }, 300_000);
});
