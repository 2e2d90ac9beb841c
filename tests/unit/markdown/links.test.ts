// Wiki links and relative note links become site links; broken ones fail the note with every place listed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentDir, html, render } from './render';

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

const hrefs = (out: string) => [...out.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => [decodeURIComponent(m[1]!), m[2]]);

describe('wiki links', () => {
  it('resolve by file name, title and alias, with the site base', async () => {
    const out = await html('[[gradient-descent]], [[경사 하강법|이 노트]], [[GD]], [[ResNet#핵심 아이디어]], [[모멘텀 방법]]', {
      base: '/study-notes/',
    });
    expect(hrefs(out)).toEqual([
      ['/study-notes/notes/gradient-descent/', 'gradient-descent'],
      ['/study-notes/notes/gradient-descent/', '이 노트'],
      ['/study-notes/notes/gradient-descent/', 'GD'],
      ['/study-notes/architectures/resnet/#핵심-아이디어', 'ResNet › 핵심 아이디어'],
      ['/study-notes/notes/momentum/', '모멘텀 방법'],
    ]);
  });

  it('link headings by text, including marked-up and repeated ones', async () => {
    const out = await html('[[경사 하강법#학습률 고르기]] [[gradient-descent#기본 아이디어]]');
    expect(hrefs(out).map(([href]) => href)).toEqual(['/notes/gradient-descent/#학습률-고르기', '/notes/gradient-descent/#기본-아이디어']);
  });

  it('work inside table cells, where | is escaped', async () => {
    const out = await html('| 노트 | 뜻 |\n| --- | --- |\n| [[gradient-descent\\|GD 노트]] | 기초 |\n');
    expect(hrefs(out)).toEqual([['/notes/gradient-descent/', 'GD 노트']]);
  });

  it('stay text inside code and math', async () => {
    const out = await html('`[[없는 노트]]`와 $[[a]]$');
    expect(out).toContain('<code>[[없는 노트]]</code>');
  });
});

describe('relative links', () => {
  it('resolve ./note.md and ../collection/x.md#heading', async () => {
    const out = await html(
      '[경사](./gradient-descent.md), [절](gradient-descent.md#학습률-고르기), [구조](../architectures/resnet.md#핵심%20아이디어)',
    );
    expect(hrefs(out).map(([href]) => href)).toEqual([
      '/notes/gradient-descent/',
      '/notes/gradient-descent/#학습률-고르기',
      '/architectures/resnet/#핵심-아이디어',
    ]);
  });

  it('leave URLs, site paths and anchors as they are', async () => {
    const out = await html('[a](https://example.com/x.md) [b](/notes/optimizers/) [c](#절)');
    expect(hrefs(out).map(([href]) => href)).toEqual(['https://example.com/x.md', '/notes/optimizers/', '#절']);
  });
});

describe('the pages a note links, for backlinks', () => {
  it('lists wiki, relative and site-path links once each, without anchors', async () => {
    const { metadata } = await render(
      '[[Momentum]], [경사](./gradient-descent.md#학습률-고르기), [b](/notes/optimizers/#adam), [c](/architectures/resnet/), [d](/notes/optimizers/)',
    );
    expect([...(metadata.frontmatter.noteLinks as string[])].sort()).toEqual([
      '/architectures/resnet/',
      '/notes/gradient-descent/',
      '/notes/momentum/',
      '/notes/optimizers/',
    ]);
  });
});

describe('broken links', () => {
  it('fail the note, listing every broken link with line and column', async () => {
    const markdown = [
      '## 절',
      '',
      '[[없는 노트]]와 [[같은 제목]]을 본다.',
      '',
      '[없는 파일](./nothing.md), [없는 절](./gradient-descent.md#없는-절), [[경사 하강법#없는 절]]',
      '',
      '[표](./data.csv) [[초안 노트]] [초안](./unpublished.md)',
    ].join('\n');
    const error = await render(markdown, { path: `${contentDir}/notes/broken.md` }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    const lines = (error as Error).message.split('\n').filter((line) => line.includes('broken link'));
    expect(lines).toEqual([
      expect.stringMatching(/notes\/broken\.md:3:1: broken link \[\[없는 노트\]\]: no note or architecture page/),
      expect.stringMatching(/notes\/broken\.md:3:12: broken link \[\[같은 제목\]\]: 2 pages have this title/),
      expect.stringMatching(/notes\/broken\.md:5:1: broken link \.\/nothing\.md: no such note file/),
      expect.stringMatching(/notes\/broken\.md:5:24: broken link \.\/gradient-descent\.md#없는-절: no heading "없는-절"/),
      expect.stringMatching(/notes\/broken\.md:5:60: broken link \[\[경사 하강법#없는 절\]\]: no heading "없는 절"/),
      expect.stringMatching(/notes\/broken\.md:7:1: broken link \.\/data\.csv: only links to other notes/),
      expect.stringMatching(/notes\/broken\.md:7:17: broken link \[\[초안 노트\]\]: that note is a draft/),
      expect.stringMatching(/notes\/broken\.md:7:27: broken link \.\/unpublished\.md: that note is a draft/),
    ]);
  });
});
