// `npm run import` brings a folder of notes written elsewhere (tests/fixtures/import-vault: an Obsidian
// vault with a Jekyll _posts folder and a course subfolder) into the site, and the site builds: two commands.
// `npm run new` writes a complete note and refuses a slug in use.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, cleanEnv, fixtureSite, removeBuild, root, type BuildResult } from '../support/build';

const vault = join(root, 'tests/fixtures/import-vault');

function run(script: string, args: string[], contentDir: string) {
  const result = spawnSync('npm', ['run', '-s', script, '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...cleanEnv(), CONTENT_DIR: contentDir, NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run import, then npm run build', () => {
  let imported: { status: number | null; output: string };
  let build: BuildResult;
  const page = (slug: string) => readFileSync(join(build.outDir, 'notes', slug, 'index.html'), 'utf8');

  beforeAll(async () => {
    build = await buildFixture((dir) => {
      imported = run('import', [vault, '--category', 'theory/study'], dir);
    });
  });
  afterAll(() => removeBuild(build));

  it('imports every note, naming each change and each thing it could not do', () => {
    expect(imported.status, imported.output).toBe(0);
    expect(imported.output).toContain('01_신경망 기초.md → ');
    expect(imported.output).toMatch(/changed: line 8: \[\[02_Backprop\|역전파\]\] → \[\[02-backprop\|역전파\]\]/);
    expect(imported.output).toMatch(
      /changed: line 13: !\[\[diagram\.png\|구조 그림\]\] → !\[구조 그림\]\(\.\/img\/01-singyeongmang-gicho\/diagram\.png\)/,
    );
    expect(imported.output).toMatch(/could not: line 17: \[\[없는 노트\]\] names no note; left as text/);
    expect(imported.output).toMatch(/could not: line 17: remote image https:\/\/example\.com\/chart\.png became a link/);
    expect(imported.output).toMatch(/_posts\/2019-03-01-alpha\.md → .*notes\/alpha-2\.md/);
    expect(imported.output).toMatch(/could not: dropped frontmatter author/);
    expect(imported.output).toMatch(
      /changed: line 17: HTML <img src="\.\.\/attachments\/diagram\.png" width="300"> → !\[\]\(\.\.\/attachments\/diagram\.png\)/,
    );
    expect(imported.output).toMatch(/changed: line 17: HTML <br> → a Markdown line break/);
    expect(imported.output).not.toContain('.obsidian');
  });

  it('never overwrites a note: the fixture site keeps its own alpha', () => {
    expect(readFileSync(join(build.contentDir, 'notes/alpha.md'), 'utf8')).toBe(readFileSync(join(fixtureSite, 'notes/alpha.md'), 'utf8'));
    expect(page('alpha')).toMatch(/<h1[^>]*>알파 노트<\/h1>/);
    expect(page('alpha-2')).toMatch(/<h1[^>]*>지킬에서 온 알파<\/h1>/);
    expect(page('alpha-2')).toMatch(/<img [^>]*src="\/study-notes\/_astro\/diagram\.[\w-]+\.webp"/);
    expect(page('alpha-2')).toMatch(/줄바꿈<br>\s*다음 줄/);
  });

  it('builds, with links, images, math and callouts working', () => {
    expect(build.status, build.output).toBe(0);
    const first = page('01-singyeongmang-gicho');
    expect(first).toMatch(/<h1[^>]*>신경망 기초<\/h1>/);
    expect(first.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(first).toContain('href="/study-notes/notes/02-backprop/#%EC%97%B0%EC%87%84-%EB%B2%95%EC%B9%99"');
    expect(first).toMatch(/<img [^>]*src="\/study-notes\/_astro\/diagram\.[\w-]+\.webp"/);
    expect(first).toContain('class="katex-display"');
    expect(first).toMatch(/data-callout="tip"/);
    expect(first).toContain('<strong>다층 퍼셉트론(multi-layer perceptron)</strong>이');
    const second = page('02-backprop');
    expect(second).toContain('href="/study-notes/notes/01-singyeongmang-gicho/"');
    expect(second).toMatch(/<img [^>]*src="\/study-notes\/_astro\/flow\.[\w-]+\.webp"/);
  });

  it('a second import of the same folder writes new slugs and changes nothing already there', () => {
    const before = readFileSync(join(build.contentDir, 'notes/01-singyeongmang-gicho.md'), 'utf8');
    const again = run('import', [vault, '--category', 'theory/study'], build.contentDir);
    expect(again.status, again.output).toBe(0);
    expect(again.output).toMatch(/01_신경망 기초\.md → .*notes\/01-singyeongmang-gicho-2\.md/);
    expect(readFileSync(join(build.contentDir, 'notes/01-singyeongmang-gicho.md'), 'utf8')).toBe(before);
  });
});

describe('npm run new', () => {
  const contentDir = join(mkdtempSync(join(tmpdir(), 'new-note-')), 'content');
  beforeAll(() => cpSync(fixtureSite, contentDir, { recursive: true }));

  it('writes a note with complete frontmatter: today, a category from categories.yaml', () => {
    const result = run('new', ['batch-norm', '배치', '정규화', '--category', 'theory/memo'], contentDir);
    expect(result.status, result.output).toBe(0);
    const text = readFileSync(join(contentDir, 'notes/batch-norm.md'), 'utf8');
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(text).toBe(
      `---\ntitle: 배치 정규화\ndescription: 배치 정규화에 대해 정리한 노트입니다.\ndate: ${day}\ncategory: theory/memo\ntags: []\n---\n\n## 개요\n\n여기에 내용을 씁니다.\n`,
    );
  });

  it('refuses a slug in use, a bad slug and an unknown category', () => {
    expect(run('new', ['alpha'], contentDir)).toMatchObject({ status: 1, output: expect.stringContaining('alpha.md already exists') });
    expect(run('new', ['Bad_Slug'], contentDir)).toMatchObject({ status: 1, output: expect.stringContaining('not a valid slug') });
    expect(run('new', ['fine', '--category', 'nope'], contentDir)).toMatchObject({
      status: 1,
      output: expect.stringContaining('no category "nope"'),
    });
    expect(existsSync(join(contentDir, 'notes/fine.md'))).toBe(false);
  });
});
