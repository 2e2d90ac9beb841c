// Notes written the way Korean authors write them elsewhere (Obsidian, GitHub, Typora, Jekyll) build
// into the fixture site and render as their authors meant. Fixture notes: tests/fixtures/korean-markdown.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, removeBuild, root, type BuildResult } from '../support/build';

const fixture = join(root, 'tests/fixtures/korean-markdown');
let build: BuildResult;
const page = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');

beforeAll(async () => {
  build = await buildFixture((dir) => cpSync(fixture, dir, { recursive: true }));
  expect(build.status, build.output).toBe(0);
});
afterAll(() => removeBuild(build));

describe('body headings', () => {
  it('the title is the only h1 and body # headings are sections in the table of contents', () => {
    const html = page('notes/heading-levels');
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/<h2 id="배경">배경<\/h2>/);
    expect(html).toMatch(/<h3 id="세부-사항">/);
    expect(html).toMatch(/<details class="toc"[^]*href="#배경"[^]*href="#세부-사항"[^]*href="#정리"/);
  });

  it('warns once for the note, naming its first # heading', () => {
    const warnings = build.output.match(/notes\/heading-levels\.md:\d+:\d+: warning: the body uses # headings/g) ?? [];
    expect(warnings).toHaveLength(1);
    expect(build.output).toContain('notes/heading-levels.md:8:1: warning');
  });
});

describe('links between notes', () => {
  it('wiki and relative links count as backlinks of the notes they name', () => {
    const backlinks = /이 글을 링크한 글[^]*?<\/(?:section|aside|nav)>/.exec(page('notes/alpha'))?.[0] ?? '';
    expect(backlinks).toContain('노트 사이 링크');
    expect(/이 글을 링크한 글[^]*?<\/(?:section|aside|nav)>/.exec(page('notes/jekyll-post'))?.[0]).toContain('노트 사이 링크');
  });

  it('wiki links and relative links become base-prefixed site links', () => {
    const html = page('notes/wiki-links');
    const hrefs = [...html.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)]
      .map((m) => [decodeURIComponent(m[1]!), m[2]])
      .filter(([href]) => !href!.startsWith('#') && /\/(notes|architectures)\/(alpha|beta|tiny-net|jekyll-post)\//.test(href!));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        ['/study-notes/notes/alpha/', '알파 노트'],
        ['/study-notes/notes/jekyll-post/', '옛 블로그 글'],
        ['/study-notes/notes/beta/', '두 번째 노트'],
        ['/study-notes/notes/beta/#세부-내용', '베타 노트 › 세부 내용'],
        ['/study-notes/architectures/tiny-net/', 'tiny-net'],
        ['/study-notes/notes/alpha/', '알파'],
        ['/study-notes/notes/beta/#세부-내용', '베타의 절'],
        ['/study-notes/architectures/tiny-net/', '작은 망'],
      ]),
    );
  });
});

describe('callouts', () => {
  it('Obsidian callouts and GitHub alerts are labelled boxes with Korean default titles', () => {
    const html = page('notes/callouts');
    expect(html).toMatch(/data-callout="note"[^>]* role="note" aria-label="참고: 학습률 고르기"/);
    expect(html).toMatch(/<details class="callout" data-callout="tip" data-collapsible="true">/);
    expect(html).toMatch(/<details class="callout" data-callout="danger" data-collapsible="true" open>/);
    expect(html).toMatch(/data-callout="warning"[^>]* role="note" aria-label="경고"/);
    expect(html).toMatch(/data-callout="important"[^>]* role="note" aria-label="중요"/);
    expect(html).not.toContain('[!');
  });
});

describe('an MDX note', () => {
  it('goes through the same pipeline: bold, one-line display math, callouts, wiki and relative links', () => {
    const html = page('notes/mdx-note');
    expect(html).toContain('<strong>확률적 경사 하강법(SGD)</strong>은');
    expect(html).toContain('class="katex-display"');
    expect(html).toMatch(/data-callout="note"[^>]* role="note" aria-label="참고: MDX에서도"/);
    expect(html).toContain('href="/study-notes/notes/alpha/"');
    expect(html).toContain('href="/study-notes/notes/beta/"');
  });
});

describe('the fixture pages', () => {
  it('pass html-validate', async () => {
    // The build is in a temporary folder: give the project's configuration explicitly.
    const config = JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8'));
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const problems: string[] = [];
    for (const slug of [
      'heading-levels',
      'wiki-links',
      'callouts',
      'images',
      'minimal-frontmatter',
      'jekyll-post',
      'showcase',
      'mdx-note',
    ]) {
      const report = await validator.validateString(page(`notes/${slug}`), `notes/${slug}/index.html`);
      for (const result of report.results) {
        for (const message of result.messages.filter((entry) => entry.severity === 2))
          problems.push(`${slug}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('images next to a note', () => {
  it('go through the image pipeline into the site, relative and embedded alike', () => {
    const html = page('notes/images');
    const images = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    expect(images).toHaveLength(2);
    expect(images[0]).toMatch(/src="\/study-notes\/_astro\/loss-curve\.[\w-]+\.webp"/);
    expect(images[0]).toMatch(/alt="학습 곡선"/);
    expect(images[1]).toMatch(/src="\/study-notes\/_astro\/vault-diagram\.[\w-]+\.webp"/);
    expect(images[1]).toMatch(/alt="구조 그림"/);
    for (const image of images) expect(image).toMatch(/width="\d+" height="\d+"/);
  });
});

describe('fewer required fields', () => {
  it('a note without title and description takes its first # heading and first paragraph', () => {
    const html = page('notes/minimal-frontmatter');
    expect(html).toMatch(/<h1[^>]*>최소 머리말 노트<\/h1>/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).not.toMatch(/<h2[^>]*>최소 머리말 노트/);
    const description = /<meta name="description" content="([^"]*)"/.exec(html)![1]!;
    expect(description).toMatch(/^제목과 설명을 적지 않은 노트는 첫 번째 큰 제목을 제목으로/);
    expect(description.length).toBeLessThan(160);
    expect(description).not.toMatch(/\$|\*\*|e\^/);
  });

  it('keys from Jekyll and Obsidian are accepted; aliases find the note', () => {
    expect(page('notes/jekyll-post')).toMatch(/<h1[^>]*>지킬 블로그에서 온 글<\/h1>/);
  });

  it('published: false is a draft: checked, but no page', () => {
    expect(existsSync(join(build.outDir, 'notes/draft-post/index.html'))).toBe(false);
    expect(readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8')).not.toContain('draft-post');
  });
});
