/**
 * How near a quote comes to any stretch of a text, by edit distance over UTF-16 units, without the
 * edit-distance table (corpus/suggest.ts sellers: one cell per character of the quote and of the
 * text). A misquote checked against 10,000 articles of some 4,000 characters spent 3.8 s in that
 * table; here a column of the table takes one 32-bit step per 32 characters of the quote: Myers's
 * bit-parallel algorithm (J. ACM 46(3), 1999), in blocks of 32 rows, as Hyyrö formulates it for
 * searching (a match may start anywhere: row 0 is 0 in every column).
 */

/**
 * Per UTF-16 unit, its slot among the quote's distinct units (0: not in the quote); cleared after
 * each use. Made on first use: every command loads this module, few compare a quote.
 */
let table: Uint16Array | undefined;

export interface Nearest {
  /** The least edit distance of the quote to a stretch of the text. */
  least: number;
  /** The first end (exclusive, as an offset into the text) where it is reached. */
  end: number;
}

/**
 * The least edit distance of `quote` (not empty) to any stretch of `text` that ends after its first
 * unit (as the table's columns do), and the first end where it is reached; null for an empty text.
 */
export function nearestEnd(text: string, quote: string): Nearest | null {
  if (text.length === 0) return null;
  const slots = (table ??= new Uint16Array(65536));
  const m = quote.length;
  const blocks = (m + 31) >>> 5;
  let distinct = 0;
  for (let i = 0; i < m; i++) {
    const c = quote.charCodeAt(i);
    if (slots[c] === 0) slots[c] = ++distinct;
  }
  // Per slot, per block, the bits of the quote's positions holding that unit (Myers's Peq); slot 0, none.
  const positions = new Int32Array((distinct + 1) * blocks);
  for (let i = 0; i < m; i++) positions[slots[quote.charCodeAt(i)]! * blocks + (i >>> 5)]! |= 1 << (i & 31);
  // The bit of the quote's last row, in the last block.
  const last = 1 << ((m - 1) & 31);
  let score = m;
  let least = Infinity;
  let end = 0;
  if (blocks === 1) {
    // One block (a quote of up to 32 units, most): the same steps as below with its vertical deltas
    // in locals, some twice as fast as through the arrays.
    let pv = -1;
    let mv = 0;
    for (let j = 0; j < text.length; j++) {
      const eq = positions[slots[text.charCodeAt(j)]!]!;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      const ph = mv | ~(xh | pv);
      const mh = pv & xh;
      if (ph & last) score++;
      else if (mh & last) score--;
      const phs = ph << 1;
      pv = (mh << 1) | ~(xv | phs);
      mv = phs & xv;
      if (score < least) {
        least = score;
        end = j + 1;
        if (least === 0) break;
      }
    }
  } else {
    // Each block's vertical deltas (+1, -1 bits) of the current column: at first all +1 (row i is i).
    const plus = new Int32Array(blocks).fill(-1);
    const minus = new Int32Array(blocks);
    for (let j = 0; j < text.length; j++) {
      const base = slots[text.charCodeAt(j)]! * blocks;
      // The horizontal delta carried down from the block above: row 0 stays 0, so none into the first.
      let carry = 0;
      for (let b = 0; b < blocks; b++) {
        let eq = positions[base + b]!;
        const pv = plus[b]!;
        const mv = minus[b]!;
        const xv = eq | mv;
        if (carry < 0) eq |= 1;
        // A carry past bit 31 is dropped by ^ (ToInt32): the sum is wanted modulo 2^32.
        const xh = (((eq & pv) + pv) ^ pv) | eq;
        let ph = mv | ~(xh | pv);
        let mh = pv & xh;
        const top = b === blocks - 1 ? last : 1 << 31;
        const out = ph & top ? 1 : mh & top ? -1 : 0;
        ph <<= 1;
        mh <<= 1;
        if (carry < 0) mh |= 1;
        else if (carry > 0) ph |= 1;
        plus[b] = mh | ~(xv | ph);
        minus[b] = ph & xv;
        carry = out;
      }
      score += carry;
      if (score < least) {
        least = score;
        end = j + 1;
        // Nothing comes nearer than an exact match: the first is the one wanted.
        if (least === 0) break;
      }
    }
  }
  for (let i = 0; i < m; i++) slots[quote.charCodeAt(i)] = 0;
  return { least, end };
}

/** Characters of text that the bound may read, summed over its chunks (some 50 ms): past them it stops, still a bound. */
const WORK = 30_000_000;

/**
 * Whether every stretch of `text` is more than `limit` edits from `quote`: true only when that is
 * certain. For a text too large to compare whole (the caller's budget), a lower bound: cut the quote
 * into consecutive chunks of 32 units; an alignment of the quote with a stretch splits the stretch
 * into consecutive pieces, one per chunk, and costs the sum of the chunks' costs against their
 * pieces, so at least the sum of each chunk's least distance to any stretch. Chunks are taken in
 * order until the bound exceeds the limit or the work is spent; the chunks taken bound it on their own.
 */
export function fartherThan(text: string, quote: string, limit: number): boolean {
  let bound = 0;
  let work = 0;
  for (let at = 0; at < quote.length; at += 32) {
    work += text.length;
    if (work > WORK && at > 0) return false;
    const chunk = quote.slice(at, at + 32);
    // An empty text has only the empty stretch: the whole chunk to insert.
    bound += nearestEnd(text, chunk)?.least ?? chunk.length;
    if (bound > limit) return true;
  }
  return false;
}
