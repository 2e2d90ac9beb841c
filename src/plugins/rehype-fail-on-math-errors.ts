// rehype-katex catches KaTeX parse errors and renders a red `katex-error` span instead of failing.
// Run right after it: any message it left on the file fails the build, naming the file and the formula.
import type { Root } from 'hast';
import type { VFile } from 'vfile';

export default function rehypeFailOnMathErrors() {
  return (_tree: Root, file: VFile) => {
    const problems = file.messages.filter((message) => message.source === 'rehype-katex' || message.ruleId === 'rehype-katex');
    if (problems.length > 0) {
      const first = problems[0]!;
      const where = first.line ? `:${first.line}${first.column ? `:${first.column}` : ''}` : '';
      const detail = first.cause instanceof Error ? first.cause.message : first.reason;
      throw new Error(`${file.path}${where}: invalid LaTeX: ${detail}`);
    }
  };
}
