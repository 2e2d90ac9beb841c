// The measures behind the term card and link preview budgets strip exactly what those features add.
import { describe, expect, it } from 'vitest';
import { studyAidRules, withoutLinkPreviews, withoutTermCards } from '../../src/lib/page-weight';

const plain = '<p>배치 정규화와 <a href="/b/notes/x/">x</a></p><section class="page-terms"></section>';
const withAids =
  '<p><button type="button" class="term" popovertarget="term-batch-norm">배치 정규화</button>와 <a href="/b/notes/x/" aria-describedby="preview-notes-x">x</a></p>' +
  '<div class="link-previews" data-pagefind-ignore="all"><div class="link-preview" id="preview-notes-x" popover="manual" role="tooltip"><b>X</b><span>이론</span><span>설명</span></div></div>' +
  '<div class="term-cards" data-pagefind-ignore="all"><dialog class="term-card" id="term-batch-norm" popover aria-label="배치 정규화"><p tabindex="-1" autofocus><b>배치 정규화</b></p><p>정의</p></dialog></div>' +
  '<section class="page-terms"></section>';

describe('study aid measures', () => {
  it('take the page back to what it was without cards and previews', () => {
    expect(withoutLinkPreviews(withoutTermCards(withAids))).toBe(plain);
  });

  it('pick out the CSS rules of terms, cards and previews, print rules included', () => {
    const css =
      '.prose{color:red}.term{color:blue}.term-card[data-placed]{inset:auto}.terms-table{x:y}.link-preview span{display:block}@media print{.term-card{display:none}}';
    expect(studyAidRules(css)).toBe(
      '.term{color:blue}.term-card[data-placed]{inset:auto}.link-preview span{display:block}.term-card{display:none}',
    );
  });
});
