// text/occurrences.ts: a needle is found at the places an indexOf loop finds it, long needles (found
// by Knuth–Morris–Pratt) as short ones, in texts that repeat as in texts that do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { eachOccurrence, firstOccurrence } from '../src/text/occurrences.js';

function byIndexOf(text: string, needle: string, from: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle, from); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function byEach(text: string, needle: string, from: number): number[] {
  const found: number[] = [];
  eachOccurrence(text, needle, from, (at) => void found.push(at));
  return found;
}

// Pieces of a small alphabet, repeated: needles of hundreds of units that overlap, repeat and nearly match.
const piece = fc.constantFrom('a', 'b', 'ab', 'aab', 'word ', '😀', '\n');
const mixed = fc.array(piece, { minLength: 0, maxLength: 400 }).map((p) => p.join(''));
// A unit repeated, a few of its places changed: long needles overlapping themselves, and broken off.
const repeated = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 3 }), fc.nat({ max: 300 }), fc.array(fc.nat(), { maxLength: 3 }))
  .map(([unit, times, edits]) => {
    let text = unit.join('').repeat(times);
    for (const e of edits) if (text.length > 0) text = `${text.slice(0, e % text.length)}x${text.slice((e % text.length) + 1)}`;
    return text;
  });
const textArb = fc.oneof(mixed, repeated);

test('each occurrence of a needle, short or long, where an indexOf loop finds it', () => {
  fc.assert(
    fc.property(textArb, fc.nat(), fc.nat({ max: 300 }), fc.nat({ max: 20 }), fc.boolean(), (text, at, length, from, edit) => {
      // Most needles cut from the text (so found), some changed at one unit (so nearly found).
      let needle = text.slice(at % (text.length + 1), (at % (text.length + 1)) + length);
      if (edit && needle.length > 0) needle = `${needle.slice(0, length % needle.length)}b${needle.slice((length % needle.length) + 1)}`;
      // (An indexOf loop never ends on an empty needle: found at the end, it is looked for past the end.)
      fc.pre(needle !== '');
      assert.deepEqual(byEach(text, needle, from), byIndexOf(text, needle, from));
      assert.equal(firstOccurrence(text, needle, from), text.indexOf(needle, from));
    }),
    { numRuns: 2000 },
  );
});

test('a long needle in a text of one repeated unit, and one that stops being found part way', () => {
  const text = 'a'.repeat(5000);
  for (const needle of ['a'.repeat(65), 'a'.repeat(4999), 'a'.repeat(5000), 'a'.repeat(5001), `${'a'.repeat(100)}b`, `b${'a'.repeat(100)}`]) {
    assert.deepEqual(byEach(text, needle, 0), byIndexOf(text, needle, 0), needle.length.toString());
  }
  let seen = 0;
  eachOccurrence(text, 'a'.repeat(100), 10, () => ++seen < 3);
  assert.equal(seen, 3);
});

test('an empty needle occurs at every offset, the text\'s length the last, and the search ends', () => {
  // Before: indexOf('', n) past the end answers the end again, and the loop never ended (a quote of
  // a zero-width space alone, compared without it, hung every command and crashed out of memory).
  assert.deepEqual(byEach('abc', '', 0), [0, 1, 2, 3]);
  assert.deepEqual(byEach('abc', '', 3), [3]);
  assert.deepEqual(byEach('', '', 0), [0]);
});
