/**
 * Narrows a large corpus to the documents worth ranking, before fuse.js, which scores every document
 * it is given (about 10 µs each: seconds for the hundreds of thousands of passages and claims of a
 * ten-thousand-article corpus). A fuzzy match of a word of four or more letters almost always keeps
 * one of its three-letter runs ("jungel" keeps "jun" and "ung" of "jungle"), so each such word of
 * the query is looked up by its trigrams in the folded text of all documents; a document must hold
 * a trigram of every such word, and the documents holding the largest share of them are kept, at most
 * RANKED of them, in reading order. Words shorter than four letters and `!not` terms are left to
 * fuse.js. The price: a document matching only by a word mangled in every trigram is not found in a
 * large corpus (below PREFILTER_ABOVE documents, every one is ranked).
 */
import type { SearchIndex } from './documents.js';

export const RANKED = 2000;

/** The words of a fuse.js pattern that can be looked up by trigram. */
export function lookupWords(pattern: string): string[] {
  return pattern
    .split(/\s+/)
    .filter((t) => t !== '|' && !t.startsWith('!'))
    .map((t) => t.replace(/^[='^]+|\$$/g, ''))
    .filter((w) => w.length >= 4);
}

export function prefilter(index: SearchIndex, ids: readonly number[], pattern: string): number[] {
  const words = lookupWords(pattern);
  // An `a | b` pattern is an OR: requiring every word would lose documents; rank by share alone.
  const requireAll = !/(^|\s)\|(\s|$)/.test(pattern);
  if (words.length === 0) return ids.slice(0, RANKED);
  const wanted = new Uint8Array(index.offsets.length);
  for (const i of ids) wanted[i] = 1;
  const share = new Float64Array(index.offsets.length);
  const hasAll = new Uint8Array(index.offsets.length).fill(1);
  for (const word of words) {
    const grams = [...new Set(Array.from({ length: word.length - 2 }, (_, k) => word.slice(k, k + 3)))];
    const hits = new Uint16Array(index.offsets.length);
    for (const g of grams) {
      // One hit per document is enough: after a hit, the search goes on from the next document. Hits
      // come in increasing position, so the document boundaries are walked alongside.
      let d = 0;
      for (let p = index.all.indexOf(g); p !== -1; p = index.all.indexOf(g, index.offsets[d + 1]!)) {
        while (index.offsets[d + 1]! <= p) d++;
        if (wanted[d]) hits[d]!++;
      }
    }
    for (const i of ids) {
      if (hits[i] === 0) hasAll[i] = 0;
      share[i]! += hits[i]! / grams.length;
    }
  }
  const kept = ids.filter((i) => share[i]! > 0 && (!requireAll || hasAll[i]));
  kept.sort((a, b) => share[b]! - share[a]! || a - b);
  return kept.slice(0, RANKED).sort((a, b) => a - b);
}

