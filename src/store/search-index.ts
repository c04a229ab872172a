/**
 * The search index in the corpus's database, opened for queries (search/documents.ts OpenIndex):
 * the kinds and articles of every document are read whole (a few bytes each), and documents'
 * texts and records, and the postings of words, only as a query asks for them.
 */
import { GlossError } from '../errors.js';
import { recordFrom, type OpenIndex, type SearchRecord, type StoredRecord } from '../search/documents.js';
import type { Database } from './sqlite.js';
import { checked, checkedBytes, Damaged, metaInts } from './rows.js';

/**
 * Texts are read in one pass over their table, rather than one by one, when more than this many
 * documents are asked for, or more than a quarter of them: each lookup costs more than a row of a pass.
 */
const ONE_PASS = 20000;

/**
 * Every article's id, in reading order. Without ORDER BY, SQLite reads them from the id index (a few
 * bytes a row; EXPLAIN QUERY PLAN: covering index) and they are put in order here: `ORDER BY n` walks
 * the table itself, a page of text and record for each article (at 10,000 articles 70-110 ms against 30 ms).
 */
function articleIds(db: Database): string[] {
  const st = db.prepare('SELECT n, id FROM articles');
  const rows = st.all().map((r) => [r.n as number, r.id as string] as const);
  return rows.sort((a, b) => a[0] - b[0]).map((r) => r[1]);
}

export function openSearchIndex(db: Database, meta: (key: string) => string | undefined): OpenIndex {
  const kinds = meta('search.kinds');
  const article = metaInts(db, 'search.article');
  if (kinds === undefined || article === undefined) {
    const errors = db.prepare("SELECT count(*) AS c FROM problems WHERE severity = 'error'").get()!.c as number;
    throw new GlossError(`the corpus has ${errors} problem${errors > 1 ? 's' : ''}: run gloss check`);
  }
  if (article.length !== kinds.length) throw new Damaged('search index');
  const articles = articleIds(db);
  const oneText = db.prepare('SELECT folded, sum FROM search_text WHERE n = ?');
  const oneRecord = db.prepare('SELECT record, sum FROM search_docs WHERE n = ?');
  const texts = (ids: readonly number[]) => {
    const out = new Map<number, string>();
    if (ids.length <= ONE_PASS && ids.length * 4 <= kinds.length) {
      for (const i of ids) {
        const r = oneText.get(i);
        out.set(i, checked(r?.folded, r?.sum, `search text ${i}`));
      }
      return out;
    }
    const wanted = new Set(ids);
    for (const r of db.prepare('SELECT n, folded, sum FROM search_text ORDER BY n').iterate()) {
      if (wanted.has(r.n as number)) out.set(r.n as number, checked(r.folded, r.sum, `search text ${String(r.n)}`));
    }
    return out;
  };
  const record = (i: number): SearchRecord => {
    const n = article[i]!;
    const r = oneRecord.get(i);
    return recordFrom(JSON.parse(checked(r?.record, r?.sum, `search document ${i}`)) as StoredRecord, n < 0 ? null : articles[n]!);
  };
  const containing = (ids: Int32Array, needles: readonly string[]) => {
    // SQLite's instr over the stored UTF-8, without making a string of each document.
    const where = needles.map(() => 'instr(folded, ?) > 0').join(' AND ');
    const found = new Set(db.prepare(`SELECT n FROM search_text WHERE ${where}`).all(...needles).map((r) => r.n as number));
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
