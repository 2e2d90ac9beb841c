// Obsidian callouts and GitHub alerts become labelled boxes with Korean default titles.
import { describe, expect, it } from 'vitest';
import { html } from './render';

describe('callouts', () => {
  it('an Obsidian callout with its own title keeps the type in its accessible name', async () => {
    const out = await html('> [!note] 학습률 고르기\n> 작은 값부터 **시작**한다.');
    expect(out).toMatch(/<div class="callout" data-callout="note"[^>]* role="note" aria-label="참고: 학습률 고르기">/);
    expect(out).toContain('<span class="callout-title-text">학습률 고르기</span>');
    expect(out).toContain('<strong>시작</strong>한다');
    expect(out).not.toContain('[!note]');
  });

  it('a GitHub alert gets the Korean default title', async () => {
    const out = await html('> [!WARNING]\n> 학습률이 너무 크면 발산한다.');
    expect(out).toMatch(/data-callout="warning"[^>]* role="note" aria-label="경고"/);
    expect(out).toContain('<span class="callout-title-text">경고</span>');
  });

  it.each([
    ['NOTE', '참고'],
    ['TIP', '팁'],
    ['IMPORTANT', '중요'],
    ['CAUTION', '주의'],
  ])('[!%s] is titled %s', async (type, title) => {
    expect(await html(`> [!${type}]\n> 본문`)).toContain(`<span class="callout-title-text">${title}</span>`);
  });

  it('a foldable callout is a closed <details> named by its <summary>; + opens it', async () => {
    const closed = await html('> [!tip]- 펼쳐 보기\n> 숨은 내용');
    expect(closed).toMatch(/<details class="callout" data-callout="tip" data-collapsible="true">\s*<summary class="callout-title">/);
    expect(closed).not.toMatch(/<details[^>]* open/);
    expect(closed).not.toMatch(/<summary[^]*<div[^]*<\/summary>/);
    expect(await html('> [!tip]+ 펼친 상태\n> 내용')).toMatch(/<details[^>]* open/);
  });

  it('keeps math inside a callout and leaves plain block quotes alone', async () => {
    const out = await html('> [!example] 예\n> $x^2$ 의 미분\n\n> 그냥 인용문');
    expect(out).toContain('class="katex"');
    expect(out).toContain('<blockquote>');
  });
});
