// YAML 1.1, which Astro's frontmatter parser follows, turns `date: 2019-13-45` into a Date by rolling
// the overflow into the next year (2020-02-14): the mistake is gone before any schema sees it. This
// puts the text the author wrote back in place of every such Date, so the schema can check the day
// itself and name the file and field when it does not exist.
import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** `data` with each top-level Date replaced by the frontmatter text it was read from. */
export function restoreWrittenDates(data: Record<string, unknown>, fileContents: string): Record<string, unknown> {
  const dateKeys = Object.keys(data).filter((key) => data[key] instanceof Date);
  if (dateKeys.length === 0) return data;
  const yaml = FRONTMATTER.exec(fileContents)?.[1];
  if (yaml === undefined) return data;
  // The YAML 1.2 core schema has no timestamp type: dates stay the strings they were written as.
  const written = parse(yaml, { schema: 'core' }) as Record<string, unknown> | null;
  const restored = { ...data };
  for (const key of dateKeys) {
    const text = written?.[key];
    if (typeof text === 'string') restored[key] = text;
  }
  return restored;
}
