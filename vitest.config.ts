import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './tests/support/longest-first-sequencer';

// Three projects: pure logic (fast), the built site in dist form, and a real browser.
// build and e2e read the site that `npm run build:test` wrote to .test-dist/ under the base /study-notes/.
// Files run side by side (one worker per core): none shares state with another. Browser files share one
// Chromium and one server of the test build, started once (tests/support/global-setup-e2e.ts).
// Nothing here measures time: the generous timeouts only stop a hung run, on however busy a machine.
export default defineConfig({
  test: {
    // One worker per core. The suite is CPU-bound (Chromium, fixture builds, Java); more workers than
    // cores were measured to cost a fifth more CPU time in all, from contention, and to finish later.
    maxWorkers: availableParallelism(),
    // expect.poll waits for the page to catch up; on a busy machine that can take seconds, so the limit
    // only stops a check that would never pass.
    expect: { poll: { timeout: 60_000, interval: 100 } },
    reporters: ['default', './tests/support/project-times-reporter.ts'],
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      // Unit files share one module graph per worker: starting each file afresh costs more than its tests.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', isolate: false } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
          hookTimeout: 600_000,
          // bad-input builds its cases two at a time.
          maxConcurrency: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup-e2e.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
