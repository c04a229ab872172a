// The words a text must hold if it holds a quote (search/quote-words.ts), which verify looks up in the
// word index to read only the texts that hold them: never a word that a text holding the quote
// might not have in the index, whatever stands around the quote or in the rest of its passage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { requiredWords } from '../src/search/quote-words.js';
import { splitPassages } from '../src/search/passages.js';
import { wordsOf } from '../src/search/word-index.js';
import { fold } from '../src/text/fold.js';

test('only whole inner words: a quote may start or end inside a word', () => {
  assert.deepEqual(requiredWords('a material downtick'), [['material']]);
  assert.deepEqual(requiredWords('aterial downtick is'), [['downtick']]);
  assert.deepEqual(requiredWords('The Law of the jungle'), [['law', 'Law'], ['of'], ['the']]);
  assert.deepEqual(requiredWords('material'), []);
  assert.deepEqual(requiredWords('e'), []);
});

test('a quote of punctuation alone, or of one word, narrows nothing', () => {
  for (const q of ['--', '...', ' , ', '“”', '"a', 'downtick']) assert.deepEqual(requiredWords(q), [], q);
});

test('curly quotes, dashes and odd spaces separate words, as folding makes them ASCII', () => {
  assert.deepEqual(requiredWords('say “material” now'), [['material']]);
  assert.deepEqual(requiredWords('x\u2014rules\u00a0y'), [['rules']]);
});

test('beside a letter beyond ASCII, or a sign that folds to one, a run of ASCII letters is not asked for', () => {
  // "naïve": the index holds the whole word, not "na" nor "ve".
  assert.deepEqual(requiredWords('a naïve view'), []);
  // The Kelvin sign is no letter, but folds to "k": the index holds "kmaterial".
  assert.deepEqual(requiredWords('x \u212amaterial y'), []);
  // A digit is part of a word like a letter.
  assert.deepEqual(requiredWords('in 2016, said'), [['2016']]);
});

/** The words the index holds for a text: those of its folded passages (article-rows.ts, documents.ts). */
function indexed(text: string): Set<string> {
  const out = new Set<string>();
  for (const p of splitPassages(text)) for (const w of wordsOf(fold(text.slice(p.from, p.to)).replace(/\n/g, ' '))) out.add(w);
  return out;
}

// Texts of words and of the characters that make word boundaries hard: a dotted capital I (a passage
// whose lower case is longer is indexed as written), the Kelvin sign, Greek capital sigma (its lower
// case depends on what follows), curly quotes, dashes, line breaks, sentence ends.
const piece = fc.constantFrom('Material', 'material', 'downtick', 'A', 'a', 'the', 'LAW', '2016', 'İ', '\u212a', 'ΟΔΟΣ', 'naïve', ' ', ' ', '. ', '\n', '“', '”', '\u2014', '-', "'", ',', '\u00a0', 'x');
const textArb = fc.array(piece, { minLength: 1, maxLength: 40 }).map((xs) => xs.join(''));

test('for any text and any stretch of it, every word asked for is in the text’s index, in one of its forms', () => {
  fc.assert(
    fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
      const from = a % text.length;
      const to = from + 1 + (b % (text.length - from));
      const quote = text.slice(from, to);
      const words = indexed(text);
      for (const forms of requiredWords(quote)) assert.ok(forms.some((f) => words.has(f)), `${JSON.stringify(quote)} in ${JSON.stringify(text)}: ${forms.join('/')}`);
    }),
    { numRuns: 3000 },
  );
});
