// Each kind of bad input fails `npm run build` with a message that names the file and the problem,
// and a valid fixture builds cleanly. Every case builds a temporary content folder; the cases are
// independent, so they build concurrently (two at a time, one per core).
import { appendFileSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture, removeBuild, type BuildResult } from '../support/build';

const builds: BuildResult[] = [];
afterAll(() => builds.forEach(removeBuild));

function edit(file: string, from: string | RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test setup: ${from} not found in ${file}`);
  writeFileSync(file, next);
}

async function failingBuild(change: (dir: string) => void): Promise<BuildResult> {
  const result = await buildFixture(change);
  builds.push(result);
  expect(result.status, result.output).not.toBe(0);
  return result;
}

describe.concurrent('bad input fails the build loudly', () => {
  it('builds the valid fixture', async () => {
    const result = await buildFixture();
    builds.push(result);
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(join(result.outDir, 'notes/alpha/index.html'), 'utf8')).toContain('class="katex"');
    // The finishing process ran after Astro: search index and service worker exist, and the glossary
    // dictionary stays for the search UI (and is precached with the index).
    expect(existsSync(join(result.outDir, 'pagefind/pagefind-entry.json'))).toBe(true);
    expect(readFileSync(join(result.outDir, 'sw.js'), 'utf8')).toContain('pagefind/pagefind-entry.json');
    expect(readFileSync(join(result.outDir, 'sw.js'), 'utf8')).toContain('search-dictionary.json');
  });

  it('invalid LaTeX', async () => {
    const { output } = await failingBuild((dir) => edit(join(dir, 'notes/alpha.md'), '\\frac{1}{n}', '\\frac{1}{n'));
    // The line is the file's own (frontmatter counted), not the rendered body's.
    expect(output).toMatch(/notes\/alpha\.md:13:\d+: invalid LaTeX: KaTeX parse error/);
  });

  it('an unknown category', async () => {
    const { output } = await failingBuild((dir) => edit(join(dir, 'notes/gamma.md'), 'category: theory/memo', 'category: theory/nope'));
    expect(output).toMatch(/entry "gamma" in collection "notes" \(field: category\) references "theory\/nope"/);
  });

  it('a missing required field', async () => {
    // title, description and date can be derived; category cannot.
    const { output } = await failingBuild((dir) => edit(join(dir, 'notes/beta.md'), /^category: .*\n/m, ''));
    expect(output).toContain('notes/beta.md');
    expect(output).toMatch(/category: (Required|Invalid input|Did not match union)/);
  });

  it('a missing date with no git history to take it from', async () => {
    const { output } = await failingBuild((dir) => edit(join(dir, 'notes/beta.md'), /^date: .*\n/m, ''));
    expect(output).toMatch(/notes\/beta\.md: date is missing and the file has no commit in git to take it from; add date: YYYY-MM-DD/);
  });

  it('an unknown frontmatter key', async () => {
    const { output } = await failingBuild((dir) => edit(join(dir, 'notes/beta.md'), 'category:', 'author: 누군가\ncategory:'));
    expect(output).toContain('notes/beta.md');
    expect(output).toContain('Unrecognized key: "author"');
  });

  it('a malformed date', async () => {
    const { output } = await failingBuild((dir) => edit(join(dir, 'notes/beta.md'), 'date: 2018-11-02', 'date: 어제'));
    expect(output).toContain('notes/beta.md');
    expect(output).toContain('must be a date written as YYYY-MM-DD');
  });

  it.each([
    ['a month that does not exist', 'date: 2019-13-45'],
    ['a day that does not exist', 'date: 2019-02-30'],
    ['a quoted day that does not exist', "date: '2019-04-31'"],
    ['a date without leading zeros', 'date: 2019-2-3'],
  ])('%s', async (_name, written) => {
    const { output } = await failingBuild((dir) => edit(join(dir, 'notes/beta.md'), 'date: 2018-11-02', written));
    expect(output).toContain('notes/beta.md');
    expect(output).toMatch(/date: must be a date written as YYYY-MM-DD that exists on the calendar \(got "2019-[0-9-]+"\)/);
  });

  it('an updated day that does not exist on a note', async () => {
    const { output } = await failingBuild((dir) =>
      edit(join(dir, 'notes/beta.md'), 'date: 2018-11-02', 'date: 2018-11-02\nupdated: 2021-02-29'),
    );
    expect(output).toContain('notes/beta.md');
    expect(output).toContain('updated: must be a date written as YYYY-MM-DD that exists on the calendar (got "2021-02-29")');
  });

  it('an updated day that does not exist on an architecture page', async () => {
    const { output } = await failingBuild((dir) =>
      edit(join(dir, 'architectures/tiny-net.md'), 'title: TinyNet', 'title: TinyNet\nupdated: 2020-06-31'),
    );
    expect(output).toContain('architectures/tiny-net.md');
    expect(output).toContain('updated: must be a date written as YYYY-MM-DD that exists on the calendar (got "2020-06-31")');
  });

  it('two notes with one slug', async () => {
    const { output } = await failingBuild((dir) => copyFileSync(join(dir, 'notes/beta.md'), join(dir, 'notes/alpha.mdx')));
    // Which of the two files is met first depends on the file system; both are named either way.
    expect(output).toMatch(/notes\/alpha\.mdx?: duplicate slug "alpha", also used by .*notes\/alpha\.mdx?/);
  });

  it('a broken internal link', async () => {
    const { output } = await failingBuild((dir) =>
      edit(join(dir, 'notes/gamma.md'), '/architectures/tiny-net/', '/architectures/tiny-nett/'),
    );
    expect(output).toContain('content/notes/gamma.md: broken internal link /study-notes/architectures/tiny-nett/ (no such page or file)');
  });

  it('a broken anchor', async () => {
    const { output } = await failingBuild((dir) => edit(join(dir, 'notes/alpha.md'), '#세부-내용', '#없는-절'));
    expect(output).toContain(
      'content/notes/alpha.md: broken internal link /study-notes/notes/beta/#없는-절 (no element with id "없는-절")',
    );
  });

  it('broken links between notes, all of them in one run', async () => {
    const { output } = await failingBuild((dir) => {
      appendFileSync(join(dir, 'notes/alpha.md'), '\n[[없는 노트]]와 [없는 파일](./nothing.md)\n');
      appendFileSync(join(dir, 'notes/beta.md'), '\n\n[[알파 노트#없는 절]]\n');
    });
    expect(output).toMatch(/notes\/alpha\.md:\d+:1: broken link \[\[없는 노트\]\]: no note or architecture page/);
    expect(output).toMatch(/notes\/alpha\.md:\d+:\d+: broken link \.\/nothing\.md: no such note file/);
    expect(output).toMatch(/notes\/beta\.md:\d+:1: broken link \[\[알파 노트#없는 절\]\]: no heading "없는 절"/);
  });

  it('a broken link in an MDX note, on its own line of the file', async () => {
    const { output } = await failingBuild((dir) =>
      appendFileSync(
        join(dir, 'notes/delta.mdx'),
        '---\ntitle: 델타\ndescription: 깨진 링크가 있는 MDX 노트입니다.\ndate: 2019-01-01\ncategory: theory/memo\n---\n\n## 절\n\n[[없는 노트]]\n',
      ),
    );
    expect(output).toMatch(/notes\/delta\.mdx:10:1: broken link \[\[없는 노트\]\]/);
  });

  it('missing and remote images, all of them in one run with the broken links', async () => {
    const { output } = await failingBuild((dir) => {
      appendFileSync(join(dir, 'notes/alpha.md'), '\n![없는 그림](./img/nothing.png)\n\n[[없는 노트]]\n');
      appendFileSync(join(dir, 'notes/beta.md'), '\n\n![원격](https://example.com/chart.png)\n');
    });
    expect(output).toMatch(/notes\/alpha\.md:\d+:1: missing image \.\/img\/nothing\.png: no file .*notes\/img\/nothing\.png/);
    expect(output).toMatch(/notes\/alpha\.md:\d+:1: broken link \[\[없는 노트\]\]/);
    expect(output).toMatch(/notes\/beta\.md:\d+:1: remote image https:\/\/example\.com\/chart\.png: save it next to the note/);
  });

  it('an empty body', async () => {
    const { output } = await failingBuild((dir) =>
      appendFileSync(
        join(dir, 'notes/empty.md'),
        '---\ntitle: 빈 노트\ndescription: 본문이 없는 테스트용 노트입니다.\ndate: 2019-01-01\ncategory: theory/memo\n---\n\n<!-- 나중에 -->\n',
      ),
    );
    expect(output).toMatch(/notes\/empty\.md: the page has no body/);
  });
});
