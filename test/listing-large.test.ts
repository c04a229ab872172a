// Listings as long as a large corpus makes them: 200,000 claims at 10,000 articles. The table and the
// quote reports measure their columns over every row; done as Math.max(...rows), a call with that
// many arguments overflowed the stack ("internal error: Maximum call stack size exceeded" from
// `gloss claims` at 10,000 articles).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableChunks } from '../src/output/table.js';
import { renderCheckLines, renderChecks } from '../src/output/quote-report.js';
import { openTerminal } from '../src/output/terminal.js';
import { loadWidth } from '../src/output/width.js';
import type { QuoteCheck } from '../src/query/quote-check.js';

await loadWidth();
const ROWS = 300_000;
const plain = { ...openTerminal('never', {}), isTTY: false, tableWidth: Number.POSITIVE_INFINITY };

test('a table of 300,000 rows is written line by line, its columns as wide as their widest cell', () => {
  const records = Array.from({ length: ROWS }, (_, i) => ({ id: `a:c${i}`, source: i === ROWS - 7 ? 'the widest source of them all' : 'x', quote: `words ${i}` }));
  let lines = 0;
  let header = '';
  let widest = '';
  for (const chunk of tableChunks(records, ['id', 'source', 'quote'], plain)) {
    assert.ok(chunk.endsWith('\n') && chunk.indexOf('\n') === chunk.length - 1, 'one line a chunk');
    if (lines === 0) header = chunk;
    if (chunk.startsWith(`a:c${ROWS - 7} `)) widest = chunk;
    lines++;
  }
  assert.equal(lines, ROWS + 1);
  // The quote column starts where the header's does, after the longest id and the longest source.
  const quoteAt = header.indexOf('quote');
  assert.equal(quoteAt, `a:c${ROWS - 1}`.length + 2 + 'the widest source of them all'.length + 2);
  assert.equal(widest.indexOf(`words ${ROWS - 7}`), quoteAt);
});

test('the quote reports of 300,000 quotes (verify -, verify --in) align their verdicts', () => {
  const place = { article: 'mackay', start: 0, end: 4, line: 1, column: 1, text: 'word', claims: [] };
  const checks = Array.from(
    { length: ROWS },
    (_, i) => ({ quote: 'word', line: i + 1, column: 1, verdict: i === 0 ? 'not found' : 'verbatim', detail: i === 0 ? { verbatim: false, quote: 'word', closest: null } : { verbatim: true, quote: 'word', places: [place] } }) as unknown as QuoteCheck,
  );
  const lines = renderCheckLines(checks, 'draft.txt', plain).split('\n');
  assert.equal(lines.length, ROWS + 1);
  // 'not found' is the longest verdict: every other is padded to it.
  assert.match(lines[1]!, /^draft\.txt:2 {2}verbatim {3}“word”/);
  const report = renderChecks(checks, 'draft.txt', plain);
  assert.match(report, new RegExp(`${ROWS} quotations: ${ROWS - 1} verbatim, 0 near, 1 not found`));
});
