/**
 * FNV-1a over little-endian 64-bit words, run by a 107-byte WebAssembly function: a hash of megabytes
 * in a fraction of a millisecond from a command's first call, where the same loop in JavaScript runs
 * in V8's interpreter until it has been called often enough to be compiled (verify checks some 3,000
 * lines of text once each: 30 ms in JavaScript, 3 ms here). Not node:zlib's or node:crypto's hashes:
 * either costs more to load (some 3 ms) than this whole check. Any change within one word changes the
 * hash (xor and a multiplication by an odd number are each one-to-one); a corruption is not an adversary.
 * Used for the code cache (cli/code-cache.ts), the lines verify reads (store/rows.ts lineSum) and the
 * database's large BLOBs (store/rows.ts bytesSum).
 */
/**
 * (module (memory (export "memory") 0)
 *   (func (export "hash") (param $p i32) (param $end i32) (result i64) (local $h i64)
 *     h = 0xcbf29ce484222325; while (p < end) { h = (h xor i64.load(p)) * 0x100000001b3; p += 8 }; h))
 * FNV-1a over little-endian 64-bit words. Any change within one word changes the hash (xor and a
 * multiplication by an odd number are each one-to-one); a corruption is not an adversary (the folder is
 * private). test/code-cache.test.ts holds it to the same hash written in JavaScript.
 */
const HASH_WASM =
  'AGFzbQEAAAABBwFgAn9/AX4DAgEABQMBAAAHEQIGbWVtb3J5AgAEaGFzaAAACjwBOgEBfkKlxoihyJyn+UshAgJAA0AgACABTw0BIAIgACkDAIVCs4OAgIAgfiECIABBCGohAAwACwsgAgs=';

/** What gloss uses of WebAssembly (Node's types leave it to the DOM library, which this project does not load). */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: { memory: { buffer: ArrayBuffer; grow(pages: number): number }; hash(p: number, end: number): bigint } };
};

export interface Hasher {
  /** A buffer of `size` bytes, zero-filled to a whole number of words, to fill before hashing. */
  buffer(size: number): Uint8Array;
  /** The hash of the first `size` bytes of the last buffer (its zero padding included). */
  hash(size: number): bigint;
}

export function hasher(): Hasher {
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(HASH_WASM, 'base64')));
  const { memory, hash } = exports;
  return {
    buffer(size) {
      const pages = Math.ceil((size + 8) / 65536) - memory.buffer.byteLength / 65536;
      if (pages > 0) memory.grow(pages);
      const view = new Uint8Array(memory.buffer, 0, size + 8);
      view.fill(0, size);
      return view.subarray(0, size);
    },
    hash: (size) => BigInt.asUintN(64, hash(0, Math.ceil(size / 8) * 8)),
  };
}

const encoder = new TextEncoder();
let shared: Hasher | undefined;

/** The hash of a string's UTF-8 bytes and its length, folded to 32 bits (the size of the database's checksums). */
export function stringHash32(s: string): number {
  const h = (shared ??= hasher());
  // UTF-8 takes at most three bytes a UTF-16 unit; then the padding and a word for the length.
  const buffer = h.buffer(3 * s.length + 16);
  const { written } = encoder.encodeInto(s, buffer);
  return finish(h, buffer, written, s.length);
}

/**
 * The hash of some bytes and their length, folded to 32 bits: the checksum of the large BLOBs a
 * search reads first (at 10,000 articles, 1.6 MB of document numbers and 0.6 MB of line starts), which
 * the same loop in JavaScript took 10-20 ms to check from a command's start.
 */
export function bytesHash32(bytes: Uint8Array): number {
  const h = (shared ??= hasher());
  const buffer = h.buffer(bytes.length + 16);
  buffer.set(bytes);
  return finish(h, buffer, bytes.length, bytes.length);
}

/** Pads the `written` bytes of `buffer` to a word, adds a word for `length`, and hashes them, folded to 32 bits. */
function finish(h: Hasher, buffer: Uint8Array, written: number, length: number): number {
  const end = Math.ceil(written / 8) * 8;
  buffer.fill(0, written, end + 8);
  // The length is hashed too: a value and the same with NULs after it differ.
  new DataView(buffer.buffer, buffer.byteOffset).setUint32(end, length, true);
  // Folded, not cut: the low 32 bits of FNV's products depend on the low half of each word alone.
  const hash = h.hash(end + 8);
  return Number(BigInt.asUintN(32, hash ^ (hash >> 32n)));
}
