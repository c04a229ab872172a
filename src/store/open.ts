/**
 * Finds a corpus's database and makes sure it may be trusted, else builds it (build.ts):
 * - a database of another schema or build of gloss, one that fails to open, or one whose file is not
 *   as long as its pages say (truncated) is rebuilt;
 * - a stale one (freshness.ts) is rebuilt: `open` checks the folders and the registries; a command
 *   then asks `ensure` for the articles it reads (or all of them) before trusting their rows;
 * - a row whose checksum fails, or SQLite reporting damage while a command reads, makes the command
 *   rebuild and start again (cli/context.ts `withStore`).
 * The loader (and its YAML parser) and the builder are imported only when a build is needed.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Loaded, Progress } from '../corpus/load.js';
import { BUILD } from '../corpus/cache-dir.js';
import { openDatabase, type Database } from './sqlite.js';
import { SCHEMA_VERSION } from './schema.js';
import { checked } from './rows.js';
import { inputsOf, leftOutOf, loaderProblems, wholeCorpus } from './queries.js';
import type { Range16 } from '../corpus/anchor.js';
import { corpusRoot, DATABASE, storeFolder, sweep, warn } from './location.js';
import { markUsed, recordCorpus } from './cache-upkeep.js';
import { folders, freshAside, isFresh, stampOf, textsUnchanged } from './freshness.js';
import { GlossError } from '../errors.js';
import { noteDatabaseBuilt } from '../runtime/cold-run.js';

export class Store {
  private constructor(
    public db: Database,
    private readonly corpusDir: string,
    private readonly folder: string | null,
    private readonly progress?: Progress,
    // Whether this run made `folder`: a signal ending its first build then removes it (build.ts).
    private readonly folderMade = false,
  ) {}

  static async open(corpusDir: string, progress?: Progress): Promise<Store> {
    const root = corpusRoot(corpusDir);
    const place = storeFolder(root);
    const folder = place?.dir ?? null;
    if (folder) {
      sweep(folder);
      markUsed(folder);
    }
    const opened = folder ? openTrusted(join(folder, DATABASE), root) : null;
    if (opened?.fresh) return new Store(opened.db, corpusDir, folder, progress);
    // A stale database (a file added, renamed or changed) lends its rows of unchanged articles to the new one.
    const store = new Store(opened?.db ?? (null as unknown as Database), corpusDir, folder, progress, place?.made);
    await store.rebuild(opened !== null);
    return store;
  }

  /** The database's file; null when it lives in memory (no cache folder, or none could be written). */
  get file(): string | null {
    return this.inMemory || !this.folder ? null : join(this.folder, DATABASE);
  }

  private inMemory = false;

  /** Makes sure the rows of these articles (all: every row) say what the corpus files say. */
  async ensure(articles: readonly string[] | 'all'): Promise<boolean> {
    if (isFresh(this.db, articles)) return false;
    await this.rebuild(true);
    return true;
  }

  /** Whether every file is unchanged, found out on another thread from 5,000 files on (freshness.ts freshAside). */
  checkAside(): Promise<boolean> {
    return freshAside(this.db, this.file);
  }

  /**
   * ensure('all') for a command that reads rows meanwhile and shows nothing before it has the
   * answer: every file is checked on another thread (freshness.ts freshAside) while `read` runs on
   * the database as it is; if the files changed, the database is rebuilt and `read` runs again.
   */
  async readingAll<T>(read: () => T): Promise<T> {
    const fresh = this.checkAside();
    let result: T;
    try {
      result = read();
    } catch (e) {
      // Rows that failed to read from a stale database are read again from the rebuilt one (read
      // afresh: those rows may have been damaged).
      if (await fresh) throw e;
      await this.rebuild();
      return read();
    }
    if (await fresh) return result;
    await this.rebuild(true);
    return read();
  }

  /**
   * check's test, made on every run: every article text hashed again, never taken from the database.
   * A text changed under the same stamps is read again with every other file: nothing is taken from a
   * database whose stamps have been shown not to tell.
   */
  async ensureTexts(): Promise<void> {
    if (!(await this.ensure('all')) && !textsUnchanged(this.db)) await this.rebuild();
  }

  /**
   * Reads the corpus from its files and builds the database afresh. `reuse`: the database is stale,
   * not damaged, and the new one takes the rows of the articles whose files are unchanged from it
   * (reuse.ts) instead of reading those files again.
   */
  async rebuild(reuse = false): Promise<void> {
    noteDatabaseBuilt();
    const old = reuse && this.db ? this.db : undefined;
    if (!old) this.closeDatabase();
    // The folders' stamps before reading: a file added or removed while the corpus is read is seen next time.
    const before = folders(resolve(this.corpusDir)).map((f) => stampOf(f, null) ?? { path: f, article: null, size: -1, mtime: -1, ctime: -1, ino: -1 });
    const [{ CorpusReader }, { buildDatabase }] = await Promise.all([import('../corpus/load.js'), import('./build.js')]);
    const readerOf = () => new CorpusReader(this.corpusDir);
    const target = this.folder && join(this.folder, DATABASE);
    try {
      try {
        this.db = await buildDatabase(this.folder, target, readerOf, before, this.progress, undefined, old && { db: old, file: this.file }, this.folderMade);
      } finally {
        old?.close();
      }
      this.inMemory = target === null;
      if (this.folder) recordCorpus(this.folder, corpusRoot(this.corpusDir));
    } catch (e) {
      // A full disk, a folder gone read-only, a folder in the database's place: this run goes on from
      // memory, and says so once (as for a cache folder that cannot be used, location.ts).
      if (target === null || e instanceof GlossError) throw e;
      // node:sqlite's errors all have the code ERR_SQLITE_ERROR: SQLite's own words ("database or disk
      // is full") say what went wrong.
      const why = (e as { errstr?: unknown }).errstr ?? (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
      warn(`cannot write the corpus database ${target} (${why})`);
      this.db = await buildDatabase(null, null, readerOf, before, this.progress);
      this.inMemory = true;
    }
  }

  private closeDatabase(): void {
    try {
      this.db?.close();
    } catch {
      // closed already
    }
  }

  /** The whole corpus as the loader gave it, every file checked first (a corpus with errors: its sound part, with every problem). */
  async whole(): Promise<Loaded> {
    await this.ensure('all');
    const nonMentions = new Map(JSON.parse(this.meta('nonMentions')!) as [string, Range16[]][]);
    return { corpus: wholeCorpus(this.db, this.meta('dir')!), problems: loaderProblems(this.db, Number(this.meta('loaderProblems'))), nonMentions, inputs: inputsOf(this.db), leftOut: leftOutOf(this.db) };
  }

  meta(key: string): string | undefined {
    const r = this.db.prepare('SELECT value, sum FROM meta WHERE key = ?').get(key);
    return r && checked(r.value, r.sum, `meta ${key}`);
  }
}

/**
 * The database at `file` if it opens, is whole, is of this build and was built from the corpus at
 * `root` (its real path), and whether its folders and registries are unchanged (`fresh`); else null.
 * A database copied or restored from another corpus's cache folder holds that corpus's rows and the
 * stamps of its files: trusted, it answered for the other corpus until those files changed.
 */
function openTrusted(file: string, root: string): { db: Database; fresh: boolean } | null {
  let db: Database | undefined;
  try {
    const size = statSync(file, { throwIfNoEntry: false })?.size;
    if (!size) return null;
    db = openDatabase(file, { readOnly: true });
    const pages = db.prepare('PRAGMA page_count').get()!.page_count as number;
    const pageSize = db.prepare('PRAGMA page_size').get()!.page_size as number;
    if (pages * pageSize !== size) throw new Error('truncated');
    const meta = (key: string) => {
      const r = db!.prepare('SELECT value, sum FROM meta WHERE key = ?').get(key);
      return r && checked(r.value, r.sum, key);
    };
    if (meta('schema') !== String(SCHEMA_VERSION) || meta('build') !== BUILD) throw new Error('another version');
    const dir = meta('dir');
    if (dir === undefined || corpusRoot(dir) !== root) throw new Error('another corpus');
    return { db, fresh: isFresh(db, []) };
  } catch {
    // Whatever the reason (damaged, truncated, another version), it is rebuilt.
    try {
      db?.close();
    } catch {
      // nothing open
    }
    return null;
  }
}
