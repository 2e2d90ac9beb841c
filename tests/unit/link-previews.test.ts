// Which links preview the page they lead to, and how the plugin marks them.
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { previewId, previewTarget } from '../../src/lib/link-previews';
import rehypeLinkPreviews from '../../src/plugins/rehype-link-previews';

describe('previewTarget', () => {
  it('takes links to notes and architecture pages under the base, with or without an anchor', () => {
    expect(previewTarget('/study-notes/notes/optimizers/', '/study-notes/')).toBe('/notes/optimizers/');
    expect(previewTarget('/study-notes/architectures/resnet/#핵심-아이디어', '/study-notes')).toBe('/architectures/resnet/');
    expect(previewTarget('/notes/optimizers/', '/')).toBe('/notes/optimizers/');
  });

  it('leaves other links alone', () => {
    for (const href of [
      '/study-notes/glossary/#adam',
      '/study-notes/tags/cnn/',
      'https://arxiv.org/abs/1912.02781',
      '#section',
      '/notes/optimizers/',
    ]) {
      expect(previewTarget(href, '/study-notes/'), href).toBeUndefined();
    }
  });

  it('names each preview after its page', () => {
    expect(previewId('/notes/optimizers/')).toBe('preview-notes-optimizers');
    expect(previewId('/architectures/resnet/')).toBe('preview-architectures-resnet');
  });
});

describe('rehype-link-previews', () => {
  it('points links at the previews, skips the page itself, and lists the linked pages once', () => {
    const contentDir = '/content';
    const file = new VFile({ path: join(contentDir, 'notes', 'augmix.md') });
    const tree = fromHtml(
      '<p><a href="/b/notes/x/">x</a> <a href="/b/notes/x/#y">x again</a> <a href="/b/notes/augmix/#top">self</a> <a href="https://example.org/">out</a></p>',
      { fragment: true },
    );
    rehypeLinkPreviews({ base: '/b/', contentDir })(tree, file);
    expect(toHtml(tree)).toBe(
      '<p><a href="/b/notes/x/" aria-describedby="preview-notes-x">x</a> <a href="/b/notes/x/#y" aria-describedby="preview-notes-x">x again</a> <a href="/b/notes/augmix/#top">self</a> <a href="https://example.org/">out</a></p>',
    );
    expect((file.data as { astro: { frontmatter: { linkPreviews: string[] } } }).astro.frontmatter.linkPreviews).toEqual(['/notes/x/']);
  });
});
