// npm run new -- <slug> [제목] [--category <id>]: writes content/notes/<slug>.md with complete frontmatter
// (today's date, a category from content/categories.yaml) and opens nothing. Refuses a slug in use.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { leafCategories, readCategories } from '../src/lib/categories-file.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const categoryAt = args.indexOf('--category');
const categoryArg = categoryAt === -1 ? undefined : args[categoryAt + 1];
const positional = args.filter((_, index) => categoryAt === -1 || (index !== categoryAt && index !== categoryAt + 1));
const [slug, ...titleWords] = positional;
if (!slug) fail('usage: npm run new -- <slug> [제목] [--category <id>]');
if (!SLUG.test(slug)) fail(`"${slug}" is not a valid slug (lowercase letters, digits and single hyphens)`);

const contentDir = process.env.CONTENT_DIR ?? 'content';
const notesDir = join(contentDir, 'notes');
for (const extension of ['.md', '.mdx']) {
  if (existsSync(join(notesDir, slug + extension))) fail(`${join(notesDir, slug + extension)} already exists; choose another slug`);
}

const leaves = leafCategories(readCategories(contentDir));
const category = categoryArg ? leaves.find((entry) => entry.id === categoryArg) : leaves[0];
if (!category) fail(`no category "${categoryArg}"; choose one of: ${leaves.map((entry) => entry.id).join(', ')}`);

const title = titleWords.join(' ').trim() || slug;
const today = new Date();
const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
const frontmatter = stringify({ title, description: `${title}에 대해 정리한 노트입니다.`, date, category: category.id, tags: [] }).replace(
  /^date: '(.*)'$/m,
  'date: $1',
);
const file = join(notesDir, `${slug}.md`);
writeFileSync(file, `---\n${frontmatter}---\n\n## 개요\n\n여기에 내용을 씁니다.\n`);
console.log(`${file}: new note "${title}" in ${category.id} (${category.name}), dated ${date}`);
if (!categoryArg)
  console.log(
    `  other categories: ${leaves
      .slice(1)
      .map((entry) => entry.id)
      .join(', ')} (npm run new -- <slug> [제목] --category <id>)`,
  );
