/**
 * Where a quote stands in the corpus, found in the database without decoding a text: every place
 * (article, offsets, line and column) with the claims that cover it, as `gloss verify` shows them.
 *
 * SQLite finds the texts holding the quote (instr) and hands them over as their UTF-8 bytes; one pass
 * over each text's bytes finds the quote's places (UTF-8 is self-synchronising: for a quote with no
 * lone surrogate, its byte matches are exactly its string matches), converts their offsets to UTF-16
 * (the claims' unit), code points (the output's) and line and column, and checks the text's checksum
 * (rows.ts textSum: FNV-1a over its article's id, a NUL and its UTF-16 units, the units decoded here
 * from the bytes). A common quote
 * stands in thousands of texts: decoding each into a JavaScript string, then a line index and a
 * code point map of each, cost most of verify's time on a large corpus.
 */
import type { Claim } from '../model.js';
import type { Place, PlaceClaim } from '../query/verdict.js';
import { FNV_OFFSET, type Database } from './sqlite.js';
import { Damaged, idSum, unsealed } from './rows.js';
import { actorRows } from './queries.js';
import { codePointLength } from '../text/offsets.js';
import { candidateArticles } from './quote-candidates.js';

const FNV_PRIME = 0x01000193;

/** Where each of a text's quote matches starts: UTF-16 offset, code point offset, line and column (1-based, in code points). */
interface Spot {
  u16: number;
  cp: number;
  line: number;
  column: number;
}

/**
 * The spots of `at` (byte offsets, ascending, each the start of a character) in UTF-8 `bytes`, the
 * whole text decoded once to check its checksum `sum` on the way. Strict: a byte sequence that is
 * not well-formed UTF-8 (a flipped byte) is damage, never a character, so that no damaged text can
 * pass for the text it was.
 */
export function spotsIn(bytes: Uint8Array, at: readonly number[], sum: number, what: string, seed = FNV_OFFSET): Spot[] {
  // Bytes so far beyond the UTF-16 units, and beyond the code points, at each spot: an ASCII byte
  // (most of a text) changes neither, so the inner loop only hashes it — as fast as the checksum alone.
  const over16: number[] = [];
  const overCp: number[] = [];
  let o16 = 0;
  let oCp = 0;
  let h = seed;
  let k = 0;
  const n = bytes.length;
  let i = 0;
  for (;;) {
    const stop = k < at.length && at[k]! < n ? at[k]! : n;
    let b = 0;
    while (i < stop && (b = bytes[i]!) < 0x80) {
      h = Math.imul(h ^ b, FNV_PRIME);
      i++;
    }
    if (i === stop) {
      if (stop === n) break;
      over16.push(o16);
      overCp.push(oCp);
      k++;
      continue;
    }
    let c: number;
    if (b >= 0xc2 && b < 0xe0) {
      const b1 = bytes[i + 1]!;
      if ((b1 & 0xc0) !== 0x80) throw new Damaged(what);
      c = ((b & 0x1f) << 6) | (b1 & 0x3f);
      i += 2;
      o16 += 1;
      oCp += 1;
    } else if (b >= 0xe0 && b < 0xf0) {
      const b1 = bytes[i + 1]!;
      const b2 = bytes[i + 2]!;
      if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) throw new Damaged(what);
      c = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      if (c < 0x800 || (c >= 0xd800 && c <= 0xdfff)) throw new Damaged(what);
      i += 3;
      o16 += 2;
      oCp += 2;
    } else if (b >= 0xf0 && b < 0xf5) {
      const b1 = bytes[i + 1]!;
      const b2 = bytes[i + 2]!;
      const b3 = bytes[i + 3]!;
      if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80 || (b3 & 0xc0) !== 0x80) throw new Damaged(what);
      c = ((b & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
      if (c < 0x10000 || c > 0x10ffff) throw new Damaged(what);
      i += 4;
      o16 += 2;
      oCp += 3;
    } else throw new Damaged(what);
    if (c < 0x10000) h = Math.imul(h ^ c, FNV_PRIME);
    else {
      h = Math.imul(h ^ (0xd800 + ((c - 0x10000) >> 10)), FNV_PRIME);
      h = Math.imul(h ^ (0xdc00 + ((c - 0x10000) & 0x3ff)), FNV_PRIME);
    }
  }
  // A match inside a character, or a checksum that differs: the bytes are not what was stored.
  if (k < at.length || h >>> 0 !== sum) throw new Damaged(what);
  // Lines are counted from one spot to the next with memchr (indexOf); a column is the code points
  // from its line's start (or from the spot before, on the same line), that is the bytes less their
  // continuation bytes: each byte of the text is looked at once however many spots there are.
  const hay = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const spots: Spot[] = [];
  let line = 1;
  let nextLineEnd = hay.indexOf(10);
  let from = 0;
  let column = 1;
  at.forEach((pos, j) => {
    if (nextLineEnd !== -1 && nextLineEnd < pos) {
      let lineEnd;
      do {
        line++;
        lineEnd = nextLineEnd;
        nextLineEnd = hay.indexOf(10, lineEnd + 1);
      } while (nextLineEnd !== -1 && nextLineEnd < pos);
      from = lineEnd + 1;
      column = 1;
    }
    for (; from < pos; from++) if ((bytes[from]! & 0xc0) !== 0x80) column++;
    spots.push({ u16: pos - over16[j]!, cp: pos - overCp[j]!, line, column });
  });
  return spots;
}

/** The byte offsets where `needle` starts in `hay`, overlapping matches included (as occurrencesOf finds them). */
function matchesIn(hay: Buffer, needle: Buffer): number[] {
  const found: number[] = [];
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Integers appended one at a time, kept in one typed array that doubles as it fills. */
class Ints {
  private a = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.length++] = v;
  }
  at(i: number): number {
    return this.a[i]!;
  }
  increment(i: number): void {
    this.a[i]! += 1;
  }
}

/**
 * The places of a quote, held as numbers (article, offsets, line, column, the claims covering it) and
 * made into Place objects one at a time as they are written: a common quote ("e") stands in millions of
 * places, which as objects held 1.7 GB at 10,000 articles.
 */
export class PlaceList implements Iterable<Place> {
  /** Per place: article (index into `articles`), UTF-16 offset, code point offset, line, column. */
  private readonly spots = new Ints();
  /** Per place, how many claims cover it; `refs` holds them (indexes into `claims`), place after place. */
  private readonly counts = new Ints();
  private readonly refs = new Ints();
  private readonly claims: PlaceClaim[] = [];
  private readonly claimIndex = new Map<string, number>();
  readonly articles: string[] = [];

  constructor(
    private readonly quote: string,
    private readonly lengthCp: number,
  ) {}

  get length(): number {
    return this.counts.length;
  }

  addArticle(id: string, spots: readonly Spot[]): void {
    const k = this.articles.push(id) - 1;
    for (const s of spots) {
      this.spots.push(k);
      this.spots.push(s.u16);
      this.spots.push(s.cp);
      this.spots.push(s.line);
      this.spots.push(s.column);
      this.counts.push(0);
    }
  }

  /** The article and UTF-16 offset of place `i`. */
  articleAt(i: number): string {
    return this.articles[this.spots.at(5 * i)]!;
  }
  u16At(i: number): number {
    return this.spots.at(5 * i + 1);
  }

  /** Claims are added place by place, in reading order (the query orders them so). */
  addClaim(place: number, id: string, make: () => PlaceClaim): void {
    let c = this.claimIndex.get(id);
    if (c === undefined) {
      c = this.claims.push(make()) - 1;
      this.claimIndex.set(id, c);
    }
    this.refs.push(c);
    this.counts.increment(place);
  }

  *[Symbol.iterator](): Generator<Place> {
    let r = 0;
    for (let i = 0; i < this.length; i++) {
      const cp = this.spots.at(5 * i + 2);
      const covering: PlaceClaim[] = [];
      for (let n = this.counts.at(i); n > 0; n--) covering.push(this.claims[this.refs.at(r++)]!);
      yield { article: this.articleAt(i), start: cp, end: cp + this.lengthCp, line: this.spots.at(5 * i + 3), column: this.spots.at(5 * i + 4), text: this.quote, claims: covering };
    }
  }
}

/** Places whose claims are looked up in one statement: one a place costs twice as much, all at once a string of every span. */
const CLAIMS_BATCH = 20000;

/**
 * Every place `quote` stands, in reading order, with the claims covering each (as verdict.ts placeOf
 * makes them from a corpus in memory); null when the quote holds a lone surrogate, which no
 * UTF-8 text can hold as such (the caller then asks the corpus in memory).
 */
export function quotePlaces(db: Database, quote: string): PlaceList | null {
  if (quote === '' || !(quote as string & { isWellFormed(): boolean }).isWellFormed()) return null;
  const needle = Buffer.from(quote, 'utf8');
  const length16 = quote.length;
  const places = new PlaceList(quote, codePointLength(quote));
  // Only the articles whose words the quote's words are among, where the word index can tell; else every text.
  const candidates = candidateArticles(db, quote);
  // Row by row (iterate), not all at once: thousands of texts held together cost as much again in
  // garbage collection (at 10,000 articles, 180 ms against 100 for the texts of a common quote).
  const texts =
    candidates === null
      ? db.prepare('SELECT id, CAST(text AS BLOB) AS bytes, text_sum FROM articles WHERE instr(text, ?) > 0 ORDER BY n').iterate(quote)
      : db.prepare('SELECT id, CAST(text AS BLOB) AS bytes, text_sum FROM articles WHERE n IN (SELECT value FROM json_each(?)) AND instr(text, ?) > 0 ORDER BY n').iterate(JSON.stringify(candidates), quote);
  for (const r of texts) {
    const bytes = r.bytes as Uint8Array;
    const hay = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const what = `text of ${String(r.id)}`;
    if (typeof r.text_sum !== 'number' || typeof r.id !== 'string') throw new Damaged(what);
    // The id is checked with the text (its checksum covers both): the article's record is not read.
    const spots = spotsIn(bytes, matchesIn(hay, needle), r.text_sum, what, idSum(r.id));
    if (spots.length > 0) places.addArticle(r.id, spots);
  }
  if (places.length === 0) return places;
  const names = new Map(actorRows(db).map((a) => [a.actor.id, a.actor.name]));
  // The claims of many places in one statement (the index on (article, from, to) finds them), row by row.
  const covering = db.prepare(
    'SELECT p.key AS place, c.id, c.json, c.sum FROM json_each(?) p JOIN claims c ON c.article = p.value ->> 0 AND c."from" < p.value ->> 2 AND c."to" > p.value ->> 1 ORDER BY p.key, c.n',
  );
  for (let first = 0; first < places.length; first += CLAIMS_BATCH) {
    const spans: [string, number, number][] = [];
    for (let i = first; i < Math.min(first + CLAIMS_BATCH, places.length); i++) spans.push([places.articleAt(i), places.u16At(i), places.u16At(i) + length16]);
    for (const r of covering.iterate(JSON.stringify(spans))) {
      places.addClaim(first + (r.place as number), r.id as string, () => {
        const cl = unsealed<Claim>(r.json, r.sum, `claims ${String(r.id)}`);
        return { id: cl.id, actor: cl.source, source: names.get(cl.source) ?? cl.source, attribution: cl.attribution };
      });
    }
  }
  return places;
}
