// Names a place in the note the author edits ("content/notes/x.md:12:3") from a position in the tree.
import { readFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import { formatPlace, lineOffset, type Point } from '../lib/source-lines';

function offsetOf(file: VFile): number {
  const data = file.data as { sourceLineOffset?: number };
  if (data.sourceLineOffset === undefined) {
    let text = '';
    try {
      text = file.path ? readFileSync(file.path, 'utf8') : '';
    } catch {
      // A file that is not on disk (a unit test's snippet): its lines are the rendered text's.
    }
    data.sourceLineOffset = lineOffset(text, String(file.value));
  }
  return data.sourceLineOffset;
}

export function placeIn(file: VFile, point: Point | undefined): string {
  return formatPlace(file.path || '(unnamed file)', point, offsetOf(file));
}
