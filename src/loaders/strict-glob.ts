// Astro's glob loader with rendering done up front (so the bundler does not turn every note into a
// module of its own, which costs gigabytes at 10,000 notes) but without its forgiving side: a note
// that fails to render is only logged by the glob loader, and the site would ship an empty page.
// Here every render error is collected and the content sync fails with all of them, file by file.
// It also hands the schema frontmatter dates as written (see restoreWrittenDates).
import { readFile } from 'node:fs/promises';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { restoreWrittenDates } from '../lib/frontmatter-dates';

type GlobOptions = Parameters<typeof glob>[0];

export function strictGlob({
  renderedFrom = [],
  ...options
}: Omit<GlobOptions, 'deferRender'> & {
  /** Files the rendered HTML also depends on (the glossary, for term cards): a change to one re-renders every entry. */
  renderedFrom?: string[];
}): Loader {
  const inner = glob({ ...options, deferRender: false });
  return {
    name: 'strict-glob',
    load: async (context: LoaderContext) => {
      const failures: string[] = [];
      const logger = Object.create(context.logger) as LoaderContext['logger'];
      logger.error = (message: string) => {
        // "Error rendering notes/x.md: /abs/path/x.md:3:1: invalid LaTeX: …": keep the plugin's own line.
        failures.push(message.replace(/^Error rendering [^:]+: /, ''));
        context.logger.error(message);
      };
      const parseData: LoaderContext['parseData'] = async (entry) => {
        const contents = entry.filePath ? await readFile(entry.filePath, 'utf8') : '';
        return context.parseData({ ...entry, data: restoreWrittenDates(entry.data, contents) as typeof entry.data });
      };
      // The glob loader keeps an entry's stored HTML while the digest of its file is unchanged.
      const extra = (await Promise.all(renderedFrom.map((file) => readFile(file, 'utf8')))).join('\n');
      const generateDigest: LoaderContext['generateDigest'] = (data) =>
        context.generateDigest(typeof data === 'string' && extra ? `${data}\n${extra}` : data);
      await inner.load({ ...context, logger, parseData, generateDigest });
      if (failures.length > 0) throw new Error(`Content could not be rendered:\n${failures.join('\n')}`);
    },
  };
}
