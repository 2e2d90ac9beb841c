// textlint rule: a page keeps one speech level, the polite 합니다체. It flags sentences that end in the
// plain 한다체 (…한다. …이다. …있다. …했다. …된다. …않는다. …없다. …아니다.) and the plain hortative
// (…보자.) in the prose of a page. Questions a page asks itself ("무엇이 달라지는가?") are left alone:
// they are how a polite text poses the question it answers.
//
// Looked at: paragraphs, list items, table cells, blockquotes, link and emphasis text, and the
// frontmatter's `description`. Not looked at: code and math (they are Code / CodeBlock nodes),
// headings (titles, not sentences), checklist items (`- [ ] … 골랐다.` are statements to tick),
// blockquotes that quote someone (they open with a quotation mark or end with "— 누구"), text inside
// quotation marks, HTML, and the frontmatter's other keys (data).
import type { TextlintRuleModule } from '@textlint/types';
import { FRONTMATTER_SENTENCE_KEYS, FRONTMATTER_TYPE, type LintNode } from './markdown';

const HANGUL_BASE = 0xac00;
const JONG = 28;
/** Final-consonant indexes used below. */
const FINAL_N = 4; // ㄴ
const FINAL_B = 17; // ㅂ

function final(syllable: string): number {
  const code = syllable.charCodeAt(0) - HANGUL_BASE;
  return code >= 0 && code < 11172 ? code % JONG : -1;
}

function withFinal(syllable: string, finalIndex: number): string {
  const code = syllable.charCodeAt(0) - HANGUL_BASE;
  return String.fromCharCode(HANGUL_BASE + code - (code % JONG) + finalIndex);
}

/**
 * The 합니다체 form of a plain 한다체 predicate, as a hint: 한다 → 합니다, 않는다 → 않습니다,
 * 이다 → 입니다, 있다 → 있습니다, 아니다 → 아닙니다. Irregular stems may need a hand-written form.
 */
export function politeForm(word: string): string {
  if (word.endsWith('아니다')) return `${word.slice(0, -3)}아닙니다`;
  if (!word.endsWith('다') || word.length < 2) return `${word}(합니다체)`;
  const stem = word.slice(0, -1);
  const last = stem.at(-1)!;
  if (last === '는' && stem.length >= 2) return `${stem.slice(0, -1)}습니다`; // 않는다 → 않습니다
  const f = final(last);
  if (word.endsWith('이다')) return `${word.slice(0, -2)}입니다`; // 것이다 → 것입니다
  // A vowel-final stem is a verb or adjective (크다 → 큽니다) or a noun with the copula (구조다 → 구조입니다).
  if (f === 0) return `${stem.slice(0, -1)}${withFinal(last, FINAL_B)}니다" 또는 "${stem}입니다`;
  if (f === FINAL_N) return `${stem.slice(0, -1)}${withFinal(last, FINAL_B)}니다`; // 한다 → 합니다, 된다 → 됩니다
  return `${stem}습니다`; // 있다 → 있습니다, 했다 → 했습니다
}

/** A sentence ending found in a block of text. */
export interface PlainEnding {
  /** Index of the ending word in the text. */
  index: number;
  /** The ending word as written ("있다", "살펴보자", "무엇일까"). */
  word: string;
  /** A 합니다체 form to write instead. */
  suggestion: string;
}

const CLOSERS = `)\\]"'’”」』*_~`;
// …다 closing a sentence: before . ! ? : (colon only at the end of the text or before a line break) or at the end of the block.
const PLAIN_DA = new RegExp(`([가-힣]*다)(?=[${CLOSERS}]*(?:[.!?。]|:\\s*$|:\\s*\\n|\\s*$))`, 'g');
// …자. (the plain hortative: 보자, 하자, 두자 …); nouns that end in 자 (격자, 상자, 인자) are not verbs and are not matched.
const PLAIN_LET = new RegExp(`([가-힣]*(?:보|하|두|쓰|놓|읽|알|만들|살피|따지|넘어가|돌아가)자)(?=[${CLOSERS}]*\\.)`, 'g');

/** Masks quoted spans ("…", “…”, 「…」, 『…』) with spaces: a quotation keeps the speech level of whoever said it. */
export function maskQuotations(text: string): string {
  return text.replace(/"[^"\n]*"|“[^”]*”|「[^」]*」|『[^』]*』/g, (quote) => ' '.repeat(quote.length));
}

/** The plain-style sentence endings of one block of prose (already stripped of code and math). */
export function plainEndings(text: string): PlainEnding[] {
  const masked = maskQuotations(text);
  const found: PlainEnding[] = [];
  for (const match of masked.matchAll(PLAIN_DA)) {
    const word = match[1]!;
    if (word === '다') continue; // "다." alone: an adverb ("모두 다.") or a fragment
    if (word.endsWith('니다') && !word.endsWith('아니다')) continue;
    // …ㅂ시다 / …읍시다 is the polite hortative (합시다, 봅시다).
    if (word.endsWith('시다') && word.length >= 3 && (final(word.at(-3)!) === FINAL_B || word.at(-3) === '읍')) continue;
    found.push({ index: match.index!, word, suggestion: politeForm(word) });
  }
  for (const match of masked.matchAll(PLAIN_LET)) {
    const word = match[1]!;
    found.push({ index: match.index!, word, suggestion: `${word.slice(0, -1)}ㅂ시다 / …합니다` });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The visible text of a block with a map from each character back to its offset in the file. */
export function blockText(node: LintNode): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  const push = (piece: string, offset: number, step: boolean) => {
    for (let index = 0; index < piece.length; index += 1) {
      text += piece[index];
      offsets.push(step ? offset + index : offset);
    }
  };
  const walk = (current: LintNode) => {
    switch (current.type) {
      case 'Str':
        push(current.raw, current.range[0], true);
        return;
      case 'Code': // inline code or inline math: a stand-in word keeps "…$x$이다." a sentence
        push('X', current.range[0], false);
        return;
      case 'Break':
        push('\n', current.range[0], false);
        return;
      case 'Html':
      case 'Image':
      case 'CodeBlock':
      case 'List': // a nested list is a block of its own
      case 'Table':
        return;
      default:
        for (const child of current.children ?? []) walk(child);
    }
  };
  walk(node);
  return { text, offsets };
}

/** True for a blockquote that quotes someone: it opens with a quotation mark or ends with an attribution line. */
export function isQuotation(blockquote: LintNode): boolean {
  const plain = blockquote.raw.replace(/^[ \t]*>[ \t]?/gm, '').trim();
  return /^["“「『]/.test(plain) || /(?:^|\n)[ \t]*(?:—|―|--|-- )\s*\S[^\n]*$/.test(plain);
}

function skipped(node: LintNode, ancestors: LintNode[]): boolean {
  for (const ancestor of ancestors) {
    if (ancestor.type === 'Header' || ancestor.type === 'Html') return true;
    if (ancestor.type === 'ListItem' && typeof ancestor.checked === 'boolean') return true;
    if (ancestor.type === 'BlockQuote' && isQuotation(ancestor)) return true;
  }
  if (node.type === 'Paragraph' && typeof node.frontmatterKey === 'string') {
    return !(FRONTMATTER_SENTENCE_KEYS as readonly string[]).includes(node.frontmatterKey);
  }
  return false;
}

/** The rule's message for one ending. */
export function speechLevelMessage(ending: PlainEnding): string {
  return `한다체 문장 끝 "${ending.word}" → 합니다체로 씁니다 (예: "${ending.suggestion}")`;
}

const BLOCKS = new Set(['Paragraph', 'TableCell']);

const speechLevel: TextlintRuleModule = (context) => {
  const { report, RuleError, locator } = context;
  return {
    Document(root) {
      const visit = (node: LintNode, ancestors: LintNode[]) => {
        if (node.type === 'CodeBlock' || node.type === 'Code') return;
        if (node.type === FRONTMATTER_TYPE || !BLOCKS.has(node.type)) {
          for (const child of node.children ?? []) visit(child, [...ancestors, node]);
          return;
        }
        if (skipped(node, ancestors)) return;
        const { text, offsets } = blockText(node);
        for (const ending of plainEndings(text)) {
          const start = offsets[ending.index]! - node.range[0];
          const end = offsets[ending.index + ending.word.length - 1]! + 1 - node.range[0];
          report(node as never, new RuleError(speechLevelMessage(ending), { padding: locator.range([start, end]) }));
        }
        // A list item's paragraph may hold a nested list; those paragraphs are visited on their own.
        for (const child of node.children ?? []) if (child.type === 'List') visit(child, [...ancestors, node]);
      };
      visit(root as unknown as LintNode, []);
    },
  };
};

export default speechLevel;
