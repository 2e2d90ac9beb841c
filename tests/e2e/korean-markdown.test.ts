// Notes written the way Korean authors write them elsewhere (Obsidian, GitHub, Typora, Jekyll), built
// once from tests/fixtures/korean-markdown: first what the build made of them (HTML, warnings, drafts),
// then the showcase note seen in a browser, on a 375 px phone and on a desktop, in both themes, with
// bold next to Hangul, a one-line display formula, callouts and wiki links, and no overflow, no CSP
// violation and no axe violation; last, a note that writes markup in its prose (`<img src=x onerror=…>`,
// `<script>`), as a note about web security would: it shows as text on its page and in search results,
// and nothing runs.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wcagViolations } from '../support/axe';
import { root } from '../support/build';
import { useBrowser, useFixtureSite } from '../support/site';

const base = '/study-notes/';
const fixture = join(root, 'tests/fixtures/korean-markdown');
const site = useFixtureSite((dir) => cpSync(fixture, dir, { recursive: true }));
const connection = useBrowser();
const builtPage = (path: string) => readFileSync(join(site.build.outDir, path, 'index.html'), 'utf8');

describe('body headings', () => {
  it('the title is the only h1 and body # headings are sections in the table of contents', () => {
    const html = builtPage('notes/heading-levels');
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/<h2 id="배경">배경<\/h2>/);
    expect(html).toMatch(/<h3 id="세부-사항">/);
    expect(html).toMatch(/<details class="toc"[^]*href="#배경"[^]*href="#세부-사항"[^]*href="#정리"/);
  });

  it('warns once for the note, naming its first # heading', () => {
    const warnings = site.build.output.match(/notes\/heading-levels\.md:\d+:\d+: warning: the body uses # headings/g) ?? [];
    expect(warnings).toHaveLength(1);
    expect(site.build.output).toContain('notes/heading-levels.md:8:1: warning');
  });
});

describe('links between notes', () => {
  it('wiki and relative links count as backlinks of the notes they name', () => {
    const backlinks = /이 글을 링크한 글[^]*?<\/(?:section|aside|nav)>/.exec(builtPage('notes/alpha'))?.[0] ?? '';
    expect(backlinks).toContain('노트 사이 링크');
    expect(/이 글을 링크한 글[^]*?<\/(?:section|aside|nav)>/.exec(builtPage('notes/jekyll-post'))?.[0]).toContain('노트 사이 링크');
  });

  it('wiki links and relative links become base-prefixed site links', () => {
    const html = builtPage('notes/wiki-links');
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
    const html = builtPage('notes/callouts');
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
    const html = builtPage('notes/mdx-note');
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
      'markup',
    ]) {
      const report = await validator.validateString(builtPage(`notes/${slug}`), `notes/${slug}/index.html`);
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
    const html = builtPage('notes/images');
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
    const html = builtPage('notes/minimal-frontmatter');
    expect(html).toMatch(/<h1[^>]*>최소 머리말 노트<\/h1>/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).not.toMatch(/<h2[^>]*>최소 머리말 노트/);
    const description = /<meta name="description" content="([^"]*)"/.exec(html)![1]!;
    expect(description).toMatch(/^제목과 설명을 적지 않은 노트는 첫 번째 큰 제목을 제목으로/);
    expect(description.length).toBeLessThan(160);
    expect(description).not.toMatch(/\$|\*\*|e\^/);
  });

  it('keys from Jekyll and Obsidian are accepted; aliases find the note', () => {
    expect(builtPage('notes/jekyll-post')).toMatch(/<h1[^>]*>지킬 블로그에서 온 글<\/h1>/);
  });

  it('published: false is a draft: checked, but no page', () => {
    expect(existsSync(join(site.build.outDir, 'notes/draft-post/index.html'))).toBe(false);
    expect(readFileSync(join(site.build.outDir, 'sitemap-0.xml'), 'utf8')).not.toContain('draft-post');
  });
});

const viewports = [
  { name: 'phone', width: 375, height: 800 },
  { name: 'desktop', width: 1280, height: 900 },
];
const cases = viewports.flatMap((viewport) => (['light', 'dark'] as const).map((theme) => ({ ...viewport, theme })));

describe.each(cases)('the showcase note, $name ($width px), $theme theme', ({ width, height, theme }) => {
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    context = await connection.browser.newContext({ viewport: { width, height }, colorScheme: theme, serviceWorkers: 'block' });
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(`${site.origin}${base}notes/showcase/`);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    if (process.env.SCREENSHOT_DIR)
      await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, `showcase-${width}-${theme}.png`), fullPage: true });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('shows bold text next to Hangul and no raw Markdown', async () => {
    const strong = page.locator('.prose strong', { hasText: '선형 수렴(linear convergence)' });
    expect(await strong.evaluate((node) => Number(getComputedStyle(node).fontWeight))).toBeGreaterThanOrEqual(600);
    expect(await page.locator('.prose strong', { hasText: '“이차 수렴”' }).count()).toBe(1);
    const text = await page.locator('.prose').evaluate((node) => {
      const copy = node.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('code, pre, annotation').forEach((element) => element.remove());
      return copy.innerText;
    });
    for (const raw of ['**', '[[', '[!', '$$']) expect(text).not.toContain(raw);
  });

  it('shows the one-line $$…$$ as a display formula that scrolls inside its box, not the page', async () => {
    const display = page.locator('.prose .katex-display');
    expect(await display.count()).toBe(1);
    const box = await display.evaluate((node) => {
      const rect = node.getBoundingClientRect();
      const paragraphFont = parseFloat(getComputedStyle(node.closest('.prose')!).fontSize);
      return { display: getComputedStyle(node).display, left: rect.left, right: rect.right, height: rect.height, paragraphFont };
    });
    expect(box.display).toBe('block');
    expect(box.right).toBeLessThanOrEqual(width);
    expect(box.height).toBeGreaterThan(box.paragraphFont * 2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });

  it('shows callouts as labelled boxes; a folded one opens on click', async () => {
    const note = page.getByRole('note', { name: '참고: 학습률 고르기' });
    expect(await note.isVisible()).toBe(true);
    expect(await page.getByRole('note', { name: '경고' }).isVisible()).toBe(true);
    const style = await note.evaluate((node) => {
      const css = getComputedStyle(node);
      return {
        border: css.borderLeftWidth,
        borderColor: css.borderLeftColor,
        background: css.backgroundColor,
        body: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(style.border).toBe('4px');
    expect(style.background).not.toBe(style.body);
    const folded = page.locator('details.callout[data-callout="tip"]');
    const hidden = folded.locator('.callout-content');
    expect(await hidden.isVisible()).toBe(false);
    await folded.locator('summary').click();
    expect(await hidden.isVisible()).toBe(true);
    await folded.locator('summary').click();
  });

  it('follows wiki links to the notes and headings they name', async () => {
    const link = page.getByRole('link', { name: '베타의 세부 내용' });
    expect(await link.getAttribute('href')).toBe(`${base}notes/beta/#%EC%84%B8%EB%B6%80-%EB%82%B4%EC%9A%A9`);
    expect(await page.getByRole('link', { name: '알파 노트', exact: true }).getAttribute('href')).toBe(`${base}notes/alpha/`);
    const target = await context.newPage();
    await target.goto(`${site.origin}${await link.getAttribute('href')}`);
    expect(await target.locator('h1').textContent()).toBe('베타 노트');
    expect(await target.locator('#세부-내용').count()).toBe(1);
    await target.close();
  });

  it('has no WCAG 2.2 AA violation, no CSP violation and no script error', async () => {
    // A second context that may inject axe (bypassCSP); the page above keeps the real policy.
    const axeContext = await connection.browser.newContext({
      viewport: { width, height },
      colorScheme: theme,
      serviceWorkers: 'block',
      bypassCSP: true,
    });
    const axePage = await axeContext.newPage();
    await axePage.goto(`${site.origin}${base}notes/showcase/`);
    await axePage.locator('details.callout summary').first().click();
    const violations = await wcagViolations(axePage);
    await axeContext.close();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
});

// The markup the note `markup.md` writes in its prose, as text.
const IMG = '<img src=x onerror="window.markupRan=1">';
const SCRIPT = '<script>window.markupRan=2</script>';
const INLINE_CODE_IMG = '<img src=x onerror="window.markupRan=3">';

/** A page of the fixture site under its real policy, with every script error, CSP violation and dialog noted. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const context = await connection.browser.newContext({ serviceWorkers: 'block' });
  const problems: string[] = [];
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective}`)),
  );
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('dialog', (dialog) => problems.push(`dialog: ${dialog.message()}`));
  await page.goto(`${site.origin}${base}${path}`);
  return { page, problems };
}

const markupRan = (page: Page) => page.evaluate(() => (window as unknown as { markupRan?: number }).markupRan);

describe('markup written in a note', () => {
  it('shows as text on the page and runs nothing', async () => {
    const { page, problems } = await open('notes/markup/');
    const prose = page.locator('.prose');
    const text = await prose.textContent();
    expect(text).toContain(IMG);
    expect(text).toContain(SCRIPT);
    expect(text).toContain(INLINE_CODE_IMG);
    expect(await prose.locator('img, script').count()).toBe(0);
    await page.waitForLoadState('networkidle');
    expect(await markupRan(page)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('shows as text in search results and runs nothing', async () => {
    const { page, problems } = await open('');
    const results = page.locator('#search-header-results');
    const cases: [query: string, markup: string][] = [
      ['삽입시험', IMG],
      ['코드시험', INLINE_CODE_IMG],
    ];
    for (const [query, markup] of cases) {
      await page.locator('#search-header-input').fill(query);
      const excerpt = results.locator('[role="option"] .result-excerpt').first();
      // Wait for this query's results (the marked word), not the previous query's.
      await expect.poll(() => excerpt.locator('mark').first().textContent(), { timeout: 15_000 }).toBe(query);
      expect(await excerpt.textContent()).toContain(markup);
      expect(await results.locator('img, script').count()).toBe(0);
    }
    expect(await markupRan(page)).toBeUndefined();
    expect(problems).toEqual([]);
  });
});
