// Local images are handed to Astro's image pipeline; missing and remote images fail the note, all listed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentDir, render } from './render';

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('images next to a note', () => {
  it('relative images and Obsidian embeds are collected for the image pipeline', async () => {
    const result = await render('![점](./img/dot.png)\n\n![[dot.png]] 와 ![[dot.png|작은 점]] 와 ![[dot.png|120]]');
    expect(result.metadata.localImagePaths).toEqual(['./img/dot.png']);
    // Astro's image pipeline fills these placeholders at build time.
    const images = [...result.code.matchAll(/__ASTRO_IMAGE_="([^"]*)"/g)].map((m) => JSON.parse(m[1]!.replace(/&#x22;/g, '"')));
    expect(images).toEqual([
      { src: './img/dot.png', alt: '점', index: 0 },
      { src: './img/dot.png', alt: 'dot', index: 1 },
      { src: './img/dot.png', alt: '작은 점', index: 2 },
      { src: './img/dot.png', alt: 'dot', width: 120, index: 3 },
    ]);
  });
});

describe('images the site cannot serve', () => {
  it('fail the note with every missing or remote image, by line and column', async () => {
    const markdown = [
      '## 그림',
      '',
      '![없음](./img/nothing.png) 과 ![원격](https://example.com/chart.png?x=1)',
      '',
      '문장 속 ![[없는 그림.png]] 과 ![[경사 하강법]]',
      '',
      '![참조][원격]',
      '',
      '[원격]: //cdn.example.com/a.svg',
    ].join('\n');
    const error = await render(markdown, { path: `${contentDir}/notes/broken-images.md` }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    const lines = (error as Error).message.split('\n').filter((line) => line.includes('broken-images.md:'));
    expect(lines).toEqual([
      expect.stringMatching(/broken-images\.md:3:1: missing image \.\/img\/nothing\.png: no file .*notes\/img\/nothing\.png$/),
      expect.stringMatching(
        /broken-images\.md:3:28: remote image https:\/\/example\.com\/chart\.png\?x=1: save it next to the note \(for example \.\/img\/chart\.png\)/,
      ),
      expect.stringMatching(/broken-images\.md:5:6: missing image !\[\[없는 그림\.png\]\]: no file 없는 그림\.png, img\/없는 그림\.png/),
      expect.stringMatching(/broken-images\.md:5:23: cannot embed !\[\[경사 하강법\]\]: only images/),
      expect.stringMatching(/broken-images\.md:7:1: remote image \/\/cdn\.example\.com\/a\.svg/),
    ]);
  });
});
