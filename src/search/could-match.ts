/**
 * Drops, before fuse.js ranks, the documents fuse.js would not match anyway: a search then costs one
 * quick pass per query word over the index text instead of fuse.js's full work on every document.
 *
 * Why it is exact: with `ignoreLocation`, fuse.js's bitap matches a word of m letters in a field when
 * some stretch of the field is within k edits of it (insertions, deletions, substitutions), k being
 * the most errors with k / m ≤ threshold and k < m. Myers's bit-vector algorithm answers that same
 * question in one pass, where fuse.js makes k + 1 passes and builds its index and match masks besides.
 * Extended search ANDs the words, and every field of a document is inside its `all` field, so a
 * document fuse.js could match has every word within reach in `all`. fuse.js then ranks exactly the
 * documents it would have found itself. Only queries of plain words are narrowed (operators are left
 * to fuse.js alone). test/could-match.test.ts checks the results against fuse.js alone.
 *
 * Myers's recurrence is written out here rather than taken from a package: approx-string-match (the
 * one well-kept implementation) reports only the best matches of one text per call, and calling it per
 * document cost more than it saved; the whole index is scanned in one loop instead, which the JIT
 * compiles early.
 */

export interface Term {
  word: string;
  /** Edits allowed; null: the word must occur as written (fuse.js's `'include` term). */
  errors: number | null;
}

/** The terms of a pattern of plain words (as toPattern makes them), or null if it uses other syntax. */
export function plainTerms(pattern: string, threshold: number): Term[] | null {
  // fuse.js reads "|" anywhere as OR and a double quote as grouping: leave such queries to it.
  if (/[|"]/.test(pattern)) return null;
  const out: Term[] = [];
  for (const token of pattern.split(' ')) {
    if (token === '') continue;
    if (/^'[^='^!]/.test(token) && !token.endsWith('$')) {
      out.push({ word: token.slice(1).toLowerCase(), errors: null });
      continue;
    }
    if (/^[='^!]|\$$/.test(token) || token.length > 32) return null;
    const word = token.toLowerCase();
    out.push({ word, errors: allowedErrors(word.length, threshold) });
  }
  return out.length > 0 ? out : null;
}

/** The most edits fuse.js's bitap accepts in a word of this length: its own loop, restated. */
export function allowedErrors(length: number, threshold: number): number {
  let k = 0;
  while (k + 1 < length && (k + 1) / length <= threshold) k++;
  return k;
}

/**
 * The documents of `ids` (in order) where every term could match: document d is `all` from
 * offsets[d] up to the separator before offsets[d + 1]. `all` is folded (lower case) text, as fuse.js
 * lower-cases it; the one letter whose lower case is longer (U+0130 "İ") keeps a document in, as
 * fold.ts then leaves that document's case alone.
 */
export function couldMatch(all: string, offsets: ArrayLike<number>, ids: readonly number[], terms: readonly Term[]): number[] {
  let kept = ids;
  // Longest word first: it rules out the most documents, so the others scan fewer.
  for (const t of [...terms].sort((a, b) => b.word.length - a.word.length)) {
    kept = t.errors === null ? kept.filter((d) => contains(all, offsets[d]!, offsets[d + 1]! - 1, t.word)) : withinReach(all, offsets, kept, t.word, t.errors);
    if (kept.length === 0) break;
  }
  return kept as number[];
}

function contains(all: string, from: number, to: number, word: string): boolean {
  const at = all.indexOf(word, from);
  return at !== -1 && at + word.length <= to;
}

/** Myers (1999), one 32-bit word: the documents with a stretch within `k` edits of `word`. */
function withinReach(all: string, offsets: ArrayLike<number>, ids: readonly number[], word: string, k: number): number[] {
  // Where each character of the word is, as bits: ASCII in a small table, the rest in a map.
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128) ascii[c]! |= 1 << i;
    else other.set(c, (other.get(c) ?? 0) | (1 << i));
  }
  // Called per document, the scan is compiled by the JIT after a few documents, where one long loop
  // would run interpreted for longer.
  return ids.filter((d) => scan(all, offsets[d]!, offsets[d + 1]! - 1, ascii, other, word.length, k));
}

function scan(all: string, from: number, to: number, ascii: Int32Array, other: Map<number, number>, m: number, k: number): boolean {
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let j = from; j < to; j++) {
    const c = all.charCodeAt(j);
    if (c === 0x130) return true;
    const eq = c < 128 ? ascii[c]! : (other.get(c) ?? 0);
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    // A match may start anywhere: the row above the word is all zeros, so nothing shifts in.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= k) return true;
  }
  return false;
}
