/**
 * Writes the export database (schema in sqlite-schema.ts) from the same records as the JSON export,
 * so a column holds exactly what the JSON field of the same name holds. Lists become rows of link
 * tables; the one object-valued field (an article's `inferred`) is stored as JSON text.
 *
 * The file is written from scratch into a new file that nobody reads yet (the temporary file of
 * output/atomic-file.ts), so SQLite keeps its journal in memory and does not sync while it is
 * filled: a failure discards the whole file anyway (atomic-file.ts syncs it once, at the end). The event loop gets a turn now and then, so Ctrl-C is handled.
 */
import { openDatabase, type DatabaseSync, type StatementSync } from '../platform/sqlite.js';
import { INDEXES_AND_VIEWS, SCHEMA_VERSION, TABLES } from './sqlite-schema.js';
import type { Row, Value } from './listing.js';
import type { ExportRecords } from '../query/records.js';
import { turn } from '../runtime/interrupt.js';

type SqlValue = string | number | null;
type Insert = (table: string, row: Record<string, Value>) => void;

/** Rows between turns of the event loop. */
const TURN_EVERY = 2000;

function sqlValue(v: Value): SqlValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'object') return JSON.stringify(v);
  return v;
}

/** One prepared INSERT per table, its columns read back from the schema itself. */
function inserter(db: DatabaseSync): Insert {
  const statements = new Map<string, { statement: StatementSync; columns: string[] }>();
  return (table, row) => {
    let s = statements.get(table);
    if (!s) {
      const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
      const statement = db.prepare(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      s = { statement, columns };
      statements.set(table, s);
    }
    s.statement.run(...s.columns.map((c) => sqlValue(row[c])));
  };
}

const list = (v: Value): readonly Value[] => (Array.isArray(v) ? (v as readonly Value[]) : []);

/** Rows for a list field: (owner, position from 1, item). */
function linkRows(insert: Insert, table: string, owner: [string, Value], column: string, items: Value): void {
  list(items).forEach((item, i) => insert(table, { [owner[0]]: owner[1], position: i + 1, [column]: item }));
}

export async function writeSqliteExport(path: string, records: ExportRecords, isQuotation: (claimId: string) => boolean): Promise<void> {
  const db = openDatabase(path);
  try {
    // MEMORY, not OFF: node:sqlite opens databases in SQLite's defensive mode, which refuses OFF.
    db.exec('PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;');
    db.exec(TABLES);
    const insert = inserter(db);
    db.exec('BEGIN');
    insert('meta', { key: 'format', value: 'gloss export' });
    insert('meta', { key: 'schema', value: String(SCHEMA_VERSION) });
    insert('meta', { key: 'offsets', value: 'code points' });
    let rows = 0;
    const each = async (items: Iterable<Row>, add: (r: Row) => void) => {
      for (const r of items) {
        add(r);
        if (++rows % TURN_EVERY === 0) await turn();
      }
    };
    await each(records.articles, (a) => insert('articles', a));
    await each(records.actors, (a) => {
      insert('actors', a);
      linkRows(insert, 'actor_aliases', ['actor', a.id], 'alias', a.aliases);
    });
    await each(records.agreements, (a) => {
      insert('agreements', a);
      linkRows(insert, 'agreement_parties', ['agreement', a.id], 'party', a.parties);
      linkRows(insert, 'agreement_aliases', ['agreement', a.id], 'alias', a.aliases);
      list(a.history).forEach((h, i) => insert('agreement_history', { ...(h as Row), agreement: a.id, position: i + 1 }));
    });
    await each(records.claims, (c) => {
      insert('claims', { ...c, quotation: isQuotation(String(c.id)) });
      linkRows(insert, 'claim_about', ['claim', c.id], 'about', c.about);
      linkRows(insert, 'claim_via', ['claim', c.id], 'actor', c.via);
    });
    await each(records.mentions, (m) => insert('mentions', m));
    // A table holds one kind of record, so the region's own kind keeps the column name `kind` here
    // (regionKind in the flat formats, where it would clash with the record's kind).
    await each(records.regions, (r) => insert('regions', { ...r, kind: r.regionKind }));
    db.exec('COMMIT');
    db.exec(INDEXES_AND_VIEWS);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
  } finally {
    db.close();
  }
}
