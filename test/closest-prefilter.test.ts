// The two quick tests that spare verify most of a corpus when a quote is verbatim nowhere: neither may
// ever pass over what the slow path would have found, or the closest passage would change.
// - search/closest.ts lettersOf: every word's ASCII key (keyOf) stands in the letters of its text;
// - corpus/suggest.ts mayHoldFolded: a text whose fold holds a quote's fold is never said not to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { keyOf, lettersOf } from '../src/search/closest.js';
import { fold, mayHoldFolded, nearestMatch } from '../src/corpus/suggest.js';

// Letters in both cases, digits, punctuation inside and around words, typography, blanks of every
// kind, letters beyond ASCII (with "İ", whose lower case is longer, the Kelvin sign, whose is ASCII,
// and a ligature and superscripts that NFKC makes ASCII), and an astral character.
const unit = fc.constantFrom(
  'a', 'B', 'c', 'D', 'e', 'k', 'K', 'z', '0', '7', '-', "'", '.', ',', '/', '’', '“', '”', '—',
  ' ', ' ', '\n', '\u00a0', '\u2009', '\t', 'é', 'É', 'ß', 'Σ', 'ς', 'İ', '\u212a', 'ﬁ', '²', 'ª', 'Ｋ', '😀',
);
const textArb = fc.string({ unit, maxLength: 120 });

test('lettersOf: the ASCII key of every word of a text stands in its letters (or none are made)', () => {
  fc.assert(
    fc.property(textArb, (text) => {
      const letters = lettersOf(text);
      if (letters === null) return;
      for (const [token] of text.matchAll(/\S+/g)) {
        const key = keyOf(token);
        if (/^[a-z0-9]+$/.test(key)) assert.ok(letters.includes(key), `${JSON.stringify(key)} of ${JSON.stringify(token)} in ${JSON.stringify(letters)}`);
      }
    }),
    { numRuns: 3000 },
  );
  assert.equal(lettersOf('The “down-tick”, U.S. it’s'), 'the downtick us its');
  assert.equal(lettersOf('İstanbul'), null);
});

test('mayHoldFolded: a text whose fold holds the quote\'s fold is never passed over', () => {
  // Quotes cut from the text itself (so that many are held), and quotes of their own.
  const pair = fc.oneof(
    textArb.chain((t) => fc.tuple(fc.constant(t), fc.nat(t.length), fc.nat(40)).map(([t2, from, n]) => [t2, t2.slice(from, from + n)] as const)),
    fc.tuple(textArb, fc.string({ unit, maxLength: 20 })),
  );
  fc.assert(
    fc.property(pair, ([text, quote]) => {
      const q = fold(quote).folded.trim();
      if (q.length > 0 && fold(text).folded.includes(q)) assert.ok(mayHoldFolded(text, q), `${JSON.stringify(quote)} in ${JSON.stringify(text)}`);
    }),
    { numRuns: 5000 },
  );
  // Held only through a character that folds into letters: Ｋ (fullwidth) and K (Kelvin) are "k".
  assert.equal(mayHoldFolded('a ＫＩＮＧ b', fold('king').folded), true);
  assert.equal(nearestMatch('a ＫＩＮＧ b', 'king')?.text, 'ＫＩＮＧ');
  // Nothing that could fold into the quote's words: not folded at all.
  assert.equal(mayHoldFolded('a “material” downtick', fold('a materail downtick').folded), false);
});
