// Where a quote stands, found from a text as the database holds it (store/places.ts): the same
// offsets, lines and columns as the in-memory model gives (text/offsets.ts OffsetMap), and a text
// whose stored bytes differ from what was stored is damage, never an answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { spotsIn } from '../src/store/places.js';
import { checkedText, Damaged, textSum } from '../src/store/rows.js';
import { OffsetMap } from '../src/text/offsets.js';
import { occurrencesOf } from '../src/corpus/anchor.js';

// Line ends of both kinds, letters of one to four UTF-8 bytes (é, 中, an emoji outside the BMP).
const unit = fc.constantFrom('a', 'b', ' ', '\n', '\r', 'é', '’', '中', '😀', 'x');
const textArb = fc.string({ unit, minLength: 1, maxLength: 120 });

test('spotsIn: for any text and quote in it, every match with the offsets and line:column of the in-memory model', () => {
  fc.assert(
    fc.property(textArb, fc.nat(), fc.nat(8), (text, a, len) => {
      const chars = [...text];
      const from = a % chars.length;
      const quote = chars.slice(from, from + 1 + len).join('');
      const map = new OffsetMap(text);
      const expected = occurrencesOf(text, quote).map((u16) => ({ u16, cp: map.toCodePoint(u16), ...map.lineColumn(u16) }));
      assert.deepEqual(spotsIn(text, quote), expected);
    }),
    { numRuns: 1000 },
  );
});

test('a text with any one of its stored bytes changed is damage: decoded as SQLite hands it over, its checksum fails', () => {
  const decode = new TextDecoder(); // not fatal: a broken sequence becomes U+FFFD, as V8 decodes SQLite's text
  fc.assert(
    fc.property(textArb, fc.nat(), fc.integer({ min: 1, max: 255 }), (text, a, delta) => {
      const bytes = Buffer.from(text);
      const at = a % bytes.length;
      bytes[at] = (bytes[at]! + delta) % 256;
      assert.throws(() => checkedText('an-article', decode.decode(bytes), textSum('an-article', text)), Damaged);
    }),
    { numRuns: 1000 },
  );
});

test('spotsIn: a quote standing thousands of times on one long line, each where it stands', () => {
  const text = `${'ab'.repeat(50_000)}\n${'é'.repeat(10)}ab`;
  const spots = spotsIn(text, 'ab');
  assert.equal(spots.length, 50_001);
  assert.deepEqual(spots.at(-1), { u16: 100_011, cp: 100_011, line: 2, column: 11 });
});

test('spotsIn: characters beyond the BMP before a place and on its line count one code point each', () => {
  const text = '😀 a\n😀😀 ab 😀ab';
  assert.deepEqual(spotsIn(text, 'ab'), [
    { u16: 10, cp: 7, line: 2, column: 4 },
    { u16: 15, cp: 11, line: 2, column: 8 },
  ]);
});

test('the checksum covers the article id before the text, so a damaged id is damage too', () => {
  const text = 'Le « bon départ » 😀\nab';
  const sum = textSum('rocket-2020', text);
  assert.equal(checkedText('rocket-2020', text, sum), text);
  assert.deepEqual(spotsIn(text, 'ab'), [{ u16: 21, cp: 20, line: 2, column: 1 }]);
  assert.throws(() => checkedText('roXket-2020', text, sum), Damaged);
  assert.throws(() => checkedText('rocket-2020', text, textSum('', text)), Damaged);
});
