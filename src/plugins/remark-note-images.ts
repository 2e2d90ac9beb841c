// Images next to a note (`./img/x.png`, `assets/x.png`, Obsidian `![[x.png]]`) go through Astro's image
// pipeline, which runs after this plugin. What it cannot serve is reported here with file:line:column,
// all at once: a missing local file (Astro would stop at the first one, naming neither note nor line),
// and a remote image, which the CSP blocks and the offline copy cannot hold.
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Definition, Image, Parent, Root, Text } from 'mdast';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { embedCandidates, embedWidth, findEmbeds, IMAGE_EXTENSION, imageSourceKind } from '../lib/note-images';
import { reportProblem } from './problems';

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** The place of a character inside a text node (its value has the same line breaks as the source). */
function pointIn(node: Text, index: number): Point | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = node.value.slice(0, index);
  const lastBreak = before.lastIndexOf('\n');
  const line = start.line + (before.match(/\n/g)?.length ?? 0);
  const column = lastBreak === -1 ? start.column + index : index - lastBreak;
  return { line, column, offset: start.offset === undefined ? undefined : start.offset + index };
}

export default function remarkNoteImages() {
  return (tree: Root, file: VFile) => {
    const noteDir = file.path ? dirname(resolve(file.path)) : undefined;
    const exists = (url: string) => noteDir !== undefined && existsSync(resolve(noteDir, safeDecode(url).replace(/[?#].*$/, '')));

    const reported = new Set<Image>();
    // Obsidian embeds stay text for the Markdown parser: turn image embeds into image nodes.
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (parent === undefined || index === undefined) return;
      const embeds = findEmbeds(node.value);
      if (embeds.length === 0) return;
      const pieces: (Text | Image)[] = [];
      let from = 0;
      for (const embed of embeds) {
        const start = pointIn(node, embed.start);
        const end = pointIn(node, embed.end);
        const position: Position | undefined = start && end ? { start, end } : undefined;
        if (embed.start > from) pieces.push({ type: 'text', value: node.value.slice(from, embed.start) });
        from = embed.end;
        const written = node.value.slice(embed.start, embed.end);
        if (!IMAGE_EXTENSION.test(embed.target)) {
          reportProblem(file, position, `cannot embed ${written}: only images can be embedded; link a note with [[${embed.target}]]`);
          pieces.push({ type: 'text', value: written });
          continue;
        }
        const candidates = embedCandidates(embed.target);
        const found = candidates.find(exists);
        const width = embedWidth(embed.option);
        const image: Image = {
          type: 'image',
          url: encodeURI(found ?? candidates[0]!),
          alt: width === undefined && embed.option !== '' ? embed.option : embed.target.replace(/\.[^.]+$/, ''),
          position,
        };
        if (width !== undefined) image.data = { hProperties: { width } };
        if (!found) {
          reported.add(image);
          reportProblem(
            file,
            position,
            `missing image ${written}: no file ${candidates.map((c) => c.slice(2)).join(', ')} next to the note`,
          );
        }
        pieces.push(image);
      }
      if (from < node.value.length) pieces.push({ type: 'text', value: node.value.slice(from) });
      parent.children.splice(index, 1, ...(pieces as Parent['children']));
      return index + pieces.length;
    });

    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node: Definition) => {
      definitions.set(node.identifier, node);
    });
    visit(tree, ['image', 'imageReference'], (node) => {
      const image = node as Image | { type: 'imageReference'; identifier: string; position?: Position };
      const url = image.type === 'image' ? image.url : definitions.get(image.identifier)?.url;
      if (url === undefined) return;
      const kind = imageSourceKind(url);
      if (kind === 'remote') {
        reportProblem(
          file,
          image.position,
          `remote image ${url}: save it next to the note (for example ./img/${url.split(/[?#]/)[0]!.split('/').pop() || 'image.png'}) and write that path; the site works offline and its content security policy allows only its own images`,
        );
      } else if (kind === 'local' && !reported.has(image as Image) && !exists(url)) {
        const written = safeDecode(url);
        const path = noteDir ? relative(process.cwd(), resolve(noteDir, written)) : written;
        reportProblem(file, image.position, `missing image ${written}: no file ${path}`);
      }
    });
  };
}
