import { describe, expect, it } from 'vitest';
import {
  headingAnchors,
  headingIds,
  isRelativeLink,
  markdownHeadings,
  PageIndex,
  parseWikiTarget,
  relativeNoteTarget,
  resolveHeading,
  type LinkablePage,
} from '../../src/lib/note-links';

const page = (slug: string, title: string, aliases: string[] = [], collection: LinkablePage['collection'] = 'notes'): LinkablePage => ({
  collection,
  slug,
  title,
  aliases,
});

describe('PageIndex', () => {
  const index = new PageIndex([
    page('optimizers', '옵티마이저', ['Adam 계열']),
    page('adam', 'optimizers'),
    page('twin-a', '쌍둥이'),
    page('twin-b', '쌍둥이'),
    page('resnet', 'ResNet', [], 'architectures'),
  ]);
  const found = (name: string) => {
    const result = index.find(name);
    return result.ok ? `/${result.value.collection}/${result.value.slug}/` : result.reason;
  };

  it('finds by file name first, then title, then alias', () => {
    expect(found('optimizers')).toBe('/notes/optimizers/'); // the file name wins over adam's title
    expect(found('옵티마이저')).toBe('/notes/optimizers/');
    expect(found('adam 계열')).toBe('/notes/optimizers/');
    expect(found('ResNet')).toBe('/architectures/resnet/');
  });

  it('ignores case, spacing, Unicode form and a .md extension', () => {
    expect(found('  Optimizers.md ')).toBe('/notes/optimizers/');
    expect(found('옵티마이저'.normalize('NFD'))).toBe('/notes/optimizers/');
    expect(found('Twin A')).toBe('/notes/twin-a/');
  });

  it('reports an ambiguous title instead of guessing, and an unknown name', () => {
    expect(found('쌍둥이')).toMatch(/2 pages have this title \(\/notes\/twin-a\/, \/notes\/twin-b\/\)/);
    expect(found('없는 노트')).toMatch(/no note or architecture page/);
  });
});

describe('wiki targets and headings', () => {
  it('splits a heading off and drops the table escape before |', () => {
    expect(parseWikiTarget('노트#핵심 아이디어')).toEqual({ page: '노트', heading: '핵심 아이디어' });
    expect(parseWikiTarget('노트\\')).toEqual({ page: '노트', heading: '' });
    expect(parseWikiTarget('#절')).toEqual({ page: '', heading: '절' });
  });

  it('resolves a heading by its text or its id, with duplicate ids numbered', () => {
    expect(headingIds(['핵심 아이디어', 'Batch Norm', '핵심 아이디어'])).toEqual(['핵심-아이디어', 'batch-norm', '핵심-아이디어-1']);
    const ids = headingAnchors([{ text: '핵심 아이디어' }, { text: 'Batch Norm' }, { text: '핵심 아이디어' }]);
    expect(resolveHeading('핵심 아이디어', ids)).toEqual({ ok: true, value: '핵심-아이디어' });
    expect(resolveHeading('batch-norm', ids)).toEqual({ ok: true, value: 'batch-norm' });
    expect(resolveHeading('없는 절', ids)).toMatchObject({ ok: false });
    expect(resolveHeading('^abc123', ids)).toMatchObject({ ok: false, reason: expect.stringMatching(/block references/) });
  });

  it('gives a heading with math the id Astro gives it (from the text KaTeX renders), and finds it by what was written', () => {
    const [anchor] = headingAnchors(markdownHeadings('## $L_2$ 정규화와 $\\alpha<1$'));
    expect(anchor!.id).toBe('l2l_2l2-정규화와-α1alpha1α1');
    expect(resolveHeading('$L_2$ 정규화와 $\\alpha<1$', [anchor!])).toEqual({ ok: true, value: anchor!.id });
  });

  it('reads setext headings, but not a thematic break after a blank line or a list', () => {
    expect(markdownHeadings('큰 제목\n===\n\n작은 *제목*\n---\n\n문단\n\n---\n\n- 항목\n---\n')).toEqual([
      { depth: 1, text: '큰 제목', source: '큰 제목' },
      { depth: 2, text: '작은 제목', source: '작은 *제목*' },
    ]);
  });

  it('reads ATX headings outside code and math blocks, as plain text', () => {
    const markdown =
      '# 하나\n\n```sh\n# 아님\n```\n\n$$\n# 아님\n$$\n\n$$x$$\n\n## **굵은** [링크](/a/) `코드` ##\n~~~\n# 아님\n~~~\n### 셋';
    expect(markdownHeadings(markdown)).toEqual([
      { depth: 1, text: '하나', source: '하나' },
      { depth: 2, text: '굵은 링크 코드', source: '**굵은** [링크](/a/) `코드`' },
      { depth: 3, text: '셋', source: '셋' },
    ]);
  });
});

describe('relative links', () => {
  it('tells relative file links from URLs, site paths and anchors', () => {
    expect(['./a.md', '../x.md#h', 'a.md', 'img/x.png'].every(isRelativeLink)).toBe(true);
    expect(['https://a.b/', '/notes/x/', '#h', 'mailto:a@b.c', ''].some(isRelativeLink)).toBe(false);
  });

  it('maps a note file next to the note, or in the other collection, to its page', () => {
    const from = '/site/content/notes/a.md';
    expect(relativeNoteTarget('./b.md', from, '/site/content')).toEqual({ ok: true, value: { collection: 'notes', slug: 'b', hash: '' } });
    expect(relativeNoteTarget('../architectures/resnet.md#핵심%20아이디어', from, '/site/content')).toEqual({
      ok: true,
      value: { collection: 'architectures', slug: 'resnet', hash: '핵심 아이디어' },
    });
  });

  it('refuses files outside the collections and links to files that are not notes', () => {
    expect(relativeNoteTarget('../../README.md', '/site/content/notes/a.md', '/site/content')).toMatchObject({ ok: false });
    expect(relativeNoteTarget('./data.csv', '/site/content/notes/a.md', '/site/content')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/only links to other notes/),
    });
  });
});
