// Prints the term check's findings for every note and architecture page, grouped by file:
// variants the glossary's term table replaces (rule "terms") and 한다체 sentence endings ("speech-level").
// Exit code 1 when there is any. Usage: npm run lint:terms [-- --summary]
import { fileURLToPath } from 'node:url';
import { formatViolation, lintPages } from '../src/lint/term-check';

const root = fileURLToPath(new URL('..', import.meta.url));
const summary = process.argv.includes('--summary');
const byFile = await lintPages(root);
let total = 0;
for (const [file, violations] of byFile) {
  if (violations.length === 0) continue;
  total += violations.length;
  const terms = violations.filter((violation) => violation.rule === 'terms').length;
  console.log(`${file}: ${violations.length} (terms ${terms}, speech-level ${violations.length - terms})`);
  if (!summary) for (const violation of violations) console.log(`  ${formatViolation(violation)}`);
}
console.log(`${total} finding(s) in ${[...byFile.values()].filter((v) => v.length > 0).length} of ${byFile.size} pages`);
process.exitCode = total > 0 ? 1 : 0;
