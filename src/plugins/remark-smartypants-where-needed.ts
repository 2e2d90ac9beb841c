// SmartyPants (straight quotes to typographic ones, "--" to dashes, "..." to an ellipsis), as Astro
// runs it by default, but only over the top-level blocks that hold one of those characters. It reads
// the text through a natural-language parser, which made it one of the costliest steps of rendering a
// note, and most paragraphs of Korean prose have nothing for it to change. Every block it looks at
// starts with a space of its own (see remark-smartypants), so skipping a block changes nothing around
// the blocks it still reads. astro.config.mjs turns Astro's own pass off and runs this one first,
// where Astro's would have run.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkSmartypants from 'remark-smartypants';

/** What SmartyPants can change: quotes, apostrophes, backticks, dashes, ellipses. */
const CHANGEABLE = /["'`]|--|\.\.\./;

export default function remarkSmartypantsWhereNeeded() {
  const smartypants = (remarkSmartypants as unknown as () => (tree: Root) => void)();
  return (tree: Root) => {
    const blocks = tree.children.filter((block) => CHANGEABLE.test(toString(block)));
    if (blocks.length > 0) smartypants({ type: 'root', children: blocks });
  };
}
