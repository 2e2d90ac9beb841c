// npm run import -- <folder> [--category <id>]: copies the Markdown notes of a folder (an Obsidian vault,
// Jekyll _posts, a course repository) into content/notes, with slugs from file names, frontmatter filled,
// images copied next to the notes, links rewritten, and a report of every change and every problem, per
// note. It never overwrites an existing file. Notes with a category from content/categories.yaml keep it;
// the others get --category (default: the first category of the tree).
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { stringify } from 'yaml';
import { leafCategories, readCategories } from '../src/lib/categories-file.ts';
import { titleFromBody } from '../src/lib/frontmatter-defaults.ts';
import { importFrontmatter, rewriteBody } from '../src/lib/note-import.ts';
import { normalizeName } from '../src/lib/note-links.ts';
import { lineOffset } from '../src/lib/source-lines.ts';
import { uniqueSlug } from '../src/lib/romanize.ts';
import { firstCommitDate } from '../src/loaders/git-dates.ts';
import { NoteCatalog } from '../src/plugins/note-catalog.ts';

function fail(message: string): never {
  console.error(`npm run import: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const categoryAt = args.indexOf('--category');
const categoryArg = categoryAt === -1 ? undefined : args[categoryAt + 1];
const folderArg = args.find((_, index) => categoryAt === -1 || (index !== categoryAt && index !== categoryAt + 1));
if (!folderArg) fail('usage: npm run import -- <folder> [--category <id>]');
const source = resolve(folderArg);
if (!existsSync(source) || !statSync(source).isDirectory()) fail(`${folderArg} is not a folder`);

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const notesDir = join(contentDir, 'notes');
const leaves = leafCategories(readCategories(contentDir));
const defaultCategory = categoryArg ?? leaves[0]!.id;
if (!leaves.some((entry) => entry.id === defaultCategory))
  fail(`no category "${categoryArg}"; choose one of: ${leaves.map((entry) => entry.id).join(', ')}`);

/** Every file of the folder, skipping hidden folders (.obsidian, .git) and build output. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === '_site') return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

const files = walk(source).sort();
const noteFiles = files.filter((file) => /\.mdx?$/i.test(file));
if (noteFiles.length === 0) fail(`${folderArg} has no .md or .mdx files`);
const filesByName = new Map<string, string[]>();
for (const file of files) filesByName.set(basename(file).toLowerCase(), [...(filesByName.get(basename(file).toLowerCase()) ?? []), file]);

// Slugs: from file names, never one in use (a note, or an image folder left by an earlier import).
const taken = new Set(existsSync(notesDir) ? readdirSync(notesDir).map((name) => name.replace(/\.mdx?$/, '')) : []);
const slugOf = new Map<string, string>();
const parsed = new Map<string, { data: Record<string, unknown>; body: string }>();
for (const file of noteFiles) {
  const stem = basename(file, extname(file));
  const slug = uniqueSlug(stem.replace(/^\d{4}-\d{2}-\d{2}-/, ''), taken);
  taken.add(slug);
  slugOf.set(file, slug);
  const text = readFileSync(file, 'utf8');
  try {
    const { frontmatter, content } = parseFrontmatter(text);
    parsed.set(file, { data: frontmatter, body: content.replace(/^\s*\n/, '') });
  } catch (error) {
    parsed.set(file, { data: {}, body: text });
    console.warn(`${relative(source, file)}: frontmatter could not be read (${(error as Error).message}); imported without it`);
  }
}

// Wiki link names: an imported note's file name, title or aliases, then the notes already in the site.
const byName = new Map<string, string>();
for (const file of noteFiles) {
  const { data, body } = parsed.get(file)!;
  const names = [
    basename(file, extname(file)),
    typeof data.title === 'string' ? data.title : '',
    ...(Array.isArray(data.aliases) ? data.aliases.map(String) : []),
  ];
  const heading = /^#\s+(.+)$/m.exec(body)?.[1];
  if (heading && typeof data.title !== 'string') names.push(heading);
  for (const name of names.filter(Boolean)) if (!byName.has(normalizeName(name))) byName.set(normalizeName(name), slugOf.get(file)!);
}
// A link that names a note by its old file name ("02_Backprop") shows the note's title instead.
const titleByFileName = new Map(
  noteFiles.map((file) => {
    const { data, body } = parsed.get(file)!;
    const stem = basename(file, extname(file));
    const title =
      typeof data.title === 'string' ? data.title : titleFromBody(body, stem.replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/_+/g, ' '));
    return [normalizeName(stem), title];
  }),
);
const existing = new NoteCatalog(contentDir);
const findNote = (name: string) => {
  const imported = byName.get(normalizeName(name.replace(/\.mdx?$/i, '')));
  if (imported) return imported;
  const found = existing.index().find(name);
  return found.ok && found.value.collection === 'notes' ? found.value.slug : undefined;
};

/** Copies an image into content/notes/img/<slug>/, never over an existing file; returns the note-relative path. */
function copyImage(from: string, slug: string): string {
  const folder = join(notesDir, 'img', slug);
  mkdirSync(folder, { recursive: true });
  const extension = extname(from);
  const stem = basename(from, extension);
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}${extension}` : `${stem}-${n}${extension}`;
    try {
      copyFileSync(from, join(folder, name), constants.COPYFILE_EXCL);
      return `./img/${slug}/${name}`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

mkdirSync(notesDir, { recursive: true });
let problemCount = 0;
for (const file of noteFiles) {
  const slug = slugOf.get(file)!;
  const { data, body } = parsed.get(file)!;
  const copied = new Map<string, string>();
  const image = (reference: string, embedded: boolean) => {
    const candidates = embedded ? (filesByName.get(basename(reference).toLowerCase()) ?? []) : [resolve(dirname(file), reference)];
    const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    if (!found) return undefined;
    if (!copied.has(found)) copied.set(found, copyImage(found, slug));
    return copied.get(found);
  };
  const rewritten = rewriteBody(
    body,
    {
      note: findNote,
      label: (name) => titleByFileName.get(normalizeName(name.replace(/\.mdx?$/i, ''))),
      relativeNote: (path) => slugOf.get(resolve(dirname(file), path)),
      image,
    },
    lineOffset(readFileSync(file, 'utf8'), body),
  );
  const stem = basename(file, extname(file));
  const jekyllDay = /^(\d{4}-\d{2}-\d{2})-/.exec(stem)?.[1];
  const front = importFrontmatter(data, {
    stem,
    body: rewritten.body,
    categories: new Set(leaves.map((entry) => entry.id)),
    defaultCategory,
    dates: [
      { from: 'the file name', day: jekyllDay },
      { from: 'the first git commit', day: firstCommitDate(file) },
      { from: 'file time', day: statSync(file).mtime.toISOString().slice(0, 10) },
    ],
  });
  const yaml = stringify(front.data).replace(/^(date|updated): '(\d{4}-\d{2}-\d{2})'$/gm, '$1: $2');
  const target = join(notesDir, `${slug}${extname(file).toLowerCase()}`);
  writeFileSync(target, `---\n${yaml}---\n\n${rewritten.body}`, { flag: 'wx' });
  const problems = [...front.problems, ...rewritten.problems];
  problemCount += problems.length;
  console.log(`${relative(source, file)} → ${relative(process.cwd(), target)}`);
  for (const change of [...front.changes, ...rewritten.changes]) console.log(`  changed: ${change}`);
  for (const problem of problems) console.log(`  could not: ${problem}`);
}
console.log(
  `imported ${noteFiles.length} notes into ${relative(process.cwd(), notesDir)}; ${problemCount} things to check (marked "could not")`,
);
