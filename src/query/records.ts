/**
 * The published records of each listing: one function per kind, turning the model into plain rows
 * whose keys and order are the documented output contract (README "Output schemas"). Offsets are
 * code points (see text/offsets.ts).
 */
import type { Actor, Agreement, Article, Claim, Corpus, Mention, Region } from '../model.js';
import type { Listing, Row } from '../output/listing.js';
import { agentPartners } from './agents.js';

export const ARTICLE_FIELDS = ['id', 'title', 'outlet', 'author', 'date', 'inferred', 'url', 'sha256', 'claims', 'mentions', 'characters'] as const;
export const ACTOR_FIELDS = ['id', 'name', 'type', 'aliases', 'role', 'affiliation', 'mentions', 'claimsMade', 'claimsAbout', 'note', 'governs'] as const;
export const AGREEMENT_FIELDS = ['id', 'name', 'parties', 'date', 'status', 'history', 'scope', 'excludes', 'aliases', 'mentions', 'claimsAbout', 'note'] as const;
export const CLAIM_FIELDS = ['id', 'article', 'start', 'end', 'line', 'column', 'quote', 'source', 'sourceName', 'reportedBy', 'cue', 'attribution', 'type', 'about', 'note', 'via'] as const;
export const MENTION_FIELDS = ['id', 'article', 'start', 'end', 'line', 'column', 'quote', 'actor', 'agreement', 'note'] as const;
// `regionKind`, not `kind`: a flat export (csv, ndjson) tags every record with its record `kind`.
export const REGION_FIELDS = ['id', 'article', 'start', 'end', 'line', 'column', 'quote', 'regionKind', 'note'] as const;

/** Counts per actor/agreement, computed once per corpus. */
export interface Tallies {
  mentions: Map<string, number>;
  claimsMade: Map<string, number>;
  claimsAbout: Map<string, number>;
  claimsPerArticle: Map<string, number>;
  mentionsPerArticle: Map<string, number>;
}

const bump = (m: Map<string, number>, k: string | undefined) => k !== undefined && m.set(k, (m.get(k) ?? 0) + 1);

/**
 * Counts of a corpus's annotations, per actor or agreement and per article; `into` adds to counts made
 * before (the database is built an article at a time), `partners` spares finding them again.
 */
export function tally(
  c: Pick<Corpus, 'actors' | 'claims' | 'mentions'>,
  t: Tallies = { mentions: new Map(), claimsMade: new Map(), claimsAbout: new Map(), claimsPerArticle: new Map(), mentionsPerArticle: new Map() },
  // A state and its government are one agent (agents.ts): each is counted with what the other has, as
  // `claims --actor` and `--about` find it.
  partners: ReadonlyMap<string, string> = agentPartners(c),
): Tallies {
  const agent = (id: string | undefined) => (id === undefined ? [] : partners.has(id) ? [id, partners.get(id)!] : [id]);
  for (const m of c.mentions) {
    for (const id of agent(m.actor ?? m.agreement)) bump(t.mentions, id);
    bump(t.mentionsPerArticle, m.article);
  }
  for (const cl of c.claims) {
    for (const id of agent(cl.source)) bump(t.claimsMade, id);
    for (const a of new Set(cl.about.flatMap(agent))) bump(t.claimsAbout, a);
    bump(t.claimsPerArticle, cl.article);
  }
  return t;
}

const n = (m: Map<string, number>, k: string) => m.get(k) ?? 0;

/** An article's record; `characters`, when the caller knows it, spares counting the text's code points. */
export function articleRecord(a: Article, t: Tallies, characters = [...a.text].length): Row {
  return {
    id: a.id, title: a.title, outlet: a.outlet, author: a.author, date: a.date,
    inferred: a.inferred ?? null, url: a.url ?? null, sha256: a.sha256,
    claims: n(t.claimsPerArticle, a.id), mentions: n(t.mentionsPerArticle, a.id), characters,
  };
}

export function actorRecord(a: Actor, t: Tallies): Row {
  return {
    id: a.id, name: a.name, type: a.type, aliases: a.aliases, role: a.role ?? null, affiliation: a.affiliation ?? null,
    mentions: n(t.mentions, a.id), claimsMade: n(t.claimsMade, a.id), claimsAbout: n(t.claimsAbout, a.id), note: a.note ?? null,
    governs: a.governs ?? null,
  };
}

export function agreementRecord(a: Agreement, t: Tallies): Row {
  return {
    id: a.id, name: a.name, parties: a.parties, date: a.date ?? null, status: a.status,
    history: a.history.map((h) => ({ status: h.status, date: h.date, article: h.article, source: h.source ?? null, note: h.note ?? null })),
    scope: a.scope ?? null, excludes: a.excludes ?? null, aliases: a.aliases,
    mentions: n(t.mentions, a.id), claimsAbout: n(t.claimsAbout, a.id), note: a.note ?? null,
  };
}

export function claimRecord(c: Claim, actors: ReadonlyMap<string, Actor>): Row {
  return {
    id: c.id, article: c.article, start: c.start, end: c.end, line: c.line, column: c.column, quote: c.quote,
    source: c.source, sourceName: actors.get(c.source)?.name ?? c.source, reportedBy: c.reportedBy ?? null,
    cue: c.cue ?? null, attribution: c.attribution, type: c.type, about: c.about, note: c.note ?? null,
    via: c.via,
  };
}

export function mentionRecord(m: Mention): Row {
  return {
    id: m.id, article: m.article, start: m.start, end: m.end, line: m.line, column: m.column, quote: m.quote,
    actor: m.actor ?? null, agreement: m.agreement ?? null, note: m.note ?? null,
  };
}

export function regionRecord(r: Region): Row {
  return { id: r.id, article: r.article, start: r.start, end: r.end, line: r.line, column: r.column, quote: r.quote, regionKind: r.kind, note: r.note ?? null };
}

export const actorIndex = (c: Corpus) => new Map(c.actors.map((a) => [a.id, a]));

/** Each kind's records, made one at a time as they are read (an export never holds them all). */
export interface ExportRecords {
  articles: Iterable<Row>;
  actors: Iterable<Row>;
  agreements: Iterable<Row>;
  claims: Iterable<Row>;
  mentions: Iterable<Row>;
  regions: Iterable<Row>;
}

const lazily = <T>(items: readonly T[], record: (x: T) => Row): Iterable<Row> => ({
  *[Symbol.iterator]() {
    for (const x of items) yield record(x);
  },
});

/** What `gloss export` writes: every record of every kind, articles with their text. */
export function exportRecords(c: Corpus): ExportRecords {
  const t = tally(c);
  const actors = actorIndex(c);
  return {
    articles: lazily(c.articles, (a) => ({ ...articleRecord(a, t), text: a.text })),
    actors: lazily(c.actors, (a) => actorRecord(a, t)),
    agreements: lazily(c.agreements, (a) => agreementRecord(a, t)),
    claims: lazily(c.claims, (cl) => claimRecord(cl, actors)),
    mentions: lazily(c.mentions, mentionRecord),
    regions: lazily(c.regions, regionRecord),
  };
}

export const listings = {
  articles: (rows: Row[]): Listing => ({ fields: ARTICLE_FIELDS, tableFields: ['id', 'date', 'outlet', 'author', 'claims', 'title'], flexible: ['author', 'outlet', 'title'], records: rows }),
  actors: (rows: Row[]): Listing => ({ fields: ACTOR_FIELDS, tableFields: ['id', 'type', 'mentions', 'claimsMade', 'claimsAbout', 'name'], flexible: ['name'], records: rows }),
  agreements: (rows: Row[]): Listing => ({ fields: AGREEMENT_FIELDS, tableFields: ['id', 'status', 'date', 'parties', 'name'], flexible: ['parties', 'name'], records: rows }),
  claims: (rows: Row[]): Listing => ({ fields: CLAIM_FIELDS, tableFields: ['id', 'sourceName', 'attribution', 'type', 'quote'], flexible: ['sourceName', 'quote'], roomy: true, records: rows }),
  mentions: (rows: Row[]): Listing => ({ fields: MENTION_FIELDS, tableFields: ['id', 'actor', 'agreement', 'quote'], flexible: ['quote'], records: rows }),
  regions: (rows: Row[]): Listing => ({ fields: REGION_FIELDS, tableFields: ['id', 'regionKind', 'line', 'quote'], flexible: ['quote'], records: rows }),
};
