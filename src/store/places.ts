/**
 * Where a quote stands in the corpus, found in the database: every place (article, offsets, line and
 * column) with the claims that cover it, as `gloss verify` shows them.
 *
 * On a corpus with a word index (large), a quote on one line whose whole words the index knows is
 * looked for in the lines holding its words (schema.ts `lines`; quote-candidates.ts
 * candidateLines): each line is read with the claims overlapping it, so that neither whole texts
 * nor claims are read. At 10,000 generated articles, "a material downtick" stands in 2,527 of them:
 * 3,661 lines, 2.4 MB, against 12 MB of texts and a lookup of claims for each place.
 *
 * Otherwise the texts of the articles that may hold the quote (all, where the word index cannot
 * tell) are read, each checked against its checksum (rows.ts textSum: over its article's id, a NUL
 * and its UTF-16 units) as it is read. The places are found in the text as anchoring finds them
 * (text/occurrences.ts), and their lines and columns by walking from one place to the next: no line
 * index or code point map is made of a text, and a text without a character beyond the BMP (most)
 * has its code point offsets equal to its UTF-16 ones. Texts are read as strings, not as their UTF-8
 * bytes: a common quote stands in thousands of texts, and each text's bytes came in a buffer of
 * their own outside V8's heap (at 10,000 articles, 12 MB of fresh memory for "a material downtick":
 * twice the page faults of the same texts as strings, which V8's young generation takes in pages it
 * already has).
 */
import type { Claim } from '../model.js';
import type { Place, PlaceClaim } from '../query/verdict.js';
import type { Database } from './sqlite.js';
import { checkedLine, Damaged, unsealed } from './rows.js';
import { actorNames, eachText } from './queries.js';
import { codePointLength } from '../text/offsets.js';
import { standsWhole } from '../text/clusters.js';
import { eachOccurrence } from '../text/occurrences.js';
import { candidateArticles, candidateLines, type LineCandidates } from './quote-candidates.js';

/** Where each of a text's quote matches starts: UTF-16 offset, code point offset, line and column (1-based, in code points). */
interface Spot {
  u16: number;
  cp: number;
  line: number;
  column: number;
}

/** Low surrogates: one in each character beyond the BMP, which is one code point but two UTF-16 units. */
const LOW_SURROGATE = /[\udc00-\udfff]/;

/** How many low surrogates `text` holds before a position, counted on from where the last count stopped (positions never go back). */
function lowSurrogates(text: string): (before: number) => number {
  let at = 0;
  let count = 0;
  return (before) => {
    for (; at < before; at++) {
      const c = text.charCodeAt(at);
      if (c >= 0xdc00 && c <= 0xdfff) count++;
    }
    return count;
  };
}

/**
 * Every place `quote` starts in `text` (overlapping matches included, on whole characters only, as
 * anchor.ts occurrencesOf finds them), with its UTF-16 and code point offsets, line and column. Each character up to the
 * last match is looked at once, however many matches there are.
 */
export function spotsIn(text: string, quote: string): Spot[] {
  const spots: Spot[] = [];
  const astral = LOW_SURROGATE.test(text);
  const beforeMatch = lowSurrogates(text);
  const beforeLine = lowSurrogates(text);
  let line = 1;
  let lineStart = 0;
  let nextLineEnd = text.indexOf('\n');
  eachOccurrence(text, quote, 0, (u16) => {
    // A line's ends are a text's line breaks, so whole characters of a line are whole in its article.
    if (!standsWhole(text, u16, u16 + quote.length)) return;
    while (nextLineEnd !== -1 && nextLineEnd < u16) {
      line++;
      lineStart = nextLineEnd + 1;
      nextLineEnd = text.indexOf('\n', lineStart);
    }
    const low = astral ? beforeMatch(u16) : 0;
    const lineLow = astral ? beforeLine(lineStart) : 0;
    spots.push({ u16, cp: u16 - low, line, column: u16 - lineStart - (low - lineLow) + 1 });
  });
  return spots;
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

  /** A place in article `id` (the places come in reading order); its number. */
  add(id: string, s: Spot): number {
    if (this.articles.at(-1) !== id) this.articles.push(id);
    this.spots.push(this.articles.length - 1);
    this.spots.push(s.u16);
    this.spots.push(s.cp);
    this.spots.push(s.line);
    this.spots.push(s.column);
    this.counts.push(0);
    return this.counts.length - 1;
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

/** Documents (and so lines) read one by one at most: a quote of common words only is looked for in whole texts. */
const LINES_AT_MOST = 50000;

/**
 * The places of a quote holding no line break, found in the lines that may hold it
 * (quote-candidates.ts candidateLines): each line comes with the claims overlapping it, so no claim is
 * looked up. Every line asked for must come, with the documents the line starts said it has (the
 * documents that named it): else the database is damaged.
 */
function linePlaces(db: Database, quote: string, { lines, starts, end }: LineCandidates, places: PlaceList): PlaceList {
  if (lines.length === 0) return places;
  const wanted: number[] = [];
  for (let i = 0; i < lines.length; i++) wanted.push(starts[lines[i]!]!);
  const rows = db.prepare('SELECT d, docs, article, line, u16, cp, text, claims, sum FROM lines WHERE d IN (SELECT value FROM json_each(?)) ORDER BY d');
  const length16 = quote.length;
  let names: Map<string, string> | undefined;
  let i = 0;
  for (const r of rows.iterate(JSON.stringify(wanted))) {
    const line = checkedLine(r);
    const k = lines[i]!;
    if (line.d !== wanted[i++] || line.d + line.docs !== (k + 1 < starts.length ? starts[k + 1] : end)) throw new Damaged('lines');
    const spots = spotsIn(line.text, quote);
    if (spots.length === 0) continue;
    const claims = JSON.parse(line.claims) as [string, string, string, number, number][];
    for (const s of spots) {
      const u16 = line.u16 + s.u16;
      const place = places.add(line.article, { u16, cp: line.cp + s.cp, line: line.line, column: s.column });
      for (const [id, source, attribution, from, to] of claims) {
        if (from >= u16 + length16 || to <= u16) continue;
        names ??= actorNames(db);
        places.addClaim(place, id, () => ({ id, actor: source, source: names!.get(source) ?? source, attribution }));
      }
    }
  }
  if (i !== wanted.length) throw new Damaged('lines');
  return places;
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
  const length16 = quote.length;
  const places = new PlaceList(quote, codePointLength(quote));
  // A quote within a line: the lines holding its words, where its rarest is not in so many documents that whole texts cost less.
  const lines = quote.includes('\n') ? null : candidateLines(db, quote, LINES_AT_MOST);
  if (lines !== null) return linePlaces(db, quote, lines, places);
  // Only the articles whose words the quote's words are among, where the word index can tell; else every text.
  const candidates = candidateArticles(db, quote);
  // Row by row (iterate), not all at once: thousands of texts held together cost as much again in
  // garbage collection (at 10,000 articles, 180 ms against 100 for the texts of a common quote).
  // Every candidate text is read and checked, none left out by SQLite's instr: instr reads texts
  // unchecked, so a byte flipped in one of a quote's places would have lost that place unseen.
  // The id is checked with the text (its checksum covers both): the article's record is not read.
  for (const { id, text } of eachText(db, candidates ?? undefined)) {
    for (const spot of spotsIn(text, quote)) places.add(id, spot);
  }
  if (places.length === 0) return places;
  const names = actorNames(db);
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
