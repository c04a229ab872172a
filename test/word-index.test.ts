// The word index of a large corpus (word-index.ts) and the narrowing it drives (prefilter.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWordUnit, WordIndexBuilder, wordsOf } from '../src/search/word-index.js';
import { lookupWords, prefilter, RANKED } from '../src/search/prefilter.js';
import { textInMemory } from '../src/corpus/stored-text.js';
import type { OpenIndex } from '../src/search/documents.js';

/** The index a plain reading gives: each document's distinct words, and for each word the documents holding it. */
function naive(docs: string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const w of new Set(wordsOf(d))) out.set(w, [...(out.get(w) ?? []), i]);
  });
  return out;
}

/** All postings as one array, from the writer finish() gives. */
function collect(write: (put: (bytes: Uint8Array) => void) => void): Int32Array {
  const pieces: Uint8Array[] = [];
  write((bytes) => pieces.push(bytes.slice()));
  return new Int32Array(Uint8Array.from(Buffer.concat(pieces)).buffer);
}

function built(docs: string[], hashBits?: number): Map<string, number[]> {
  const b = new WordIndexBuilder(hashBits);
  docs.forEach((d, i) => b.add(i, d));
  const { index, postings: write } = b.finish();
  const postings = collect(write);
  const words = index.list.split('\n');
  return new Map(words.map((w, i) => [w, [...postings.subarray(index.starts[i], index.starts[i + 1])]]));
}

test('words are runs of letters and digits, whatever the script; punctuation and spaces part them', () => {
  assert.deepEqual(wordsOf("it's the law-of-the-jungle, 2016 \u00a6 walma's café \u2026 \u5317\u4eac"), ['it', 's', 'the', 'law', 'of', 'the', 'jungle', '2016', 'walma', 's', 'café', '\u5317\u4eac']);
  for (const c of ' \n-\'".,;:!?()[]\u00a6\u2026\u2014\u3002') assert.equal(isWordUnit(c.charCodeAt(0)), false, c);
});

test('the builder lists every word once, with each document holding it once, in order', () => {
  const docs = ['the trade secrets of the trade', 'a tarde secret', 'nothing here', 'trade only', 'secrets, secrets'];
  assert.deepEqual(built(docs), naive(docs));
});

test('words whose hashes collide keep postings of their own', () => {
  // With four bits of hash, most words share theirs with another.
  const docs = ['alpha beta gamma', 'delta epsilon zeta', 'eta theta iota kappa', 'lambda mu nu xi omicron', 'pi rho sigma tau', 'alpha omega', 'upsilon phi chi psi'];
  assert.deepEqual(built(docs, 4), naive(docs));
  assert.deepEqual(built(docs, 1), naive(docs));
});

/** An opened index over `docs`, as the cache gives a large corpus's. */
function openIndex(docs: string[]): OpenIndex {
  const b = new WordIndexBuilder();
  const offsets = [0];
  let text = '';
  docs.forEach((d, i) => {
    b.add(i, d);
    text += `${d}\n`;
    offsets.push(text.length);
  });
  const { index, postings } = b.finish();
  const bytes = new Uint8Array(collect(postings).buffer);
  return {
    kinds: 'p'.repeat(docs.length), article: new Int32Array(docs.length), articles: [], offsets: Float64Array.from(offsets), words: index, partial: [],
    text: textInMemory(text), postings: { read: (at, n) => bytes.subarray(at, at + n) },
  };
}

test('lookup words: four letters or more, fuzzy as the threshold allows, exact for exact terms', () => {
  assert.deepEqual(lookupWords('law of the jungel', 0.4), [{ word: 'jungel', errors: 2 }]);
  assert.deepEqual(lookupWords("'downtick ^hagel outcome.$ =canada", 0.4), [
    { word: 'downtick', errors: 0 }, { word: 'hagel', errors: 0 }, { word: 'outcome', errors: 0 }, { word: 'canada', errors: 0 },
  ]);
  assert.deepEqual(lookupWords('cyber espionage !intelligence', 0.4), [{ word: 'cyber', errors: 2 }, { word: 'espionage', errors: 3 }]);
  assert.deepEqual(lookupWords('rules-based framwork', 0.2), [{ word: 'rules', errors: 1 }, { word: 'based', errors: 1 }, { word: 'framwork', errors: 1 }]);
});

test('prefilter keeps the documents holding a match of every word, fewest edits first, in reading order', () => {
  const docs = ['the trade secrets of china', 'a tarde secret', 'nothing here', 'trade only', 'secrets', 'trademark secrets'];
  const index = openIndex(docs);
  const ids = docs.map((_, i) => i);
  assert.deepEqual(prefilter(index, ids, 'trade secrets', 0.4), [0, 1, 5]);
  assert.deepEqual(prefilter(index, ids, 'trade secrets', 0), [0, 5]);
  // An OR keeps a document holding either.
  assert.deepEqual(prefilter(index, ids, 'trade | secrets', 0), [0, 3, 4, 5]);
  // Only the candidates given are kept; short words narrow nothing.
  assert.deepEqual(prefilter(index, [1, 2, 3], 'trade', 0.4), [1, 3]);
  assert.deepEqual(prefilter(index, [2, 4], 'of a', 0.4), [2, 4]);
});

test('prefilter keeps at most RANKED documents: those with the closest matches', () => {
  const docs = [...Array.from({ length: RANKED + 50 }, (_, i) => `doc ${i} with tarde`), 'the trade itself', 'trade again'];
  const kept = prefilter(openIndex(docs), docs.map((_, i) => i), 'trade', 0.4);
  assert.equal(kept.length, RANKED);
  assert.deepEqual(kept.slice(-2), [RANKED + 50, RANKED + 51], 'exact matches are kept before two-edit ones');
  assert.deepEqual(kept.slice(0, 3), [0, 1, 2], 'ties in reading order');
});
