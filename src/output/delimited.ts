/**
 * CSV (RFC 4180, written by csv-stringify) and TSV. Both are made safe to open in a spreadsheet:
 * a cell starting with =, +, -, @, tab or carriage return is prefixed with a single quote, as OWASP
 * recommends against CSV injection. csv-stringify's own escape_formulas is not used because it would
 * not cover TSV; one rule serves both. TSV has no quoting, so tab, newline, carriage return and
 * backslash inside a field are written as \t, \n, \r and \\.
 */
import { stringify } from 'csv-stringify/sync';
import { flatCell, type Row } from './listing.js';

export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Applied to every cell after neutralising: `inert` when the output goes straight to a terminal. */
export type CellFilter = (cell: string) => string;
const asIs: CellFilter = (c) => c;

function cells(record: Row, fields: readonly string[], filter: CellFilter): string[] {
  return fields.map((f) => filter(neutraliseFormula(flatCell(record[f]))));
}

/** Rows are handed to csv-stringify this many at a time: its cost per call, against what is held. */
const BATCH = 500;

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** CSV, header first, produced a batch of rows at a time (each batch ends with its record delimiter). */
export function* csvChunks(records: Iterable<Row>, fields: readonly string[], filter: CellFilter = asIs): Generator<string> {
  // quoted_match: csv-stringify quotes on the record delimiter only; a lone \r must be quoted too.
  const options = { record_delimiter: '\r\n', quoted_match: /[\r\n]/ };
  yield stringify([fields.slice()], options);
  for (const batch of batches(records, BATCH)) yield stringify(batch.map((r) => cells(r, fields, filter)), options);
}

export function toCsv(records: Iterable<Row>, fields: readonly string[], filter: CellFilter = asIs): string {
  return [...csvChunks(records, fields, filter)].join('');
}

export function escapeTsv(cell: string): string {
  return cell.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}

export function* tsvChunks(records: Iterable<Row>, fields: readonly string[], filter: CellFilter = asIs): Generator<string> {
  const line = (row: readonly string[]) => `${row.map(escapeTsv).join('\t')}\n`;
  yield line(fields);
  for (const r of records) yield line(cells(r, fields, filter));
}

export function toTsv(records: Iterable<Row>, fields: readonly string[], filter: CellFilter = asIs): string {
  return [...tsvChunks(records, fields, filter)].join('');
}
