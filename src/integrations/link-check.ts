// After the build, every internal link and asset reference in every page must resolve to a file
// in dist/ (and to an element id when it carries an #anchor). Any miss fails the build, naming the
// source file to fix, so a broken link never ships.
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks, pageLinks, type PageLinks } from '../lib/link-check';
import { listFiles } from '../lib/fs-walk';

function safeDecode(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

export default function linkCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'study-notes:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const files = await listFiles(distDir);
        // Keep only each page's ids and links, not its HTML: a large site would not fit otherwise.
        const pages = new Map<string, PageLinks>();
        for (const file of files.filter((name) => name.endsWith('.html'))) {
          pages.set(file, pageLinks(await readFile(`${distDir}/${file}`, 'utf8')));
        }
        const problems = findBrokenLinks({ base, files: new Set(files), pages });
        if (problems.length > 0) {
          const lines = problems.map(
            (problem) => `${problem.source}: broken internal link ${safeDecode(problem.href)} (${problem.reason})`,
          );
          throw new Error(`Broken internal links:\n${lines.join('\n')}`);
        }
        logger.info(`checked internal links in ${pages.size} pages`);
      },
    },
  };
}
