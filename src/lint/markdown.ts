// textlint plugins for the notes: Markdown read the way the site reads it (remark with GFM and
// remark-math), so `$…$` and `$$…$$` become code-like nodes that no prose rule looks into, and
// the prose fields of the frontmatter become paragraphs the rules check with their real line numbers.
// textlint's own Markdown parser does not know math; textlint-plugin-mdx does, and is wrapped here
// for the .mdx note so both kinds of page give the rules the same tree.
import type { TextlintPluginOptions, TextlintPluginProcessor } from '@textlint/types';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import mdxPluginModule from 'textlint-plugin-mdx';
import { unified } from 'unified';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';

/** The fields of a textlint node this module sets (textlint's own types are read-only). */
export interface LintNode {
  type: string;
  raw: string;
  range: [number, number];
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
  value?: string;
  children?: LintNode[];
  [key: string]: unknown;
}

/** Frontmatter keys whose values are prose a reader sees. Others (terms, tags, sources, dates) are data. */
export const FRONTMATTER_PROSE_KEYS = ['title', 'nameKo', 'description', 'note'] as const;
/** The frontmatter keys written as full sentences, checked for the speech level too. */
export const FRONTMATTER_SENTENCE_KEYS = ['description'] as const;

/** Node type of the container that holds the frontmatter's prose fields. */
export const FRONTMATTER_TYPE = 'Frontmatter';

// remark (mdast) node types → textlint (TxtAST) node types. Math is treated as code.
const TYPES: Record<string, string> = {
  root: 'Document',
  paragraph: 'Paragraph',
  blockquote: 'BlockQuote',
  listItem: 'ListItem',
  list: 'List',
  heading: 'Header',
  code: 'CodeBlock',
  math: 'CodeBlock',
  html: 'Html',
  thematicBreak: 'HorizontalRule',
  text: 'Str',
  break: 'Break',
  emphasis: 'Emphasis',
  strong: 'Strong',
  link: 'Link',
  image: 'Image',
  inlineCode: 'Code',
  inlineMath: 'Code',
  delete: 'Delete',
  table: 'Table',
  tableRow: 'TableRow',
  tableCell: 'TableCell',
  linkReference: 'LinkReference',
  imageReference: 'ImageReference',
  definition: 'Definition',
  footnoteReference: 'FootnoteReference',
  footnoteDefinition: 'FootnoteDefinition',
};

/** Line starts of a text, for turning offsets into textlint's 1-based line / 0-based column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index += 1) if (text[index] === '\n') starts.push(index + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! };
}

function makeNode(type: string, text: string, starts: number[], start: number, end: number, extra: Record<string, unknown> = {}): LintNode {
  return {
    type,
    raw: text.slice(start, end),
    range: [start, end],
    loc: { start: position(starts, start), end: position(starts, end) },
    ...extra,
  };
}

/** The frontmatter block at the start of a page: its full extent and where its YAML starts. */
export function frontmatterSpan(text: string): { start: number; end: number; yamlStart: number; yaml: string } | undefined {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const yamlStart = match[0].indexOf('\n') + 1;
  return { start: 0, end: match[0].length, yamlStart, yaml: match[1] ?? '' };
}

/**
 * The prose fields of the frontmatter as paragraphs (one Str each, the scalar's source text without
 * its quotes), inside one Frontmatter node. A paragraph carries `frontmatterKey`. Values written over
 * several lines are skipped: the pages write every field on one line.
 */
export function frontmatterNode(text: string, starts = lineStarts(text)): LintNode | undefined {
  const span = frontmatterSpan(text);
  if (!span) return undefined;
  const document = parseDocument(span.yaml, { keepSourceTokens: false });
  const paragraphs: LintNode[] = [];
  const visit = (node: unknown) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const value = pair.value as YamlNode | null;
        if (
          (FRONTMATTER_PROSE_KEYS as readonly string[]).includes(key) &&
          isScalar(value) &&
          typeof value.value === 'string' &&
          value.range
        ) {
          const quoted = value.type === 'QUOTE_SINGLE' || value.type === 'QUOTE_DOUBLE';
          const start = span.yamlStart + value.range[0] + (quoted ? 1 : 0);
          const end = span.yamlStart + value.range[1] - (quoted ? 1 : 0);
          if (!text.slice(start, end).includes('\n') && end > start) {
            const str = makeNode('Str', text, starts, start, end);
            str.value = str.raw;
            paragraphs.push(makeNode('Paragraph', text, starts, start, end, { children: [str], frontmatterKey: key }));
          }
        } else visit(value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(document.contents);
  return makeNode(FRONTMATTER_TYPE, text, starts, span.start, span.end, { children: paragraphs });
}

interface MdastNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdastNode[];
  value?: string;
  [key: string]: unknown;
}

const KEPT_FIELDS = ['value', 'depth', 'ordered', 'start', 'spread', 'checked', 'lang', 'url', 'title', 'alt', 'align'];

function convert(node: MdastNode, text: string, starts: number[]): LintNode | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const extra: Record<string, unknown> = { mdastType: node.type };
  for (const field of KEPT_FIELDS) if (node[field] !== undefined) extra[field] = node[field];
  // Math keeps its TeX as the value but gets no language, so rules that look into code comments skip it.
  if (node.type === 'math' || node.type === 'inlineMath') extra.lang = undefined;
  const result = makeNode(TYPES[node.type] ?? node.type, text, starts, start, end, extra);
  if (node.children) {
    result.children = node.children.map((child) => convert(child, text, starts)).filter((child): child is LintNode => child !== undefined);
  }
  // A bare URL (autolink) is an address, not prose: its text becomes code.
  const only = result.children?.length === 1 ? result.children[0] : undefined;
  if (result.type === 'Link' && only?.type === 'Str' && typeof node.url === 'string' && node.url.replace(/^mailto:/, '') === only.raw) {
    only.type = 'Code';
  }
  return result;
}

/** Parses a Markdown page into textlint's tree the way the site's Markdown pipeline reads it. */
export function parseMarkdown(text: string): LintNode {
  const starts = lineStarts(text);
  const span = frontmatterSpan(text);
  // Blank out the frontmatter (same length, newlines kept) so positions stay those of the file.
  const body = span ? text.slice(0, span.end).replace(/[^\n]/g, ' ') + text.slice(span.end) : text;
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMath).parse(body) as unknown as MdastNode;
  const root = convert(tree, text, starts)!;
  root.range = [0, text.length];
  root.raw = text;
  root.loc = { start: position(starts, 0), end: position(starts, text.length) };
  const front = frontmatterNode(text, starts);
  if (front) root.children = [front, ...(root.children ?? [])];
  return root;
}

/** textlint plugin for `.md` pages. */
export class MarkdownProcessor {
  availableExtensions(): string[] {
    return ['.md'];
  }
  processor(): ReturnType<TextlintPluginProcessor['processor']> {
    return {
      preProcess: (text: string) => parseMarkdown(text) as never,
      postProcess: (messages, filePath) => ({ messages, filePath: filePath ?? '<markdown>' }),
    };
  }
}

/** The math node types textlint-plugin-mdx leaves unnamed, renamed like the Markdown plugin's. */
function renameMath(node: LintNode): void {
  if (node.type === 'math') Object.assign(node, { type: 'CodeBlock', lang: undefined });
  if (node.type === 'inlineMath') node.type = 'Code';
  for (const child of node.children ?? []) renameMath(child);
}

interface MdxProcessorInstance {
  processor(extension: string): {
    preProcess(text: string, filePath?: string): unknown;
    postProcess(messages: unknown[], filePath?: string): { messages: unknown[]; filePath: string };
  };
}
const MdxInner = ((mdxPluginModule as unknown as { Processor?: unknown; default?: { Processor: unknown } }).Processor ??
  (mdxPluginModule as unknown as { default: { Processor: unknown } }).default.Processor) as new (options?: unknown) => MdxProcessorInstance;

/** textlint plugin for `.mdx` pages: textlint-plugin-mdx, with math as code and the frontmatter's prose fields. */
export class MdxProcessor {
  private readonly inner: MdxProcessorInstance;
  constructor(options: TextlintPluginOptions = {}) {
    this.inner = new MdxInner(options);
  }
  availableExtensions(): string[] {
    return ['.mdx'];
  }
  processor(extension: string): ReturnType<TextlintPluginProcessor['processor']> {
    const inner = this.inner.processor(extension);
    return {
      preProcess: (text: string, filePath?: string) => {
        const root = inner.preProcess(text, filePath) as LintNode;
        renameMath(root);
        const front = frontmatterNode(text);
        if (front) root.children = [front, ...(root.children ?? []).filter((child) => child.type !== 'Yaml')];
        return root as never;
      },
      postProcess: (messages, filePath) => ({ messages, filePath: filePath ?? '<mdx>' }),
    };
  }
}
