/**
 * Turns a loaded corpus into the documents search ranks: every passage, every claim (quotations
 * as kind `quote`), every actor and every agreement, each with its folded search fields and what a
 * result shows and filters on (position, the annotations it overlaps, the actors involved). The
 * result is plain data, stored in the corpus's database (store/build.ts), so a search at the terminal
 * neither reloads the corpus nor re-segments it.
 */
import type { Actor, Article, Claim, Corpus, Mention, Region } from '../model.js';
import { OffsetMap } from '../text/offsets.js';
import { isQuotation } from '../query/quotes.js';
import { agentPartners } from '../query/agents.js';
import { groupByArticle } from '../query/group.js';
import { fold } from '../text/fold.js';
import { splitPassages, type Passage } from './passages.js';
import { SpanIndex } from '../corpus/span-index.js';

export const KINDS = ['passage', 'quote', 'claim', 'actor', 'agreement'] as const;
export type Kind = (typeof KINDS)[number];

export interface SearchDoc {
  kind: Kind;
  id: string;
  article: string | null;
  /** Reading order: article order, then position; actors and agreements after, in registry order. */
  order: number;
  text: string;
  /** Folded search fields: the main text, and `all` = text, names (source, aliases, parties) and notes (note, role, scope). */
  f: { text: string; all: string };
  /** The names and the notes searched with the text, as written: a result that matched there shows them. */
  names: string;
  remark: string;
  start: number | null;
  end: number | null;
  line: number | null;
  column: number | null;
  furniture: boolean;
  /** Ids of the claims, mentions and regions a passage overlaps (a claim: itself and its mentions). */
  annotations: string[];
  /** One line per overlapping claim, for people: "claim c22 by Michael Walma, direct, assessment". */
  notes: string[];
  /** Actors involved: mentioned in a passage, the source (or reporter) of a claim, the actor itself, an agreement's parties. */
  actors: string[];
  /** Actors and agreements the doc is about: those mentioned, and the `about` of the claims it overlaps. */
  about: string[];
}

/** A search index opened for queries (store/search-index.ts): read as a query needs it. */
export interface OpenIndex {
  /** One character per document: p passage, P passage of site furniture, q quote, c claim, a actor, g agreement. */
  kinds: string;
  /** Per document, its article's number in `articles` (-1: none). */
  article: Int32Array;
  articles: string[];
  /** The folded `all` field of each of these documents (text, names and notes). */
  texts(ids: readonly number[]): Map<number, string>;
  /** Document `i`'s record. */
  record(i: number): SearchRecord;
  /** Of `ids`, those whose folded text holds every one of `needles` as written. */
  containing(ids: Int32Array, needles: readonly string[]): Int32Array;
  /** Only above LARGE documents: the words of the documents and which documents hold each (prefilter.ts). */
  words: { vocabulary: string[]; postings(w: number): Int32Array } | null;
}

/** Above this many documents a search narrows by words before fuse.js ranks (prefilter.ts); below, all are ranked. */
export const LARGE = 5000;

export type SearchRecord = Omit<SearchDoc, 'f'>;

export const KIND_CODE: Record<Kind, string> = { passage: 'p', quote: 'q', claim: 'c', actor: 'a', agreement: 'g' };

const uniq = (xs: string[]) => [...new Set(xs)];

/** Between fields of `all`: a Latin-1 character rare in text, so the cached index can be stored a byte a character. */
export const FIELD_SEPARATOR = ' \u00a6 ';

function fields(text: string, names?: string, notes?: string): SearchDoc['f'] {
  const t = fold(text);
  return { text: t, all: [t, names && fold(names), notes && fold(notes)].filter(Boolean).join(FIELD_SEPARATOR) };
}

function claimNote(cl: Claim, actors: Map<string, Actor>): string {
  const name = (id: string) => actors.get(id)?.name ?? id;
  const via = cl.via.length > 0 ? `, via ${cl.via.map(name).join(' › ')}` : '';
  return `claim ${cl.local} by ${name(cl.source)}${via}, ${cl.attribution}, ${cl.type}`;
}

/**
 * A record as the database keeps it: without its search fields, nor its article, which the index knows
 * (`article`), nor its article's id again at the head of its own id and of its annotations' (`a:c3`
 * kept as `:c3`, `a@12` as `@12`). A quarter of the 244 MB of records of ten thousand articles was
 * these repeats. Records, like documents, are literals with their keys in one order, never made by
 * spread or rest: V8 gives such objects hidden classes of their own (with the model's, indexing ten
 * thousand articles took 17 s, now 12 s).
 */
// Its reading order is its document number, given again as it is read: a record stored without it is
// the same wherever its article's documents stand, and a rebuild copies an unchanged article's (store/reuse.ts).
export type StoredRecord = Omit<SearchRecord, 'article' | 'order'>;

/** The stored form of a record (or of a document: its search fields are left out). */
export function storedRecord(r: SearchRecord): StoredRecord {
  const a = r.article;
  const local = (id: string) => (a !== null && id.startsWith(a) && (id[a.length] === ':' || id[a.length] === '@') ? id.slice(a.length) : id);
  return {
    kind: r.kind, id: local(r.id), text: r.text, names: r.names, remark: r.remark, start: r.start, end: r.end, line: r.line, column: r.column,
    furniture: r.furniture, annotations: r.annotations.map(local), notes: r.notes, actors: r.actors, about: r.about,
  };
}

/** The record again, given its article from the index and its reading order (its document's number). */
export function recordFrom(s: StoredRecord, article: string | null, order: number): SearchRecord {
  // Ids of corpus things never start with ":" or "@" (they are slugs): those are the shortened ones.
  const whole = (id: string) => (article !== null && (id[0] === ':' || id[0] === '@') ? article + id : id);
  return {
    kind: s.kind, id: whole(s.id), article, order, text: s.text, names: s.names, remark: s.remark, start: s.start, end: s.end, line: s.line, column: s.column,
    furniture: s.furniture, annotations: s.annotations.map(whole), notes: s.notes, actors: s.actors, about: s.about,
  };
}

/** What documents need of the whole corpus: its registry (names, states' governments). */
export interface DocumentContext {
  actors: Map<string, Actor>;
  nameOf: (id: string) => string;
  quoted: (cl: Claim) => boolean;
  agents: (ids: string[]) => string[];
  /** The next document's reading order. */
  order: number;
}

export function documentContext(c: Pick<Corpus, 'actors' | 'agreements'>): DocumentContext {
  const actors = new Map(c.actors.map((a) => [a.id, a]));
  const agreements = new Map(c.agreements.map((a) => [a.id, a]));
  // A state and its government are one agent (query/agents.ts): a filter by either finds both.
  const partners = agentPartners(c);
  return {
    actors,
    nameOf: (id) => actors.get(id)?.name ?? agreements.get(id)?.name ?? id,
    quoted: isQuotation(c),
    agents: (ids) => uniq(ids.flatMap((id) => (partners.has(id) ? [id, partners.get(id)!] : [id]))),
    order: 0,
  };
}

/** Every document of a corpus: its articles' in reading order, then its actors and agreements. */
export function* documents(c: Corpus): Generator<SearchDoc> {
  const ctx = documentContext(c);
  const claimsOf = groupByArticle(c.claims);
  const mentionsOf = groupByArticle(c.mentions);
  const regionsOf = groupByArticle(c.regions);
  for (const article of c.articles) {
    yield* articleDocuments(ctx, article, claimsOf.get(article.id) ?? [], mentionsOf.get(article.id) ?? [], regionsOf.get(article.id) ?? []);
  }
  yield* registryDocuments(ctx, c);
}

/** An article's passages and claims, interleaved in reading order (its annotations in position order). */
export function* articleDocuments(ctx: DocumentContext, article: Article, claims: Claim[], mentions: Mention[], regions: Region[]): Generator<SearchDoc> {
  const { actors, nameOf, quoted, agents } = ctx;
  const offsets = new OffsetMap(article.text);
  // Each passage asks which annotations it overlaps, and each claim which mentions: indexed once, not
  // a scan of all per question (passages × claims, quadratic in an article with thousands of claims).
  const claimsIn = new SpanIndex(claims);
  const mentionsIn = new SpanIndex(mentions);
  const regionsIn = new SpanIndex(regions);
  const notes = new Map(claims.map((cl) => [cl, claimNote(cl, actors)]));

  const passage = (p: Passage): SearchDoc => {
    const cs = claimsIn.overlapping(p.from, p.to);
    const ms = mentionsIn.overlapping(p.from, p.to);
    const rs = regionsIn.overlapping(p.from, p.to);
    const text = article.text.slice(p.from, p.to);
    const start = offsets.toCodePoint(p.from);
    const { line, column } = offsets.lineColumn(p.from);
    return {
      kind: 'passage', id: `${article.id}@${start}`, article: article.id, order: ctx.order++, text,
      f: fields(text), names: '', remark: '', start, end: offsets.toCodePoint(p.to), line, column,
      furniture: rs.some((r) => r.from <= p.from && p.to <= r.to),
      annotations: [...cs.map((x) => x.id), ...ms.map((x) => x.id), ...rs.map((x) => x.id)],
      notes: cs.map((cl) => notes.get(cl)!),
      actors: agents(ms.flatMap((m) => (m.actor ? [m.actor] : []))),
      about: agents([...ms.map((m) => (m.actor ?? m.agreement)!), ...cs.flatMap((cl) => cl.about)]),
    };
  };
  const claim = (cl: Claim): SearchDoc => {
    const ms = mentionsIn.overlapping(cl.from, cl.to);
    const source = [nameOf(cl.source), ...cl.via.map(nameOf)].join(' ');
    return {
      kind: quoted(cl) ? 'quote' : 'claim', id: cl.id, article: article.id, order: ctx.order++, text: cl.quote,
      f: fields(cl.quote, source, cl.note), names: source, remark: cl.note ?? '',
      start: cl.start, end: cl.end, line: cl.line, column: cl.column, furniture: false,
      annotations: [cl.id, ...ms.map((m) => m.id)],
      notes: [notes.get(cl)!],
      actors: agents([cl.source, ...cl.via]),
      about: agents(cl.about),
    };
  };

  // Passages and claims interleave in reading order, so equal scores list in the order one reads:
  // both lists are in order of their start already (a passage first where they start together).
  const passages = splitPassages(article.text);
  let p = 0;
  let k = 0;
  while (p < passages.length || k < claims.length) {
    if (k === claims.length || (p < passages.length && passages[p]!.from <= claims[k]!.from)) yield passage(passages[p++]!);
    else yield claim(claims[k++]!);
  }
}

/** The actors, then the agreements, after every article. */
export function* registryDocuments(ctx: DocumentContext, c: Pick<Corpus, 'actors' | 'agreements'>): Generator<SearchDoc> {
  const { nameOf } = ctx;
  for (const a of c.actors) {
    const role = [a.role, a.affiliation && nameOf(a.affiliation)].filter(Boolean).join(', ');
    yield {
      kind: 'actor', id: a.id, article: null, order: ctx.order++, text: a.name,
      f: fields(a.name, a.aliases.join(', '), role), names: a.aliases.join(', '), remark: role,
      start: null, end: null, line: null, column: null, furniture: false, annotations: [],
      notes: [`${a.type}${role ? `: ${role}` : ''}`], actors: [a.id], about: [a.id],
    };
  }
  for (const ag of c.agreements) {
    const parties = ag.parties.map(nameOf).join(', ');
    yield {
      kind: 'agreement', id: ag.id, article: null, order: ctx.order++, text: ag.name,
      f: fields(ag.name, [parties, ...ag.aliases].join(', '), ag.scope), names: [parties, ...ag.aliases].join(', '), remark: ag.scope ?? '',
      start: null, end: null, line: null, column: null, furniture: false, annotations: [],
      notes: [`${ag.status}${ag.date ? ` ${ag.date}` : ''}; parties: ${parties}`], actors: ag.parties, about: [ag.id, ...ag.parties],
    };
  }
}
