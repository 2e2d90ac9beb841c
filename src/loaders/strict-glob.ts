// Astro's glob loader with rendering done up front (so the bundler does not turn every note into a
// module of its own, which costs gigabytes at 10,000 notes) but without its forgiving side: a note
// that fails to render is only logged by the glob loader, and the site would ship an empty page.
// Here every error (a file name that is no slug, frontmatter the schema refuses, a render error) is
// collected and the content sync fails with all of them, file by file: the author fixes them in one go.
// It also hands the schema frontmatter dates as written (see restoreWrittenDates).
// With `fillFrontmatter`, notes may leave out what can be derived (src/lib/frontmatter-defaults.ts).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Loader, LoaderContext, ParseDataOptions } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { fillFrontmatter } from '../lib/frontmatter-defaults';
import { restoreWrittenDates } from '../lib/frontmatter-dates';
import { firstCommitDate, isShallowClone } from './git-dates';

type GlobOptions = Parameters<typeof glob>[0];

export interface StrictGlobOptions extends Omit<GlobOptions, 'deferRender'> {
  /** Derive title, description and date when missing, drop other tools' keys, skip `published: false`. */
  fillFrontmatter?: boolean;
  /** Files the rendered HTML also depends on (the glossary, for term cards): a change to one re-renders every entry. */
  renderedFrom?: string[];
}

/** Astro's error messages mark fields as **bold** for its terminal formatter; ours are plain lines. */
const plain = (error: unknown) => (error instanceof Error ? error.message : String(error)).replaceAll('**', '');

export function strictGlob({ fillFrontmatter: fill = false, renderedFrom = [], ...options }: StrictGlobOptions): Loader {
  // Per sync: what failed, and the entries that must not be stored (so a later build parses them again
  // rather than trusting the cache).
  let failures: string[] = [];
  let invalid = new Set<string>();
  const { generateId } = options;
  const inner = glob({
    ...options,
    deferRender: false,
    generateId:
      generateId &&
      ((props) => {
        try {
          return generateId(props);
        } catch (error) {
          failures.push(plain(error));
          const id = `\0invalid/${props.entry}`;
          invalid.add(id);
          return id;
        }
      }),
  });
  return {
    name: 'strict-glob',
    load: async (context: LoaderContext) => {
      failures = [];
      invalid = new Set();
      const logger = Object.create(context.logger) as LoaderContext['logger'];
      logger.error = (message: string) => {
        // "Error rendering notes/x.md: /abs/path/x.md:3:1: invalid LaTeX: …": keep the plugin's own line.
        failures.push(message.replace(/^Error rendering [^:]+: /, ''));
        context.logger.error(message);
      };
      const drafts = new Set<string>();
      const parseEntry: LoaderContext['parseData'] = async (props) => {
        const data = props.data as Record<string, unknown>;
        const contents = props.filePath ? readFileSync(props.filePath, 'utf8') : '';
        // In place, like fillFrontmatter below: the glob loader renders with this same data object.
        Object.assign(data, restoreWrittenDates(data, contents));
        if (fill && props.filePath) {
          // The glob loader renders with this same data object: derived fields reach the page's frontmatter too.
          const body = () => parseFrontmatter(contents).content;
          const { draft } = fillFrontmatter(data, body, basename(props.filePath).replace(/\.mdx?$/, ''), () =>
            firstCommitDate(props.filePath!),
          );
          // The dev server keeps this loader's context and re-reads changed files: a draft may get published.
          if (draft) drafts.add(props.id);
          else drafts.delete(props.id);
          if (data.date === undefined) {
            const shallow = isShallowClone(dirname(props.filePath))
              ? ' (this is a shallow clone: fetch the whole history, e.g. actions/checkout with fetch-depth: 0)'
              : '';
            throw new Error(
              `${props.filePath}: date is missing and the file has no commit in git to take it from${shallow}; add date: YYYY-MM-DD`,
            );
          }
        }
        return context.parseData(props);
      };
      const parseData: LoaderContext['parseData'] = async <TData extends Record<string, unknown>>(props: ParseDataOptions<TData>) => {
        try {
          return await parseEntry(props);
        } catch (error) {
          invalid.add(props.id);
          const message = `${props.filePath ?? props.id}: ${plain(error)}`;
          failures.push(message);
          // Logged as well: when the dev server re-reads one changed file, nothing throws the failures.
          context.logger.error(message);
          // Unchecked data lets the loader go on to the next file; the entry is never stored.
          return props.data;
        }
      };
      // Drafts are rendered (so their problems show) but never stored, so no page is built for them.
      const store = new Proxy(context.store, {
        get(target, key) {
          if (key === 'set') {
            return (entry: Parameters<typeof target.set>[0]) => {
              if (invalid.has(entry.id)) return false;
              // A note rendered here needs its source no more: what pages take from it (reading time,
              // links for backlinks) is in its rendered frontmatter. Leaving it out keeps every source
              // out of the bundled content store (MDX notes, rendered later, keep theirs).
              if (!drafts.has(entry.id)) return target.set(entry.rendered ? { ...entry, body: undefined } : entry);
              // A note the dev server had published and that became a draft leaves the site.
              target.delete(entry.id);
              return false;
            };
          }
          const value = Reflect.get(target, key, target) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      // The glob loader keeps an entry's stored HTML while the digest of its file is unchanged. The files
      // it is also rendered from are hashed once and their digest joins each file's: hashing their whole
      // text with every note cost about 0.9 s at 1,000 notes (the glossary is larger than a note).
      const extra = renderedFrom.length
        ? context.generateDigest((await Promise.all(renderedFrom.map((file) => readFile(file, 'utf8')))).join('\n'))
        : '';
      const generateDigest: LoaderContext['generateDigest'] = (data) =>
        context.generateDigest(typeof data === 'string' && extra ? `${data}\n${extra}` : data);
      await inner.load({ ...context, logger, parseData, store, generateDigest });
      if (failures.length > 0) throw new Error(`Content is not valid:\n${failures.join('\n')}`);
    },
  };
}
