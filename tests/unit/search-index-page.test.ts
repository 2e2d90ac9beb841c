import { describe, expect, it } from 'vitest';
import { buildDictionary } from '../../src/lib/korean-search';
import { withSearchTerms } from '../../src/lib/search-index-page';

const dictionary = buildDictionary([{ variants: ['아담', 'Adam'] }]);
const page = (body: string, declared = '<span hidden data-search-title="옵티마이저" data-search-terms="모멘텀|momentum"></span>') =>
  `<html lang="ko"><body><nav>메뉴 아담</nav><main><div class="prose" data-pagefind-body>${declared}${body}</div></main></body></html>`;

describe('withSearchTerms', () => {
  it('adds tiers of hidden terms at the start of the indexed element', () => {
    const html = withSearchTerms(page('<h2>Adam</h2><p>Adam은 손실함수를 줄인다.</p>'), dictionary)!;
    expect(html).toMatch(/data-pagefind-body><span hidden data-pagefind-meta="terms1:[^"]*아담/);
    expect(html).toMatch(/terms4:[^"]*아담/); // named in a heading
    expect(html).toMatch(/terms1:[^"]*함수/); // compound part
    expect(html).toMatch(/terms1:[^"]*momentum/); // declared page terms
  });

  it('reads only the indexed part of the page, not navigation or ignored elements', () => {
    const html = withSearchTerms(page('<p>본문</p><span data-pagefind-ignore="all">Adam</span>'), dictionary)!;
    expect(html).not.toMatch(/terms\d:[^"]*아담/);
  });

  it('respects a tier limit and leaves pages that are not indexed alone', () => {
    const limited = withSearchTerms(
      page('<h2>Adam</h2>', '<span hidden data-search-title="용어집" data-search-tiers="1"></span>'),
      dictionary,
    )!;
    expect(limited).toContain('terms1:');
    expect(limited).not.toContain('terms2:');
    expect(withSearchTerms('<html><body><p>목록</p></body></html>', dictionary)).toBeUndefined();
  });
});
