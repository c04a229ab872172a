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
 * Myers's recurrence is written out (in myers.wat, as WebAssembly) rather than taken from a package:
 * approx-string-match (the one well-kept implementation) reports only the best matches of one text
 * per call, and calling it per document cost more than it saved. WebAssembly because the scan is the
 * hot loop of a search, and a search of a small corpus ends before V8's JIT would compile it in
 * JavaScript: 5-9 ms interpreted, under 1 ms as WebAssembly (myers.wat says more).
 */
import { MYERS_WASM } from './myers-wasm.js';

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
  let placed: Placed | undefined;
  // Longest word first: it rules out the most documents, so the others scan fewer.
  for (const t of [...terms].sort((a, b) => b.word.length - a.word.length)) {
    if (t.errors === null) kept = kept.filter((d) => textOf(d).includes(t.word));
    else kept = withinReach((placed ??= place(textOf, kept)), kept, t.word, t.errors);
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
  const placed = place(textOf, ids);
  let rest = ids;
  for (let e = 0; e <= k && rest.length > 0; e++) {
    const hit = new Set(withinReach(placed, rest, word, e));
    for (const d of hit) found.set(d, e);
    rest = rest.filter((d) => !hit.has(d));
  }
  return found;
}

/** Where each document's text starts and ends in the matcher's memory. */
type Placed = Map<number, [number, number]>;
/** Where the compiled scan keeps the word's Peq table (one i32 per UTF-16 unit); texts follow it. */
const TEXT_AT = 65536 * 4;

interface Matcher {
  memory: WebAssembly.Memory;
  near(from: number, to: number, m: number, k: number): number;
}

let compiled: Matcher | undefined;

function matcher(): Matcher {
  compiled ??= new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(MYERS_WASM, 'base64'))).exports as unknown as Matcher;
  return compiled;
}

/** The documents' texts, copied as UTF-16 into the matcher's memory. */
function place(textOf: TextOf, ids: readonly number[]): Placed {
  const m = matcher();
  const texts = ids.map(textOf);
  let units = 0;
  for (const t of texts) units += t.length;
  const need = TEXT_AT + 2 * units;
  if (need > m.memory.buffer.byteLength) m.memory.grow(Math.ceil((need - m.memory.buffer.byteLength) / 65536));
  const bytes = Buffer.from(m.memory.buffer);
  const at: Placed = new Map();
  let p = TEXT_AT;
  ids.forEach((d, i) => {
    const end = p + bytes.write(texts[i]!, p, 'utf16le');
    at.set(d, [p, end]);
    p = end;
  });
  return at;
}

/** Myers (1999), one 32-bit word: the documents with a stretch within `k` edits of `word`. */
function withinReach(placed: Placed, ids: readonly number[], word: string, k: number): number[] {
  const m = matcher();
  const peq = new Int32Array(m.memory.buffer, 0, 65536);
  for (let i = 0; i < word.length; i++) peq[word.charCodeAt(i)]! |= 1 << i;
  try {
    return ids.filter((d) => {
      const [from, to] = placed.get(d)!;
      return m.near(from, to, word.length, k) === 1;
    });
  } finally {
    for (let i = 0; i < word.length; i++) peq[word.charCodeAt(i)] = 0;
  }
}
