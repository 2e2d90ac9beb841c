// rehype-katex catches KaTeX parse errors and renders a red `katex-error` span instead of failing.
// Run right after it: any message it left on the file fails the build, naming the file and the formula.
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { placeIn } from './source-place';

export default function rehypeFailOnMathErrors() {
  return (_tree: Root, file: VFile) => {
    const problems = file.messages.filter((message) => message.source === 'rehype-katex' || message.ruleId === 'rehype-katex');
    if (problems.length > 0) {
      const first = problems[0]!;
      // Display math's <code> sits inside a generated <pre> and has no position of its own: use the nearest ancestor's.
      const place = first.line
        ? { line: first.line, column: first.column }
        : first.ancestors
            ?.map((node) => node.position?.start)
            .reverse()
            .find((start) => start !== undefined);
      const detail = first.cause instanceof Error ? first.cause.message : first.reason;
      throw new Error(`${placeIn(file, place)}: invalid LaTeX: ${detail}`);
    }
  };
}
