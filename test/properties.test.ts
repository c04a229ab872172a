// Property-based tests (fast-check): anchoring round-trips, and CSV always parses back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { anchorQuote } from '../src/corpus/anchor.js';
import { toCsv } from '../src/output/delimited.js';
import { standsWhole } from '../src/text/clusters.js';

const textArb = fc.string({ unit: 'binary', minLength: 1, maxLength: 200 });

test('for any text and substring, anchoring the quote (with its occurrence) gives back its offsets', () => {
  fc.assert(
    fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
      const from = a % text.length;
      const to = from + 1 + (b % (text.length - from));
      // Never cut a character (a surrogate pair, a letter from its combining marks): a quote is text a
      // person could copy; a range that cuts one anchors nowhere (clusters.test.ts).
      fc.pre(standsWhole(text, from, to));
      const quote = text.slice(from, to);
      let nth = 0;
      for (let i = text.indexOf(quote); i !== -1 && i <= from; i = text.indexOf(quote, i + 1)) if (standsWhole(text, i, i + quote.length)) nth++;
      const r = anchorQuote(text, { quote, occurrence: nth });
      assert.ok(r.ok, r.ok ? '' : r.message);
      assert.deepEqual(r.ranges, [{ from, to }]);
    }),
    { numRuns: 500 },
  );
});

test('a unique quote anchors without any disambiguation', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1 }), fc.string(), fc.string(), (quote, before, after) => {
      const text = before + quote + after;
      fc.pre(text.indexOf(quote) === before.length && text.indexOf(quote, before.length + 1) === -1);
      const r = anchorQuote(text, { quote });
      assert.ok(r.ok);
      assert.deepEqual(r.ranges, [{ from: before.length, to: before.length + quote.length }]);
    }),
  );
});

/** Whether `out` is `orig` with only single quotes added, each right before = + - or @, and one at the start when it begins with one. */
function onlyQuotesAdded(orig: string, out: string): boolean {
  let i = 0;
  for (let j = 0; j < out.length; j++) {
    if (i < orig.length && out[j] === orig[i]) i++;
    else if (out[j] !== "'" || !/[=+\-@]/.test(out[j + 1] ?? '')) return false;
  }
  return i === orig.length && (!/^[=+\-@]/.test(orig) || out.startsWith("'"));
}

test('CSV output always parses back to the same records, changed only by quotes before formula characters', () => {
  const cell = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.stringMatching(/^[ \t;,"=+\-@a\u0000\n]{0,12}$/));
  fc.assert(
    fc.property(fc.array(fc.record({ a: cell, b: cell }), { maxLength: 8 }), (records) => {
      const back = parse(toCsv(records, ['a', 'b']), { columns: true, relax_column_count: false }) as { a: string; b: string }[];
      assert.equal(back.length, records.length);
      records.forEach((r, i) => {
        for (const k of ['a', 'b'] as const) {
          assert.ok(onlyQuotesAdded(r[k], back[i]![k]), `${JSON.stringify(r[k])} came back as ${JSON.stringify(back[i]![k])}`);
          // A field start a spreadsheet could find after a separator never begins with =.
          assert.doesNotMatch(back[i]![k], /(^|[\t,;| \n\r])[\s\p{Cc}"]*=/u);
        }
      });
    }),
    { numRuns: 300 },
  );
});

test('draft selectors: the words before a place are what the expression (?:\\S+\\s*){n}$ matches in its paragraph, found without trying every start', async () => {
  const { wordsBefore } = await import('../src/draft/selector.js');
  // The reference, as the drafter had it (time growing with the square of the paragraph's length).
  const reference = (text: string, at: number, n: number) => {
    const head = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
    const m = new RegExp(`(?:\\S+\\s*){${n}}$`).exec(head);
    return m && m[0].length > 0 ? m[0] : undefined;
  };
  const piece = fc.constantFrom('a', 'bc', ' ', '  ', '\n', '\t', '\u00a0', '\u201c', 'x.', '\u{1F600}');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.integer({ min: 1, max: 4 }), (pieces, k, n) => {
      const text = pieces.join('');
      const at = text.length === 0 ? 0 : k % (text.length + 1);
      assert.equal(wordsBefore(text, at, n), reference(text, at, n));
    }),
    { numRuns: 2000 },
  );
});

test('draft selectors: the words after a place are what the expression ^(?:\\s*\\S+){n} matches in the rest of its paragraph, found without cutting that rest out', async () => {
  const { wordsAfter } = await import('../src/draft/selector.js');
  // The reference, as the drafter had it (a scan to the paragraph's end for every name in it).
  const reference = (text: string, at: number, n: number) => {
    const end = text.indexOf('\n', at);
    const tail = text.slice(at, end === -1 ? text.length : end);
    const m = new RegExp(`^(?:\\s*\\S+){${n}}`).exec(tail);
    return m && m[0].length > 0 ? m[0] : undefined;
  };
  const piece = fc.constantFrom('a', 'bc', ' ', '  ', '\n', '\t', '\u00a0', '\u201c', 'x.', '\u{1F600}', '\r');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.integer({ min: 1, max: 4 }), (pieces, k, n) => {
      const text = pieces.join('');
      const at = text.length === 0 ? 0 : k % (text.length + 1);
      assert.equal(wordsAfter(text, at, n), reference(text, at, n));
    }),
    { numRuns: 2000 },
  );
});
