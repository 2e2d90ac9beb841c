import { describe, expect, it } from 'vitest';
import { importFrontmatter, rewriteBody, type BodyResolvers } from '../../src/lib/note-import';

const resolvers: BodyResolvers = {
  note: (name) => ({ '02_Backprop': '02-backprop', 역전파: '02-backprop' })[name],
  label: (name) => (name === '02_Backprop' ? '역전파' : undefined),
  relativeNote: (path) => (path === './02_Backprop.md' ? '02-backprop' : undefined),
  image: (reference) => (reference.endsWith('here.png') ? './img/note/here.png' : undefined),
};

describe('rewriteBody', () => {
  it('rewrites wiki links, relative links and images, and nothing else', () => {
    const body =
      '앞 [[02_Backprop]] 과 [[역전파#연쇄 법칙|절]] 그리고 [글](./02_Backprop.md#a).\n\n![[here.png]] ![그림](img/here.png)\n\n`[[코드]]` $[[x]]$\n';
    const result = rewriteBody(body, resolvers);
    expect(result.body).toBe(
      '앞 [[02-backprop|역전파]] 과 [[02-backprop#연쇄 법칙|절]] 그리고 [글](./02-backprop.md#a).\n\n![here](./img/note/here.png) ![그림](./img/note/here.png)\n\n`[[코드]]` $[[x]]$\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.changes).toHaveLength(5);
  });

  it('turns what cannot be kept into text or links, and reports it', () => {
    const body = '[[없음]] [링크](./gone.md) ![[missing.png]] ![원격](https://x.test/a.png) ![[Other note]]\n';
    const result = rewriteBody(body, resolvers);
    expect(result.body).toBe('없음 링크 missing [원격](https://x.test/a.png) Other note\n');
    expect(result.problems).toHaveLength(5);
  });

  it('escapes the alias divider inside table cells', () => {
    const result = rewriteBody('| a |\n| --- |\n| [[02_Backprop]] |\n', resolvers);
    expect(result.body).toContain('| [[02-backprop\\|역전파]] |');
  });
});

describe('importFrontmatter', () => {
  const context = {
    stem: '2019-03-01-my_post',
    body: '첫 문단은 설명이 되기에 충분히 길다.\n',
    categories: new Set(['theory/study', 'theory/memo']),
    defaultCategory: 'theory/study',
    dates: [{ from: 'the file name', day: '2019-03-01' }],
  };

  it('fills title, description, date and category, and drops unknown keys', () => {
    const result = importFrontmatter({ author: '누군가', tags: 'a b', layout: 'post' }, context);
    expect(result.data).toEqual({
      title: 'my post',
      description: '첫 문단은 설명이 되기에 충분히 길다.',
      date: '2019-03-01',
      category: 'theory/study',
      tags: ['a', 'b'],
      layout: 'post',
    });
    expect(result.problems).toEqual(['dropped frontmatter author: "누군가" (not used by this site)']);
  });

  it('keeps a known category and normalizes a date with a time', () => {
    const result = importFrontmatter({ title: 't', category: 'theory/memo', date: '2019-03-01 10:30:00 +0900' }, context);
    expect(result.data).toMatchObject({ category: 'theory/memo', date: '2019-03-01' });
  });
});

describe('HTML that blog notes use', () => {
  it('turns <img> into a Markdown image (copied like any other) and <br> into a line break', () => {
    const body =
      '<img src="img/here.png" alt="그림" width="400">\n\n첫 줄<br>둘째 줄\n\n<img src=\'https://x.test/a.png\'>\n\n<center>가운데</center>\n\n<!-- 메모 -->\n';
    const result = rewriteBody(body, resolvers);
    expect(result.body).toBe(
      '![그림](./img/note/here.png)\n\n첫 줄\\\n둘째 줄\n\n[그림](https://x.test/a.png)\n\n<center>가운데</center>\n\n<!-- 메모 -->\n',
    );
    expect(result.problems).toEqual([
      expect.stringMatching(/line 5: remote image https:\/\/x\.test\/a\.png became a link/),
      expect.stringMatching(/line 7: HTML <center>가운데<\/center> will show as text/),
    ]);
  });
});
