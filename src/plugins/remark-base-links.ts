// Prefixes root-relative links written in Markdown ("/notes/x/#a") with the deploy base.
// Astro prefixes only the assets it handles; links inside notes need this step.
// Whether each link resolves is checked on the finished site by the link-check integration.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isInternalPath, withBase } from '../lib/links';

export default function remarkBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, ['link', 'definition'], (node) => {
      const target = node as { url: string };
      if (isInternalPath(target.url)) target.url = withBase(target.url, options.base);
    });
  };
}
