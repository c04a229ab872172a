/**
 * CSV (RFC 4180, written by csv-stringify) and TSV, both safe to open in a spreadsheet.
 *
 * Why more than OWASP's first-character rule: a spreadsheet splits a line by the separators the user
 * picks at import, not by our quoting. LibreOffice Calc (checked by the test suite with the real
 * program) turns into a formula any field that starts with `=` once it has stripped what comes before:
 * a leading NUL, spaces when "trim spaces" is on, a `"` taken as a text delimiter; and its fields start
 * after any separator the user chose — a `;` (European locales), a tab, a space, a comma inside our
 * quotes when the file is read with other settings. Excel and Google Sheets also take `+`, `-` and `@`.
 *
 * The rule: a `'` goes right before every `=`, `+`, `-` or `@` that could begin a field, i.e. that
 * follows, after any run of blanks, control and format characters and `"`, the start of the cell or a
 * tab, comma, semicolon or `|`; and before every `=` that follows such a run containing a blank or line
 * break (a space or a line may separate fields too, but prose is full of " - ", so only `=` there).
 * A field that begins with `'` is text. csv-stringify's own escape_formulas is not used: it looks at
 * the first character only and would not cover TSV; one rule serves both. TSV has no quoting, so tab,
 * newline, carriage return and backslash inside a field are written as \t, \n, \r and \\.
 */
import { stringify } from 'csv-stringify/sync';
import { flatCell, type Row } from './listing.js';

const TRIGGER = /[=+\-@]/g;
/** What a spreadsheet may strip or skip before a field's first character. */
const SKIPPED = /[\s\p{Cc}\p{Cf}"]/u;
const SEPARATOR = /[\t,;|]/;

/** Whether the trigger at `at` could begin a field: `'start'`/`'strong'` for any trigger, `'blank'` for `=`. */
function fieldStartBefore(cell: string, at: number): 'start' | 'strong' | 'blank' | null {
  let k = at;
  let blank = false;
  let strong = false;
  while (k > 0 && SKIPPED.test(cell[k - 1]!)) {
    const ch = cell[k - 1]!;
    if (ch === '\t') strong = true;
    else if (/\s/.test(ch)) blank = true;
    k--;
  }
  if (k === 0) return 'start';
  if (strong || SEPARATOR.test(cell[k - 1]!)) return 'strong';
  return blank ? 'blank' : null;
}

export function neutraliseFormula(cell: string): string {
  let out = '';
  let from = 0;
  for (const m of cell.matchAll(TRIGGER)) {
    const at = m.index;
    const start = fieldStartBefore(cell, at);
    if (start === null || (start === 'blank' && m[0] !== '=')) continue;
    out += `${cell.slice(from, at)}'`;
    from = at;
  }
  return from === 0 && out === '' ? cell : out + cell.slice(from);
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
