/**
 * What of an article's rows still holds after its registries changed. An article refers to the
 * registry by id (its writer; its mentions' actors and agreements; its claims' sources, links and
 * subjects), and what the build makes of it depends on the registry only through those ids:
 * - the loader's problems: whether each id is registered, as an actor or an agreement, and a claim
 *   source's type (corpus/load.ts refCheck, chainProblems);
 * - its search documents: the names of its claims' sources and links, and each id's partner, a state's
 *   government or a government's state (search/documents.ts nameOf, agents).
 * So an article whose every id has the same entry (kind and record, as JSON) and the same partner in
 * the registry now as in the one its rows were built with is what reading it again would give: an
 * annotator who registers a new actor does not wait for every article of the corpus to be read again.
 * Everything made of the whole registry (the actors' and agreements' rows, their documents, tallies,
 * the linter's warnings, the agreements' checks) is made again from the registry now, as always.
 */
import type { Actor, Agreement, Article, Claim, Mention } from '../model.js';
import { agentPartners } from '../query/agents.js';
import type { Database } from './sqlite.js';
import { unsealed } from './rows.js';

interface Registry {
  actors: readonly Actor[];
  agreements: readonly Agreement[];
}

/** Each id's view: its kind, its record and its partner, as one string to compare. */
function views(registry: Registry): Map<string, string> {
  const partners = agentPartners({ actors: [...registry.actors] });
  const out = new Map<string, string>();
  // An id registered twice is the loader's problem, reported in the registry: the first entry counts, as the loader keeps it.
  const add = (kind: string, id: string, entry: Actor | Agreement) => {
    if (!out.has(id)) out.set(id, JSON.stringify([kind, entry, partners.get(id) ?? null]));
  };
  for (const a of registry.actors) add('actor', a.id, a);
  for (const a of registry.agreements) add('agreement', a.id, a);
  return out;
}

/** The registry the old database was built with, from its rows (checked). */
function storedRegistry(db: Database): Registry {
  const actors = db.prepare('SELECT json, sum FROM actors ORDER BY n').all().map((r) => unsealed<{ a: Actor }>(r.json, r.sum, 'actors').a);
  const agreements = db.prepare('SELECT json, sum FROM agreements ORDER BY n').all().map((r) => unsealed<{ a: Agreement }>(r.json, r.sum, 'agreements').a);
  return { actors, agreements };
}

/** The ids whose entry and partner are the same in the old database's registry and in `now`. */
export function unchangedEntries(db: Database, now: Registry): Set<string> {
  const before = views(storedRegistry(db));
  const kept = new Set<string>();
  for (const [id, view] of views(now)) if (before.get(id) === view) kept.add(id);
  return kept;
}

/** Every registry id an article refers to. */
export function referencedIds(article: Article, claims: readonly Claim[], mentions: readonly Mention[]): Set<string> {
  const ids = new Set<string>();
  if (article.writer !== undefined) ids.add(article.writer);
  for (const c of claims) {
    ids.add(c.source);
    for (const v of c.via) ids.add(v);
    for (const a of c.about) ids.add(a);
  }
  for (const m of mentions) {
    if (m.actor !== undefined) ids.add(m.actor);
    if (m.agreement !== undefined) ids.add(m.agreement);
  }
  return ids;
}
