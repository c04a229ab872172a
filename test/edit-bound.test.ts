// text/edit-bound.ts lets the suggester skip a text without filling its edit-distance table, and fill
// only a window of it for the text it keeps: its least distance must equal the table's exactly,
// "farther than" must never be said of a text that holds a stretch within the limit, and the match
// the suggester gives must be the one the whole table gave. The references are written out plainly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fartherThan, nearestEnd } from '../src/text/edit-bound.js';
import { approximate } from '../src/corpus/suggest.js';

const leastDistance = (t: string, q: string) => nearestEnd(t, q)?.least ?? q.length;

/** Sellers's table, plainly: the least edit distance of `quote` to any stretch of `text` (UTF-16 units). */
function reference(text: string, quote: string): number {
  let prev = Array.from({ length: quote.length + 1 }, (_, i) => i);
  let least = quote.length;
  for (let j = 1; j <= text.length; j++) {
    const cur = [0];
    for (let i = 1; i <= quote.length; i++) {
      cur[i] = Math.min(prev[i - 1]! + (quote[i - 1] === text[j - 1] ? 0 : 1), prev[i]! + 1, cur[i - 1]! + 1);
    }
    least = Math.min(least, cur[quote.length]!);
    prev = cur;
  }
  return least;
}

// Few letters, so that texts and quotes share many and distances vary; surrogate halves included.
const unit = fc.constantFrom('a', 'b', 'c', ' ', '\u00e9', '\ud83d', '\ude00');
const text = fc.array(unit, { maxLength: 120 }).map((a) => a.join(''));
const quote = (max: number) => fc.array(unit, { minLength: 1, maxLength: max }).map((a) => a.join(''));

test('nearestEnd gives the least edit distance to any stretch, for quotes of one block and of several', () => {
  fc.assert(
    fc.property(text, quote(32), (t, q) => leastDistance(t, q) === reference(t, q)),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(text, quote(140), (t, q) => leastDistance(t, q) === reference(t, q)),
    { numRuns: 500 },
  );
  // Every length, the 32nd bit (the sign) included.
  const t = 'the law of the jungle is very destabilizing, said an official';
  for (let m = 1; m <= 32; m++) {
    const q = 'xthe law of the jungle is very destabilizing'.slice(0, m);
    assert.equal(leastDistance(t, q), reference(t, q), `length ${m}`);
  }
});

test('fartherThan holds only where the least distance exceeds the limit, for quotes longer than a chunk too', () => {
  fc.assert(
    fc.property(text, quote(100), fc.nat(30), (t, q, limit) => {
      const least = reference(t, q);
      const farther = fartherThan(t, q, limit);
      // Never wrong; and for a quote of one chunk, exact both ways.
      return (!farther || least > limit) && (q.length > 32 || farther === least > limit);
    }),
    { numRuns: 1000 },
  );
});

test('a long quote taken from the text with k edits is never said to be farther than k', () => {
  const long = fc.array(unit, { minLength: 40, maxLength: 300 }).map((a) => a.join(''));
  const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('swap', 'drop', 'add'), ch: unit });
  fc.assert(
    fc.property(long, fc.nat(), fc.nat(), fc.array(edit, { maxLength: 6 }), (t, a, b, edits) => {
      const from = a % (t.length - 33);
      let q = t.slice(from, from + 33 + (b % (t.length - from - 32)));
      for (const e of edits) {
        const i = e.at % q.length;
        q = e.kind === 'swap' ? q.slice(0, i) + e.ch + q.slice(i + 1) : e.kind === 'drop' ? q.slice(0, i) + q.slice(i + 1) : q.slice(0, i) + e.ch + q.slice(i);
      }
      return !fartherThan(t, q, edits.length);
    }),
    { numRuns: 1000 },
  );
});

/** The suggester's table before the bound, written out: the whole text, the first end of the least distance, and its start as the table's choices keep it. */
function wholeTable(text: string, quote: string): { from: number; to: number; distance: number } {
  const m = quote.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  let prevStart = new Array<number>(m + 1).fill(0);
  let best = { from: 0, to: 0, distance: Number.MAX_SAFE_INTEGER };
  for (let j = 1; j <= text.length; j++) {
    const cur = [0];
    const curStart = [j];
    for (let i = 1; i <= m; i++) {
      let d = prev[i - 1]! + (quote.charCodeAt(i - 1) === text.charCodeAt(j - 1) ? 0 : 1);
      let s = i - 1 === 0 ? j - 1 : prevStart[i - 1]!;
      if (prev[i]! + 1 < d) [d, s] = [prev[i]! + 1, prevStart[i]!];
      if (cur[i - 1]! + 1 < d) [d, s] = [cur[i - 1]! + 1, curStart[i - 1]!];
      cur[i] = d;
      curStart[i] = s;
    }
    if (cur[m]! < best.distance) best = { from: cur[m] === m ? j : curStart[m]!, to: j, distance: cur[m]! };
    prev = cur;
    prevStart = curStart;
  }
  return best;
}

test('the suggester finds the match the whole table found, or none where it was beyond the limit', () => {
  // Texts of repeated words, so that a quote has many near places and ties between them.
  const word = fc.constantFrom('law', 'jungle', 'the', 'of', 'a', 'lawn', 'jungles', '“the', ',');
  const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((a) => a.join(' '));
  fc.assert(
    fc.property(words(0, 120), words(1, 30), fc.nat(12), (t, q, limit) => {
      const whole = wholeTable(t, q);
      const got = approximate(t, q, limit);
      if (t.length === 0) return got !== null && got.distance === whole.distance;
      return whole.distance > limit ? got === null : got !== null && got.from === whole.from && got.to === whole.to && got.distance === whole.distance;
    }),
    { numRuns: 1500 },
  );
});

test('a quote longer than 32 units with all its edits in its first 32 is found at the limit, and not past it', () => {
  // The suggester first measures the first 32 units alone: they may take every edit the limit allows.
  const quote = 'the law of the jungle is very destabilizing, said the official';
  const text = 'An aide said teh law of teh jungle is very destabilizing, said the official, and left.';
  assert.equal(reference(text, quote), 4);
  const found = approximate(text, quote, 4);
  assert.ok(found !== null && found.distance === 4, JSON.stringify(found));
  assert.equal(text.slice(found.from, found.to), 'teh law of teh jungle is very destabilizing, said the official');
  assert.equal(approximate(text, quote, 3), null);
});

test('two letters swapped are two edits from the passage, and a text without it is far', () => {
  const passage = 'Experts would notice a material downtick in activity.';
  assert.equal(leastDistance(passage, 'a materail downtick'), 2);
  assert.equal(fartherThan(passage, 'a materail downtick', 1), true);
  assert.equal(fartherThan(passage, 'a materail downtick', 2), false);
  assert.equal(fartherThan('Nothing of the kind is said here at all.', 'a materail downtick', 5), true);
});
