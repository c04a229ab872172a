// Where a quote stands, found from a text's UTF-8 bytes (store/places.ts): the same offsets, lines
// and columns as the in-memory model gives (text/offsets.ts OffsetMap over the JavaScript string),
// and a text whose bytes differ from what was stored is damage, never an answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { spotsIn } from '../src/store/places.js';
import { checksum } from '../src/store/sqlite.js';
import { Damaged, idSum, textSum } from '../src/store/rows.js';
import { OffsetMap } from '../src/text/offsets.js';
import { occurrencesOf } from '../src/corpus/anchor.js';

// Line ends of both kinds, letters of one to four UTF-8 bytes (é, 中, an emoji outside the BMP).
const unit = fc.constantFrom('a', 'b', ' ', '\n', '\r', 'é', '’', '中', '😀', 'x');
const textArb = fc.string({ unit, minLength: 1, maxLength: 120 });

/** Byte offsets of a quote's matches, as places.ts finds them. */
function byteMatches(text: string, quote: string): number[] {
  const hay = Buffer.from(text);
  const needle = Buffer.from(quote);
  const found: number[] = [];
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) found.push(i);
  return found;
}

test('spotsIn: for any text and quote in it, every match with the offsets and line:column of the in-memory model', () => {
  fc.assert(
    fc.property(textArb, fc.nat(), fc.nat(8), (text, a, len) => {
      const chars = [...text];
      const from = a % chars.length;
      const quote = chars.slice(from, from + 1 + len).join('');
      const map = new OffsetMap(text);
      const expected = occurrencesOf(text, quote).map((u16) => ({ u16, cp: map.toCodePoint(u16), ...map.lineColumn(u16) }));
      assert.deepEqual(spotsIn(Buffer.from(text), byteMatches(text, quote), checksum(text), 'text'), expected);
    }),
    { numRuns: 1000 },
  );
});

test('spotsIn: a text with any one byte changed is damage', () => {
  fc.assert(
    fc.property(textArb, fc.nat(), fc.integer({ min: 1, max: 255 }), (text, a, delta) => {
      const bytes = Buffer.from(text);
      const at = a % bytes.length;
      bytes[at] = (bytes[at]! + delta) % 256;
      assert.throws(() => spotsIn(bytes, [], checksum(text), 'text'), Damaged);
    }),
    { numRuns: 1000 },
  );
});

test('spotsIn: a quote standing thousands of times on one long line, each where it stands', () => {
  const text = `${'ab'.repeat(50_000)}\n${'é'.repeat(10)}ab`;
  const spots = spotsIn(Buffer.from(text), byteMatches(text, 'ab'), checksum(text), 'text');
  assert.equal(spots.length, 50_001);
  assert.deepEqual(spots.at(-1), { u16: 100_011, cp: 100_011, line: 2, column: 11 });
});

test('spotsIn: the checksum covers the article id before the text, so a damaged id is damage too', () => {
  const text = 'Le « bon départ » 😀\nab';
  const sum = textSum('rocket-2020', text);
  assert.deepEqual(spotsIn(Buffer.from(text), byteMatches(text, 'ab'), sum, 'text', idSum('rocket-2020')), [{ u16: 21, cp: 20, line: 2, column: 1 }]);
  assert.throws(() => spotsIn(Buffer.from(text), [], sum, 'text', idSum('roXket-2020')), Damaged);
  assert.throws(() => spotsIn(Buffer.from(text), [], sum, 'text'), Damaged);
});
