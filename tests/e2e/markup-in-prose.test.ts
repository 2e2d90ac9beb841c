// A note that writes markup in its prose (`<img src=x onerror=…>`, `<script>`), as a note about web
// security would, shows that markup as text on its page and in search results, and nothing runs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, useFixtureSite } from '../support/site';

const base = '/study-notes/';
const IMG = '<img src=x onerror="window.markupRan=1">';
const SCRIPT = '<script>window.markupRan=2</script>';
const INLINE_CODE_IMG = '<img src=x onerror="window.markupRan=3">';

const note = `---
title: 마크업이 든 노트
description: 본문에 HTML 태그를 글자로 적은 노트가 안전하게 보이는지 확인한다.
date: 2019-03-01
category: theory/study
tags: [보안]
---

## 예시

삽입시험 문장은 ${IMG} 그리고 ${SCRIPT} 를 글자 그대로 보여 준다.

## 코드 속 태그

코드시험 인라인 코드 \`${INLINE_CODE_IMG}\` 도 글자다.

${SCRIPT}
`;

const connection = useBrowser();
const site = useFixtureSite((dir) => writeFileSync(join(dir, 'notes/markup.md'), note));

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

const ran = (page: Page) => page.evaluate(() => (window as unknown as { markupRan?: number }).markupRan);

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
    expect(await ran(page)).toBeUndefined();
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
    expect(await ran(page)).toBeUndefined();
    expect(problems).toEqual([]);
  });
});
