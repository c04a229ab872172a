/**
 * What the building thread sends the worker that writes a database (writer.ts, writer-thread.ts), and
 * how statements' values are packed for the crossing. A module of its own: the worker's bundle needs
 * it, and not writer.ts, which starts workers.
 */
import type { SqlValue } from './sqlite.js';
import type { ArticleItem } from './article-rows.js';

/**
 * A statement's values as they cross to the worker: not cloned one by one (cloning the 2.2 million
 * rows of ten thousand articles cost this thread 6.6 s) but packed into buffers handed over whole:
 * per value its kind, its number or where its bytes are, and the bytes of its texts (UTF-8) and blobs.
 */
export interface Packed {
  kinds: Uint8Array<ArrayBuffer>;
  numbers: Float64Array<ArrayBuffer>;
  ends: Uint32Array<ArrayBuffer>;
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * Statements and articles, in the order the builder gave them. An article crosses serialized as it
 * is given (v8.serialize, what postMessage would do later): its objects then die young on the
 * building thread. Held until their message left (some 60 articles a message), they outlived two
 * young-generation collections, were promoted, and grew that thread's heap by some 300 MB at 10,000
 * articles before a full collection freed them.
 */
export type Work = { sql: string; values: Packed } | { article: Uint8Array<ArrayBuffer> };

export type { ArticleItem };

export type Message = { kind: 'exec'; sql: string } | { kind: 'run'; runs: Work[] } | { kind: 'close' };

export const NULL = 0;
export const NUMBER = 1;
export const BYTES = 2;
export const BIGINT = 3;

const encoder = new TextEncoder();

export function pack(values: readonly SqlValue[]): Packed {
  let room = 0;
  for (const v of values) room += typeof v === 'string' ? v.length * 3 : v instanceof Uint8Array ? v.length : 0;
  const p: Packed = { kinds: new Uint8Array(values.length), numbers: new Float64Array(values.length), ends: new Uint32Array(values.length), bytes: new Uint8Array(room) };
  let at = 0;
  values.forEach((v, i) => {
    if (v === null || v === undefined) p.kinds[i] = NULL;
    else if (typeof v === 'number') {
      p.kinds[i] = NUMBER;
      p.numbers[i] = v;
    } else if (typeof v === 'bigint') {
      p.kinds[i] = BIGINT;
      p.numbers[i] = Number(v);
    } else {
      p.kinds[i] = BYTES;
      if (typeof v === 'string') at += encoder.encodeInto(v, p.bytes.subarray(at)).written;
      else {
        const bytes = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
        p.bytes.set(bytes, at);
        at += bytes.length;
      }
    }
    p.ends[i] = at;
  });
  return p;
}

/** The values again: texts as their UTF-8 bytes, which `CAST(? AS TEXT)` in the statement makes text again. */
export function unpack(p: Packed): SqlValue[] {
  const values: SqlValue[] = new Array(p.kinds.length);
  let from = 0;
  for (let i = 0; i < p.kinds.length; i++) {
    const kind = p.kinds[i];
    values[i] = kind === NULL ? null : kind === NUMBER ? p.numbers[i]! : kind === BIGINT ? BigInt(p.numbers[i]!) : p.bytes.subarray(from, p.ends[i]);
    from = p.ends[i]!;
  }
  return values;
}

