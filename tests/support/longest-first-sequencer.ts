// Orders test files so that the run does not end with one long file working alone on one core.
// Vitest's own order runs the projects one after another by name (build, e2e, unit), so the browser
// files, the heaviest, would start last. Here files of every project are ordered by the time they
// took in the last run, longest first; with no record (a fresh clone) the browser files go first,
// the axe sweep over every page leading.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const PROJECT_ORDER = ['e2e', 'build', 'unit'];

function estimate(spec: TestSpecification): number {
  if (spec.moduleId.endsWith('/accessibility.test.ts')) return 0;
  const rank = PROJECT_ORDER.indexOf(spec.project.name);
  return 1 + (rank === -1 ? PROJECT_ORDER.length : rank);
}

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const byVitest = await super.sort(files);
    const duration = (spec: TestSpecification) => this.ctx.cache.getTestSpecificationResult(spec)?.duration;
    if (byVitest.some((spec) => duration(spec) === undefined)) {
      return [...byVitest].sort((a, b) => estimate(a) - estimate(b));
    }
    // Files that share a module graph (isolate: false) stay together at the end, as Vitest keeps them.
    const shared = (spec: TestSpecification) => (spec.project.config.isolate ? 0 : 1);
    return [...byVitest].sort((a, b) => shared(a) - shared(b) || duration(b)! - duration(a)!);
  }
}
