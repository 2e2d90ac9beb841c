import { describe, expect, it } from 'vitest';
import { withSearchTerms } from '../../src/lib/search-index-page';
import { searchText } from '../../src/plugins/rehype-search-text';
import { fromHtml } from 'hast-util-from-html';

const page = (body: string) =>
  `<html lang="ko"><body><nav>메뉴</nav><main><div class="prose" data-pagefind-body>${body}</div></main></body></html>`;

describe('withSearchTerms', () => {
  it('adds one hidden metadata field per tier at the start of the indexed element', () => {
    const html = withSearchTerms(page('<p>본문</p>'), [['아담', 'adam'], ['아담'], []])!;
    expect(html).toContain(
      'data-pagefind-body><span hidden data-pagefind-meta="terms1:아담 adam"></span><span hidden data-pagefind-meta="terms2:아담"></span><p>본문',
    );
    expect(html).not.toContain('terms3');
  });

  it('escapes the attribute and leaves pages that are not indexed alone', () => {
    expect(withSearchTerms(page(''), [['a"b<c&d']])).toContain('terms1:a&quot;b&lt;c&amp;d"');
    expect(withSearchTerms('<html><body><p>목록</p></body></html>', [['x']])).toBeUndefined();
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
});
