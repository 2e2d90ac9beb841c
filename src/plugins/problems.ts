// Problems found in a note by several plugins are gathered on the file and thrown together by the last
// remark plugin (remark-report-problems), so an author sees every broken link and missing image of a note at once.
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { placeIn } from './source-place';

interface Problem {
  at: number;
  text: string;
}

function problemsOf(file: VFile): Problem[] {
  const data = file.data as { noteProblems?: Problem[] };
  data.noteProblems ??= [];
  return data.noteProblems;
}

/** Records "file:line:column: message" for the node's place. */
export function reportProblem(file: VFile, position: Position | undefined, message: string): void {
  problemsOf(file).push({ at: position?.start.offset ?? 0, text: `${placeIn(file, position?.start)}: ${message}` });
}

/** Throws one error listing every recorded problem in source order. */
export function throwProblems(file: VFile): void {
  const problems = problemsOf(file);
  if (problems.length === 0) return;
  throw new Error(
    problems
      .sort((a, b) => a.at - b.at)
      .map((problem) => problem.text)
      .join('\n'),
  );
}

export function remarkReportProblems() {
  return (_tree: unknown, file: VFile) => throwProblems(file);
}
