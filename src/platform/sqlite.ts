/**
 * SQLite through `node:sqlite`, built into Node.js (no native add-on, no install script). On Node 22
 * the first load of the module prints "ExperimentalWarning: SQLite is an experimental feature"; that
 * one warning is silenced here, while the module loads, and every other warning still reaches stderr
 * (Node 24 prints none). Every user of SQLite in gloss opens it through this module.
 *
 * The module is fetched with process.getBuiltinModule rather than imported, so that bundling never
 * touches it and it loads only when a command needs a database.
 */
import type * as Sqlite from 'node:sqlite';

export type DatabaseSync = Sqlite.DatabaseSync;
export type StatementSync = Sqlite.StatementSync;

let loaded: typeof Sqlite | undefined;

/** Whether a warning is the one node:sqlite gives when it loads (Node 22). */
export function isSqliteExperimentalWarning(warning: string | Error, typeOrOptions: unknown): boolean {
  const type = typeof typeOrOptions === 'string' ? typeOrOptions : (typeOrOptions as { type?: unknown } | undefined)?.type;
  const name = warning instanceof Error ? warning.name : type;
  const message = warning instanceof Error ? warning.message : warning;
  return name === 'ExperimentalWarning' && message.startsWith('SQLite is an experimental feature');
}

export function sqlite(): typeof Sqlite {
  if (loaded) return loaded;
  const emitWarning = process.emitWarning;
  process.emitWarning = function (this: NodeJS.Process, warning: string | Error, ...rest: unknown[]) {
    if (isSqliteExperimentalWarning(warning, rest[0])) return;
    return (emitWarning as (...args: unknown[]) => void).call(this, warning, ...rest);
  } as typeof process.emitWarning;
  try {
    loaded = process.getBuiltinModule('node:sqlite') as typeof Sqlite;
  } finally {
    process.emitWarning = emitWarning;
  }
  return loaded;
}

/** Opens (creating if need be) the database at `path`. */
export function openDatabase(path: string, options?: Sqlite.DatabaseSyncOptions): DatabaseSync {
  const { DatabaseSync } = sqlite();
  return options === undefined ? new DatabaseSync(path) : new DatabaseSync(path, options);
}
