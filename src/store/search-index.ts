/**
 * The search index in the corpus's database, opened for queries (search/documents.ts OpenIndex):
 * the kinds and articles of every document are read whole (a few bytes each), and documents'
 * texts and records, and the postings of words, only as a query asks for them.
 */
import { GlossError } from '../errors.js';
import { recordFrom, type OpenIndex, type SearchRecord, type StoredRecord } from '../search/documents.js';
import type { Database } from './sqlite.js';
import { checked, checkedBytes, Damaged } from './rows.js';
import { checksum } from './sqlite.js';

/** Above this many documents asked for, texts are read in one pass over the table rather than one by one. */
const ONE_PASS = 2000;

export function openSearchIndex(db: Database, meta: (key: string) => string | undefined): OpenIndex {
  const kinds = meta('search.kinds');
  const articleBytes = meta('search.article');
  if (kinds === undefined || articleBytes === undefined) {
    const errors = db.prepare("SELECT count(*) AS c FROM problems WHERE severity = 'error'").get()!.c as number;
    throw new GlossError(`the corpus has ${errors} problem${errors > 1 ? 's' : ''}: run gloss check`);
  }
  const article = new Int32Array(new Uint8Array(Buffer.from(articleBytes, 'base64')).buffer);
  if (article.length !== kinds.length) throw new Damaged('search index');
  const articles = db.prepare('SELECT id FROM articles ORDER BY n').all().map((r) => r.id as string);
  const one = db.prepare('SELECT record, folded, sum FROM search_docs WHERE n = ?');
  const row = (i: number) => {
    const r = one.get(i);
    if (!r || checksum(`${String(r.record)}\n${String(r.folded)}`) !== r.sum) throw new Damaged(`search document ${i}`);
    return r;
  };
  const texts = (ids: readonly number[]) => {
    const out = new Map<number, string>();
    if (ids.length <= ONE_PASS) {
      for (const i of ids) out.set(i, row(i).folded as string);
      return out;
    }
    const wanted = new Set(ids);
    for (const r of db.prepare('SELECT n, record, folded, sum FROM search_docs ORDER BY n').iterate()) {
      if (!wanted.has(r.n as number)) continue;
      checked(`${String(r.record)}\n${String(r.folded)}`, r.sum, `search document ${String(r.n)}`);
      out.set(r.n as number, r.folded as string);
    }
    return out;
  };
  const record = (i: number): SearchRecord => {
    const n = article[i]!;
    return recordFrom(JSON.parse(row(i).record as string) as StoredRecord, n < 0 ? null : articles[n]!);
  };
  const containing = (ids: readonly number[], needles: readonly string[]) => {
    // SQLite's instr over the stored UTF-8, without making a string of each document.
    const where = needles.map(() => 'instr(folded, ?) > 0').join(' AND ');
    const found = new Set(db.prepare(`SELECT n FROM search_docs WHERE ${where}`).all(...needles).map((r) => r.n as number));
    return ids.filter((i) => found.has(i));
  };
  const vocabulary = db.prepare('SELECT word FROM vocabulary ORDER BY w').all().map((r) => r.word as string);
  const postingsOf = db.prepare('SELECT postings, sum FROM vocabulary WHERE w = ?');
  const words =
    vocabulary.length === 0
      ? null
      : {
          vocabulary,
          postings(w: number) {
            const r = postingsOf.get(w);
            const bytes = checkedBytes(r?.postings, r?.sum, `postings of word ${w}`);
            return new Int32Array(bytes.slice().buffer);
          },
        };
  return { kinds, article, articles, texts, record, containing, words };
}
