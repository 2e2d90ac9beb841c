// Replaces figure markers left in notes, `<!-- figure: <id> | <설명> -->`, with the figure drawn at
// build time (inline SVG from src/lib/figures). Markers whose figure is not drawn yet stay invisible
// comments; a marker that is not well-formed fails the build.
import type { Html, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { figureRenderers } from '../lib/figures/registry';

const MARKER = /^<!--\s*figure:\s*([a-z0-9-]+)\s*\|\s*([^]*?)\s*-->$/;

export default function remarkFigures(options: { base: string }) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node: Html) => {
      const text = node.value.trim();
      if (!/^<!--\s*figure:/.test(text)) return;
      const match = MARKER.exec(text);
      if (!match) throw new Error(`${file.path}: malformed figure marker ${text}; write <!-- figure: <id> | <설명> -->`);
      const render = figureRenderers[match[1]!];
      if (render) node.value = render({ base: options.base, caption: match[2]! });
    });
  };
}
