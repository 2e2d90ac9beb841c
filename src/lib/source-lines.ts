// Astro renders a .md note's body without its frontmatter (and trimmed), so positions in the Markdown tree
// count lines from the body's first line. Errors must name lines of the file the author edits.

/** Lines of the file before the rendered text starts (0 when the text is the whole file, as for MDX). */
export function lineOffset(fileText: string, renderedText: string): number {
  if (renderedText === '' || renderedText.length >= fileText.length) return 0;
  const at = fileText.lastIndexOf(renderedText);
  if (at <= 0) return 0;
  let lines = 0;
  for (let index = fileText.indexOf('\n'); index !== -1 && index < at; index = fileText.indexOf('\n', index + 1)) lines++;
  return lines;
}

export interface Point {
  line: number;
  column?: number;
}

/** "path:line:column" (or "path:line", or "path"), the form editors and terminals turn into links. */
export function formatPlace(path: string, point: Point | undefined, offset = 0): string {
  if (!point?.line) return path;
  return `${path}:${point.line + offset}${point.column ? `:${point.column}` : ''}`;
}
