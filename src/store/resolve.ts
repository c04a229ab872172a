/**
 * What a person typed, resolved to an id through the database's indexes: query/resolve.ts's rules
 * (the exact id, else any unambiguous prefix; article prefixes inside annotation ids), its messages
 * word for word, without reading every id (only a failed or ambiguous lookup reads more).
 */
import { resolvePrefix, type Resolved } from '../query/resolve.js';
import type { Database } from './sqlite.js';

type Table = 'articles' | 'actors' | 'agreements';

const exists = (db: Database, table: string, id: string) => db.prepare(`SELECT 1 AS x FROM ${table} WHERE id = ? LIMIT 1`).get(id) !== undefined;

/** Ids starting with `typed`, in reading order: a range of the id index (then checked as JavaScript compares). */
function withPrefix(db: Database, table: Table, typed: string): string[] {
  return db
    .prepare(`SELECT id FROM ${table} WHERE id >= ? AND id < ? ORDER BY n`)
    .all(typed, `${typed}\u{10ffff}`)
    .map((r) => r.id as string)
    .filter((id) => id.startsWith(typed));
}

const containing = (db: Database, table: Table, typed: string) =>
  db.prepare(`SELECT id FROM ${table} WHERE instr(id, ?) > 0 ORDER BY n LIMIT 3`).all(typed).map((r) => r.id as string);

/** The ids resolvePrefix needs to decide as it would over every id of these tables. */
function candidates(db: Database, tables: readonly Table[], typed: string): string[] {
  if (tables.some((t) => exists(db, t, typed))) return [typed];
  const prefixed = tables.flatMap((t) => withPrefix(db, t, typed));
  return prefixed.length > 0 ? prefixed : tables.flatMap((t) => containing(db, t, typed)).slice(0, 3);
}

export const resolveArticleIn = (db: Database, typed: string) => resolvePrefix(typed, candidates(db, ['articles'], typed), 'article');
export const resolveActorIn = (db: Database, typed: string) => resolvePrefix(typed, candidates(db, ['actors'], typed), 'actor');
export const resolveAgreementIn = (db: Database, typed: string) => resolvePrefix(typed, candidates(db, ['agreements'], typed), 'agreement');
export const resolveSubjectIn = (db: Database, typed: string) => resolvePrefix(typed, candidates(db, ['actors', 'agreements'], typed), 'actor or agreement');

const ANNOTATIONS = ['claims', 'mentions', 'regions'] as const;
const KIND = { claims: 'claim', mentions: 'mention', regions: 'region' } as const;

/** Any annotation or entity id, for `gloss show`, `cite` and `read --claim` (query/resolve.ts resolveAny). */
export function resolveAnyIn(db: Database, typed: string): Resolved {
  const colon = typed.indexOf(':');
  if (colon !== -1) {
    const article = resolveArticleIn(db, typed.slice(0, colon));
    const id = `${article}:${typed.slice(colon + 1)}`;
    for (const t of ANNOTATIONS) if (exists(db, t, id)) return { kind: KIND[t], id };
    const local = ANNOTATIONS.flatMap((t) => db.prepare(`SELECT id FROM ${t} WHERE article = ? ORDER BY n`).all(article).map((r) => r.id as string));
    const found = resolvePrefix(id, local, 'annotation');
    for (const t of ANNOTATIONS) if (exists(db, t, found)) return { kind: KIND[t], id: found };
    return { kind: 'region', id: found };
  }
  const tables: [Resolved['kind'], Table][] = [['actor', 'actors'], ['agreement', 'agreements'], ['article', 'articles']];
  for (const [kind, t] of tables) if (exists(db, t, typed)) return { kind, id: typed };
  const matches = tables.flatMap(([kind, t]) => withPrefix(db, t, typed).map((id) => ({ kind, id })));
  if (matches.length === 1) return matches[0]!;
  const ids = matches.length > 0 ? matches.map((m) => m.id) : tables.flatMap(([, t]) => containing(db, t, typed)).slice(0, 3);
  return { kind: 'actor', id: resolvePrefix(typed, ids, 'id') };
}
