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

function cells(records: readonly Row[], fields: readonly string[], filter: CellFilter): string[][] {
  return records.map((r) => fields.map((f) => filter(neutraliseFormula(flatCell(r[f])))));
}

export function toCsv(records: readonly Row[], fields: readonly string[], filter: CellFilter = asIs): string {
  // quoted_match: csv-stringify quotes on the record delimiter only; a lone \r must be quoted too.
  return stringify([fields.slice(), ...cells(records, fields, filter)], { record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
}

export function escapeTsv(cell: string): string {
  return cell.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}

export function toTsv(records: readonly Row[], fields: readonly string[], filter: CellFilter = asIs): string {
  return [fields.slice(), ...cells(records, fields, filter)].map((row) => `${row.map(escapeTsv).join('\t')}\n`).join('');
}
