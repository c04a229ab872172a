/**
 * What `gloss export` writes, read from the database row by row as it is written: no article, claim
 * or mention is held longer than it takes to serialize it, so a corpus of any size that fits on disk
 * exports in bounded memory (query/records.ts exportRecords makes the same records from a corpus in memory).
 */
import type { Row } from '../output/listing.js';
import { actorIndex, actorRecord, agreementRecord, articleRecord, claimRecord, mentionRecord, regionRecord, type ExportRecords } from '../query/records.js';
import type { Database } from './sqlite.js';
import { actorRows, agreementRows, eachAnnotationAs, eachArticleRow, partialCorpus, talliesOf, type NumberRange } from './queries.js';

const each = <T>(rows: () => Iterable<T>, record: (x: T) => Row): Iterable<Row> => ({
  *[Symbol.iterator]() {
    for (const x of rows()) yield record(x);
  },
});

export function storedExportRecords(db: Database): ExportRecords {
  return storedExportPages(db)();
}

/**
 * The records of the rows numbered in `range` of each kind's table (articles, claims, mentions,
 * regions; every row when no range is given), for an export made a page at a time (export-pages.ts):
 * the actors and agreements, which every page's records name, are read once.
 */
export function storedExportPages(db: Database): (range?: NumberRange) => ExportRecords {
  const actors = actorRows(db);
  const agreements = agreementRows(db);
  const t = talliesOf([], actors, agreements);
  const names = actorIndex(partialCorpus('', { actors: actors.map((a) => a.actor) }));
  return (range) => ({
    articles: each(
      () => eachArticleRow(db, range),
      (r) => ({ ...articleRecord(r.article, { ...t, claimsPerArticle: new Map([[r.article.id, r.claims]]), mentionsPerArticle: new Map([[r.article.id, r.mentions]]) }, r.characters), text: r.article.text }),
    ),
    actors: each(() => actors, (a) => actorRecord(a.actor, t)),
    agreements: each(() => agreements, (a) => agreementRecord(a.agreement, t)),
    claims: { [Symbol.iterator]: () => eachAnnotationAs(db, 'claims', (cl) => claimRecord(cl, names), range) },
    mentions: { [Symbol.iterator]: () => eachAnnotationAs(db, 'mentions', mentionRecord, range) },
    regions: { [Symbol.iterator]: () => eachAnnotationAs(db, 'regions', regionRecord, range) },
  });
}

const count = (db: Database, table: string) => db.prepare(`SELECT count(*) AS c FROM ${table}`).get()!.c as number;

/** How many claims, mentions and regions the corpus has. */
export function annotationCount(db: Database): number {
  return count(db, 'claims') + count(db, 'mentions') + count(db, 'regions');
}

/**
 * Whether an export in `format` has nothing in it: json, ndjson and sqlite hold the articles, actors
 * and agreements too (an article just added, not yet annotated, is exported: exit 1 told a script
 * nothing was); csv and tsv hold the annotations alone.
 */
export function exportsNothing(db: Database, format: string): boolean {
  const whole = format === 'json' || format === 'ndjson' || format === 'sqlite';
  return annotationCount(db) === 0 && (!whole || count(db, 'articles') + count(db, 'actors') + count(db, 'agreements') === 0);
}
