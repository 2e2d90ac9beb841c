// The glossary file itself: one entry per alias, 가나다 order, valid links, dictionary-style
// definitions that use the site's own terms, and a term table (avoid:) that builds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromYAML } from 'prh';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { sortGlossary } from '../../src/lib/glossary';
import { findVariants, prhDictionary, termRules, type TermEntry } from '../../src/lib/term-rules';

const root = join(import.meta.dirname, '../..');
const entries = parse(readFileSync(join(root, 'content/glossary.yaml'), 'utf8')) as (TermEntry & {
  definition: string;
  links: string[];
})[];

/** Case-insensitive, NFKC-normalised, and blind to spaces, hyphens and dots, as search folds a term. */
const fold = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-‐–_/·.]+/g, '');

describe('content/glossary.yaml', () => {
  it('gives every alias to one entry only, never another entry’s headword', () => {
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const entry of entries) {
      for (const name of [entry.ko, entry.en]) {
        const key = fold(name);
        if (owner.has(key) && owner.get(key) !== entry.id) problems.push(`${name}: headword of ${entry.id}, also ${owner.get(key)}`);
        owner.set(key, entry.id);
      }
    }
    for (const entry of entries) {
      for (const alias of new Set(entry.aliases.map(fold))) {
        const other = owner.get(alias);
        if (other !== undefined && other !== entry.id) problems.push(`"${alias}" on ${entry.id} is also ${other}`);
        owner.set(alias, entry.id);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the entries in 가나다 order by ko (the order of the /glossary/ page)', () => {
    const fileOrder = entries.map((entry) => `${entry.ko} (${entry.id})`);
    const sorted = sortGlossary(entries).map((entry) => `${entry.ko} (${entry.id})`);
    expect(fileOrder).toEqual(sorted);
  });

  it('orders digits first, Hangul next, Latin last', () => {
    const order = sortGlossary([
      { ko: 'L1 규제', en: 'L1 regularization' },
      { ko: '가우스-뉴턴법', en: 'Gauss-Newton' },
      { ko: '1×1 합성곱', en: '1×1 convolution' },
      { ko: 'mlpconv 층', en: 'mlpconv layer' },
      { ko: '완전 연결 CRF', en: 'fully connected CRF' },
      { ko: '완전 연결 층', en: 'fully connected layer' },
    ]).map((term) => term.ko);
    expect(order).toEqual(['1×1 합성곱', '가우스-뉴턴법', '완전 연결 층', '완전 연결 CRF', 'L1 규제', 'mlpconv 층']);
  });

  it('links only to pages that exist', () => {
    const missing = entries.flatMap((entry) =>
      entry.links
        .filter((link) => {
          const [, kind, slug] = /^\/(notes|architectures)\/([a-z0-9-]+)\/$/.exec(link) ?? [];
          return !kind || !['.md', '.mdx'].some((ext) => existsSync(join(root, 'content', kind, `${slug}${ext}`)));
        })
        .map((link) => `${entry.id} → ${link}`),
    );
    expect(missing).toEqual([]);
  });

  it('writes definitions in dictionary style (ending in …다.)', () => {
    // A closing parenthetical may follow the verb: "…맞춘다(He, Xavier 등)."
    const notDictionary = entries.filter((entry) => !/[가-힣]다(?:\([^)]*\))?\.$/.test(entry.definition.trim())).map((entry) => entry.id);
    expect(notDictionary).toEqual([]);
  });

  it('uses the preferred terms in its own definitions', () => {
    const rules = termRules(entries);
    const found = entries.flatMap((entry) =>
      findVariants(entry.definition, rules).map(({ rule, match }) => `${entry.id}: "${match}" → ${rule.expected}`),
    );
    expect(found).toEqual([]);
  });

  it('keeps every avoided spelling among the aliases, so search still finds the old wording', () => {
    const missing = termRules(entries)
      .filter((rule) => rule.variant !== undefined)
      .filter(
        (rule) =>
          !entries
            .find((entry) => entry.id === rule.id)!
            .aliases.map(fold)
            .includes(fold(rule.variant!)),
      )
      .map((rule) => `${rule.id}: ${rule.variant}`);
    expect(missing).toEqual([]);
  });

  it('never avoids a spelling that some entry uses as its headword', () => {
    const rules = termRules(entries);
    const clashes = entries.flatMap((entry) =>
      findVariants(entry.ko, rules).map(({ rule, match }) => `${entry.ko} (${entry.id}) matches ${rule.id}'s "${match}"`),
    );
    expect(clashes).toEqual([]);
  });

  it('builds a prh dictionary that prh itself accepts', () => {
    const dictionary = prhDictionary(termRules(entries));
    expect(dictionary.rules.length).toBeGreaterThanOrEqual(20);
    const engine = fromYAML('glossary.yaml', stringify(dictionary));
    const changes = engine.makeChangeSet('', '앵커 상자와 보폭 2로 훈련 데이터를 봅니다.').diffs.map((diff) => diff.expected);
    expect(changes).toEqual(['앵커 박스', '스트라이드', '학습']);
  });
});
