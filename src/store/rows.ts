/**
 * Rows in and out of the database with their checksums: a value is stored with the CRC-32 of its
 * text, and a value read whose CRC-32 differs means a damaged file (flipped bytes), never data.
 */
import { crc32, type SqlValue } from './sqlite.js';

/** A database found damaged while being read: the caller rebuilds it and asks again. */
export class Damaged extends Error {
  constructor(what: string) {
    super(`damaged database (${what})`);
  }
}

export function sealed(json: string): [string, number] {
  return [json, crc32(json)];
}

/** The text of a checksummed cell, checked. */
export function checked(value: SqlValue | undefined, sum: SqlValue | undefined, what: string): string {
  if (typeof value !== 'string' || typeof sum !== 'number' || crc32(value) !== sum) throw new Damaged(what);
  return value;
}

/** The parsed JSON of a checksummed cell. */
export function unsealed<T>(value: SqlValue | undefined, sum: SqlValue | undefined, what: string): T {
  return JSON.parse(checked(value, sum, what)) as T;
}

/** Bytes of a checksummed cell, checked. */
export function checkedBytes(value: SqlValue | undefined, sum: SqlValue | undefined, what: string): Uint8Array {
  if (!(value instanceof Uint8Array) || typeof sum !== 'number' || crc32(value) !== sum) throw new Damaged(what);
  return value;
}
