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
 * share of each word's length (fuse.js's own measure), are kept: at most RANKED of them (the caller
 * says so on stderr), in reading order. Words shorter than four letters and `!not` terms are left to
 * fuse.js: a query with no word to look up keeps every candidate.
 *
 * The price: a match that spans two words of a document ("lawof" for "law of") does not count here,
 * so a document matching only that way is not found in a large corpus (below LARGE documents, every
 * one is ranked). Reading only the postings it needs, a search of ten thousand articles does not
 * read their 58 million characters.
 */
import type { OpenIndex } from './documents.js';
import { allowedErrors, fewestEdits } from './could-match.js';
import { wordsOf } from './word-index.js';

/** The most documents ranked when a query's words leave more (unless the person asks for every result). */
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

/** The documents to rank, and (when more were kept than `most`) how many could match. */
export function prefilter(index: OpenIndex, ids: Int32Array, pattern: string, threshold: number, most = RANKED): { ids: number[]; capped: number | null } {
  const lookups = lookupWords(pattern, threshold);
  if (lookups.length === 0 || !index.words) return { ids: Array.from(ids), capped: null };
  // An `a | b` pattern is an OR: requiring every word would lose documents.
  const requireAll = !/(^|\s)\|(\s|$)/.test(pattern);
  const { vocabulary } = index.words;
  const everyWord = vocabulary.map((_, w) => w);
  const count = index.kinds.length;
  const cost = new Float64Array(count);
  const missing = new Uint8Array(count);
  for (const { word, errors } of lookups) {
    // The fewest edits this word needs in each document: 255 where it has no match.
    const best = new Uint8Array(count).fill(255);
    for (const [w, e] of fewestEdits((i) => vocabulary[i]!, everyWord, word, errors)) {
      const docs = index.words.postings(w);
      for (let i = 0; i < docs.length; i++) if (best[docs[i]!]! > e) best[docs[i]!] = e;
    }
    // Indexed loops over the documents, not for…of: an iterator's result a document touched fresh memory.
    for (let i = 0; i < ids.length; i++) {
      const d = ids[i]!;
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
