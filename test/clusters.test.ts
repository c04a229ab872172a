// The one rule of whole characters (text/clusters.ts): its boundaries are Intl.Segmenter's graphemes
// (but for Indic conjuncts and CR LF, left out on purpose), and every exact search of a quote keeps to it alike:
// anchor.ts occurrencesOf, many-needles.ts occurrencesOfAll (check's one pass over many quotes) and
// store/places.ts spotsIn (verify through the database).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isClusterBoundary, standsWhole, widenToClusters } from '../src/text/clusters.js';
import { anchorQuote, occurrencesOf } from '../src/corpus/anchor.js';
import { occurrencesOfAll } from '../src/text/many-needles.js';
import { spotsIn } from '../src/store/places.js';

/** Characters that make clusters: accents, ZWJ and ZWNJ, emoji and their modifiers, flags' halves, variation selectors, tags, Hangul jamo and syllables. */
const PIECES = [
  'a', 'e', ' ', '\n', '\r', '\u200b', '\ufeff', '\u00ad', '\u00e9', '\u0301', '\u0308', '\u0903', '\u200d', '\u200c', '\ufe0f', '\u00a9', '\u2764',
  '\u{1F469}', '\u{1F52C}', '\u{1F3FD}', '\u{1F1E8}', '\u{1F1E6}', '\u{E0067}', '\u1100', '\u1161', '\u11a8', '\uac00', '\uac01', '\u{1F600}',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 24 }).map((p) => p.join(''));

test('isClusterBoundary: between the graphemes Intl.Segmenter finds, and nowhere else', () => {
  const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
  fc.assert(
    fc.property(textArb, (text) => {
      const starts = new Set([...graphemes.segment(text)].map((s) => s.index));
      for (let i = 0; i <= text.length; i++) {
        // CR LF is one character to UAX #29; to gloss a line end of either form (anchor.ts takes CRLF as LF).
        if (text[i - 1] === '\r' && text[i] === '\n') continue;
        assert.equal(isClusterBoundary(text, i), i === text.length || starts.has(i), `${JSON.stringify(text)} at ${i}`);
      }
    }),
    { numRuns: 2000 },
  );
});

test('occurrencesOf, occurrencesOfAll and spotsIn find a quote in the same places, each on whole characters', () => {
  fc.assert(
    fc.property(textArb, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }), (text, cuts) => {
      // Quotes cut from the text anywhere: inside characters as often as not.
      const quotes = cuts.map(([a, b]) => text.slice(a % text.length, (a % text.length) + 1 + (b % 6)));
      const all = occurrencesOfAll(text, quotes);
      for (const quote of quotes) {
        const one = occurrencesOf(text, quote);
        assert.deepEqual(all.get(quote), one, JSON.stringify([text, quote]));
        assert.deepEqual(spotsIn(text, quote).map((s) => s.u16), one, JSON.stringify([text, quote]));
        for (const at of one) assert.ok(standsWhole(text, at, at + quote.length));
        // Every whole place is found: none is left out.
        let whole = 0;
        for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) if (standsWhole(text, i, i + quote.length)) whole++;
        assert.equal(one.length, whole);
      }
    }),
    { numRuns: 1000 },
  );
});

test('a quote cut inside a character anchors nowhere, and is told what it cut', () => {
  const text = 'the mayor of Montre\u0301al \u{1F469}\u200D\u{1F52C}';
  assert.deepEqual(occurrencesOf(text, 'Montre'), []);
  assert.deepEqual(occurrencesOf(text, '\u0301al'), []);
  assert.deepEqual(occurrencesOf(text, 'Montre\u0301'), [13]);
  assert.deepEqual(occurrencesOf(text, '\u{1F469}'), []);
  assert.deepEqual(widenToClusters(text, 13, 19), { from: 13, to: 20 });
  const r = anchorQuote(text, { quote: 'mayor of Montre' });
  assert.ok(!r.ok);
  assert.match(r.message, /it ends inside the character "e\u0301" \(line 1\); did you mean "mayor of Montre\u0301al"\?/);
  // "through" ends on whole characters too.
  const through = anchorQuote(text, { quote: 'the', through: 'Montre' });
  assert.ok(!through.ok);
});
