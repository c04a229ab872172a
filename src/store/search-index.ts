/**
 * The search index in the corpus's database, opened for queries (search/documents.ts OpenIndex):
 * the kinds and articles of every document are read whole (a few bytes each), and documents'
 * texts and records, and the postings of words, only as a query asks for them.
 */
import { GlossError } from '../errors.js';
import { recordFrom, type OpenIndex, type SearchRecord, type StoredRecord } from '../search/documents.js';
import type { Database, SqlValue } from './sqlite.js';
import { checked, checkedBytes, Damaged, metaInts } from './rows.js';
import { isWordUnit } from '../search/word-index.js';

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
  // No documents, no article numbers: stored as none (article-rows.ts).
  const article = metaInts(db, 'search.article') ?? (kinds === '' ? new Int32Array(0) : undefined);
  if (kinds === undefined || article === undefined) {
    const errors = db.prepare("SELECT count(*) AS c FROM problems WHERE severity = 'error'").get()!.c as number;
    throw new GlossError(`the corpus has ${errors} problem${errors > 1 ? 's' : ''}: run gloss check`);
  }
  if (article.length !== kinds.length) throw new Damaged('search index');
  const articles = articleIds(db);
  const oneText = db.prepare('SELECT folded, sum FROM search_text WHERE n = ?');
  const oneRecord = db.prepare('SELECT record, sum FROM search_docs WHERE n = ?');
  // Texts that `containing` has read already (unchecked: checked as they are given out).
  const read = new Map<number, [SqlValue | undefined, SqlValue | undefined]>();
  const texts = (asked: readonly number[]) => {
    const out = new Map<number, string>();
    const ids: number[] = [];
    for (const i of asked) {
      const r = read.get(i);
      if (r) out.set(i, checked(r[0], r[1], `search text ${i}`));
      else ids.push(i);
    }
    if (ids.length === 0) return out;
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
    return recordFrom(JSON.parse(checked(r?.record, r?.sum, `search document ${i}`)) as StoredRecord, n < 0 ? null : articles[n]!, i);
  };
  const containing = (ids: Int32Array, needles: readonly string[]) => {
    // SQLite's instr over the stored UTF-8; the texts found are kept for `texts`, which the search asks
    // next for these very documents: a second pass over every text cost more than this one (a short
    // word at 30,000 articles: 1.3 s).
    const where = needles.map(() => 'instr(folded, ?) > 0').join(' AND ');
    for (const r of db.prepare(`SELECT n, folded, sum FROM search_text WHERE ${where}`).iterate(...needles)) read.set(r.n as number, [r.folded, r.sum]);
    // The texts found are checked as they are given out, but not the texts not found: a flipped byte
    // could hide a document. The checksummed postings say which documents hold the needles, where each
    // needle is of word characters only (so that it stands within one word wherever it stands).
    const expected = needles.map(holding);
    if (expected.every((e) => e !== null)) {
      for (const n of read.keys()) if (!expected.every((e) => e!.has(n))) throw new Damaged('search texts');
      const first = expected[0]!;
      for (const n of first) if (!read.has(n) && expected.every((e) => e!.has(n))) throw new Damaged('search texts');
    }
    return ids.filter((i) => read.has(i));
  };
  /** The documents holding `needle` by their words' postings; null where it holds a character that is no word's. */
  const holding = (needle: string): Set<number> | null => {
    if (!words || needle === '') return null;
    for (let i = 0; i < needle.length; i++) if (!isWordUnit(needle.charCodeAt(i))) return null;
    const out = new Set<number>();
    words.vocabulary.forEach((word, w) => {
      if (!word.includes(needle)) return;
      const docs = words.postings(w);
      for (let i = 0; i < docs.length; i++) out.add(docs[i]!);
    });
    return out;
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
