// Prints, after the run, how long each test project took: from its first file starting to its last
// file ending (files run side by side, so this is wall time), and the files' own time added up.
// A record for finding where the suite's time goes; nothing asserts on it.
import type { Reporter, TestModule } from 'vitest/node';

interface Span {
  start: number;
  end: number;
  files: number;
  fileMs: number;
}

export default class ProjectTimesReporter implements Reporter {
  private readonly spans = new Map<string, Span>();
  private runStart = Date.now();

  onTestRunStart() {
    this.runStart = Date.now();
  }

  onTestModuleStart(module: TestModule) {
    const name = module.project.name || 'default';
    const span = this.spans.get(name) ?? { start: Date.now(), end: 0, files: 0, fileMs: 0 };
    this.spans.set(name, span);
  }

  onTestModuleEnd(module: TestModule) {
    const span = this.spans.get(module.project.name || 'default');
    if (!span) return;
    span.end = Date.now();
    span.files += 1;
    span.fileMs += module.diagnostic().duration;
  }

  onTestRunEnd() {
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const lines = [...this.spans].map(
      ([name, span]) =>
        `  ${name.padEnd(6)} ${seconds(span.end - span.start).padStart(8)} wall (from ${seconds(span.start - this.runStart)}), ` +
        `${span.files} files, ${seconds(span.fileMs)} of file time`,
    );
    console.log(`\nTime per test project:\n${lines.join('\n')}\n  all    ${seconds(Date.now() - this.runStart).padStart(8)}\n`);
  }
}
