/**
 * Which articles a typed id needs, found through the database's indexes without reading every id:
 * the command then reads those articles' rows (and the registry) and resolves the id over them with
 * query/resolve.ts, whose rules and messages stay the only ones. An id that names no article, or
 * more than one, fails here with the message resolve.ts gives over the whole corpus.
 */
import { leftOutError, resolveArticleId, resolveKinded, namesPassage, resolvingUrn, typedIdParts, urnEntity, type EntityKind, type KindIds } from '../query/resolve.js';
import type { Database } from './sqlite.js';
import { leftOutOf } from './queries.js';

type Table = 'articles' | 'actors' | 'agreements';

const exists = (db: Database, table: Table, id: string) => db.prepare(`SELECT 1 AS x FROM ${table} WHERE id = ? LIMIT 1`).get(id) !== undefined;

/** Ids starting with `typed`, in reading order: a range of the id index (then checked as JavaScript compares). */
function withPrefix(db: Database, table: Table, typed: string): string[] {
  return db
    .prepare(`SELECT id FROM ${table} WHERE id >= ? AND id < ? ORDER BY n`)
    .all(typed, `${typed}\u{10ffff}`)
    .map((r) => r.id as string)
    .filter((id) => id.startsWith(typed));
}

/** Every id of a table, in reading order: only when nothing starts with what was typed (its did-you-mean weighs them all). */
const allIds = (db: Database, table: Table) => db.prepare(`SELECT id FROM ${table} ORDER BY n`).all().map((r) => r.id as string);

/** The ids resolvePrefix needs to decide (and word its message) as it would over every id of the table. */
function candidates(db: Database, table: Table, typed: string): string[] {
  if (exists(db, table, typed)) return [typed];
  const prefixed = withPrefix(db, table, typed);
  return prefixed.length > 0 ? prefixed : allIds(db, table);
}

/** The articles left out of a corpus with errors; a duplicate id, also an article stored, is not. */
const leftOutArticles = (db: Database) => leftOutOf(db).filter((id) => !exists(db, 'articles', id));

export function resolveArticleIn(db: Database, typed: string): string {
  return resolveArticleId(typed, candidates(db, 'articles', typed), leftOutArticles(db));
}

/**
 * What an id typed to show, cite or read --at stands for, as far as the rows to read go: an article
 * (an annotation or passage id names its article first), or an actor or agreement (entity).
 */
export function placeOf(db: Database, typedId: string): { article: string } | { entity: string } {
  // A URN's kind is checked against what it names once that is read (query/resolve.ts resolveAny).
  const { urn, id: typed } = typedIdParts(typedId);
  return resolvingUrn(typedId, urn, () => placeOfId(db, typed, urnEntity(urn)));
}

function placeOfId(db: Database, typed: string, entity: EntityKind | undefined): { article: string } | { entity: string } {
  const colon = typed.indexOf(':');
  if (colon !== -1) return { article: resolveArticleIn(db, typed.slice(0, colon)) };
  if (namesPassage(typed)) return { article: resolveArticleIn(db, typed.slice(0, typed.lastIndexOf('@'))) };
  // Decided as over the corpus in memory (query/resolve.ts), each kind looked up in its table's index.
  // The articles left out for errors are among the articles: a prefix of one of them and of an
  // article stored is ambiguous, as in the corpus mended, not the one stored.
  const leftOut = leftOutArticles(db);
  const table = (kind: EntityKind): KindIds => {
    const t = `${kind}s` as Table;
    const out = kind === 'article' ? leftOut : [];
    return {
      kind,
      has: (id) => exists(db, t, id) || out.includes(id),
      starting: (p) => [...withPrefix(db, t, p), ...out.filter((id) => id.startsWith(p))],
      all: () => [...allIds(db, t), ...out],
    };
  };
  const r = resolveKinded(typed, entity, [table('actor'), table('agreement'), table('article')]);
  if (r.kind === 'article' && leftOut.includes(r.id)) throw leftOutError(r.id);
  return r.kind === 'article' ? { article: r.id } : { entity: r.id };
}
