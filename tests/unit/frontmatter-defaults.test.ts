import { describe, expect, it } from 'vitest';
import { cutAtWord, descriptionFromBody, fillFrontmatter, plainProse, titleFromBody } from '../../src/lib/frontmatter-defaults';

describe('title', () => {
  it('comes from the first # heading, else the file name', () => {
    expect(titleFromBody('서론.\n\n## 둘\n\n# **합성곱** 신경망\n', 'cnn')).toBe('합성곱 신경망');
    expect(titleFromBody('```\n# 코드\n```\n## 둘', 'cnn-notes')).toBe('cnn-notes');
  });
});

describe('description', () => {
  it('is the first paragraph with math, code marks, links and emphasis removed', () => {
    const body =
      '# 제목\n\n![그림](./a.png)\n\n```py\nx = 1\n```\n\n**경사 하강법**은 $\\theta$를 [기울기](./g.md)의 반대 방향으로 `step`만큼 옮긴다.\n\n둘째 문단.';
    expect(descriptionFromBody(body)).toBe('경사 하강법은 를 기울기의 반대 방향으로 step만큼 옮긴다.');
  });

  it('skips setext headings', () => {
    expect(descriptionFromBody('강의 노트\n=====\n\n첫 문단이 여기에서 시작한다.\n')).toBe('첫 문단이 여기에서 시작한다.');
  });

  it('joins short paragraphs until there is enough to say', () => {
    expect(descriptionFromBody('짧다.\n\n조금 더 긴 두 번째 문단.')).toBe('짧다. 조금 더 긴 두 번째 문단.');
    expect(descriptionFromBody('## 제목만\n\n$$\nx\n$$\n')).toBeUndefined();
  });

  it('is cut under 160 characters at a word boundary', () => {
    const long = Array.from({ length: 40 }, (_, i) => `단어${i}`).join(' ');
    const cut = cutAtWord(long);
    expect(cut.length).toBeLessThan(160);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(long[cut.length - 1]).toBe(' ');
    expect(cutAtWord('짧은 문장')).toBe('짧은 문장');
  });

  it('keeps escaped dollars and wiki link texts', () => {
    expect(plainProse('가격은 \\$5 이고 [[노트|다른 노트]]를 본다')).toBe('가격은 $5 이고 다른 노트를 본다');
  });
});

describe('fillFrontmatter', () => {
  const body = '# 모멘텀\n\n관성을 더해 진동을 줄이는 최적화 방법이다.\n';
  const noDate = () => undefined;

  it('derives title, description and date when missing, and says so', () => {
    const data: Record<string, unknown> = { category: 'theory/study' };
    const { changes, draft } = fillFrontmatter(data, body, 'momentum', () => '2020-03-04');
    expect(data).toEqual({
      category: 'theory/study',
      title: '모멘텀',
      description: '관성을 더해 진동을 줄이는 최적화 방법이다.',
      date: '2020-03-04',
    });
    expect(changes).toEqual(['title from the first # heading', 'description from the first paragraph', 'date from the first git commit']);
    expect(draft).toBe(false);
  });

  it('keeps what the note writes, and asks git only for a missing date', () => {
    const data: Record<string, unknown> = { title: '직접 쓴 제목', description: '직접 쓴 설명입니다.', date: new Date('2019-01-01') };
    let asked = false;
    fillFrontmatter(data, body, 'momentum', () => ((asked = true), '2020-01-01'));
    expect(data.title).toBe('직접 쓴 제목');
    expect(data.description).toBe('직접 쓴 설명입니다.');
    expect(asked).toBe(false);
  });

  it('drops other tools’ keys, folds aliases into terms and reads published: false as a draft', () => {
    const data: Record<string, unknown> = {
      title: 't',
      layout: 'post',
      permalink: '/x/',
      categories: ['ml'],
      toc: true,
      comments: false,
      aliases: ['Momentum', '관성'],
      terms: ['관성'],
      published: false,
    };
    const { draft } = fillFrontmatter(data, body, 'momentum', noDate);
    expect(draft).toBe(true);
    expect(Object.keys(data).sort()).toEqual(['description', 'terms', 'title']);
    expect(data.terms).toEqual(['관성', 'Momentum']);
  });

  it('leaves unknown keys and malformed values for the schema to reject', () => {
    const data: Record<string, unknown> = { title: 't', author: '누군가', published: '아니오' };
    fillFrontmatter(data, body, 'momentum', noDate);
    expect(data.author).toBe('누군가');
    expect(data.published).toBe('아니오');
  });
});
