/**
 * Rows in and out of the database with their checksums: a value is stored with the checksum of its
 * text, and a value read whose checksum differs means a damaged file (flipped bytes), never data.
 */
import { checksum, type Database, type Row, type SqlValue } from './sqlite.js';
import { bytesHash32, stringHash32 } from '../platform/word-hash.js';

/** A database found damaged while being read: the caller rebuilds it and asks again. */
export class Damaged extends Error {
  constructor(what: string) {
    super(`damaged database (${what})`);
  }
}

export function sealed(json: string): [string, number] {
  return [json, checksum(json)];
}

/** The text of a checksummed cell, checked. */
export function checked(value: SqlValue | undefined, sum: SqlValue | undefined, what: string): string {
  if (typeof value !== 'string' || typeof sum !== 'number' || checksum(value) !== sum) throw new Damaged(what);
  return value;
}

/** The parsed JSON of a checksummed cell. */
export function unsealed<T>(value: SqlValue | undefined, sum: SqlValue | undefined, what: string): T {
  return JSON.parse(checked(value, sum, what)) as T;
}

/**
 * An article text's checksum runs over its id, a NUL and the text: a reader that takes the id from
 * its column (verify, which reads no other part of the article's row) has it checked with the text.
 */
export function textSum(id: string, text: string | Uint8Array): number {
  return checksum(text, idSum(id));
}

/** Where an article text's checksum starts: its id's, and a NUL. */
export function idSum(id: string): number {
  return checksum(`${id}\0`);
}

/** An article's text, checked with its id. */
export function checkedText(id: SqlValue | undefined, text: SqlValue | undefined, sum: SqlValue | undefined): string {
  if (typeof id !== 'string' || typeof text !== 'string' || typeof sum !== 'number' || textSum(id, text) !== sum) throw new Damaged(`text of ${String(id)}`);
  return text;
}

/** A row of the lines table (schema.ts), as stored. */
export interface LineRow {
  d: number;
  docs: number;
  article: string;
  line: number;
  u16: number;
  cp: number;
  text: string;
  claims: string;
}

/**
 * A line's checksum: over its numbers, its article's id and its claims, each ended by a NUL, then its
 * text; by WebAssembly (platform/word-hash.ts), as verify reads thousands of lines once each.
 */
export function lineSum(r: LineRow): number {
  return stringHash32(`${r.d}\0${r.docs}\0${r.article}\0${r.line}\0${r.u16}\0${r.cp}\0${r.claims}\0${r.text}`);
}

/** A line as read, checked: every value of the right type and the checksum over them all. */
export function checkedLine(r: Row): LineRow {
  const { d, docs, article, line, u16, cp, text, claims, sum } = r;
  if (typeof d !== 'number' || typeof docs !== 'number' || typeof article !== 'string' || typeof line !== 'number' || typeof u16 !== 'number' || typeof cp !== 'number' || typeof text !== 'string' || typeof claims !== 'string') throw new Damaged('lines');
  const row = { d, docs, article, line, u16, cp, text, claims };
  if (sum !== lineSum(row)) throw new Damaged(`line ${line} of ${article}`);
  return row;
}

/** The checksum of a BLOB (postings, meta numbers): by WebAssembly, as lineSum, for they are large. */
export const bytesSum = bytesHash32;

/** Bytes of a checksummed cell, checked. */
export function checkedBytes(value: SqlValue | undefined, sum: SqlValue | undefined, what: string): Uint8Array {
  if (!(value instanceof Uint8Array) || typeof sum !== 'number' || bytesSum(value) !== sum) throw new Damaged(what);
  return value;
}

/** A meta value stored as the bytes of 32-bit integers (article-rows.ts), checked; undefined where there is none. */
export function metaInts(db: Database, key: string): Int32Array | undefined {
  const r = db.prepare('SELECT value, sum FROM meta WHERE key = ?').get(key);
  if (!r) return undefined;
  return checkedInts(r.value, r.sum, `meta ${key}`);
}

/** A checksummed cell holding the bytes of 32-bit integers (postings, search.article), checked, as integers. */
export function checkedInts(value: SqlValue | undefined, sum: SqlValue | undefined, what: string): Int32Array {
  const bytes = checkedBytes(value, sum, what);
  if (bytes.length % 4 !== 0) throw new Damaged(what);
  // An Int32Array needs its bytes aligned to four.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
}

/**
 * Which database this is: meta `id`, drawn at random for each build (build.ts). A thread that opens a
 * database by its file name (the freshness check's, an export's, the writer's attaching the database
 * it replaces) may find another there, renamed into place by a racing rebuild meanwhile: it takes
 * nothing from it unless it has the identity meant.
 */
export function databaseId(db: Database, schema = 'main'): string {
  const r = db.prepare(`SELECT value, sum FROM ${schema}.meta WHERE key = 'id'`).get();
  return checked(r?.value, r?.sum, 'meta id');
}
