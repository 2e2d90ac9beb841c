// Raw HTML written in a Markdown note is shown as the text it is, never run: a note that explains
// `<img src=x onerror=…>` or `<script>` in its prose must not execute it, on the page or in search.
// Comments are left alone: they are invisible, and `<!-- figure: … -->` markers become figures
// (src/plugins/remark-figures.ts, which runs after this plugin). MDX files are unaffected: their
// tags are components by design.
import type { Html, Paragraph, Parent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** Exactly one HTML comment, nothing before or after it. */
const SINGLE_COMMENT = /^<!--(?:(?!-->)[^])*-->$/;

/** Nodes whose children are blocks: a raw HTML block there becomes a paragraph of text. */
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

export default function remarkRawHtmlAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node: Html, index, parent: Parent | undefined) => {
      if (parent === undefined || index === undefined || SINGLE_COMMENT.test(node.value.trim())) return;
      const text: Text = { type: 'text', value: node.value, position: node.position };
      const replacement: Text | Paragraph = BLOCK_PARENTS.has(parent.type)
        ? { type: 'paragraph', children: [text], position: node.position }
        : text;
      parent.children.splice(index, 1, replacement as Parent['children'][number]);
    });
  };
}
