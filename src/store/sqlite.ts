/**
 * The corpus database's view of SQLite: platform/sqlite.ts opens it (node:sqlite, its Node 22
 * warning silenced), with a wait for locks; the checksum every stored value carries; and which
 * errors mean a damaged file.
 */
import type { SQLInputValue, SQLOutputValue, StatementSync } from 'node:sqlite';
import { openDatabase as open, type DatabaseSync } from '../platform/sqlite.js';

export type Database = DatabaseSync;
export type SqlValue = SQLInputValue;
export type Row = Record<string, SQLOutputValue>;

export function openDatabase(path: string, options: { readOnly?: boolean } = {}): Database {
  // A reader waits a while for a writer's lock rather than failing at once.
  return open(path, { ...options, timeout: 5000 });
}

const FNV_PRIME = 0x01000193;
export const FNV_OFFSET = 0x811c9dc5;

/** Runs statements on `db`, each prepared once however often it runs (a build runs a few thousand times). */
export function statementRunner(db: Database): (sql: string, values: SqlValue[]) => void {
  const statements = new Map<string, StatementSync>();
  return (sql, values) => {
    let st = statements.get(sql);
    if (!st) statements.set(sql, (st = db.prepare(sql)));
    st.run(...values);
  };
}

/**
 * The checksum each stored value carries, checked as it is read: FNV-1a (32-bit) over a string's
 * UTF-16 units or over bytes; `from`, the checksum of what comes before (FNV-1a runs on from where
 * it stopped). Not zlib's checksum: loading node:zlib costs every command milliseconds,
 * and a checksum against flipped bytes needs no more than this. Four units a turn of the loop: a
 * command checks some 100 KB before V8 has compiled this loop, and in the interpreter the loop's own
 * test and jump cost as much as a unit's work (a quarter less time, cold, on 100 KB of rows).
 */
export function checksum(data: string | Uint8Array, from = FNV_OFFSET): number {
  let h = from;
  const n = data.length;
  let i = 0;
  if (typeof data === 'string') {
    for (; i + 4 <= n; i += 4) {
      h = Math.imul(h ^ data.charCodeAt(i), FNV_PRIME);
      h = Math.imul(h ^ data.charCodeAt(i + 1), FNV_PRIME);
      h = Math.imul(h ^ data.charCodeAt(i + 2), FNV_PRIME);
      h = Math.imul(h ^ data.charCodeAt(i + 3), FNV_PRIME);
    }
    for (; i < n; i++) h = Math.imul(h ^ data.charCodeAt(i), FNV_PRIME);
  } else {
    for (; i + 4 <= n; i += 4) {
      h = Math.imul(h ^ data[i]!, FNV_PRIME);
      h = Math.imul(h ^ data[i + 1]!, FNV_PRIME);
      h = Math.imul(h ^ data[i + 2]!, FNV_PRIME);
      h = Math.imul(h ^ data[i + 3]!, FNV_PRIME);
    }
    for (; i < n; i++) h = Math.imul(h ^ data[i]!, FNV_PRIME);
  }
  return h >>> 0;
}

/** Whether an error is SQLite telling that a database file is damaged or not a database at all. */
export function isDamage(e: unknown): boolean {
  const err = e as { code?: string; errcode?: number; message?: string } | null;
  if (!err || err.code !== 'ERR_SQLITE_ERROR') return false;
  const primary = (err.errcode ?? 0) & 0xff;
  // SQLITE_ERROR 1 (say, a table missing), SQLITE_IOERR 10, SQLITE_CORRUPT 11, SQLITE_CANTOPEN 14, SQLITE_FORMAT 24, SQLITE_NOTADB 26.
  return [1, 10, 11, 14, 24, 26].includes(primary) || /malformed|not a database/.test(err.message ?? '');
}
