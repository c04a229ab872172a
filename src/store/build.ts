/**
 * Builds a corpus's database (every table of schema.ts, the search index included) as the corpus is
 * read, one article at a time: an article's rows, search documents and words are written and the
 * article let go before the next is read, so a corpus of any size is built in the memory of a few
 * articles and of the word index. A database in place is whole and never written again: it is built
 * under a temporary name in the cache folder and renamed into place when complete, so a reader opens
 * the old database or the new one, never half of one, and processes racing to rebuild each rename a
 * whole file (the last one stays). Without a cache folder the database is built in memory.
 *
 * Rows are numbered in reading order (articles by id): articles are read in the order of their files'
 * names, which is their ids' order when each file is named for its article, as `gloss add` names them.
 * A corpus whose ids are in another order is read whole first and written in id order (`sorted`).
 */
import { randomHex } from '../platform/crypto.js';
import { renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { byArticleId, shownPath, type ArticleRead, type CorpusReader, type Progress } from '../corpus/load.js';
import type { Range16 } from '../corpus/anchor.js';
import type { Corpus, Problem } from '../model.js';
import { lintCorpus } from '../corpus/lint.js';
import { tally, type Tallies } from '../query/records.js';
import { agentPartners } from '../query/agents.js';
import { BUILD } from '../corpus/cache-dir.js';
import { isDamage, openDatabase, type Database } from './sqlite.js';
import { INDEXES, SCHEMA_VERSION, TABLES } from './schema.js';
import { Damaged, sealed } from './rows.js';
import { PreviousBuild } from './reuse.js';
import { temporaryName } from './location.js';
import { packStamps, stampsOf, type Stamp } from './freshness.js';
import { BatchedInsert } from './batched-insert.js';
import { WriterFailed, writerHere, writerThread, type Writer } from './writer.js';
import type { EarlierFile } from './earlier.js';
import { articleItem, type Earlier } from './article-rows.js';
import { guardTemp } from '../runtime/temp-file.js';
import { breather } from '../runtime/interrupt.js';

/** Reads a corpus afresh (a build that must start again reads it again). */
export type ReaderOf = () => CorpusReader;

/** From this many articles on, a worker thread writes the database (writer.ts); below, starting it costs more than it saves. */
export const WORKER_FROM = 200;

/**
 * Builds the database at `target` in `dir` (through a temporary file), or in memory when dir is null.
 * `folders`: the corpus folders' stamps, taken before reading began. `worker`: whether a worker thread
 * writes the file (by default, from WORKER_FROM articles on). `old`: the database this one replaces,
 * whose rows of unchanged articles are taken instead of reading their files again (reuse.ts).
 * `dirMade`: this run made `dir`, which a signal ending the build then removes if it leaves it empty.
 *
 * Ctrl-C, SIGTERM or SIGHUP during a build removes the temporary database and its journal before gloss
 * ends (runtime/temp-file.ts guardTemp, as for `export -o`), rather than leave them (some hundreds of
 * megabytes for a large corpus) to a later run's sweep; the builder hands the event loop a turn every
 * few milliseconds (`reads`) for the handler to run. SIGKILL leaves them to the sweep (location.ts).
 */
export async function buildDatabase(
  dir: string | null,
  target: string | null,
  readerOf: ReaderOf,
  folders: Stamp[],
  progress?: Progress,
  worker?: boolean,
  old?: OldDatabase,
  dirMade = false,
): Promise<Database> {
  if (dir === null || target === null) {
    let db: Database | undefined;
    await built(
      (_, previous) => {
        db?.close();
        db = openDatabase(':memory:');
        // SQLite sorts what outgrows its cache (making the indexes of a few thousand articles) in
        // temporary files, even for a database in memory: on the full disk that sent the build here,
        // the build failed again ('disk I/O error') and the command with it. In memory, all of it.
        db.exec('PRAGMA temp_store = MEMORY');
        return writerHere(db, earlierFile(old, previous));
      },
      readerOf,
      folders,
      progress,
      old,
    );
    return db!;
  }
  const tmp = temporaryName(dir);
  // A temporary file needs no journal: if the build dies, the file is thrown away. Pages of 16 KiB,
  // not SQLite's 4 KiB (set before the first table makes the file): a quarter of the pages to split,
  // write and find room in. Replaying 10,000 articles' rows into a fresh file with the sqlite3 shell
  // took 4.6-5.6 s of CPU at 4 KiB, 3.0-3.4 s at 16 KiB (8 KiB: 3.5 s; 32 and 64 KiB no better, with a
  // larger page cache), and the file is 787 MB instead of 817.
  const pragmas = 'PRAGMA page_size = 16384; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;';
  let here: Database | undefined;
  await guardTemp(
    tmp,
    async () => {
      await built(
        (articles, previous) => {
          here?.close();
          here = undefined;
          rmSync(tmp, { force: true });
          if (worker ?? articles >= WORKER_FROM) {
            const w = writerThread(tmp, earlierFile(old, previous));
            w.exec(pragmas);
            return w;
          }
          here = openDatabase(tmp);
          here.exec(pragmas);
          return writerHere(here, earlierFile(old, previous));
        },
        readerOf,
        folders,
        progress,
        old,
      );
      here?.close();
      renameSync(tmp, target);
    },
    dirMade ? dir : undefined,
  );
  return openDatabase(target, { readOnly: true });
}

class OutOfOrder extends Error {}

async function built(open: (articles: number, previous: PreviousBuild | null) => Writer, readerOf: ReaderOf, folders: Stamp[], progress?: Progress, old?: OldDatabase): Promise<void> {
  let reader = readerOf();
  let previous = old ? previousBuild(old.db, reader) : null;
  let sorted = false;
  for (;;) {
    const writer = open(reader.files.articles.length, previous);
    try {
      await fill(writer, reader, sorted, folders, progress, previous);
    } catch (e) {
      const closing = await writer.done().then(() => undefined, (reason: unknown) => reason);
      // A statement the worker failed: its reason (SQLite's, "database or disk is full") is the error.
      if (e instanceof WriterFailed && closing !== undefined) throw closing;
      if (e instanceof OutOfOrder) sorted = true;
      // The old database damaged: every file is read.
      else if ((e instanceof Damaged || isDamage(e)) && previous !== null) previous = null;
      else throw e;
      reader = readerOf();
      continue;
    }
    await writer.done();
    return;
  }
}

/** The old database's file for the writer to attach, if rows are taken from it; one in memory it cannot reach. */
function earlierFile(old: OldDatabase | undefined, previous: PreviousBuild | null): EarlierFile | undefined {
  return previous && old?.file ? { file: old.file, id: previous.id } : undefined;
}

/** What may be taken from the database being replaced (reuse.ts); nothing if it is damaged. */
function previousBuild(old: Database, reader: CorpusReader): PreviousBuild | null {
  try {
    return PreviousBuild.of(old, reader.files.dir, reader.files.registries, { actors: reader.actors, agreements: reader.agreements });
  } catch (e) {
    if (e instanceof Damaged || isDamage(e)) return null;
    throw e;
  }
}

/** The database a rebuild replaces: open, and its file (null: in memory). */
export interface OldDatabase {
  db: Database;
  file: string | null;
}

/**
 * The article files read in reading order: as named (streamed), or all read first and sorted by id.
 * An article whose files are as the old database read them is taken from it (reuse.ts), unless its
 * id is taken already; where its search documents are there goes in `earlier`.
 */
async function* reads(reader: CorpusReader, sorted: boolean, previous: PreviousBuild | null, earlier: WeakMap<ArticleRead, Earlier>, breathe: () => Promise<void> | undefined, progress?: Progress): AsyncGenerator<ArticleRead> {
  const files = reader.files.articles;
  const read = (file: string): ArticleRead => {
    const reused = previous?.take(file, shownPath);
    if (!reused || !reader.adopt(reused.read, reused.stats)) return reader.read(file);
    if (reused.earlier) earlier.set(reused.read, reused.earlier);
    return reused.read;
  };
  if (!sorted) {
    for (const [done, file] of files.entries()) {
      await breathe();
      progress?.('reading and indexing the corpus', done, files.length);
      yield read(file);
    }
  } else {
    const all: ArticleRead[] = [];
    for (const [done, file] of files.entries()) {
      await breathe();
      progress?.('reading and indexing the corpus', done, files.length);
      all.push(read(file));
    }
    // The files that gave no article first: their problems, in the order the files are named.
    yield* all.filter((r) => r.article === null);
    yield* all.filter((r) => r.article !== null).sort((a, b) => byArticleId(a.article!.id, b.article!.id));
  }
  progress?.('reading and indexing the corpus', files.length, files.length);
}

async function fill(writer: Writer, reader: CorpusReader, sorted: boolean, folders: Stamp[], progress: Progress | undefined, reusable: PreviousBuild | null): Promise<void> {
  writer.exec(TABLES);
  writer.exec('BEGIN');
  const table = (name: string, columns: string, verb?: string) => new BatchedInsert(writer, name, columns, verb);

  const registry = { actors: reader.actors, agreements: reader.agreements };
  const partners = agentPartners(registry);
  writer.article({ kind: 'start', registry });
  const t: Tallies = tally({ ...registry, claims: [], mentions: [] }, undefined, partners);
  const problems: Problem[] = [...reader.problems];
  const warnings: Problem[] = [];
  const nonMentions: [string, Range16[]][] = [];
  const leftOut: string[] = [];
  // check's summary counts what was read, broken articles included.
  const counts = { articles: 0, actors: reader.actors.length, agreements: reader.agreements.length, claims: 0, mentions: 0, regions: 0 };
  const articleOf = new Map<string, string>();
  const textSha256 = new Map<string, string>();
  let previous: string | undefined;
  let number = 0;

  const earlier = new WeakMap<ArticleRead, Earlier>();
  // A signal's handler may run between two articles, and between two rows of those written after them (buildDatabase).
  const breathe = breather();
  for await (const r of reads(reader, sorted, reusable, earlier, breathe, progress)) {
    for (const p of r.problems) problems.push(p);
    const a = r.article;
    if (a === null) {
      // A file no article came of (an error in it or in its text) is left out, and said so, as one with an error in an annotation.
      if (r.leftOut !== null) {
        leftOut.push(r.leftOut);
        counts.articles++;
      }
      continue;
    }
    if (!sorted && previous !== undefined && byArticleId(previous, a.id) >= 0) throw new OutOfOrder();
    previous = a.id;
    counts.articles++;
    counts.claims += r.claims.length;
    counts.mentions += r.mentions.length;
    counts.regions += r.regions.length;
    articleOf.set(resolve(r.file), a.id);
    if (r.textPath !== null) {
      articleOf.set(r.textPath, a.id);
      if (r.textSha256 !== null) textSha256.set(r.textPath, r.textSha256);
    }
    nonMentions.push([a.id, r.nonMentions]);
    // A corpus with errors is stored as its sound part (corpus/sound.ts): an article with an error in
    // one of its files is left out, with every problem kept; the commands say what was left out.
    if (r.problems.some((p) => p.severity === 'error')) {
      leftOut.push(a.id);
      continue;
    }
    const one: Corpus = { dir: reader.files.dir, articles: [a], ...registry, claims: r.claims, mentions: r.mentions, regions: r.regions };
    tally(one, t, partners);
    for (const w of lintCorpus(one, new Map([[a.id, r.nonMentions]]))) warnings.push(w);

    // Its annotations' JSON is made here, its rows and search documents where they are written (article-rows.ts).
    writer.article(articleItem(a, r.claims, r.mentions, r.regions, number++, earlier.get(r)));
  }
  for (const p of reader.finish()) problems.push(p);
  progress?.('saving it for next time', 0, 1);

  const count = (m: Map<string, number>, k: string) => m.get(k) ?? 0;
  const actorRows = table('actors', 'vttv');
  for (const [k, a] of reader.actors.entries()) {
    await breathe();
    actorRows.add(k, a.id, ...sealed(JSON.stringify({ a, mentions: count(t.mentions, a.id), claimsMade: count(t.claimsMade, a.id), claimsAbout: count(t.claimsAbout, a.id) })));
  }
  actorRows.flush();
  const agreementRows = table('agreements', 'vttv');
  for (const [k, a] of reader.agreements.entries()) {
    await breathe();
    agreementRows.add(k, a.id, ...sealed(JSON.stringify({ a, mentions: count(t.mentions, a.id), claimsAbout: count(t.claimsAbout, a.id) })));
  }
  agreementRows.flush();

  // check lists the loader's problems, then (for a corpus that loaded without errors) the linter's warnings.
  const sound = !problems.some((p) => p.severity === 'error');
  const problemRows = table('problems', 'vttv');
  for (const [k, p] of [...problems, ...(sound ? warnings : [])].entries()) {
    await breathe();
    problemRows.add(k, p.severity, ...sealed(JSON.stringify(p)));
  }
  problemRows.flush();
  await breathe();

  const meta = table('meta', 'ttv');
  const putMeta = (key: string, value: string) => meta.add(key, ...sealed(value));
  putMeta('schema', String(SCHEMA_VERSION));
  putMeta('build', BUILD);
  // Which database this is, for a thread that opens it by its file name (stat-thread.ts).
  putMeta('id', randomHex(16));
  putMeta('dir', reader.files.dir);
  // What a whole-corpus command gets back (cli/context.ts loadedCorpus): the loader's problems are
  // the first `loaderProblems` rows of problems; the non-mentions are read by the linter and draft.
  putMeta('loaderProblems', String(problems.length));
  putMeta('nonMentions', JSON.stringify(nonMentions));
  putMeta('leftOut', JSON.stringify(leftOut));
  putMeta('counts', JSON.stringify(counts));
  writer.article({ kind: 'finish' });
  meta.flush();
  await breathe();

  const stampRows = table('stamps', 'ttvvvvt', 'INSERT OR REPLACE');
  const stamps = stampsOf(reader.inputs, reader.opened, folders, articleOf, textSha256);
  for (const s of stamps) {
    await breathe();
    stampRows.add(s.path, s.article, s.size, s.mtime, s.ctime, s.ino, s.sha256 ?? null);
  }
  stampRows.flush();
  await breathe();
  const packed = packStamps(stamps);
  const packedRow = table('stamps_packed', 'vv');
  packedRow.add(Buffer.from(packed.paths, 'utf8'), new Uint8Array(packed.stamps.buffer));
  packedRow.flush();

  writer.exec(INDEXES);
  writer.exec('COMMIT');
  progress?.('saving it for next time', 1, 1);
}
