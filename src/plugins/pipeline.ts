// The remark and rehype plugins of every note, in order: astro.config.mjs hands them to Astro's unified
// processor (after its own remark-gfm; its smartypants is off, ours runs first in its place), and unit
// tests render snippets through the same list.
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeCallouts from 'rehype-callouts';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import remarkMath from 'remark-math';
import remarkWikiLink from 'remark-wiki-link';
import { ui } from '../lib/ui';
import rehypeCalloutLabels from './rehype-callout-labels';
import rehypeFocusableScroll from './rehype-focusable-scroll';
import rehypeHeadingIds from './rehype-heading-ids';
import rehypeRenderMath from './rehype-render-math';
import rehypeSearchText from './rehype-search-text';
import rehypeLinkPreviews from './rehype-link-previews';
import rehypeTaskLists from './rehype-task-lists';
import rehypeTermCards from './rehype-term-cards';
import remarkBaseLinks from './remark-base-links';
import remarkContentChecks from './remark-content-checks';
import remarkDisplayMathFences from './remark-display-math-fences';
import remarkFigures from './remark-figures';
import remarkOneLineDisplayMath from './remark-one-line-display-math';
import { remarkReportProblems } from './problems';
import remarkNoteImages from './remark-note-images';
import remarkNoteLinks from './remark-note-links';
import remarkRawHtmlAsText from './remark-raw-html-as-text';
import remarkReadingTime from './remark-reading-time';
import remarkShiftHeadings from './remark-shift-headings';
import remarkSmartypantsWhereNeeded from './remark-smartypants-where-needed';

export interface PipelineOptions {
  /** The deploy base ("/" or "/study-notes/"). */
  base: string;
  /** The folder holding notes/ and architectures/, for resolving links between them. */
  contentDir: string;
}

export function markdownPipeline({ base, contentDir }: PipelineOptions): {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
  smartypants: false;
} {
  return {
    // Astro's own SmartyPants pass is off: the first remark plugin runs it, on the blocks it can change.
    smartypants: false,
    remarkPlugins: [
      // Where Astro's own SmartyPants would have run.
      remarkSmartypantsWhereNeeded,
      // CommonMark does not close `**` between ")" and a Hangul particle ("**선형 수렴(linear convergence)**이"):
      // these let emphasis and ~~strikethrough~~ sit next to Hangul, parentheses and quotes as Korean writers expect.
      remarkCjkFriendly,
      remarkCjkFriendlyGfmStrikethrough,
      remarkRawHtmlAsText,
      remarkMath,
      remarkDisplayMathFences,
      remarkOneLineDisplayMath,
      // Obsidian's [[Note|text]] (its default divider would be ":"); remark-note-links resolves the targets.
      [remarkWikiLink, { aliasDivider: '|' }],
      remarkContentChecks,
      remarkShiftHeadings,
      [remarkNoteLinks, { contentDir }],
      [remarkBaseLinks, { base }],
      [remarkFigures, { base }],
      remarkNoteImages,
      remarkReadingTime,
      // Last: every broken link and missing image of the note in one error.
      remarkReportProblems,
    ],
    rehypePlugins: [
      // Astro ends every chain with rehype-raw, which runs the whole tree through an HTML parser again.
      // A plugin used twice runs once, where it was first added (unified's `use`), so naming it here
      // moves it before KaTeX's thousands of elements (at 1,000 notes, 2.6 s → 0.6 s). All raw HTML
      // (figures, comments) exists by this point and nothing after it makes more, so the output is the
      // same. tests/unit/markdown/raw-first.test.ts checks that both are the one module.
      rehypeRaw,
      // Obsidian callouts (`> [!tip]- 제목`, foldable as <details>) and GitHub alerts (`> [!WARNING]`), with
      // Korean default titles. Title parts are spans so that they are valid inside <summary>.
      [
        rehypeCallouts,
        {
          theme: 'obsidian',
          callouts: Object.fromEntries(Object.entries(ui.callouts).map(([type, title]) => [type, { title }])),
          tags: { titleIconTagName: 'span', titleTextTagName: 'span', foldIconTagName: 'span' },
        },
      ],
      rehypeCalloutLabels,
      // Links to other sites give them no handle on this page and no referrer. Before KaTeX, which adds
      // no links, so that it does not walk the formulas' elements.
      [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
      [rehypeRenderMath, { strict: 'ignore' }],
      rehypeFocusableScroll,
      rehypeTaskLists,
      // Glossary terms open cards; after KaTeX so math is already marked and skipped.
      rehypeTermCards,
      // Links to other notes and architecture pages preview them on hover and focus.
      [rehypeLinkPreviews, { base }],
      // Last, so ids and the contents list see the final headings.
      rehypeHeadingIds,
      // After everything, so search reads the text as rendered (see the plugin).
      rehypeSearchText,
    ],
  };
}
