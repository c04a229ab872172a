// The WebAssembly hash of strings (platform/word-hash.ts) that guards the lines verify reads: the
// 64-bit FNV-1a of the string's UTF-8 bytes and length, folded to 32 bits, so that a change in any
// byte changes it (cut instead of folded, bytes 4-7 of every word were never seen).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bytesHash32, stringHash32 } from '../src/platform/word-hash.js';

/** The same hash in JavaScript: FNV-1a over little-endian 64-bit words of `bytes`, zero padded, then a word holding `length`. */
function fnvWords(bytes: Uint8Array, length: number): number {
  const end = Math.ceil(bytes.length / 8) * 8;
  const padded = Buffer.alloc(end + 8);
  padded.set(bytes);
  padded.writeUInt32LE(length, end);
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < padded.length; i += 8) h = BigInt.asUintN(64, (h ^ padded.readBigUInt64LE(i)) * 0x100000001b3n);
  return Number(BigInt.asUintN(32, h ^ (h >> 32n)));
}

/** A string's: its UTF-8 bytes, and its length in UTF-16 units. */
const reference = (s: string) => fnvWords(Buffer.from(s, 'utf8'), s.length);

const unit = fc.constantFrom('a', 'b', ' ', '\n', '\0', 'é', '’', '中', '😀', '7');
const textArb = fc.string({ unit, maxLength: 200 });

test('stringHash32 is FNV-1a over the UTF-8 bytes and the length, folded to 32 bits', () => {
  fc.assert(fc.property(textArb, (s) => assert.equal(stringHash32(s), reference(s))), { numRuns: 500 });
  // Strings far longer than the memory the hash starts with.
  for (const s of ['x'.repeat(200_000), '中'.repeat(70_000), '']) assert.equal(stringHash32(s), reference(s));
});

test('stringHash32: one character changed anywhere, or NULs added at the end, changes the hash', () => {
  fc.assert(
    fc.property(textArb.filter((s) => s.length > 0), fc.nat(), unit, (s, at, c) => {
      const chars = [...s];
      const i = at % chars.length;
      fc.pre(chars[i] !== c);
      chars[i] = c;
      assert.notEqual(stringHash32(chars.join('')), stringHash32(s));
    }),
    { numRuns: 2000 },
  );
  assert.notEqual(stringHash32('ab'), stringHash32('ab\0'));
});

/** Bytes': the bytes, and their length. */
const bytesReference = (bytes: Uint8Array) => fnvWords(bytes, bytes.length);

test('bytesHash32 (the checksum of postings and meta numbers) is FNV-1a over the bytes and their length, folded to 32 bits', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => assert.equal(bytesHash32(b), bytesReference(b))), { numRuns: 500 });
  // A view into a larger buffer hashes only its own bytes; blobs far larger than the memory the hash starts with.
  const big = new Uint8Array(2_000_003).map((_, i) => (i * 7919) & 0xff);
  assert.equal(bytesHash32(big.subarray(5, 1_700_005)), bytesReference(big.subarray(5, 1_700_005)));
  assert.equal(bytesHash32(new Uint8Array()), bytesReference(new Uint8Array()));
});

test('bytesHash32: any one byte flipped, or a zero byte added at the end, changes the hash', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (b, at, flip) => {
      const changed = b.slice();
      changed[at % b.length]! ^= flip;
      assert.notEqual(bytesHash32(changed), bytesHash32(b));
    }),
    { numRuns: 2000 },
  );
  assert.notEqual(bytesHash32(Uint8Array.of(1, 2)), bytesHash32(Uint8Array.of(1, 2, 0)));
});
