/**
 * The corpus database's view of SQLite: platform/sqlite.ts opens it (node:sqlite, its Node 22
 * warning silenced), with a wait for locks; the checksum every stored value carries; and which
 * errors mean a damaged file.
 */
import { crc32 as zlibCrc32 } from 'node:zlib';
import type { SQLInputValue, SQLOutputValue } from 'node:sqlite';
import { openDatabase as open, type DatabaseSync } from '../platform/sqlite.js';

export type Database = DatabaseSync;
export type SqlValue = SQLInputValue;
export type Row = Record<string, SQLOutputValue>;

export function openDatabase(path: string, options: { readOnly?: boolean } = {}): Database {
  // A reader waits a while for a writer's lock rather than failing at once.
  return open(path, { ...options, timeout: 5000 });
}

/** CRC-32 of a string (as UTF-8) or bytes: each stored value carries one, checked as it is read. */
export const crc32 = zlibCrc32;

/** Whether an error is SQLite telling that a database file is damaged or not a database at all. */
export function isDamage(e: unknown): boolean {
  const err = e as { code?: string; errcode?: number; message?: string } | null;
  if (!err || err.code !== 'ERR_SQLITE_ERROR') return false;
  const primary = (err.errcode ?? 0) & 0xff;
  // SQLITE_ERROR 1 (say, a table missing), SQLITE_IOERR 10, SQLITE_CORRUPT 11, SQLITE_CANTOPEN 14, SQLITE_FORMAT 24, SQLITE_NOTADB 26.
  return [1, 10, 11, 14, 24, 26].includes(primary) || /malformed|not a database/.test(err.message ?? '');
}
