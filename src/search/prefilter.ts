/**
 * Narrows a large corpus to the documents worth ranking, before fuse.js, which scores every document
 * it is given (about 10 µs each: seconds for the hundreds of thousands of passages and claims of a
 * ten-thousand-article corpus).
 *
 * How: each word of the query of four or more letters is matched against the corpus's vocabulary
 * (word-index.ts) as fuse.js would match it against a text — some stretch of a word within the edits
 * the threshold allows (could-match.ts), none for `'exact`, `=`, `^` and `$` terms — and the postings
 * of the words that match say which documents hold one. A document must hold a match of every such
 * word (of any, for an `a | b` query), and the documents whose matches need the fewest edits, as a
 * share of each word's length (fuse.js's own measure), are kept: at most RANKED of them, in reading
 * order. Words shorter than four letters and `!not` terms are left to fuse.js.
 *
 * The price: a match that spans two words of a document ("lawof" for "law of") does not count here,
 * so a document matching only that way is not found in a large corpus (below LARGE documents, every
 * one is ranked). Reading only the postings it needs, a search of ten thousand articles no longer
 * reads their 58 million characters: 0.45 s of trigram scanning became a few milliseconds.
 */
import type { OpenIndex } from './documents.js';
import { allowedErrors, fewestEdits } from './could-match.js';
import { wordsOf } from './word-index.js';

export const RANKED = 1000;

interface Lookup {
  word: string;
  errors: number;
}

/** The words of a fuse.js pattern to look up, with the edits each may take. */
export function lookupWords(pattern: string, threshold: number): Lookup[] {
  return pattern
    .split(/\s+/)
    .filter((t) => t !== '' && t !== '|' && !t.startsWith('!'))
    .flatMap((t) => {
      const exact = /^['=^]|\$$/.test(t);
      return wordsOf(t.toLowerCase())
        .filter((w) => w.length >= 4)
        .map((word) => ({ word, errors: exact ? 0 : allowedErrors(word.length, threshold) }));
    });
}

export function prefilter(index: OpenIndex, ids: readonly number[], pattern: string, threshold: number): number[] {
  const lookups = lookupWords(pattern, threshold);
  if (lookups.length === 0 || !index.words || !index.postings) return ids.slice(0, RANKED);
  // An `a | b` pattern is an OR: requiring every word would lose documents.
  const requireAll = !/(^|\s)\|(\s|$)/.test(pattern);
  const { list, starts } = index.words;
  const vocabulary = list.split('\n');
  const everyWord = vocabulary.map((_, w) => w);
  const count = index.offsets.length - 1;
  const cost = new Float64Array(count);
  const missing = new Uint8Array(count);
  for (const { word, errors } of lookups) {
    // The fewest edits this word needs in each document: 255 where it has no match.
    const best = new Uint8Array(count).fill(255);
    for (const [w, e] of fewestEdits((i) => vocabulary[i]!, everyWord, word, errors)) {
      const n = starts[w + 1]! - starts[w]!;
      const bytes = index.postings.read(starts[w]! * 4, n * 4);
      const docs = new Int32Array(bytes.byteOffset % 4 === 0 ? bytes.buffer : bytes.slice().buffer, bytes.byteOffset % 4 === 0 ? bytes.byteOffset : 0, n);
      for (let i = 0; i < n; i++) if (best[docs[i]!]! > e) best[docs[i]!] = e;
    }
    for (const d of ids) {
      if (best[d] === 255) {
        missing[d]!++;
        cost[d]! += 1;
      } else cost[d]! += best[d]! / word.length;
    }
  }
  const kept = ids.filter((d) => (requireAll ? missing[d] === 0 : missing[d]! < lookups.length));
  kept.sort((a, b) => cost[a]! - cost[b]! || a - b);
  return kept.slice(0, RANKED).sort((a, b) => a - b);
}
