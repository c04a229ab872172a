/**
 * The corpus's rows, as the model's objects: only those a command shows, found through the indexes
 * of schema.ts. Each row's checksum is checked as it is read (rows.ts).
 */
import type { Actor, Agreement, Article, Claim, Corpus, Mention, Problem, Region } from '../model.js';
import type { Tallies } from '../query/records.js';
import type { Database, Row } from './sqlite.js';
import { checked, checkedText, Damaged, unsealed } from './rows.js';
import { checksum, isDamage } from './sqlite.js';

export interface ArticleRow {
  article: Article;
  claims: number;
  mentions: number;
  regions: number;
  characters: number;
}
export interface ActorRow {
  actor: Actor;
  mentions: number;
  claimsMade: number;
  claimsAbout: number;
}
export interface AgreementRow {
  agreement: Agreement;
  mentions: number;
  claimsAbout: number;
}

export function articleOf(r: Row, withText: boolean): ArticleRow {
  const o = unsealed<{ a: Omit<Article, 'text'>; textAt: number; claims: number; mentions: number; regions: number; characters: number }>(r.json, r.sum, `article ${String(r.id)}`);
  const text = withText ? checkedText(r.id, r.text, r.text_sum) : '';
  const entries = Object.entries(o.a);
  entries.splice(o.textAt < 0 ? entries.length : o.textAt, 0, ['text', text]);
  return { article: Object.fromEntries(entries) as unknown as Article, claims: o.claims, mentions: o.mentions, regions: o.regions, characters: o.characters };
}

const ARTICLE_COLUMNS = (withText: boolean) => (withText ? 'id, json, sum, text, text_sum' : 'id, json, sum');

/** Articles in reading order; without `ids`, all of them. `text` false leaves their texts unread (''). */
export function articleRows(db: Database, ids: readonly string[] | null, withText: boolean): ArticleRow[] {
  const cols = ARTICLE_COLUMNS(withText);
  if (ids === null) return db.prepare(`SELECT ${cols} FROM articles ORDER BY n`).all().map((r) => articleOf(r, withText));
  return db
    .prepare(`SELECT ${cols} FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY n`)
    .all(JSON.stringify(ids))
    .map((r) => articleOf(r, withText));
}

/** Every article's row, one at a time (texts included), with its counts. */
export function* eachArticleRow(db: Database, range?: NumberRange): Generator<ArticleRow> {
  for (const rows of byNumber(db, 'articles', ARTICLE_COLUMNS(true), 100, false, range)) for (const r of rows) yield articleOf(r as Row, true);
}

/** Rows numbered from `from` up to, not including, `to` (an export's page, export-pages.ts). */
export type NumberRange = readonly [from: number, to: number];

/** How many rows a table has: its numbers run from 0 with no gap. */
export const rowCount = (db: Database, table: string): number => Number(db.prepare(`SELECT max(n) AS m FROM ${table}`).get()?.m ?? -1) + 1;

/**
 * A whole table in reading order, fetched `size` rows at a time by their numbers (n runs from 0 with
 * no gap) and, where this Node has it (22.16, 24), as arrays: node:sqlite's iterate() builds a row an
 * object a call, 2.3 µs a row; fetching 2,000 rows as arrays costs 0.7 µs a row (the 440,000 mentions
 * of ten thousand articles: 1.0 s against 0.3 s).
 */
function* byNumber(db: Database, table: string, columns: string, size: number, arrays: boolean, range?: NumberRange): Generator<unknown[]> {
  const st = readingDamage(table, () => db.prepare(`SELECT ${columns} FROM ${table} WHERE n >= ? AND n < ? ORDER BY n`));
  const asArrays = arrays && typeof st.setReturnArrays === 'function';
  if (asArrays) st.setReturnArrays(true);
  const [first, end] = range ?? [0, readingDamage(table, () => rowCount(db, table))];
  for (let from = first; from < end; from += size) {
    const rows = readingDamage(table, () => st.all(from, Math.min(from + size, end)) as unknown[]);
    yield asArrays || !arrays ? rows : rows.map((r) => Object.values(r as Row));
  }
}

/**
 * SQLite's report of a damaged page, made a Damaged where it is read: these rows are read while an
 * export writes its file, and SQLite's error, by code alone, would be taken for the file's (`cannot
 * write out.json: database disk image is malformed`) instead of rebuilding the database.
 */
function readingDamage<T>(table: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (isDamage(e)) throw new Damaged(`${table}: ${(e as Error).message}`);
    throw e;
  }
}

/** Every article, one at a time (their texts included): for the commands that read them all. */
export function* eachArticle(db: Database): Generator<Article> {
  for (const r of eachArticleRow(db)) yield r.article;
}

export function actorRows(db: Database): ActorRow[] {
  return db.prepare('SELECT id, json, sum FROM actors ORDER BY n').all().map((r) => {
    const o = unsealed<{ a: Actor; mentions: number; claimsMade: number; claimsAbout: number }>(r.json, r.sum, `actor ${String(r.id)}`);
    return { actor: o.a, mentions: o.mentions, claimsMade: o.claimsMade, claimsAbout: o.claimsAbout };
  });
}

/** Each actor's name by its id. */
export function actorNames(db: Database): Map<string, string> {
  return new Map(actorRows(db).map((a) => [a.actor.id, a.actor.name]));
}

/**
 * Every article's id and text (or those numbered `only`), in reading order, each checked as it is
 * read and none kept: what verify reads of a large corpus to find where a quote stands, or the
 * passage closest to a misquote (10,000 texts, 32 MB, read row by row, where the whole corpus with
 * its claims took 1.5 s to load).
 */
export function* eachText(db: Database, only?: readonly number[]): Generator<{ id: string; text: string }> {
  const rows =
    only === undefined
      ? db.prepare('SELECT id, text, text_sum FROM articles ORDER BY n').iterate()
      : db.prepare('SELECT id, text, text_sum FROM articles WHERE n IN (SELECT value FROM json_each(?)) ORDER BY n').iterate(JSON.stringify(only));
  for (const r of rows) {
    // The id is checked with the text (its checksum covers both).
    yield { id: r.id as string, text: checkedText(r.id, r.text, r.text_sum) };
  }
}

export function agreementRows(db: Database): AgreementRow[] {
  return db.prepare('SELECT id, json, sum FROM agreements ORDER BY n').all().map((r) => {
    const o = unsealed<{ a: Agreement; mentions: number; claimsAbout: number }>(r.json, r.sum, `agreement ${String(r.id)}`);
    return { agreement: o.a, mentions: o.mentions, claimsAbout: o.claimsAbout };
  });
}

/** The counts the listings show, for the rows given (records.ts `tally` made them when the database was built). */
export function talliesOf(articles: readonly ArticleRow[], actors: readonly ActorRow[], agreements: readonly AgreementRow[]): Tallies {
  const t: Tallies = { mentions: new Map(), claimsMade: new Map(), claimsAbout: new Map(), claimsPerArticle: new Map(), mentionsPerArticle: new Map() };
  for (const a of articles) {
    t.claimsPerArticle.set(a.article.id, a.claims);
    t.mentionsPerArticle.set(a.article.id, a.mentions);
  }
  for (const a of actors) {
    t.mentions.set(a.actor.id, a.mentions);
    t.claimsMade.set(a.actor.id, a.claimsMade);
    t.claimsAbout.set(a.actor.id, a.claimsAbout);
  }
  for (const a of agreements) {
    t.mentions.set(a.agreement.id, a.mentions);
    t.claimsAbout.set(a.agreement.id, a.claimsAbout);
  }
  return t;
}

/** What check lists, one at a time, in order. */
export function* eachProblem(db: Database): Generator<Problem> {
  for (const r of db.prepare('SELECT json, sum FROM problems ORDER BY n').iterate()) yield unsealed<Problem>(r.json, r.sum, 'problem');
}

export function problemCounts(db: Database): { errors: number; warnings: number } {
  const count = (severity: string) => db.prepare('SELECT count(*) AS c FROM problems WHERE severity = ?').get(severity)!.c as number;
  return { errors: count('error'), warnings: count('warning') };
}

/** The errors the corpus loaded with, in order (the first, and how many: the one-line forms). */
export function errorsOf(db: Database): { errors: Problem[]; first: Problem | undefined; count: number } {
  const errors = db.prepare("SELECT json, sum FROM problems WHERE severity = 'error' ORDER BY n").all().map((r) => unsealed<Problem>(r.json, r.sum, 'problem'));
  return { errors, first: errors[0], count: errors.length };
}

/** The articles of a corpus with errors that were left out of the database (corpus/sound.ts). */
export function leftOutOf(db: Database): string[] {
  const r = db.prepare("SELECT value, sum FROM meta WHERE key = 'leftOut'").get();
  return r ? (JSON.parse(checked(r.value, r.sum, 'meta leftOut')) as string[]) : [];
}

/** A corpus holding only the rows given: what the model's functions (renderers, profiles) take. */
export function partialCorpus(dir: string, parts: Partial<Omit<Corpus, 'dir'>>): Corpus {
  return { dir, articles: [], actors: [], agreements: [], claims: [], mentions: [], regions: [], ...parts };
}

type Annotation = { claims: Claim; mentions: Mention; regions: Region };

/** Every claim, mention or region, one at a time in reading order: for output written row by row. */
export function eachAnnotation<K extends AnnotationTable>(db: Database, table: K): Generator<Annotation[K]> {
  return eachAnnotationAs(db, table, (x) => x);
}

/**
 * As eachAnnotation, each made into what `as` gives as it is read: an export's 700,000 rows (10,000
 * articles) through one generator instead of two. The name of a row is put together only for the
 * message of a damaged one.
 */
export function* eachAnnotationAs<K extends AnnotationTable, R>(db: Database, table: K, as: (x: Annotation[K]) => R, range?: NumberRange): Generator<R> {
  for (const rows of byNumber(db, table, 'id, json, sum', 2000, true, range)) {
    for (const r of rows as [string, string, number][]) {
      if (typeof r[1] !== 'string' || typeof r[2] !== 'number' || checksum(r[1]) !== r[2]) throw new Damaged(`${table} ${r[0]}`);
      yield as(JSON.parse(r[1]) as Annotation[K]);
    }
  }
}

/** The whole corpus (export). */
export function wholeCorpus(db: Database, dir: string): Corpus {
  return {
    dir,
    articles: [...eachArticle(db)],
    actors: actorRows(db).map((a) => a.actor),
    agreements: agreementRows(db).map((a) => a.agreement),
    claims: [...eachAnnotation(db, 'claims')],
    mentions: [...eachAnnotation(db, 'mentions')],
    regions: [...eachAnnotation(db, 'regions')],
  };
}

/** The loader's problems alone (without the linter's warnings), in order. */
export function loaderProblems(db: Database, count: number): Problem[] {
  return db.prepare('SELECT json, sum FROM problems WHERE n < ? ORDER BY n').all(count).map((r) => unsealed<Problem>(r.json, r.sum, 'problem'));
}

/** Every file the corpus was read from (the stamps of its folders left out). */
export function inputsOf(db: Database): string[] {
  return db.prepare("SELECT path FROM stamps WHERE article IS NOT NULL OR path LIKE '%.yaml' OR path LIKE '%.yml' ORDER BY path").all().map((r) => String(r.path));
}

/**
 * The corpus as the model's functions take it, holding only these articles (in reading order) with
 * their annotations, and the whole registry: what a command that shows a few articles reads. The
 * tallies are the whole corpus's, as stored when the database was built.
 */
export function articlesCorpus(db: Database, dir: string, ids: readonly string[], annotations: readonly AnnotationTable[] = ['claims', 'mentions', 'regions']): { corpus: Corpus; tallies: Tallies } {
  const rows = articleRows(db, ids, true);
  const actors = actorRows(db);
  const agreements = agreementRows(db);
  const of = JSON.stringify(rows.map((r) => r.article.id));
  const read = <K extends AnnotationTable>(table: K) => {
    if (!annotations.includes(table)) return [];
    const got = annotationsOf(db, table, of);
    // They are found through an index, which holds its own copy of each row's article: a byte flipped
    // there loses rows that no row's checksum can miss. Each article's record (checksummed) says how
    // many it has.
    if (got.length !== rows.reduce((n, r) => n + r[table], 0)) throw new Damaged(`the ${table} index`);
    return got;
  };
  const corpus = partialCorpus(dir, {
    articles: rows.map((r) => r.article),
    actors: actors.map((a) => a.actor),
    agreements: agreements.map((a) => a.agreement),
    claims: read('claims'),
    mentions: read('mentions'),
    regions: read('regions'),
  });
  return { corpus, tallies: talliesOf(rows, actors, agreements) };
}

export type AnnotationTable = 'claims' | 'mentions' | 'regions';

/** The claims, mentions or regions of the articles listed (a JSON array of ids), in reading order: one query. */
function annotationsOf<K extends AnnotationTable>(db: Database, table: K, articles: string): { claims: Claim; mentions: Mention; regions: Region }[K][] {
  return db
    .prepare(`SELECT id, json, sum FROM ${table} WHERE article IN (SELECT value FROM json_each(?)) ORDER BY n`)
    .all(articles)
    .map((r) => unsealed(r.json, r.sum, `${table} ${String(r.id)}`));
}

/**
 * What the profile of an actor (`subjects`: it with its state or government) or of an agreement shows,
 * and no more: their mentions, the claims they hold, relay or are about, and the articles those are in
 * (with their texts, for the verbatim mark); the whole registry. Read through the indexes on who and
 * what a row names, not every annotation of those articles (an actor named in half of 10,000 articles
 * read all of theirs: 6 s and 830 MB). Each row read must name a subject (its checksummed JSON says
 * so), and none may be missing where the registry's tallies count them (`counted`: the profiled id,
 * whose tallies are checksummed with its row): its mentions, the claims it makes and the claims about
 * it, or the index that lost one is damage.
 */
export function subjectCorpus(db: Database, dir: string, subjects: readonly string[], counted: string): Corpus {
  const set = new Set(subjects);
  const of = JSON.stringify(subjects);
  const mentions = db
    .prepare('SELECT id, json, sum FROM mentions WHERE subject IN (SELECT value FROM json_each(?)) ORDER BY n')
    .all(of)
    .map((r) => unsealed<Mention>(r.json, r.sum, `mentions ${String(r.id)}`));
  const claims = db
    .prepare(
      `SELECT id, json, sum FROM claims WHERE n IN (SELECT claim FROM claim_party WHERE actor IN (SELECT value FROM json_each(?1))
        UNION SELECT claim FROM claim_about WHERE subject IN (SELECT value FROM json_each(?1))) ORDER BY n`,
    )
    .all(of)
    .map((r) => unsealed<Claim>(r.json, r.sum, `claims ${String(r.id)}`));
  const actors = actorRows(db);
  const agreements = agreementRows(db);
  const named = (ids: readonly string[]) => ids.some((x) => set.has(x));
  if (mentions.some((m) => !set.has((m.actor ?? m.agreement)!))) throw new Damaged('the mentions index');
  if (claims.some((cl) => !set.has(cl.source) && !named(cl.via) && !named(cl.about))) throw new Damaged('the claims indexes');
  const t = talliesOf([], actors, agreements);
  const count = (m: ReadonlyMap<string, number>) => m.get(counted) ?? 0;
  if (mentions.length !== count(t.mentions) || claims.filter((cl) => set.has(cl.source)).length !== count(t.claimsMade) || claims.filter((cl) => named(cl.about)).length !== count(t.claimsAbout)) {
    throw new Damaged('the mentions or claims indexes');
  }
  const articles = articleRows(db, [...new Set([...mentions.map((m) => m.article), ...claims.map((cl) => cl.article)])], true);
  return partialCorpus(dir, { articles: articles.map((a) => a.article), actors: actors.map((a) => a.actor), agreements: agreements.map((a) => a.agreement), claims, mentions });
}

/** The articles in which any of these actors or agreements is mentioned, holds, relays or is the subject of a claim. */
export function articlesInvolving(db: Database, subjects: Iterable<string>): string[] {
  const found = new Set<string>();
  const queries = [
    db.prepare('SELECT DISTINCT article FROM mentions WHERE subject = ?'),
    db.prepare('SELECT DISTINCT c.article FROM claim_party p JOIN claims c ON c.n = p.claim WHERE p.actor = ?'),
    db.prepare('SELECT DISTINCT c.article FROM claim_about a JOIN claims c ON c.n = a.claim WHERE a.subject = ?'),
  ];
  for (const s of subjects) for (const q of queries) for (const r of q.all(s)) found.add(r.article as string);
  return [...found];
}

/** Every claim, mention or region of the corpus (of the kinds asked for), with no article read (listings that need no text). */
export function annotationsCorpus(db: Database, dir: string, annotations: readonly AnnotationTable[] = ['claims', 'mentions', 'regions']): { corpus: Corpus; tallies: Tallies } {
  const actors = actorRows(db);
  const agreements = agreementRows(db);
  const articles = articleRows(db, null, false);
  const read = <K extends AnnotationTable>(table: K) => (annotations.includes(table) ? [...eachAnnotation(db, table)] : []);
  const corpus = partialCorpus(dir, {
    articles: articles.map((a) => a.article),
    actors: actors.map((a) => a.actor),
    agreements: agreements.map((a) => a.agreement),
    claims: read('claims'),
    mentions: read('mentions'),
    regions: read('regions'),
  });
  return { corpus, tallies: talliesOf(articles, actors, agreements) };
}

/** The ids of the claims that are quotations (query/quotes.ts isQuotation, decided when the database was built). */
export function quotedClaims(db: Database): Set<string> {
  return new Set(db.prepare('SELECT id FROM claims WHERE quotation = 1').all().map((r) => r.id as string));
}

/** The ids of the articles whose text holds `needle` (SQLite's instr over the stored texts, none decoded). */
export function articleIdsContaining(db: Database, needle: string): string[] {
  return db.prepare('SELECT id FROM articles WHERE instr(text, ?) > 0 ORDER BY n').all(needle).map((r) => r.id as string);
}

/** The claims of an article overlapping [from, to) (UTF-16), through the index on (article, from). */
export function claimsOverlapping(db: Database): (article: string, from: number, to: number) => Claim[] {
  const st = db.prepare('SELECT id, json, sum FROM claims WHERE article = ? AND "from" < ? AND "to" > ? ORDER BY n');
  return (article, from, to) => st.all(article, to, from).map((r) => unsealed<Claim>(r.json, r.sum, `claim ${String(r.id)}`));
}

/** The ids of a table's rows, in reading order (for shortening ids in tables: no row is decoded). */
export function idsOf(db: Database, table: 'articles' | 'actors' | 'agreements'): string[] {
  return db.prepare(`SELECT id FROM ${table} ORDER BY n`).all().map((r) => r.id as string);
}
