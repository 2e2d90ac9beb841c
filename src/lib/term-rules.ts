// The term table: each glossary entry's preferred Korean form and the variants it replaces
// (`avoid:` in content/glossary.yaml), turned into a prh dictionary for textlint-rule-prh.
// Pure: no file access, so the glossary test and the page check share one definition.

/**
 * One variant a glossary entry replaces.
 * - a string: a fixed spelling, replaced by the entry's headword (`ko`);
 * - `{ variant }`: a fixed spelling with its own replacement (`use`) or reader note (`note`);
 * - `{ pattern, label }`: a JavaScript regular expression for variants that depend on context
 *   (what comes before or after), with `label` saying in words what it catches.
 * Fixed spellings must also be aliases of the entry, so search still finds the old wording.
 */
export type AvoidSpec =
  string | { variant: string; use?: string; note?: string } | { pattern: string; label: string; use?: string; note?: string };

export interface TermEntry {
  id: string;
  ko: string;
  en: string;
  aliases: string[];
  avoid?: AvoidSpec[];
}

/** One row of the term table: a variant, the form to write instead, and why. */
export interface TermRule {
  /** Glossary entry the rule belongs to. */
  id: string;
  /** How the variant reads (the fixed spelling, or the pattern's label). */
  label: string;
  /** The fixed spelling, when the variant is one (these must be aliases of the entry). */
  variant?: string;
  /** JavaScript regular expression source that finds the variant in prose. */
  pattern: string;
  /** The preferred form. */
  expected: string;
  note?: string;
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A fixed spelling as a regular expression: spaces may be present or not ("0 중심", "0중심"), hyphens
 * may be any dash, and a spelling that starts or ends with a Latin letter or digit must not be part of
 * a longer Latin word, number or path ("critic" is not found in "critical", "0 중심" not in "10 중심",
 * "L2 정규화" not in "L1/L2 정규화", which has a rule of its own).
 */
export function variantPattern(variant: string): string {
  const body = [...variant.trim()]
    .map((char) => (/\s/.test(char) ? '\\s?' : /[-‐–]/.test(char) ? '[-‐–]' : escapeRegExp(char)))
    .join('')
    .replace(/(\\s\?)+/g, '\\s?');
  const first = variant.trim()[0] ?? '';
  const last = variant.trim().at(-1) ?? '';
  const before = LATIN_OR_DIGIT.test(first) ? '(?<![A-Za-z0-9_./])' : '';
  const after = LATIN_OR_DIGIT.test(last) ? '(?![A-Za-z0-9_])' : '';
  return `${before}${body}${after}`;
}

/** The rows of the term table, in glossary order. Throws on a pattern that is not a valid regular expression. */
export function termRules(entries: TermEntry[]): TermRule[] {
  const rules: TermRule[] = [];
  for (const entry of entries) {
    for (const spec of entry.avoid ?? []) {
      const rule: TermRule =
        typeof spec === 'string'
          ? { id: entry.id, label: spec, variant: spec, pattern: variantPattern(spec), expected: entry.ko }
          : 'variant' in spec
            ? {
                id: entry.id,
                label: spec.variant,
                variant: spec.variant,
                pattern: variantPattern(spec.variant),
                expected: spec.use ?? entry.ko,
                ...(spec.note ? { note: spec.note } : {}),
              }
            : {
                id: entry.id,
                label: spec.label,
                pattern: spec.pattern,
                expected: spec.use ?? entry.ko,
                ...(spec.note ? { note: spec.note } : {}),
              };
      try {
        new RegExp(rule.pattern);
      } catch (error) {
        throw new Error(
          `glossary ${entry.id}: avoid pattern for "${rule.label}" is not a valid regular expression: ${(error as Error).message}`,
        );
      }
      rules.push(rule);
    }
  }
  return rules;
}

/** A prh rule as textlint-rule-prh reads it (see the prh README: expected, patterns, prh). */
export interface PrhRule {
  expected: string;
  patterns: string[];
  prh: string;
}

/**
 * The prh dictionary. Every pattern is written as a /regexp/ so prh adds nothing of its own (its
 * automatic handling of plain strings assumes Japanese/English word shapes); prh accepts only the
 * flags gimy, so patterns are written for plain (non-`u`) JavaScript regular expressions. The `prh` field is the
 * message suffix textlint-rule-prh prints under "variant => expected".
 */
export function prhDictionary(rules: TermRule[]): { version: 1; rules: PrhRule[] } {
  return {
    version: 1,
    rules: rules.map((rule) => ({
      expected: rule.expected,
      patterns: [`/${rule.pattern}/`],
      prh: `용어집(${rule.id}): '${rule.label}' 대신 '${rule.expected}'${rule.note ? `. ${rule.note}` : ''}`,
    })),
  };
}

/** Finds every variant in a plain string (for checking text that is not Markdown, such as glossary definitions). */
export function findVariants(text: string, rules: TermRule[]): { rule: TermRule; match: string; index: number }[] {
  const found: { rule: TermRule; match: string; index: number }[] = [];
  for (const rule of rules) {
    for (const match of text.matchAll(new RegExp(rule.pattern, 'g'))) {
      found.push({ rule, match: match[0], index: match.index ?? 0 });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
