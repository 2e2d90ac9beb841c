import { describe, expect, it } from 'vitest';
import { searchCopy } from '../../src/lib/search-index-page';
import { searchText } from '../../src/plugins/rehype-search-text';
import { fromHtml } from 'hast-util-from-html';

const page = (body: string) =>
  `<html lang="ko"><body><nav>메뉴</nav><main><div class="prose" data-pagefind-body>${body}</div></main></body></html>`;

describe('searchCopy', () => {
  it('adds one hidden metadata field per tier at the start of the indexed element', () => {
    const html = searchCopy(page('<p>본문</p>'), [['아담', 'adam'], ['아담'], []])!;
    expect(html).toContain(
      'data-pagefind-body><span hidden data-pagefind-meta="terms1:아담 adam"></span><span hidden data-pagefind-meta="terms2:아담"></span><p>본문',
    );
    expect(html).not.toContain('terms3');
  });

  it('keeps only the indexed element, whole, in a document of the page’s language', () => {
    const body = '<div class="a"><div>안</div></div><p title="x > <div>">속</p><!-- </div> --><script>"</div>"</script>끝';
    const html = searchCopy(`${page(body)}<footer>바닥</footer>`, [])!;
    expect(html).toBe(`<!doctype html><html lang="ko"><body><div class="prose" data-pagefind-body>${body}</div></body></html>`);
    expect(html).not.toContain('메뉴');
  });

  it('leaves out the elements Pagefind skips whole, such as rendered math', () => {
    const math = '<span class="katex" data-pagefind-ignore="all"><span><math><mi>x</mi></math></span><span>x</span></span>';
    const html = searchCopy(page(`<p>식 ${math}에서 <span data-pagefind-ignore>숨김</span>끝</p>`), [])!;
    expect(html).toContain('<p>식 에서 <span data-pagefind-ignore>숨김</span>끝</p></div>');
  });

  it('escapes the attribute, leaves pages that are not indexed alone and refuses an unclosed element', () => {
    expect(searchCopy(page(''), [['a"b<c&d']])).toContain('terms1:a&quot;b&lt;c&amp;d"');
    expect(searchCopy('<html><body><p>목록</p></body></html>', [['x']])).toBeUndefined();
    expect(() => searchCopy('<html><body><div data-pagefind-body><div>열림</div>', [])).toThrow(/never closed/);
  });
});

describe('searchText (rehype-search-text)', () => {
  it('reads the rendered text, skipping what Pagefind skips, with blocks as separate words', () => {
    const tree = fromHtml(
      '<h2>Adam</h2><p>Adam은 <em>손실</em>함수를 <span class="katex" data-pagefind-ignore="all">x^2</span>줄인다.</p><ul><li>하나</li><li>둘</li></ul>',
      {
        fragment: true,
      },
    );
    expect(searchText(tree)).toBe('Adam\nAdam은 손실함수를 줄인다.\n하나\n둘');
  });

  it('leaves out figures drawn at build time, whose text is labels and tick values', () => {
    const tree = fromHtml('<p>본문</p><figure class="figure" data-figure="activation-curves"><svg><text>tanh</text></svg></figure>', {
      fragment: true,
    });
    expect(searchText(tree)).toBe('본문');
  });
});
