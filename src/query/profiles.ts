/**
 * Profiles of one actor or agreement, as plain data: for an actor (with its state or government: one
 * agent) its role, mentions per article, the claims it makes, those it relays and those about it; for
 * an agreement its parties, its status history across articles in date order (with whose report each
 * status is), and every claim about it as a timeline (article date, then position).
 */
import type { Corpus } from '../model.js';
import type { Row } from '../output/listing.js';
import { actorIndex, claimRecord } from './records.js';
import { agentIds, hasAny } from './agents.js';

export function actorProfile(c: Corpus, id: string): Row {
  const a = c.actors.find((x) => x.id === id)!;
  const actors = actorIndex(c);
  const agent = agentIds(c, id);
  const perArticle: Record<string, number> = {};
  for (const m of c.mentions) if (m.actor !== undefined && agent.has(m.actor)) perArticle[m.article] = (perArticle[m.article] ?? 0) + 1;
  return {
    id: a.id, name: a.name, type: a.type, role: a.role ?? null, affiliation: a.affiliation ?? null, aliases: a.aliases, note: a.note ?? null,
    mentions: perArticle,
    claimsMade: c.claims.filter((cl) => agent.has(cl.source)).map((cl) => claimRecord(cl, actors)),
    claimsRelayed: c.claims.filter((cl) => hasAny(agent, cl.via)).map((cl) => claimRecord(cl, actors)),
    claimsAbout: c.claims.filter((cl) => hasAny(agent, cl.about)).map((cl) => claimRecord(cl, actors)),
  };
}

export function agreementProfile(c: Corpus, id: string): Row {
  const a = c.agreements.find((x) => x.id === id)!;
  const actors = actorIndex(c);
  const dates = new Map(c.articles.map((x) => [x.id, x.date]));
  const order = new Map(c.articles.map((x, i) => [x.id, i]));
  // An article added without --date has none: its claims come after every dated one, in corpus order.
  const byDate = (x: string | null | undefined, y: string | null | undefined) => (x == null ? (y == null ? 0 : 1) : y == null ? -1 : x.localeCompare(y));
  const timeline = c.claims
    .filter((cl) => cl.about.includes(id))
    .sort((x, y) => byDate(dates.get(x.article), dates.get(y.article)) || order.get(x.article)! - order.get(y.article)! || x.start - y.start)
    .map((cl) => ({ date: dates.get(cl.article) ?? null, ...claimRecord(cl, actors) }));
  return {
    id: a.id, name: a.name, status: a.status, date: a.date ?? null, scope: a.scope ?? null, excludes: a.excludes ?? null, note: a.note ?? null,
    parties: a.parties.map((p) => ({ id: p, name: actors.get(p)?.name ?? p })),
    history: [...a.history].sort((x, y) => x.date.localeCompare(y.date)).map((h) => ({ status: h.status, date: h.date, article: h.article, source: h.source ?? null, note: h.note ?? null })),
    mentions: c.mentions.filter((m) => m.agreement === id).length,
    timeline,
  };
}
