/**
 * The database a rebuild replaces, attached to the connection that writes the new one, so that an
 * unchanged article's search documents are copied from it by SQLite (article-rows.ts). A module of
 * its own: the writer's thread (writer-thread.ts) needs it, and not writer.ts, which starts threads.
 */
import { pathToFileURL } from 'node:url';
import type { Database } from './sqlite.js';
import { databaseId } from './rows.js';

/** The database a rebuild replaces, by its file, and the identity it must have (rows.ts databaseId). */
export interface EarlierFile {
  file: string;
  id: string;
}

/**
 * Attaches the database being replaced to `db` as `earlier`, for the unchanged articles' documents to
 * be copied from it (article-rows.ts), if it is still at its name and is the build the builder took
 * rows from: a racing rebuild may have renamed another into its place. Before the build's transaction
 * (SQLite attaches outside one); false, with nothing attached, where it is not to be had.
 */
export function attachEarlier(db: Database, earlier: EarlierFile | undefined): boolean {
  if (!earlier) return false;
  try {
    // Read-only, by URI: SQLite creates a file it is asked to attach where there is none, and a
    // database gone from its name (removed, or renamed away by a racing rebuild) left an empty file
    // there, which the next run took for a damaged database and rebuilt from nothing.
    db.prepare('ATTACH DATABASE ? AS earlier').run(`${pathToFileURL(earlier.file).href}?mode=ro`);
  } catch {
    return false;
  }
  try {
    if (databaseId(db, 'earlier') === earlier.id) return true;
  } catch {
    // gone, damaged: nothing taken
  }
  db.exec('DETACH DATABASE earlier');
  return false;
}

