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

/** The numbers of the articles that may hold `quote`, ascending; null where the word index cannot tell. */
export function candidateArticles(db: Database, quote: string): number[] | null {
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
  if (needed.some((n) => n.size === 0)) return [];
  needed.sort((a, b) => a.size - b.size);
  const postings = db.prepare('SELECT postings, sum FROM vocabulary WHERE w = ?');
  const count = runs.length / 2 - 1;
  let kept: Uint8Array | null = null;
  for (const n of needed) {
    if (kept !== null && n.size > NARROWS_LITTLE) break;
    const holds = new Uint8Array(count);
    for (const { w } of n.forms) {
      const r = postings.get(w);
      articlesOf(checkedInts(r?.postings, r?.sum, `postings of word ${w}`), runs, holds);
    }
    if (kept !== null) for (let k = 0; k < count; k++) holds[k]! &= kept[k]!;
    kept = holds;
  }
  const out: number[] = [];
  for (let k = 0; k < count; k++) if (kept![k]) out.push(runs[2 * k]!);
  return out;
}
