/**
 * A page of an export as text: the records of one kind numbered in a range of its table, written as
 * they stand in the middle of the whole export, so that the pages' texts joined in order, with what
 * lies between them, are exactly the export written in one go (commands/export.ts textChunks). A
 * page is made by whichever thread takes it (store/export-pages.ts); each format says what goes
 * around the pages.
 */
import type { Row } from './listing.js';
import { itemText, taggedNdjsonChunks } from './json.js';
import { csvChunks, tsvChunks } from './delimited.js';
import { inert } from './inert.js';

export type TextFormat = 'json' | 'ndjson' | 'csv' | 'tsv';

/** The kinds an export writes a page at a time: those of many rows. */
export type PagedKind = 'articles' | 'claims' | 'mentions' | 'regions';

/** Each kind's tag in NDJSON, CSV and TSV. */
const KIND_TAG: Record<PagedKind, string> = {
  articles: 'article',
  claims: 'claim',
  mentions: 'mention',
  regions: 'region',
};

export interface PageOptions {
  /** CSV and TSV: the columns. */
  fields: readonly string[];
  /** CSV and TSV: cells made inert (straight to a terminal). */
  inert: boolean;
  /** JSON: the items' indent (jsonChunks gives it). */
  indent: string;
}

function* tagged(kind: string, rows: Iterable<Row>): Generator<Row> {
  for (const r of rows) yield { kind, ...r };
}

/** Every chunk but the first (the header row of CSV and TSV). */
function* afterFirst(chunks: Iterable<string>): Generator<string> {
  let first = true;
  for (const c of chunks) {
    if (!first) yield c;
    first = false;
  }
}

/** About this many characters of JSON items are given out at once (as taggedNdjsonChunks does). */
const BATCH = 16 * 1024;

function* jsonItems(records: Iterable<Row>, indent: string): Generator<string> {
  let batch = '';
  for (const r of records) {
    batch += itemText(r, indent);
    if (batch.length >= BATCH) {
      yield batch;
      batch = '';
    }
  }
  if (batch !== '') yield batch;
}

/**
 * The text of `records`, all of kind `kind`, as they stand in an export in `format`, in pieces of some
 * 16 K characters (never the page as one string: a long string built of many is slow to encode whole):
 * NDJSON lines tagged with their kind; CSV or TSV rows without the header; JSON items each after a comma
 * (json.ts itemText: jsonChunks drops the first item's).
 */
export function pageChunks(format: TextFormat, kind: PagedKind, records: Iterable<Row>, options: PageOptions): Iterable<string> {
  const tag = KIND_TAG[kind];
  if (format === 'ndjson') return taggedNdjsonChunks([[tag, records]]);
  if (format === 'json') return jsonItems(records, options.indent);
  const filter = options.inert ? inert : undefined;
  return afterFirst((format === 'csv' ? csvChunks : tsvChunks)(tagged(tag, records), options.fields, filter));
}
