/**
 * The text of `gloss export` in JSON, NDJSON, CSV and TSV, read from the database: the actors and
 * agreements (few) made here, the articles, claims, mentions and regions a page at a time, on every
 * core for a large corpus (export-pages.ts). What lies between the pages — the JSON document's layout,
 * the CSV header — is made here.
 */
import type { Database } from './sqlite.js';
import { storedExportRecords } from './export-rows.js';
import { chunksOf, pagesOf, pageTexts, threadsFor, type PageAsked } from './export-pages.js';
import { jsonChunks, Streamed, StreamedText, taggedNdjsonChunks } from '../output/json.js';
import { csvChunks, tsvChunks } from '../output/delimited.js';
import type { PagedKind, TextFormat } from '../output/export-text.js';
import type { Chunk } from '../output/write.js';
import type { PageText } from './export-pages.js';

export interface ExportTextOptions {
  /** CSV and TSV: the columns, and whether the header row is written. */
  fields: readonly string[];
  header: boolean;
  /** CSV and TSV: cells made inert (straight to a terminal). */
  inert: boolean;
  /** Threads besides this one (default: by the size of the export and the cores, export-pages.ts threadsFor). */
  threads?: number;
}

/** Takes the next `count` texts of `texts`. */
function* next<T>(texts: Iterator<T>, count: number): Generator<T> {
  for (let i = 0; i < count; i++) {
    const t = texts.next();
    if (t.done) return;
    yield t.value;
  }
}

const count = (pages: readonly PageAsked[], kind: PagedKind) => pages.filter((p) => p.kind === kind).length;

/** The export of the database `db` (its file `file`; null: in memory, made on this thread alone) as text in pieces. */
export function* exportText(db: Database, file: string | null, format: TextFormat, o: ExportTextOptions): Generator<Chunk> {
  const kinds: PagedKind[] = format === 'json' || format === 'ndjson' ? ['articles', 'claims', 'mentions', 'regions'] : ['claims', 'mentions', 'regions'];
  const pages = pagesOf(db, kinds);
  const rows = pages.reduce((n, p) => n + p.range[1] - p.range[0], 0);
  const threads = o.threads ?? threadsFor(rows);
  const texts = (indent: string) => pageTexts(db, file, pages, format, { fields: o.fields, inert: o.inert, indent }, threads);
  if (format === 'csv' || format === 'tsv') {
    if (o.header) yield* next((format === 'csv' ? csvChunks : tsvChunks)([], o.fields)[Symbol.iterator](), 1);
    yield* chunksOf(texts(''));
    return;
  }
  const { actors, agreements } = storedExportRecords(db);
  if (format === 'ndjson') {
    const all = texts('');
    try {
      yield* chunksOf(next(all, count(pages, 'articles')));
      yield* taggedNdjsonChunks([
        ['actor', actors],
        ['agreement', agreements],
      ]);
      yield* chunksOf(next(all, pages.length));
    } finally {
      all.return(undefined);
    }
    return;
  }
  // JSON: every streamed array is at the same depth, so one run of pages serves them all, started
  // once the document's layout gives the items' indent.
  let all: Generator<PageText> | undefined;
  const paged = (kind: PagedKind) => new StreamedText((indent) => chunksOf(next((all ??= texts(indent)), count(pages, kind))));
  try {
    yield* jsonChunks({
      articles: paged('articles'),
      actors: new Streamed(actors),
      agreements: new Streamed(agreements),
      claims: paged('claims'),
      mentions: paged('mentions'),
      regions: paged('regions'),
    });
  } finally {
    all?.return(undefined);
  }
}
