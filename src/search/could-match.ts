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
 * Myers's recurrence is written out rather than taken from a package: approx-string-match (the one
 * well-kept implementation) reports only the best matches of one text per call, and calling it per
 * document cost more than it saved.
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

/** A document's text, by number: its folded `all` field, without the newline that ends it. */
export type TextOf = (doc: number) => string;

/**
 * The documents of `ids` (in order) where every term could match. Their text is folded (lower case)
 * text, as fuse.js lower-cases it; the one letter whose lower case is longer (U+0130 "İ") keeps a
 * document in, as fold.ts then leaves that document's case alone.
 */
export function couldMatch(textOf: TextOf, ids: readonly number[], terms: readonly Term[]): number[] {
  let kept = ids;
  // Longest word first: it rules out the most documents, so the others scan fewer.
  for (const t of [...terms].sort((a, b) => b.word.length - a.word.length)) {
    if (t.errors === null) kept = kept.filter((d) => textOf(d).includes(t.word));
    else kept = withinReach(textOf, kept, t.word, t.errors);
    if (kept.length === 0) break;
  }
  return kept as number[];
}

/**
 * For each of `ids` whose text has a stretch within `k` edits of `word`, the fewest edits that do:
 * one pass with no edit allowed, then one more edit a pass over the rest.
 */
export function fewestEdits(textOf: TextOf, ids: readonly number[], word: string, k: number): Map<number, number> {
  const found = new Map<number, number>();
  if (word.length > 32) {
    for (const d of ids) if (textOf(d).includes(word)) found.set(d, 0);
    return found;
  }
  let rest = ids;
  for (let e = 0; e <= k && rest.length > 0; e++) {
    const hit = new Set(withinReach(textOf, rest, word, e));
    for (const d of hit) found.set(d, e);
    rest = rest.filter((d) => !hit.has(d));
  }
  return found;
}

/** Myers (1999), one 32-bit word: the documents with a stretch within `k` edits of `word`. */
function withinReach(textOf: TextOf, ids: readonly number[], word: string, k: number): number[] {
  // Where each letter of the word is, as bits: ASCII in a small table, the rest in a map.
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128) ascii[c]! |= 1 << i;
    else other.set(c, (other.get(c) ?? 0) | (1 << i));
  }
  return ids.filter((d) => near(textOf(d), ascii, other, word.length, k));
}

/**
 * Whether `text` holds a stretch within `k` edits of the word of `m` letters whose positions are in
 * `ascii` and `other`. A "İ" (U+0130) answers yes at once: fold.ts leaves the case of a document
 * holding one alone, so the folded word may match letters of another case.
 */
function near(text: string, ascii: Int32Array, other: Map<number, number>, m: number, k: number): boolean {
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x130) return true;
    const eq = c < 128 ? ascii[c]! : (other.get(c) ?? 0);
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    // The last row's score: the edit distance of the best stretch ending here.
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
