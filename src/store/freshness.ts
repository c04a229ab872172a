/**
 * Whether a database still says what the corpus says. Each file the loader read has a stamp (size,
 * modification time, change time, inode), and so have the corpus folder, its articles folder and the
 * folders in that (whose annotation files check warns are not read: corpus/files.ts strayFiles): a
 * file counts as changed when any of the four differs. The change time is the one a program cannot
 * set back (`touch -r` restores the modification time, not it), so an edit that keeps the size, the
 * inode and the modification time is still seen. An added, removed or renamed file changes its
 * folder's stamps, so the folders' two stamps stand for their listings (reading the listing of 60,000
 * files costs more than the command that asks).
 *
 * What is checked depends on what the command reads (open.ts): the folders, the registries and the
 * files of the articles it shows (read, show, cite, claims --article), or every file (listings,
 * search, check, export). A stat costs some 5–10 µs, so 60,000 files (30,000 articles) cost about
 * half a second: commands that show one article do not pay it.
 */
import { sha256Hex } from '../platform/crypto.js';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { StatThread, takeEarly, unchanged } from './stat-thread.js';
import { join, resolve } from 'node:path';
import type { Database } from './sqlite.js';
import { Damaged, databaseId } from './rows.js';

export interface Stamp {
  path: string;
  /** The article the file belongs to; null for registries, folders and files of no article. */
  article: string | null;
  size: number;
  mtime: number;
  ctime: number;
  ino: number;
  /** An article text's SHA-256 as it was read (check compares it with the file every time). */
  sha256?: string | null;
}

export function stampOf(path: string, article: string | null): Stamp | null {
  const st = statOf(path);
  return st ? { path, article, size: st.size, mtime: st.mtimeMs, ctime: st.ctimeMs, ino: st.ino } : null;
}

/**
 * A file's stat, or undefined where there is none to be had: no such file, and also a loop of
 * symbolic links, a name too long, a folder on the way that cannot be searched. Each counts as a file
 * not there (its stamp says absent): the reader reports why it could not be read, and the first stat
 * that succeeds later differs from that stamp. (statSync's throwIfNoEntry covers only the first; a
 * looping link in a corpus made every command an internal error.)
 */
export function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** A file that was not there when read: still fresh while it is still not there. */
const ABSENT = -1;

/** The folders whose stamps stand for their listings. */
export const folders = (root: string) => [root, join(root, 'articles')];

/**
 * The stamps of what a corpus was read from: each file as it was opened, before its bytes were read
 * (stats, from the reader), a file that could not be opened as it is now, or absent. A file or folder
 * changed while it was being read therefore differs from its stamp on the next run, which reads it
 * again: nothing is ever stamped as seen that was not. `folders` are the folders' stamps, taken
 * before reading began; `articleOf` and `sha256` say which files are an article's, and its text's hash.
 */
export function stampsOf(
  inputs: readonly string[],
  stats: ReadonlyMap<string, Stats>,
  folderStamps: readonly Stamp[],
  articleOf: ReadonlyMap<string, string>,
  sha256: ReadonlyMap<string, string>,
): Stamp[] {
  const stamps = [...folderStamps];
  for (const f of new Set(inputs.map((p) => resolve(p)))) {
    const article = articleOf.get(f) ?? null;
    const st = stats.get(f);
    const s = st ? { path: f, article, size: st.size, mtime: st.mtimeMs, ctime: st.ctimeMs, ino: st.ino } : stampOf(f, article);
    stamps.push({ ...(s ?? { path: f, article, size: ABSENT, mtime: ABSENT, ctime: ABSENT, ino: ABSENT }), sha256: sha256.get(f) ?? null });
  }
  return stamps;
}

/** Stamps as the check of every file takes them: the paths joined by NUL (no path holds one), four numbers a path. */
export interface PackedStamps {
  paths: string;
  stamps: Float64Array;
}

/** The stamps as stored in stamps_packed: a path stamped twice keeps its last stamp, as the stamps table does (INSERT OR REPLACE). */
export function packStamps(stamps: readonly Stamp[]): PackedStamps {
  const last = new Map<string, Stamp>();
  for (const s of stamps) last.set(s.path, s);
  const out = new Float64Array(last.size * 4);
  let i = 0;
  for (const s of last.values()) out.set([s.size, s.mtime, s.ctime, s.ino], 4 * i++);
  return { paths: [...last.keys()].join('\0'), stamps: out };
}

/** Every stamp, from its one row (the paths' UTF-8 bytes joined by NUL, four Float64s' bytes a path): reading 20,000 rows of the stamps table cost 50-100 ms. */
function packedStamps(db: Database): PackedStamps {
  const r = db.prepare('SELECT paths, stamps FROM stamps_packed').get();
  const names = r?.paths;
  const bytes = r?.stamps;
  if (!(names instanceof Uint8Array) || !(bytes instanceof Uint8Array) || bytes.length % 8 !== 0) throw new Damaged('stamps');
  return decoded(names, bytes);
}

function decoded(names: Uint8Array, bytes: Uint8Array): PackedStamps {
  // Stored as bytes, not TEXT: Node 22's node:sqlite cuts a TEXT value at its first NUL.
  const paths = Buffer.from(names.buffer, names.byteOffset, names.byteLength).toString('utf8');
  // A Float64Array needs its bytes aligned to eight.
  const aligned = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const stamps = new Float64Array(aligned.buffer, aligned.byteOffset, aligned.length / 8);
  if (stamps.length !== 4 * (paths === '' ? 0 : paths.split('\0').length)) throw new Damaged('stamps');
  return { paths, stamps };
}

/** The stamps of these articles, and of no article, as [path, size, mtime, ctime, ino]. */
function storedStamps(db: Database, articles: readonly string[]): [string, number, number, number, number][] {
  // Opening a database asks for no article (its folders and registries): SQLite's json_each costs
  // more on first use than that whole query.
  const columns = 'path, size, mtime, ctime, ino';
  const st =
    articles.length === 0
      ? db.prepare(`SELECT ${columns} FROM stamps WHERE article IS NULL`)
      : db.prepare(`SELECT ${columns} FROM stamps WHERE article IS NULL OR article IN (SELECT value FROM json_each(?))`);
  // Rows as arrays where this Node has them (22.16, 24): 60,000 stamps as objects cost a tenth of a second.
  const arrays = typeof st.setReturnArrays === 'function';
  if (arrays) st.setReturnArrays(true);
  const rows = (articles.length === 0 ? st.all() : st.all(JSON.stringify(articles))) as unknown[];
  return (arrays ? rows : rows.map((r) => Object.values(r as object))) as [string, number, number, number, number][];
}

function asArguments(rows: readonly [string, number, number, number, number][]): { paths: string[]; stamps: Float64Array } {
  const stamps = new Float64Array(rows.length * 4);
  rows.forEach((r, i) => stamps.set([r[1], r[2], r[3], r[4]], 4 * i));
  return { paths: rows.map((r) => r[0]), stamps };
}

const split = (paths: string) => (paths === '' ? [] : paths.split('\0'));

/** Whether every stamp stored for these articles (all: every stamp), and for no article, still holds. */
export function isFresh(db: Database, articles: readonly string[] | 'all'): boolean {
  if (articles === 'all') {
    const { paths, stamps } = packedStamps(db);
    return unchanged(statSync, split(paths), stamps);
  }
  const { paths, stamps } = asArguments(storedStamps(db, articles));
  return unchanged(statSync, paths, stamps);
}

const ASIDE_FROM = 5000;

/**
 * isFresh(db, 'all') on a thread of its own, for a command that reads every text meanwhile (verify,
 * search, export) and shows nothing before the answer: a stat of every file (20,000 at 10,000
 * articles) then runs on the second core, and the thread reads the stamps itself from the database's
 * `file` (stat-thread.ts). A thread started as gloss started (early-thread.ts) is used whatever the
 * number of files: it has started already. Its answer counts only for a database of this one's
 * identity (meta `id`): one read from another database (renamed into place by a racing rebuild, or
 * replaced by the rebuild of this run) is asked again of a new thread, once, then checked here, as
 * is a database in memory.
 */
export async function freshAside(db: Database, file: string | null): Promise<boolean> {
  const id = identityOf(db);
  const early = takeEarly();
  const answer = early && (await answerFor(early, id));
  if (answer !== undefined) return answer;
  // A thread takes some 50 ms to start, the time of 5,000 stats or so: fewer files are checked here.
  const bytes = db.prepare('SELECT length(stamps) AS n FROM stamps_packed').get()?.n;
  if (file !== null && id !== undefined && typeof bytes === 'number' && bytes / 32 >= ASIDE_FROM) {
    const again = await answerFor(new StatThread(file), id);
    if (again !== undefined) return again;
  }
  return isFresh(db, 'all');
}

/** A database's identity (meta `id`); undefined where it has none or it is damaged (its files are then checked here). */
function identityOf(db: Database): string | undefined {
  try {
    return databaseId(db);
  } catch {
    return undefined;
  }
}

/** A thread's answer where it read the database of identity `id`; undefined where it read another, or failed. */
async function answerFor(thread: StatThread, id: string | undefined): Promise<boolean | undefined> {
  try {
    const answer = await thread.check();
    return id !== undefined && answer.id === id ? answer.fresh : undefined;
  } catch {
    return undefined;
  }
}

export function fileSha256(path: string): string | null {
  try {
    return sha256Hex(readFileSync(path));
  } catch {
    return null;
  }
}

/** Whether every article text still has the SHA-256 it was read with: check's own test, made on every run. */
export function textsUnchanged(db: Database): boolean {
  for (const r of db.prepare('SELECT path, sha256 FROM stamps WHERE sha256 IS NOT NULL').iterate()) {
    if (fileSha256(r.path as string) !== r.sha256) return false;
  }
  return true;
}
