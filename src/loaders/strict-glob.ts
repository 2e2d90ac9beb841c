// Astro's glob loader with rendering done up front (so the bundler does not turn every note into a
// module of its own, which costs gigabytes at 10,000 notes) but without its forgiving side: a note
// that fails to render is only logged by the glob loader, and the site would ship an empty page.
// Here every render error is collected and the content sync fails with all of them, file by file.
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];

export function strictGlob(options: Omit<GlobOptions, 'deferRender'>): Loader {
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
      await inner.load({ ...context, logger });
      if (failures.length > 0) throw new Error(`Content could not be rendered:\n${failures.join('\n')}`);
    },
  };
}
