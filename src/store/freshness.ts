/**
 * Whether a database still says what the corpus says. Each file the loader read has a stamp (size,
 * modification time, change time, inode), and so have the corpus folder and its articles folder: a
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
import { join, resolve } from 'node:path';
import type { Database } from './sqlite.js';

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
  const st = statSync(path, { throwIfNoEntry: false });
  return st ? { path, article, size: st.size, mtime: st.mtimeMs, ctime: st.ctimeMs, ino: st.ino } : null;
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

/** Whether every stamp stored for these articles (all: every stamp), and for no article, still holds. */
export function isFresh(db: Database, articles: readonly string[] | 'all'): boolean {
  // Opening a database asks for no article (its folders and registries): SQLite's json_each costs
  // more on first use than that whole query. Only the compared columns, as arrays where this Node
  // has them: at 30,000 articles a row object a stamp was a third of the check.
  const columns = 'SELECT path, size, mtime, ctime, ino FROM stamps';
  const st = db.prepare(
    articles === 'all'
      ? columns
      : articles.length === 0
        ? `${columns} WHERE article IS NULL`
        : `${columns} WHERE article IS NULL OR article IN (SELECT value FROM json_each(?))`,
  );
  const asArrays = typeof st.setReturnArrays === 'function';
  if (asArrays) st.setReturnArrays(true);
  const rows = (articles === 'all' || articles.length === 0 ? st.all() : st.all(JSON.stringify(articles))) as unknown[];
  for (const r of rows) {
    const [path, size, mtime, ctime, ino] = (asArrays ? r : Object.values(r as object)) as [string, number, number, number, number];
    const now = statSync(path, { throwIfNoEntry: false });
    const fresh = now === undefined ? size === ABSENT : size === now.size && mtime === now.mtimeMs && ctime === now.ctimeMs && ino === now.ino;
    if (!fresh) return false;
  }
  return true;
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
