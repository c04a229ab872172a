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

/** Whether ascending `ids` holds `d`. */
function holds(ids: Int32Array, d: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid]!;
    if (v === d) return true;
    if (v < d) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The documents to rank, and (when more were kept than `most`) how many could match. `ids` ascending.
 *
 * Only the documents a looked-up word's postings name are visited, and nothing is sized by the number
 * of documents: at 10,000 articles (410,000 documents) loops over every document, and arrays of one
 * entry each, cost 30-40 ms of a search's 250, in code run once. A document's cost is summed in the
 * order the words are looked up, as it always was, so that equal costs stay equal: a word it lacks
 * counts 1, a word it holds its fewest edits as a share of the word's length.
 */
export function prefilter(index: OpenIndex, ids: Int32Array, pattern: string, threshold: number, most = RANKED): { ids: number[]; capped: number | null } {
  const lookups = lookupWords(pattern, threshold);
  if (lookups.length === 0 || !index.words) return { ids: Array.from(ids), capped: null };
  // An `a | b` pattern is an OR: requiring every word would lose documents.
  const requireAll = !/(^|\s)\|(\s|$)/.test(pattern);
  const { vocabulary } = index.words;
  const everyWord = vocabulary.map((_, w) => w);
  // The documents in scope that hold a match of some word looked up so far, in the order first found,
  // with their costs and the words they lack; `place` says where each is (-1: out of scope).
  const place = new Map<number, number>();
  const found: number[] = [];
  const cost: number[] = [];
  const missing: number[] = [];
  for (let k = 0; k < lookups.length; k++) {
    const { word, errors } = lookups[k]!;
    // The fewest edits this word needs in each document found (by place) that holds a match of it.
    const best = new Map<number, number>();
    for (const [w, e] of fewestEdits((i) => vocabulary[i]!, everyWord, word, errors)) {
      const docs: Int32Array = index.words.postings(w);
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i]!;
        let p = place.get(d);
        if (p === undefined) {
          // It lacked each word before this one: 1 each (a sum of ones, exact).
          p = holds(ids, d) ? found.push(d) - 1 : -1;
          place.set(d, p);
          if (p >= 0) {
            cost.push(k);
            missing.push(k);
          }
        }
        if (p < 0) continue;
        const b = best.get(p);
        if (b === undefined || b > e) best.set(p, e);
      }
    }
    for (let p = 0; p < found.length; p++) {
      const b = best.get(p);
      if (b === undefined) {
        missing[p]!++;
        cost[p]! += 1;
      } else cost[p]! += b / word.length;
    }
  }
  // A document no word matched is kept by neither an AND nor an OR.
  const keptAt = found.map((_, p) => p).filter((p) => (requireAll ? missing[p] === 0 : missing[p]! < lookups.length));
  if (keptAt.length <= most) return { ids: Array.from(Int32Array.from(keptAt, (p) => found[p]!).sort()), capped: null };
  keptAt.sort((a, b) => cost[a]! - cost[b]! || found[a]! - found[b]!);
  return { ids: keptAt.slice(0, most).map((p) => found[p]!).sort((a, b) => a - b), capped: keptAt.length };
}
