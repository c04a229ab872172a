/**
 * Rows in and out of the database with their checksums: a value is stored with the checksum of its
 * text, and a value read whose checksum differs means a damaged file (flipped bytes), never data.
 */
import { checksum, type SqlValue } from './sqlite.js';

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

/** Bytes of a checksummed cell, checked. */
export function checkedBytes(value: SqlValue | undefined, sum: SqlValue | undefined, what: string): Uint8Array {
  if (!(value instanceof Uint8Array) || typeof sum !== 'number' || checksum(value) !== sum) throw new Damaged(what);
  return value;
}
