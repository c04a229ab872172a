/**
 * node:sqlite, loaded quietly. On Node 22 the module is still marked experimental and loading it
 * prints an ExperimentalWarning on stderr: that one warning (type ExperimentalWarning, about SQLite)
 * is dropped while the module loads, and every other warning goes through as before. On Node 24 and
 * later the module is stable and nothing is dropped. Loaded with process.getBuiltinModule, so the
 * bundler never sees (or tries to bundle) it; what would remove this module: a Node floor of 24.
 *
 * The types are declared here for what gloss uses, as the @types/node gloss builds with predates it.
 */
import { crc32 as zlibCrc32 } from 'node:zlib';

export type SqlValue = null | number | bigint | string | Uint8Array;
export type Row = Record<string, SqlValue>;

export interface Statement {
  run(...params: SqlValue[]): { changes: number | bigint; lastInsertRowid: number | bigint };
  get(...params: SqlValue[]): Row | undefined;
  all(...params: SqlValue[]): Row[];
  iterate(...params: SqlValue[]): IterableIterator<Row>;
}

export interface Database {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  close(): void;
}

interface SqliteModule {
  DatabaseSync: new (path: string, options?: { readOnly?: boolean; timeout?: number }) => Database;
}

let loaded: SqliteModule | undefined;

function sqlite(): SqliteModule {
  if (loaded) return loaded;
  const emit = process.emitWarning;
  process.emitWarning = function (this: unknown, warning: string | Error, ...rest: unknown[]) {
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    const text = typeof warning === 'string' ? warning : warning.message;
    const name = typeof warning === 'string' ? type : warning.name;
    if (name === 'ExperimentalWarning' && /SQLite/i.test(text)) return;
    return (emit as (...a: unknown[]) => void).call(process, warning, ...rest);
  } as typeof process.emitWarning;
  try {
    const getBuiltin = (process as unknown as { getBuiltinModule(id: string): unknown }).getBuiltinModule;
    loaded = getBuiltin('node:sqlite') as SqliteModule;
  } finally {
    process.emitWarning = emit;
  }
  return loaded;
}

export function openDatabase(path: string, options: { readOnly?: boolean } = {}): Database {
  // A reader waits a while for a writer's lock rather than failing at once (only temporary files are written).
  return new (sqlite().DatabaseSync)(path, { ...options, timeout: 5000 });
}

/** CRC-32 of a string (as UTF-8) or bytes: each stored row carries one, checked as the row is read. */
export const crc32 = zlibCrc32;

/** Whether an error is SQLite telling that a database file is damaged or not a database at all. */
export function isDamage(e: unknown): boolean {
  const err = e as { code?: string; errcode?: number; message?: string } | null;
  if (!err || err.code !== 'ERR_SQLITE_ERROR') return false;
  const primary = (err.errcode ?? 0) & 0xff;
  // SQLITE_CORRUPT 11, SQLITE_NOTADB 26, SQLITE_IOERR 10, SQLITE_CANTOPEN 14, SQLITE_FORMAT 24, SQLITE_ERROR 1 (a missing table).
  return [1, 10, 11, 14, 24, 26].includes(primary) || /malformed|not a database/.test(err.message ?? '');
}
