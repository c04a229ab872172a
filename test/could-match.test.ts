// could-match.ts narrows what fuse.js ranks; it must never change what a search finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import Fuse from 'fuse.js';
import { CorpusReader } from '../src/corpus/load.js';
import { buildDatabase } from '../src/store/build.js';
import { openSearchIndex } from '../src/store/search-index.js';
import { search } from '../src/search/engine.js';
import { allowedErrors, couldMatch as couldMatchIn, plainTerms, type Term } from '../src/search/could-match.js';
import { ROOT } from './helpers.js';

// The index as gloss builds and reads it: the shipped corpus's database, in memory.
const db = await buildDatabase(null, null, () => new CorpusReader(join(ROOT, 'corpus')), []);
const index = openSearchIndex(db, (key) => db.prepare('SELECT value FROM meta WHERE key = ?').get(key)?.value as string | undefined);
const all = [...index.texts(index.kinds.split('').map((_, i) => i)).values()];
const text = all.map((t) => `${t}\n`).join('');
const words = [...new Set(text.match(/[a-z]{3,}/g) ?? [])];

/** couldMatch over documents laid end to end in `all`, each ending in a newline at offsets[d + 1] - 1. */
const couldMatch = (all: string, offsets: readonly number[], ids: readonly number[], terms: readonly Term[]) =>
  couldMatchIn((d) => all.slice(offsets[d], offsets[d + 1]! - 1), ids, terms);

function run(query: string, narrow: boolean, threshold = 0.4, all = false) {
  return search(index, { query, kinds: null, limit: 0, threshold, all, narrow }).map((h) => [h.doc.id, h.doc.kind, h.score, h.matches]);
}

test('allowedErrors is the error count fuse.js accepts for a word of that length', () => {
  // fuse.js: a word of 5 letters at threshold 0.4 takes 2 edits ("trade" finds "tarde"), of 3 letters 1.
  assert.equal(allowedErrors(5, 0.4), 2);
  assert.equal(allowedErrors(3, 0.4), 1);
  assert.equal(allowedErrors(2, 0.4), 0);
  assert.equal(allowedErrors(4, 1), 3, 'never the whole word');
  assert.equal(allowedErrors(7, 0), 0);
  // Against fuse.js itself: the word with k edits is found, with k + 1 (all substitutions) is not.
  for (const threshold of [0.2, 0.4, 0.6]) {
    for (const word of ['trade', 'espionage', 'mackay', 'cyber']) {
      const k = allowedErrors(word.length, threshold);
      const mangle = (n: number) => word.slice(0, word.length - n) + 'z'.repeat(n);
      const fuse = (text: string) => new Fuse([{ t: text }], { keys: ['t'], threshold, ignoreLocation: true, useExtendedSearch: true }).search(word).length;
      assert.equal(fuse(`one ${mangle(k)} two`), 1, `${word} with ${k} edits at ${threshold}`);
      if (k + 1 < word.length) assert.equal(fuse(`one ${mangle(k + 1)} two`), 0, `${word} with ${k + 1} edits at ${threshold}`);
    }
  }
});

test('only plain words are narrowed; fuse.js syntax is left to fuse.js', () => {
  assert.deepEqual(plainTerms('trade secrets', 0.4), [
    { word: 'trade', errors: 2 },
    { word: 'secrets', errors: 2 },
  ]);
  assert.deepEqual(plainTerms(`'${'x'.repeat(40)}`, 0.4), [{ word: 'x'.repeat(40), errors: null }]);
  for (const syntax of ['!china', '^trade', 'secrets$', '=Canada', 'a | b', 'a|b', '"trade secrets"']) {
    assert.equal(plainTerms(syntax, 0.4), null, syntax);
  }
});

test('couldMatch keeps exactly the documents where every word is within its edits', () => {
  const docs = ['the trade secrets of', 'a tarde secret', 'nothing here', 'trade only', 'secrets'];
  const all = docs.map((d) => `${d}\n`).join('');
  const offsets = [0];
  for (const d of docs) offsets.push(offsets.at(-1)! + d.length + 1);
  const ids = docs.map((_, i) => i);
  assert.deepEqual(couldMatch(all, offsets, ids, plainTerms('trade secrets', 0.4)!), [0, 1]);
  assert.deepEqual(couldMatch(all, offsets, ids, plainTerms('trade secrets', 0)!), [0]);
  // Letters beyond ASCII are matched as themselves.
  const cafe = 'un café noir\n';
  assert.deepEqual(couldMatch(cafe, [0, 13], [0], plainTerms('cafe', 0)!), []);
  assert.deepEqual(couldMatch(cafe, [0, 13], [0], plainTerms('café', 0)!), [0]);
  assert.deepEqual(couldMatch(cafe, [0, 13], [0], plainTerms('cafè', 0.25)!), [0]);
  assert.deepEqual(couldMatch(cafe, [0, 13], [0], plainTerms('cafèè', 0.2)!), []);
  // "İ" lower-cases to two units, so fold.ts leaves such a document's case alone: it is always kept.
  assert.deepEqual(couldMatch('ISTANBUL İSTANBUL\n', [0, 18], [0], plainTerms('zzzz', 0)!), [0]);
  // A word never matches across the end of one document into the next ("xx of" + "ab yy").
  const two = 'xx of\nab yy\n';
  assert.deepEqual(couldMatch(two, [0, 6, 12], [0, 1], plainTerms('ofab', 0.25)!), []);
  assert.deepEqual(couldMatch(two, [0, 6, 12], [0, 1], plainTerms('ofab', 0.5)!), [0, 1]);
});

test('couldMatch agrees with the edit distance of every stretch, on random text', () => {
  const editDistanceToSomeStretch = (text: string, word: string) => {
    // Sellers: the best alignment of the word with any stretch of the text.
    let prev = Array.from({ length: text.length + 1 }, () => 0);
    for (let i = 1; i <= word.length; i++) {
      const row = [i];
      for (let j = 1; j <= text.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (word[i - 1] === text[j - 1] ? 0 : 1));
      prev = row;
    }
    return Math.min(...prev);
  };
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é', '…', '中'), maxLength: 30 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '中'), minLength: 1, maxLength: 32 }), fc.nat(6), (text, word, k) => {
      const kept = couldMatch(`${text}\n`, [0, text.length + 1], [0], [{ word, errors: Math.min(k, word.length - 1) }]);
      assert.equal(kept.length === 1, text.includes(word) || editDistanceToSomeStretch(text, word) <= Math.min(k, word.length - 1));
    }),
    { numRuns: 2000 },
  );
});

test('a search finds the same documents, scores and highlights with or without narrowing', () => {
  const mangle = fc.tuple(fc.constantFrom(...words), fc.nat(), fc.constantFrom('drop', 'swap', 'double', 'change', 'none')).map(([w, at, how]) => {
    const i = at % w.length;
    if (how === 'drop') return w.slice(0, i) + w.slice(i + 1);
    if (how === 'swap' && i + 1 < w.length) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (how === 'double') return w.slice(0, i) + w[i] + w.slice(i);
    if (how === 'change') return w.slice(0, i) + 'q' + w.slice(i + 1);
    return w;
  });
  fc.assert(
    fc.property(fc.array(mangle, { minLength: 1, maxLength: 3 }), fc.constantFrom(0.2, 0.4, 0.6), fc.boolean(), (query, threshold, all) => {
      const q = query.join(' ');
      if (!/[a-z]/.test(q)) return;
      assert.deepEqual(run(q, true, threshold, all), run(q, false, threshold, all), q);
    }),
    { numRuns: 150 },
  );
  for (const q of ['trade secrets', 'tarde secrets', 'MacKay', 'law of the jungel', 'Xi Jinping', 'espionage', 'terrorism']) {
    const narrowed = run(q, true);
    assert.ok(narrowed.length > 0, q);
    assert.deepEqual(narrowed, run(q, false), q);
  }
});
