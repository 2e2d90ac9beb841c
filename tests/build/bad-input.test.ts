// Each kind of bad input fails `npm run build` with a message that names the file and the problem,
// and a valid fixture builds cleanly. Every case builds a temporary content folder.
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

function failingBuild(change: (dir: string) => void): BuildResult {
  const result = buildFixture(change);
  builds.push(result);
  expect(result.status, result.output).not.toBe(0);
  return result;
}

describe('bad input fails the build loudly', () => {
  it('builds the valid fixture', () => {
    const result = buildFixture();
    builds.push(result);
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(join(result.outDir, 'notes/alpha/index.html'), 'utf8')).toContain('class="katex"');
    // The finishing process ran after Astro: search index and service worker exist, the hand-off file is gone.
    expect(existsSync(join(result.outDir, 'pagefind/pagefind-entry.json'))).toBe(true);
    expect(readFileSync(join(result.outDir, 'sw.js'), 'utf8')).toContain('pagefind/pagefind-entry.json');
    expect(existsSync(join(result.outDir, 'search-dictionary.json'))).toBe(false);
  });

  it('invalid LaTeX', () => {
    const { output } = failingBuild((dir) => edit(join(dir, 'notes/alpha.md'), '\\frac{1}{n}', '\\frac{1}{n'));
    // The line is the file's own (frontmatter counted), not the rendered body's.
    expect(output).toMatch(/notes\/alpha\.md:13:\d+: invalid LaTeX: KaTeX parse error/);
  });

  it('an unknown category', () => {
    const { output } = failingBuild((dir) => edit(join(dir, 'notes/gamma.md'), 'category: theory/memo', 'category: theory/nope'));
    expect(output).toMatch(/entry "gamma" in collection "notes" \(field: category\) references "theory\/nope"/);
  });

  it('a missing required field', () => {
    // title, description and date can be derived; category cannot.
    const { output } = failingBuild((dir) => edit(join(dir, 'notes/beta.md'), /^category: .*\n/m, ''));
    expect(output).toContain('notes/beta.md');
    expect(output).toMatch(/category: (Required|Invalid input|Did not match union)/);
  });

  it('a missing date with no git history to take it from', () => {
    const { output } = failingBuild((dir) => edit(join(dir, 'notes/beta.md'), /^date: .*\n/m, ''));
    expect(output).toMatch(/notes\/beta\.md: date is missing and the file has no commit in git to take it from; add date: YYYY-MM-DD/);
  });

  it('an unknown frontmatter key', () => {
    const { output } = failingBuild((dir) => edit(join(dir, 'notes/beta.md'), 'category:', 'author: 누군가\ncategory:'));
    expect(output).toContain('notes/beta.md');
    expect(output).toContain('Unrecognized key: "author"');
  });

  it('a malformed date', () => {
    const { output } = failingBuild((dir) => edit(join(dir, 'notes/beta.md'), 'date: 2018-11-02', 'date: 어제'));
    expect(output).toContain('notes/beta.md');
    expect(output).toContain('must be a date written as YYYY-MM-DD');
  });

  it('two notes with one slug', () => {
    const { output } = failingBuild((dir) => copyFileSync(join(dir, 'notes/beta.md'), join(dir, 'notes/alpha.mdx')));
    // Which of the two files is met first depends on the file system; both are named either way.
    expect(output).toMatch(/notes\/alpha\.mdx?: duplicate slug "alpha", also used by .*notes\/alpha\.mdx?/);
  });

  it('a broken internal link', () => {
    const { output } = failingBuild((dir) => edit(join(dir, 'notes/gamma.md'), '/architectures/tiny-net/', '/architectures/tiny-nett/'));
    expect(output).toContain('content/notes/gamma.md: broken internal link /study-notes/architectures/tiny-nett/ (no such page or file)');
  });

  it('a broken anchor', () => {
    const { output } = failingBuild((dir) => edit(join(dir, 'notes/alpha.md'), '#세부-내용', '#없는-절'));
    expect(output).toContain(
      'content/notes/alpha.md: broken internal link /study-notes/notes/beta/#없는-절 (no element with id "없는-절")',
    );
  });

  it('broken links between notes, all of them in one run', () => {
    const { output } = failingBuild((dir) => {
      appendFileSync(join(dir, 'notes/alpha.md'), '\n[[없는 노트]]와 [없는 파일](./nothing.md)\n');
      appendFileSync(join(dir, 'notes/beta.md'), '\n\n[[알파 노트#없는 절]]\n');
    });
    expect(output).toMatch(/notes\/alpha\.md:\d+:1: broken link \[\[없는 노트\]\]: no note or architecture page/);
    expect(output).toMatch(/notes\/alpha\.md:\d+:\d+: broken link \.\/nothing\.md: no such note file/);
    expect(output).toMatch(/notes\/beta\.md:\d+:1: broken link \[\[알파 노트#없는 절\]\]: no heading "없는 절"/);
  });

  it('a broken link in an MDX note, on its own line of the file', () => {
    const { output } = failingBuild((dir) =>
      appendFileSync(
        join(dir, 'notes/delta.mdx'),
        '---\ntitle: 델타\ndescription: 깨진 링크가 있는 MDX 노트입니다.\ndate: 2019-01-01\ncategory: theory/memo\n---\n\n## 절\n\n[[없는 노트]]\n',
      ),
    );
    expect(output).toMatch(/notes\/delta\.mdx:10:1: broken link \[\[없는 노트\]\]/);
  });

  it('missing and remote images, all of them in one run with the broken links', () => {
    const { output } = failingBuild((dir) => {
      appendFileSync(join(dir, 'notes/alpha.md'), '\n![없는 그림](./img/nothing.png)\n\n[[없는 노트]]\n');
      appendFileSync(join(dir, 'notes/beta.md'), '\n\n![원격](https://example.com/chart.png)\n');
    });
    expect(output).toMatch(/notes\/alpha\.md:\d+:1: missing image \.\/img\/nothing\.png: no file .*notes\/img\/nothing\.png/);
    expect(output).toMatch(/notes\/alpha\.md:\d+:1: broken link \[\[없는 노트\]\]/);
    expect(output).toMatch(/notes\/beta\.md:\d+:1: remote image https:\/\/example\.com\/chart\.png: save it next to the note/);
  });

  it('an empty body', () => {
    const { output } = failingBuild((dir) =>
      appendFileSync(
        join(dir, 'notes/empty.md'),
        '---\ntitle: 빈 노트\ndescription: 본문이 없는 테스트용 노트입니다.\ndate: 2019-01-01\ncategory: theory/memo\n---\n\n<!-- 나중에 -->\n',
      ),
    );
    expect(output).toMatch(/notes\/empty\.md: the page has no body/);
  });
});
