// The term check over every note and architecture page: no spelling the glossary's term table
// replaces (textlint-rule-prh with the dictionary built from content/glossary.yaml), and one
// speech level, 합니다체 (src/lint/speech-level.ts). Code, math and frontmatter data are not checked.
// Each failure names file:line:column and the form to write. `npm run lint:terms` prints the same list.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatViolation, lintPageText, pageFiles, readGlossary } from '../../src/lint/term-check';
import { termRules } from '../../src/lib/term-rules';

const root = join(import.meta.dirname, '../..');
const contentDir = join(root, 'content');
const rules = termRules(readGlossary(contentDir));
const files = pageFiles(contentDir).map((path) => relative(root, path));

describe('term check', () => {
  it('covers every note and architecture page', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
    expect(files.some((file) => file.endsWith('.mdx'))).toBe(true);
  });

  it.each(files)('%s uses the term table and 합니다체', async (file) => {
    const violations = await lintPageText(readFileSync(join(root, file), 'utf8'), file, rules);
    expect(violations.map(formatViolation)).toEqual([]);
  });
});
