// prefilter.ts narrows a large corpus before fuse.js ranks: it visits only the documents the postings
// name. It must keep exactly what the plain rule keeps, written here as it was first written: a loop
// over every document in scope, summing each word's cost in the order the words are looked up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lookupWords, prefilter } from '../src/search/prefilter.js';
import { fewestEdits } from '../src/search/could-match.js';
import type { OpenIndex } from '../src/search/documents.js';

function reference(index: OpenIndex, ids: Int32Array, pattern: string, threshold: number, most: number): { ids: number[]; capped: number | null } {
  const lookups = lookupWords(pattern, threshold);
  if (lookups.length === 0 || !index.words) return { ids: Array.from(ids), capped: null };
  const requireAll = !/(^|\s)\|(\s|$)/.test(pattern);
  const { vocabulary } = index.words;
  const count = index.kinds.length;
  const cost = new Float64Array(count);
  const missing = new Uint8Array(count);
  for (const { word, errors } of lookups) {
    const best = new Uint8Array(count).fill(255);
    for (const [w, e] of fewestEdits((i) => vocabulary[i]!, vocabulary.map((_, w) => w), word, errors)) {
      for (const d of index.words.postings(w)) if (best[d]! > e) best[d] = e;
    }
    for (const d of ids) {
      if (best[d] === 255) {
        missing[d]!++;
        cost[d]! += 1;
      } else cost[d]! += best[d]! / word.length;
    }
  }
  const kept = ids.filter((d) => (requireAll ? missing[d] === 0 : missing[d]! < lookups.length));
  if (kept.length <= most) return { ids: Array.from(kept), capped: null };
  kept.sort((a, b) => cost[a]! - cost[b]! || a - b);
  return { ids: Array.from(kept.subarray(0, most)).sort((a, b) => a - b), capped: kept.length };
}

/** An index of `count` documents whose words are `vocabulary`, each held by the documents in `postings`. */
function indexOf(count: number, vocabulary: string[], postings: number[][]): OpenIndex {
  return {
    kinds: 'p'.repeat(count),
    article: new Int32Array(count),
    articles: [],
    texts: () => new Map(),
    record: () => {
      throw new Error('not read by prefilter');
    },
    containing: (ids) => ids,
    words: { vocabulary, postings: (w) => Int32Array.from(postings[w]!) },
  };
}

// Words from few letters, so that many lie within a few edits of each other.
const wordArb = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e'), minLength: 3, maxLength: 8 });

const caseArb = fc
  .record({
    count: fc.integer({ min: 1, max: 200 }),
    vocabulary: fc.uniqueArray(wordArb, { minLength: 1, maxLength: 25 }),
    threshold: fc.constantFrom(0, 0.2, 0.4, 0.6),
    most: fc.integer({ min: 1, max: 60 }),
  })
  .chain(({ count, vocabulary, threshold, most }) =>
    fc.record({
      count: fc.constant(count),
      vocabulary: fc.constant(vocabulary),
      threshold: fc.constant(threshold),
      most: fc.constant(most),
      postings: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: count - 1 }), { maxLength: count }).map((ds) => ds.sort((a, b) => a - b)), {
        minLength: vocabulary.length,
        maxLength: vocabulary.length,
      }),
      ids: fc.uniqueArray(fc.integer({ min: 0, max: count - 1 }), { maxLength: count }).map((ds) => Int32Array.from(ds.sort((a, b) => a - b))),
      // Query words: registered words, words near them, and prefixes marking exact or negated terms.
      terms: fc.array(fc.tuple(fc.constantFrom('', '', '', "'", '!', '='), fc.oneof(fc.constantFrom(...vocabulary), wordArb)), { minLength: 1, maxLength: 4 }),
      or: fc.boolean(),
    }),
  );

test('prefilter keeps what the loop over every document kept, in the same order, and says the same count', () => {
  fc.assert(
    fc.property(caseArb, ({ count, vocabulary, threshold, most, postings, ids, terms, or }) => {
      const pattern = terms.map(([prefix, word]) => prefix + word).join(or ? ' | ' : ' ');
      const index = indexOf(count, vocabulary, postings);
      assert.deepEqual(prefilter(index, ids, pattern, threshold, most), reference(index, ids, pattern, threshold, most));
    }),
    { numRuns: 3000 },
  );
});

test('prefilter: documents out of scope are never kept, whatever their words', () => {
  const index = indexOf(10, ['abcde', 'bbbbb'], [[0, 3, 7, 9], [3, 9]]);
  assert.deepEqual(prefilter(index, Int32Array.of(1, 3, 5, 9), 'abcde', 0.4), { ids: [3, 9], capped: null });
  assert.deepEqual(prefilter(index, Int32Array.of(1, 3, 5, 9), 'abcde bbbbb', 0), { ids: [3, 9], capped: null });
  assert.deepEqual(prefilter(index, Int32Array.of(0, 7), 'abcde | bbbbb', 0), { ids: [0, 7], capped: null });
  // Capped: the cheapest first (0 edits for 'abcde' in 0, 3, 7, 9; 'bbbbb' lacking in 0 and 7), ties by document.
  assert.deepEqual(prefilter(index, Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), 'abcde | bbbbb', 0, 2), { ids: [3, 9], capped: 4 });
});
