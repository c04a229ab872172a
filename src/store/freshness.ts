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
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Database } from './sqlite.js';
import type { Loaded } from '../corpus/load.js';

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

const same = (a: Stamp, b: Stamp | null) => b !== null && a.size === b.size && a.mtime === b.mtime && a.ctime === b.ctime && a.ino === b.ino;

/** The folders whose stamps stand for their listings. */
export const folders = (root: string) => [root, join(root, 'articles')];

/**
 * The stamps of what a freshly loaded corpus was read from, or null if a file is gone (or changed)
 * already: a corpus being edited while it loads is loaded again next time. Taken before loading
 * (`before`, the folders) and after (the files), so an edit during loading is never stamped as seen.
 */
export function stampsOf(root: string, loaded: Loaded, before: Stamp[]): Stamp[] | null {
  const articleOf = new Map<string, string>();
  for (const a of loaded.corpus.articles) {
    articleOf.set(resolve(a.annotationFile), a.id);
    articleOf.set(resolve(a.textFile), a.id);
  }
  const texts = new Set(loaded.corpus.articles.map((a) => resolve(a.textFile)));
  const files = [...new Set(loaded.inputs.map((f) => resolve(f)))].map((f) => {
    const s = stampOf(f, articleOf.get(f) ?? null);
    return s && texts.has(f) ? { ...s, sha256: fileSha256(f) } : s;
  });
  const after = folders(root).map((f) => stampOf(f, null));
  if (files.some((s) => s === null) || after.some((s, i) => !same(before[i]!, s))) return null;
  return [...before, ...(files as Stamp[])];
}

/** Whether every stamp stored for these articles (all: every stamp), and for no article, still holds. */
export function isFresh(db: Database, articles: readonly string[] | 'all'): boolean {
  // Opening a database asks for no article (its folders and registries): SQLite's json_each costs
  // more on first use than that whole query.
  const rows =
    articles === 'all'
      ? db.prepare('SELECT * FROM stamps').all()
      : articles.length === 0
        ? db.prepare('SELECT * FROM stamps WHERE article IS NULL').all()
        : db.prepare('SELECT * FROM stamps WHERE article IS NULL OR article IN (SELECT value FROM json_each(?))').all(JSON.stringify(articles));
  for (const r of rows) {
    const s = r as unknown as Stamp;
    if (!same(s, stampOf(s.path, s.article))) return false;
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
