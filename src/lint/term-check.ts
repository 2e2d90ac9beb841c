// The term check as code: the textlint configuration (plugins, rules, options) in one place, built
// from the glossary each time it runs, so the prh dictionary can never drift from the term table.
// Used by tests/unit/terms.test.ts and `npm run lint:terms`.
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { TextlintKernel } from '@textlint/kernel';
import type { TextlintKernelRule } from '@textlint/kernel';
import prhModule from 'textlint-rule-prh';
import { parse, stringify } from 'yaml';
import { prhDictionary, termRules, type TermEntry, type TermRule } from '../lib/term-rules';
import { MarkdownProcessor, MdxProcessor } from './markdown';
import speechLevel from './speech-level';

// textlint-rule-prh is CommonJS with `exports.default`; Node's ESM loader wraps it once more.
const prhRule = ((prhModule as { linter?: unknown }).linter ? prhModule : (prhModule as { default: unknown }).default) as never;

/** Folders of pages the check covers, relative to the content folder. */
export const PAGE_FOLDERS = ['notes', 'architectures'] as const;

export interface Violation {
  /** Path relative to the repository root, e.g. content/notes/optimizers.md. */
  file: string;
  line: number;
  /** 1-based, as editors count. */
  column: number;
  rule: 'terms' | 'speech-level';
  message: string;
}

export function readGlossary(contentDir: string): TermEntry[] {
  return parse(readFileSync(join(contentDir, 'glossary.yaml'), 'utf8')) as TermEntry[];
}

/** Every note and architecture page (.md and .mdx), sorted. */
export function pageFiles(contentDir: string): string[] {
  return PAGE_FOLDERS.flatMap((folder) =>
    readdirSync(join(contentDir, folder))
      .filter((name) => ['.md', '.mdx'].includes(extname(name)))
      .sort()
      .map((name) => join(contentDir, folder, name)),
  );
}

/** The rules textlint runs over a page: the glossary's prh dictionary and the speech-level rule. */
export function kernelRules(rules: TermRule[]): TextlintKernelRule[] {
  return [
    {
      ruleId: 'terms',
      rule: prhRule,
      options: {
        ruleContents: [stringify(prhDictionary(rules))],
        // Link text, blockquotes, emphasis and headings are prose too (prh skips the first three by default).
        checkLink: true,
        checkBlockQuote: true,
        checkEmphasis: true,
        checkHeader: true,
        checkParagraph: true,
        checkCodeComment: [],
      },
    },
    { ruleId: 'speech-level', rule: speechLevel },
  ];
}

const plugins = [
  { pluginId: 'markdown-math', plugin: { Processor: MarkdownProcessor } },
  { pluginId: 'mdx', plugin: { Processor: MdxProcessor } },
] as never;

/** Lints one page's text. `file` names it in the violations and decides .md or .mdx. */
export async function lintPageText(text: string, file: string, rules: TermRule[]): Promise<Violation[]> {
  const kernel = new TextlintKernel();
  const result = await kernel.lintText(text, {
    filePath: file,
    ext: extname(file),
    plugins,
    rules: kernelRules(rules),
  });
  return result.messages.map((message) => ({
    file,
    line: message.loc.start.line,
    column: message.loc.start.column, // textlint reports messages with 1-based columns
    rule: message.ruleId as Violation['rule'],
    message: message.message.replace(/\n/g, ' — '),
  }));
}

/** Lints every page under the content folder; violations name files relative to `root`. */
export async function lintPages(root: string, contentDir = join(root, 'content')): Promise<Map<string, Violation[]>> {
  const rules = termRules(readGlossary(contentDir));
  const byFile = new Map<string, Violation[]>();
  for (const path of pageFiles(contentDir)) {
    const file = relative(root, path);
    byFile.set(file, await lintPageText(readFileSync(path, 'utf8'), file, rules));
  }
  return byFile;
}

export function formatViolation(violation: Violation): string {
  return `${violation.file}:${violation.line}:${violation.column} [${violation.rule}] ${violation.message}`;
}
