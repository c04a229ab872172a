/**
 * Builds a corpus's database from a loaded corpus: every table of schema.ts in one go, the search
 * index included, so that a database in place is whole and never written again. A file is built
 * under a temporary name in the cache folder and renamed into place only when complete: a reader
 * opens the old database or the new one, never half of one, and processes racing to rebuild each
 * rename a whole file (the last one stays). Without a cache folder the database is built in memory.
 */
import { renameSync, rmSync } from 'node:fs';
import type { Loaded, Progress } from '../corpus/load.js';
import { lintCorpus } from '../corpus/lint.js';
import { soundPart } from '../corpus/sound.js';
import { tally } from '../query/records.js';
import { isQuotation } from '../query/quotes.js';
import { documents, KIND_CODE, LARGE, storedRecord } from '../search/documents.js';
import { WordPostings } from '../search/word-index.js';
import { BUILD } from '../corpus/cache-dir.js';
import { checksum, openDatabase, type Database, type SqlValue } from './sqlite.js';
import { INDEXES, SCHEMA_VERSION, TABLES } from './schema.js';
import { sealed } from './rows.js';
import { temporaryName } from './location.js';
import type { Stamp } from './freshness.js';

/** Builds the database at `dir/corpus.db` (through a temporary file), or in memory when dir is null. */
export function buildDatabase(dir: string | null, target: string | null, loaded: Loaded, stamps: Stamp[], progress?: Progress): Database {
  if (dir === null || target === null) {
    const db = openDatabase(':memory:');
    fill(db, loaded, stamps, progress);
    return db;
  }
  const tmp = temporaryName(dir);
  try {
    const db = openDatabase(tmp);
    // A temporary file needs no journal: if the build dies, the file is thrown away.
    db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;');
    fill(db, loaded, stamps, progress);
    db.close();
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { force: true });
  }
  return openDatabase(target, { readOnly: true });
}

function fill(db: Database, loaded: Loaded, stamps: Stamp[], progress?: Progress): void {
  const { problems } = loaded;
  // A corpus with errors is stored as its sound part (corpus/sound.ts), with every problem: the
  // commands read the sound articles and say what was left out.
  const part = soundPart(loaded);
  const corpus = part.corpus;
  db.exec(TABLES);
  db.exec('BEGIN');
  const insert = (sql: string) => {
    const st = db.prepare(sql);
    return (...values: SqlValue[]) => st.run(...values);
  };
  const meta = insert('INSERT INTO meta VALUES (?, ?, ?)');
  const putMeta = (key: string, value: string) => meta(key, ...sealed(value));
  putMeta('schema', String(SCHEMA_VERSION));
  putMeta('build', BUILD);
  putMeta('dir', corpus.dir);
  // What a whole-corpus command gets back (cli/context.ts loadedCorpus): the loader's problems are
  // the first `loaderProblems` rows of problems; the non-mentions are read by the linter and draft.
  putMeta('loaderProblems', String(loaded.problems.length));
  putMeta('nonMentions', JSON.stringify([...loaded.nonMentions]));
  putMeta('leftOut', JSON.stringify(part.leftOut));
  // check's summary counts what was loaded, broken articles included.
  const all = loaded.corpus;
  putMeta('counts', JSON.stringify({ articles: all.articles.length, actors: all.actors.length, agreements: all.agreements.length, claims: all.claims.length, mentions: all.mentions.length, regions: all.regions.length }));

  const stamp = insert('INSERT OR REPLACE INTO stamps VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const s of stamps) stamp(s.path, s.article, s.size, s.mtime, s.ctime, s.ino, s.sha256 ?? null);

  const t = tally(corpus);
  const count = (m: Map<string, number>, k: string) => m.get(k) ?? 0;
  const article = insert('INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)');
  corpus.articles.forEach((a, n) => {
    const { text, ...rest } = a;
    // textAt: where the text stands among the article's keys, so that it reads back in the loader's order.
    const json = JSON.stringify({ a: rest, textAt: Object.keys(a).indexOf('text'), claims: count(t.claimsPerArticle, a.id), mentions: count(t.mentionsPerArticle, a.id), characters: [...text].length });
    article(n, a.id, ...sealed(json), text, checksum(text));
  });
  const actor = insert('INSERT INTO actors VALUES (?, ?, ?, ?)');
  corpus.actors.forEach((a, n) => actor(n, a.id, ...sealed(JSON.stringify({ a, mentions: count(t.mentions, a.id), claimsMade: count(t.claimsMade, a.id), claimsAbout: count(t.claimsAbout, a.id) }))));
  const agreement = insert('INSERT INTO agreements VALUES (?, ?, ?, ?)');
  corpus.agreements.forEach((a, n) => agreement(n, a.id, ...sealed(JSON.stringify({ a, mentions: count(t.mentions, a.id), claimsAbout: count(t.claimsAbout, a.id) }))));

  const quoted = isQuotation(corpus);
  const claim = insert('INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const about = insert('INSERT OR IGNORE INTO claim_about VALUES (?, ?)');
  const party = insert('INSERT OR IGNORE INTO claim_party VALUES (?, ?)');
  corpus.claims.forEach((c, n) => {
    claim(n, c.id, c.article, c.source, c.reportedBy ?? null, c.type, c.attribution, quoted(c) ? 1 : 0, c.from, c.to, ...sealed(JSON.stringify(c)));
    for (const s of c.about) about(s, n);
    for (const a of [c.source, ...c.via]) party(a, n);
  });
  const mention = insert('INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)');
  corpus.mentions.forEach((m, n) => mention(n, m.id, m.article, m.actor ?? m.agreement ?? null, ...sealed(JSON.stringify(m))));
  const region = insert('INSERT INTO regions VALUES (?, ?, ?, ?, ?)');
  corpus.regions.forEach((r, n) => region(n, r.id, r.article, ...sealed(JSON.stringify(r))));

  // check lists the loader's problems, then (for a corpus that loaded without errors) the linter's warnings.
  const sound = !problems.some((p) => p.severity === 'error');
  const problem = insert('INSERT INTO problems VALUES (?, ?, ?, ?)');
  [...problems, ...(sound ? lintCorpus(corpus, loaded.nonMentions) : [])].forEach((p, n) => problem(n, p.severity, ...sealed(JSON.stringify(p))));

  // The sound articles are searched, whatever problems the others have.
  fillSearch(db, { ...loaded, corpus }, insert, putMeta, progress);
  db.exec(INDEXES);
  db.exec('COMMIT');
}

function fillSearch(
  db: Database,
  loaded: Loaded,
  insert: (sql: string) => (...values: SqlValue[]) => unknown,
  putMeta: (key: string, value: string) => unknown,
  progress?: Progress,
): void {
  const articles = loaded.corpus.articles.map((a) => a.id);
  const number = new Map(articles.map((id, i) => [id, i]));
  const doc = insert('INSERT INTO search_docs VALUES (?, ?, ?, ?, ?)');
  const text = insert('INSERT INTO search_text VALUES (?, ?, ?)');
  const words = new WordPostings();
  let kinds = '';
  const article: number[] = [];
  let done = -1;
  let n = 0;
  for (const d of documents(loaded.corpus)) {
    if (d.article !== null && d.article !== articles[done]) progress?.('indexing it', ++done, articles.length);
    const folded = d.f.all.replace(/\n/g, ' ');
    words.add(n, folded);
    const code = d.furniture ? KIND_CODE[d.kind].toUpperCase() : KIND_CODE[d.kind];
    kinds += code;
    const a = d.article === null ? -1 : number.get(d.article)!;
    article.push(a);
    const record = JSON.stringify(storedRecord(d));
    doc(n, code, a, record, checksum(record));
    text(n++, folded, checksum(folded));
  }
  progress?.('indexing it', articles.length, articles.length);
  putMeta('search.kinds', kinds);
  putMeta('search.article', Buffer.from(Int32Array.from(article).buffer).toString('base64'));
  // Only a large corpus is narrowed by words before ranking (prefilter.ts): a small one needs no postings.
  if (n > LARGE) {
    const vocabulary = insert('INSERT INTO vocabulary VALUES (?, ?, ?, ?)');
    let w = 0;
    for (const [word, postings] of words.entries()) {
      const bytes = new Uint8Array(postings.buffer, postings.byteOffset, postings.byteLength);
      vocabulary(w++, word, bytes, checksum(bytes));
    }
  }
  void db;
}
