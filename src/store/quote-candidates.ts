/**
 * The articles that may hold a quote verbatim, found through the word index of a large corpus
 * (search/word-index.ts): those whose documents hold every word the quote needs (search/quote-words.ts),
 * so that verify reads their texts alone, not all of them (at 10,000 articles, 33 MB). The rarest
 * word first: its postings are the shortest list, and each further word can only narrow it.
 *
 * Documents are passages and claims (and actors and agreements, which no article has): a quote running
 * over two sentences has its words in two documents of one article, so words are matched to articles,
 * never to documents. Null when nothing narrows (a small corpus has no word index; a quote with no
 * whole word, as "e" or "--"): every text is then searched.
 */
import { requiredWords } from '../search/quote-words.js';
import type { Database } from './sqlite.js';
import { checkedInts, Damaged, metaInts } from './rows.js';

/** Postings longer than this (documents) are not worth reading to narrow further: a word in most documents narrows little. */
const NARROWS_LITTLE = 50000;

/** Each article's first document (article-rows.ts articleRuns): [article, first, article, first, ..., -1, end]. */
function runsOf(db: Database): Int32Array | null {
  const runs = metaInts(db, 'search.runs');
  if (!runs) return null;
  if (runs.length < 2 || runs.length % 2 !== 0) throw new Damaged('meta search.runs');
  return runs;
}

/** The articles (as indexes into the runs) whose documents are among `docs` (ascending): one walk of both lists. */
function articlesOf(docs: Int32Array, runs: Int32Array, into: Uint8Array): void {
  const count = runs.length / 2 - 1;
  const end = runs[2 * count + 1]!;
  let k = 0;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    if (d >= end) break;
    while (k + 1 < count && runs[2 * (k + 1) + 1]! <= d) k++;
    into[k] = 1;
  }
}

interface Needed {
  /** The word's forms in the vocabulary, with how many documents each is in. */
  forms: { w: number; size: number }[];
  size: number;
}

/** The quote's required words as the vocabulary has them, the rarest first; null where the index cannot tell, [] where a word is in no document. */
function neededWords(db: Database, quote: string): { needed: Needed[]; runs: Int32Array } | null {
  const words = requiredWords(quote);
  if (words.length === 0) return null;
  const runs = runsOf(db);
  if (!runs) return null;
  const forms = words.flat();
  const found = new Map<string, { w: number; size: number }>();
  for (const r of db.prepare('SELECT w, word, length(postings) AS size FROM vocabulary WHERE word IN (SELECT value FROM json_each(?))').all(JSON.stringify(forms))) {
    found.set(r.word as string, { w: r.w as number, size: (r.size as number) / 4 });
  }
  // Each word's forms (lower case, as written) with how many documents hold any of them: none, no article holds the quote.
  const needed = words.map((f) => ({ forms: f.flatMap((x) => found.get(x) ?? []), size: 0 }));
  for (const n of needed) n.size = n.forms.reduce((s, x) => s + x.size, 0);
  if (needed.some((n) => n.size === 0)) return { needed: [], runs };
  return { needed: needed.sort((a, b) => a.size - b.size), runs };
}

/** The documents holding any of a word's forms. */
function postingsOf(db: Database, n: Needed): Int32Array[] {
  const postings = db.prepare('SELECT postings, sum FROM vocabulary WHERE w = ?');
  return n.forms.map(({ w }) => {
    const r = postings.get(w);
    return checkedInts(r?.postings, r?.sum, `postings of word ${w}`);
  });
}

/** Which articles (as indexes into the runs) hold documents with each of `needed`, as far as narrowing is worth it; null: no word read. */
function articlesHolding(db: Database, needed: readonly Needed[], runs: Int32Array): Uint8Array | null {
  const count = runs.length / 2 - 1;
  let kept: Uint8Array | null = null;
  for (const n of needed) {
    if (kept !== null && n.size > NARROWS_LITTLE) break;
    const holds = new Uint8Array(count);
    for (const docs of postingsOf(db, n)) articlesOf(docs, runs, holds);
    if (kept !== null) for (let k = 0; k < count; k++) holds[k]! &= kept[k]!;
    kept = holds;
  }
  return kept;
}

/** The numbers of the articles that may hold `quote`, ascending; null where the word index cannot tell. */
export function candidateArticles(db: Database, quote: string): number[] | null {
  const words = neededWords(db, quote);
  if (!words) return null;
  const { needed, runs } = words;
  if (needed.length === 0) return [];
  const kept = articlesHolding(db, needed, runs)!;
  const out: number[] = [];
  for (let k = 0; k < kept.length; k++) if (kept[k]) out.push(runs[2 * k]!);
  return out;
}

/** The documents holding any of a word's forms, ascending, each once. */
function documentsOf(db: Database, n: Needed): Int32Array {
  const lists = postingsOf(db, n);
  if (lists.length === 1) return lists[0]!;
  const all = new Int32Array(lists.reduce((s, l) => s + l.length, 0));
  let at = 0;
  for (const l of lists) all.set(l, (at += l.length) - l.length);
  // Forms of one word may share documents: in order, once each.
  all.sort();
  let n2 = 0;
  for (let i = 0; i < all.length; i++) if (n2 === 0 || all[n2 - 1] !== all[i]) all[n2++] = all[i]!;
  return all.subarray(0, n2);
}

/**
 * Of `lines` (indexes into `starts`, ascending; all lines where null), those holding one of `docs`
 * (ascending): one walk of both, a line found from the last by a binary search over the starts.
 */
function linesHolding(docs: Int32Array, starts: Int32Array, end: number, lines: Int32Array | null): Int32Array {
  const out = new Int32Array(lines === null ? Math.min(docs.length, starts.length) : lines.length);
  let n = 0;
  let k = 0;
  let j = 0;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    // Documents past the articles' (actors', agreements') and before the first line are on no line.
    if (d >= end) break;
    if (d < starts[0]!) continue;
    if (k + 1 < starts.length && starts[k + 1]! <= d) {
      let lo = k + 1;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (starts[mid]! <= d) lo = mid;
        else hi = mid - 1;
      }
      k = lo;
    }
    if (n > 0 && out[n - 1] === k) continue;
    if (lines !== null) {
      while (j < lines.length && lines[j]! < k) j++;
      if (j === lines.length) break;
      if (lines[j] !== k) continue;
    }
    out[n++] = k;
  }
  return out.subarray(0, n);
}

/** Lines that may hold a quote: indexes into `starts` (every line's first document, ascending); the lines share out the documents up to `end`. */
export interface LineCandidates {
  lines: Int32Array;
  starts: Int32Array;
  end: number;
}

/**
 * The lines (schema.ts `lines`) that may hold `quote` on one line: those with documents holding each
 * of its words, as far as narrowing is worth it (the rarest always). Every word of a line is in one of
 * its passages, so a line with no document holding one of the words cannot hold the quote. At 10,000
 * generated articles, a quote of one article ("voracious gain across gain debated") is looked for in
 * 138 lines, where its rarest word alone named 1,600. Null where the word index cannot tell, or where
 * the rarest word is in more than `atMost` documents.
 */
export function candidateLines(db: Database, quote: string, atMost: number): LineCandidates | null {
  const words = neededWords(db, quote);
  if (!words) return null;
  const { needed, runs } = words;
  const starts = metaInts(db, 'lines.d');
  if (!starts) throw new Damaged('meta lines.d');
  const end = runs[runs.length - 1]!;
  if (needed.length === 0 || starts.length === 0) return { lines: new Int32Array(0), starts, end };
  if (needed[0]!.size > atMost) return null;
  let lines: Int32Array | null = null;
  for (const n of needed) {
    // A word in most documents narrows little (the rarest is read whatever its size).
    if (lines !== null && (lines.length === 0 || n.size > NARROWS_LITTLE)) break;
    lines = linesHolding(documentsOf(db, n), starts, end, lines);
  }
  return { lines: lines!, starts, end };
}
