// Images in notes: which sources the site can serve (its own files, processed by Astro's image pipeline)
// and Obsidian's `![[x.png]]` embeds. Pure logic; src/plugins/remark-note-images.ts looks at the files.

export type ImageSourceKind = 'remote' | 'inline' | 'site' | 'local';

/** remote "https://…" and "//…"; inline "data:"; site "/images/x.png" (public/); local "./img/x.png", "img/x.png". */
export function imageSourceKind(url: string): ImageSourceKind {
  if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url)) return 'remote';
  if (/^data:/i.test(url)) return 'inline';
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return 'remote';
  if (url.startsWith('/')) return 'site';
  return 'local';
}

export const IMAGE_EXTENSION = /\.(?:png|jpe?g|gif|webp|avif|svg)$/i;

export interface Embed {
  /** Index of "!" in the text. */
  start: number;
  end: number;
  target: string;
  /** What follows "|": Obsidian's width ("300", "300x200") or alt text. */
  option: string;
}

/** Obsidian embeds `![[name]]`, `![[name|alt]]`, `![[name|300]]` in a run of text. */
export function findEmbeds(text: string): Embed[] {
  return [...text.matchAll(/!\[\[([^\]|]+?)(?:\|([^\]]*))?\]\]/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    target: match[1]!.trim(),
    option: (match[2] ?? '').trim(),
  }));
}

/** Obsidian's "300" or "300x200" size option as a width, or undefined when the option is alt text. */
export function embedWidth(option: string): number | undefined {
  const match = /^(\d+)(?:x\d+)?$/.exec(option);
  return match ? Number(match[1]) : undefined;
}

/** Where an embedded file may sit relative to the note: beside it or in a usual attachments folder. */
export function embedCandidates(name: string): string[] {
  const clean = name.replace(/^\.\//, '');
  if (clean.includes('/')) return [`./${clean}`];
  return ['', 'img/', 'images/', 'assets/', 'attachments/'].map((folder) => `./${folder}${clean}`);
}
