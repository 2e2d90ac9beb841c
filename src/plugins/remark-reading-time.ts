// The note's reading time, worked out from its Markdown source while it renders and left in the
// frontmatter (`remarkPluginFrontmatter.readingMinutes`) for the page: the loader does not keep a
// rendered note's source (src/loaders/strict-glob.ts).
import type { VFile } from 'vfile';
import { readingTime } from '../lib/reading-time';

export default function remarkReadingTime() {
  return (_tree: unknown, file: VFile) => {
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.readingMinutes = readingTime(String(file.value)).minutes;
  };
}
