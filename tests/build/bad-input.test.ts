// Each kind of bad input fails `npm run build` with a message that names the file and the problem.
// (That the same fixture builds cleanly when nothing is wrong, search index and service worker
// included, is checked by tests/e2e/update.test.ts, which deploys it.) Problems found while reading a
// collection (frontmatter, file names, Markdown, math, links between notes) are all reported by one
// build, so one build with one problem in each file checks them all: a case passes only if its own
// file and message are in the output. Problems found later (in MDX, which compiles with the pages, or
// in links of the built HTML) and in another collection each need a build of their own, since the
// build stops at the first stage that fails.
import { appendFileSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
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

/** A copy of notes/beta.md as notes/<slug>.md, with its own title and one change. */
function betaCopy(dir: string, slug: string, from: string | RegExp, to: string) {
  const file = join(dir, `notes/${slug}.md`);
  copyFileSync(join(dir, 'notes/beta.md'), file);
  edit(file, 'title: 베타 노트', `title: 베타 노트 ${slug}`);
  edit(file, from, to);
}

/** Builds once, for all the tests that ask. */
function failingBuild(change: (dir: string) => void): () => Promise<string> {
  let result: Promise<string> | undefined;
  return () =>
    (result ??= buildFixture(change).then((build) => {
      builds.push(build);
      expect(build.status, build.output).not.toBe(0);
      return build.output;
    }));
}

const badDates = [
  ['a month that does not exist', 'month-13', 'date: 2019-13-45'],
  ['a day that does not exist', 'february-30', 'date: 2019-02-30'],
  ['a quoted day that does not exist', 'april-31', "date: '2019-04-31'"],
  ['a date without leading zeros', 'no-zeros', 'date: 2019-2-3'],
] as const;

const contentProblems = failingBuild((dir) => {
  // Copies of beta first, before beta itself gets its own problems below.
  betaCopy(dir, 'no-category', /^category: .*\n/m, '');
  betaCopy(dir, 'unknown-category', 'category: theory/study', 'category: theory/nope');
  betaCopy(dir, 'no-date', /^date: .*\n/m, '');
  betaCopy(dir, 'unknown-key', 'category:', 'author: 누군가\ncategory:');
  betaCopy(dir, 'malformed-date', 'date: 2018-11-02', 'date: 어제');
  for (const [, slug, written] of badDates) betaCopy(dir, slug, 'date: 2018-11-02', written);
  betaCopy(dir, 'bad-updated', 'date: 2018-11-02', 'date: 2018-11-02\nupdated: 2021-02-29');
  copyFileSync(join(dir, 'notes/gamma.md'), join(dir, 'notes/gamma.mdx'));
  // A file stops at its first render error, so the formula is broken in a copy of alpha of its own.
  const badLatex = join(dir, 'notes/bad-latex.md');
  copyFileSync(join(dir, 'notes/alpha.md'), badLatex);
  edit(badLatex, 'title: 알파 노트', 'title: 알파 노트 bad-latex');
  edit(badLatex, '\\frac{1}{n}', '\\frac{1}{n');
  appendFileSync(join(dir, 'notes/alpha.md'), '\n[[없는 노트]]와 [없는 파일](./nothing.md)\n');
  appendFileSync(join(dir, 'notes/alpha.md'), '\n![없는 그림](./img/nothing.png)\n');
  appendFileSync(join(dir, 'notes/beta.md'), '\n\n[[알파 노트#없는 절]]\n');
  appendFileSync(join(dir, 'notes/beta.md'), '\n\n![원격](https://example.com/chart.png)\n');
  writeFileSync(
    join(dir, 'notes/empty.md'),
    '---\ntitle: 빈 노트\ndescription: 본문이 없는 테스트용 노트입니다.\ndate: 2019-01-01\ncategory: theory/memo\n---\n\n<!-- 나중에 -->\n',
  );
});

// The collections are read side by side and the first one to fail stops the others.
const architectureProblems = failingBuild((dir) => {
  edit(join(dir, 'architectures/tiny-net.md'), 'title: TinyNet', 'title: TinyNet\nupdated: 2020-06-31');
});

// MDX notes are compiled with the pages, after the content has been read.
const mdxProblems = failingBuild((dir) => {
  writeFileSync(
    join(dir, 'notes/delta.mdx'),
    '---\ntitle: 델타\ndescription: 깨진 링크가 있는 MDX 노트입니다.\ndate: 2019-01-01\ncategory: theory/memo\n---\n\n## 절\n\n[[없는 노트]]\n',
  );
});

const brokenPageLinks = failingBuild((dir) => {
  edit(join(dir, 'notes/gamma.md'), '/architectures/tiny-net/', '/architectures/tiny-nett/');
  edit(join(dir, 'notes/alpha.md'), '#세부-내용', '#없는-절');
});

describe.concurrent('bad input fails the build loudly', () => {
  describe('problems in the content, all of one collection reported by one build', () => {
    it('invalid LaTeX', async () => {
      // The line is the file's own (frontmatter counted), not the rendered body's.
      expect(await contentProblems()).toMatch(/notes\/bad-latex\.md:13:\d+: invalid LaTeX: KaTeX parse error/);
    });

    it('a missing required field', async () => {
      // title, description and date can be derived; category cannot.
      expect(await contentProblems()).toMatch(/notes\/no-category\.md: .*\n\s*category: .*(Required|Invalid input|Did not match union)/);
    });

    it('an unknown category', async () => {
      expect(await contentProblems()).toMatch(
        /notes\/unknown-category\.md: .*\n\s*category: unknown category "theory\/nope"; categories\.yaml has theory/,
      );
    });

    it('a missing date with no git history to take it from', async () => {
      expect(await contentProblems()).toMatch(
        /notes\/no-date\.md: date is missing and the file has no commit in git to take it from; add date: YYYY-MM-DD/,
      );
    });

    it('an unknown frontmatter key', async () => {
      expect(await contentProblems()).toMatch(/notes\/unknown-key\.md: .*\n\s*.*Unrecognized key: "author"/);
    });

    it('a malformed date', async () => {
      expect(await contentProblems()).toMatch(/notes\/malformed-date\.md: .*\n\s*date: must be a date written as YYYY-MM-DD/);
    });

    it.each(badDates)('%s', async (_name, slug, written) => {
      const got = written.replace(/^date: '?|'$/g, '');
      expect(await contentProblems()).toMatch(
        new RegExp(
          `notes/${slug}\\.md: .*\\n\\s*date: must be a date written as YYYY-MM-DD that exists on the calendar \\(got "${got}"\\)`,
        ),
      );
    });

    it('an updated day that does not exist on a note', async () => {
      expect(await contentProblems()).toMatch(
        /notes\/bad-updated\.md: .*\n\s*updated: must be a date written as YYYY-MM-DD that exists on the calendar \(got "2021-02-29"\)/,
      );
    });

    it('two notes with one slug', async () => {
      // Which of the two files is met first depends on the file system; both are named either way.
      expect(await contentProblems()).toMatch(/notes\/gamma\.mdx?: duplicate slug "gamma", also used by .*notes\/gamma\.mdx?/);
    });

    it('broken links between notes', async () => {
      const output = await contentProblems();
      expect(output).toMatch(/notes\/alpha\.md:\d+:1: broken link \[\[없는 노트\]\]: no note or architecture page/);
      expect(output).toMatch(/notes\/alpha\.md:\d+:\d+: broken link \.\/nothing\.md: no such note file/);
      expect(output).toMatch(/notes\/beta\.md:\d+:1: broken link \[\[알파 노트#없는 절\]\]: no heading "없는 절"/);
    });

    it('missing and remote images', async () => {
      const output = await contentProblems();
      expect(output).toMatch(/notes\/alpha\.md:\d+:1: missing image \.\/img\/nothing\.png: no file .*notes\/img\/nothing\.png/);
      expect(output).toMatch(/notes\/beta\.md:\d+:1: remote image https:\/\/example\.com\/chart\.png: save it next to the note/);
    });

    it('an empty body', async () => {
      expect(await contentProblems()).toMatch(/notes\/empty\.md: the page has no body/);
    });
  });

  it('an updated day that does not exist on an architecture page', async () => {
    expect(await architectureProblems()).toMatch(
      /architectures\/tiny-net\.md: .*\n\s*updated: must be a date written as YYYY-MM-DD that exists on the calendar \(got "2020-06-31"\)/,
    );
  });

  it('a broken link in an MDX note, on its own line of the file', async () => {
    expect(await mdxProblems()).toMatch(/notes\/delta\.mdx:10:1: broken link \[\[없는 노트\]\]/);
  });

  it('a broken internal link and a broken anchor in the built pages, both in one run', async () => {
    const output = await brokenPageLinks();
    expect(output).toContain('content/notes/gamma.md: broken internal link /study-notes/architectures/tiny-nett/ (no such page or file)');
    expect(output).toContain(
      'content/notes/alpha.md: broken internal link /study-notes/notes/beta/#없는-절 (no element with id "없는-절")',
    );
  });
});
