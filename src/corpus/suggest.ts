/**
 * Finds the passage a mistyped quote most probably meant, to suggest (never to apply) a fix. Two
 * passes: first the usual hand-typing slips that a normalised comparison catches exactly (straight
 * for curly quotes, dashes, spacing, case, Unicode normalisation), then an approximate substring
 * match by edit distance for real typos.
 */
import { typographyOnly } from '../text/typography.js';
import { fartherThan, nearestEnd } from '../text/edit-bound.js';
import { eachOccurrence, firstOccurrence } from '../text/occurrences.js';

export interface NearMatch {
  from: number;
  to: number;
  text: string;
  reason: string;
}

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2013': '-', '\u2014': '-', '\u2012': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ',
};

/**
 * Folds a string for comparison and records, for each folded UTF-16 unit, the original UTF-16 offset.
 * ASCII, nearly all of an English article, takes a quick path (case by arithmetic, blanks by code); the
 * rest goes through the fold table and NFKC. Built as char codes, made a string once: a 4 MB article
 * folded by string concatenation and a regular expression per character took seconds.
 */
export function fold(s: string): { folded: string; origin: Uint32Array } {
  let codes = new Uint16Array(s.length + 16);
  let origin = new Uint32Array(s.length + 17);
  let n = 0;
  const put = (code: number, from: number) => {
    if (n === codes.length) {
      // NFKC lengthened the text (ligatures, fractions): grow both.
      const grown = new Uint16Array(codes.length * 2);
      grown.set(codes);
      codes = grown;
      const grownOrigin = new Uint32Array(codes.length + 1);
      grownOrigin.set(origin);
      origin = grownOrigin;
    }
    codes[n] = code;
    origin[n++] = from;
  };
  let lastSpace = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) {
      if (code === 32 || (code >= 9 && code <= 13)) {
        if (lastSpace) continue;
        lastSpace = true;
        put(32, i);
      } else {
        lastSpace = false;
        put(code >= 65 && code <= 90 ? code + 32 : code, i);
      }
      continue;
    }
    let ch = s[i]!;
    ch = FOLD[ch] ?? ch;
    if (/\s/.test(ch)) {
      if (lastSpace) continue;
      ch = ' ';
      lastSpace = true;
    } else {
      lastSpace = false;
    }
    const norm = ch.normalize('NFKC').toLowerCase();
    for (let k = 0; k < norm.length; k++) put(norm.charCodeAt(k), i);
  }
  origin[n] = s.length;
  return { folded: new TextDecoder('utf-16le').decode(codes.subarray(0, n)), origin: origin.subarray(0, n + 1) };
}

function describe(text: string, quote: string): string {
  if (text.normalize('NFC') === quote.normalize('NFC')) return 'Unicode normalisation';
  return typographyOnly(quote, text) ?? 'punctuation or spacing';
}

interface Approximate {
  from: number;
  to: number;
  distance: number;
}

/**
 * Cells of the edit-distance table one suggestion may compute: some tenths of a second. The table is
 * the quote's length times the text's, so a 2,000-character quote in a 1 MB article would be 2e9 cells
 * (tens of seconds, on every check); past the budget only the places where pieces of the quote occur
 * exactly are compared (see `approximate`).
 */
export const SUGGESTION_BUDGET = 30_000_000;

/**
 * Smallest edit distance of `quote` against a substring of `text`, with the substring: the whole text
 * when that fits the budget, else windows around exact occurrences of pieces of the quote (a quote with
 * a few typos keeps most of its pieces whole), those hit by the most pieces first, until the budget is
 * spent. A suggestion, never a relocation: missing the best one costs a hint, not a wrong anchor.
 * Null where nothing can be within `limit` edits: the caller wants nothing farther.
 */
export function approximate(text: string, quote: string, limit: number, budget = SUGGESTION_BUDGET): Approximate | null {
  const m = quote.length;
  const n = text.length;
  if (m === 0 || m > 2000) return null;
  if (n * m <= budget) {
    // A quote longer than one block of 32 units: its first block alone, on nearestEnd's quick path,
    // is as near as the whole at the most (the whole's best alignment aligns the first 32 units with a
    // stretch too, at no more cost), and already farther than the limit in most texts of a corpus (a
    // sentence-long misquote at 10,000 articles: 0.73 s of distances on two blocks, 0.25 s on one).
    if (m > 32 && n > 0 && nearestEnd(text, quote.slice(0, 32))!.least > limit) return null;
    // The least distance and where it is first reached, without the table (text/edit-bound.ts): a
    // text with nothing within the limit (most, of a corpus searched for one misquote) is done.
    const near = nearestEnd(text, quote);
    if (near === null) return sellers(text, quote, 0, n);
    if (near.least > limit) return null;
    // The table then fills only the columns that decide that match's start. A cell's value is at
    // most its row (m), so its best alignments start at most 2m columns before it, and the match's
    // chain of choices runs back at most 2m columns from its end: from 4m + 2 columns before the
    // end, every value the chain compares, and so the start it keeps, is the whole table's.
    return sellers(text, quote, Math.max(0, near.end - 4 * m - 2), near.end);
  }
  // Too large to compare whole: a lower bound first, then windows around exact pieces.
  if (fartherThan(text, quote, limit)) return null;
  const slack = Math.max(2, Math.floor(m * 0.3));
  const piece = Math.max(4, Math.min(16, Math.floor(m / 4)));
  const pieces = Math.max(1, Math.floor(m / piece));
  const step = Math.max(1, Math.floor(pieces / 64));
  const votes = new Map<number, number>();
  for (let k = 0; k < pieces; k += step) {
    const offset = k * piece;
    const needle = quote.slice(offset, offset + piece);
    let hits = 0;
    for (let at = text.indexOf(needle); at !== -1 && hits < 64; at = text.indexOf(needle, at + 1), hits++) {
      const start = Math.max(0, at - offset);
      votes.set(start, (votes.get(start) ?? 0) + 1);
    }
  }
  let best: Approximate | null = null;
  let spent = 0;
  const covered: [number, number][] = [];
  for (const [start] of [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
    const from = Math.max(0, start - slack);
    const to = Math.min(n, start + m + slack);
    if (covered.some(([f, t]) => f <= from && to <= t)) continue;
    spent += (to - from) * m;
    if (spent > budget) break;
    covered.push([from, to]);
    const r = sellers(text, quote, from, to);
    if (best === null || r.distance < best.distance) best = r;
    if (best.distance === 0) break;
  }
  return best;
}

/** Sellers's algorithm over text[textFrom, textTo): the best-matching substring and its edit distance. */
function sellers(text: string, quote: string, textFrom: number, textTo: number): Approximate {
  const m = quote.length;
  // prev[i] = distance of quote[0..i) ending at text position j-1; start[i] tracks where it began.
  let prev = new Uint32Array(m + 1);
  let prevStart = new Uint32Array(m + 1);
  let cur = new Uint32Array(m + 1);
  let curStart = new Uint32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  prevStart.fill(textFrom);
  let best = { from: textFrom, to: textFrom, distance: Number.MAX_SAFE_INTEGER };
  for (let j = textFrom + 1; j <= textTo; j++) {
    cur[0] = 0;
    curStart[0] = j;
    const tc = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const cost = quote.charCodeAt(i - 1) === tc ? 0 : 1;
      let d = prev[i - 1]! + cost;
      let s = i - 1 === 0 ? j - 1 : prevStart[i - 1]!;
      if (prev[i]! + 1 < d) {
        d = prev[i]! + 1;
        s = prevStart[i]!;
      }
      if (cur[i - 1]! + 1 < d) {
        d = cur[i - 1]! + 1;
        s = curStart[i - 1]!;
      }
      cur[i] = d;
      curStart[i] = s;
    }
    if (cur[m]! < best.distance) best = { from: cur[m] === m ? j : curStart[m]!, to: j, distance: cur[m]! };
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  return best;
}

/** The folded text last searched: an article's missing quotes are looked for one after another. */
let lastFold = { text: '', folded: fold('') };

/**
 * Every place where `quote` matches the text up to typography (quotes, dashes, spacing, case), for
 * `check --fix`, which mends a quote only when there is exactly one.
 */
export function typographicMatches(text: string, quote: string): NearMatch[] {
  const t = fold(text);
  const q = fold(quote).folded.trim();
  const out: NearMatch[] = [];
  if (q.length === 0) return out;
  eachOccurrence(t.folded, q, 0, (at) => {
    const from = t.origin[at]!;
    const to = t.origin[at + q.length - 1]! + 1;
    const found = text.slice(from, to);
    out.push({ from, to, text: found, reason: describe(found, quote) });
  });
  return out;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Whether text[from, to) starts or ends inside a word of the text (a quote anchored so would cut it). */
const cutsWord = (text: string, from: number, to: number) => (isWordChar(text[from - 1]) && isWordChar(text[from])) || (isWordChar(text[to - 1]) && isWordChar(text[to]));

/** Whether `a` becomes `b` by at most one character typed, dropped or added. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // Past the first difference: the rest equal once one character is typed over, dropped or added.
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/**
 * The one passage that differs from `quote` by a single character (typed, dropped or added), cutting
 * no word of the text at either end; null when there is none, or more than one. "our street." in
 * "our streets." is one character from "our streets." (one added), "our streets" (one typed) and
 * "our street" (one dropped, cutting "streets"): three answers, so none.
 */
export function singleTypoMatch(text: string, quote: string): NearMatch | null {
  const best = approximate(text, quote, 1);
  if (best === null || best.distance !== 1 || cutsWord(text, best.from, best.to)) return null;
  // As close, overlapping it: the same passage a character longer or shorter at either end.
  for (const from of [best.from - 1, best.from, best.from + 1]) {
    for (const to of [best.to - 1, best.to, best.to + 1]) {
      if ((from === best.from && to === best.to) || from < 0 || to > text.length || to <= from) continue;
      if (!cutsWord(text, from, to) && withinOneEdit(text.slice(from, to), quote)) return null;
    }
  }
  // As close, elsewhere: look again with this one blanked out.
  const masked = text.slice(0, best.from) + '\0'.repeat(best.to - best.from) + text.slice(best.to);
  const second = approximate(masked, quote, 1);
  if (second !== null && second.distance <= 1) return null;
  return { from: best.from, to: best.to, text: text.slice(best.from, best.to), reason: '1 character differs' };
}

/** Whether a character other than ASCII folds (as `fold` does it, unit by unit) into ASCII letters or digits: "ª", "²", "ﬁ", "Ｋ", "K" (Kelvin). */
const makesAlnum = new Map<string, boolean>();

function foldsToAlnum(unit: string): boolean {
  let made = makesAlnum.get(unit);
  if (made === undefined) {
    const ch = FOLD[unit] ?? unit;
    made = !/\s/.test(ch) && /[a-z0-9]/.test(ch.normalize('NFKC').toLowerCase());
    makesAlnum.set(unit, made);
  }
  return made;
}

/**
 * Whether `text` folded may hold `q` (folded): false only where it cannot — a run of ASCII letters
 * and digits of `q` is not in the text in any case, and no character of the text folds into letters
 * or digits. Folding every text of a corpus for a misquote that is in none of them (most) was a fifth
 * of verify's time at 10,000 articles; this asks the text as it is.
 */
export function mayHoldFolded(text: string, q: string): boolean {
  const runs = q.match(/[a-z0-9]+/g);
  if (runs === null) return true;
  const other = /[^\x00-\x7f]/g;
  for (let m = other.exec(text); m !== null; m = other.exec(text)) if (foldsToAlnum(m[0])) return true;
  const lower = text.toLowerCase();
  return runs.every((r) => lower.includes(r));
}

/** Longer than the words of any language's prose (German compounds run to some 40 letters), in UTF-16 units. */
const LONGEST_WORD = 64;

export function nearestMatch(text: string, quote: string): NearMatch | null {
  const q = fold(quote).folded.trim();
  if (q.length > 0 && mayHoldFolded(text, q)) {
    if (lastFold.text !== text) lastFold = { text, folded: fold(text) };
    const t = lastFold.folded;
    const at = firstOccurrence(t.folded, q);
    if (at !== -1) {
      const from = t.origin[at]!;
      const to = t.origin[at + q.length - 1]! + 1;
      const found = text.slice(from, to);
      return { from, to, text: found, reason: describe(found, quote) };
    }
  }
  const limit = Math.max(2, Math.floor(quote.length * 0.3));
  const approx = approximate(text, quote, limit);
  if (approx === null || approx.distance > limit) return null;
  // A typo'd quote matches best a cut-off word ("the jungl" for "the jungel"): suggest whole words,
  // as far as a word goes. A "word" longer than that (a text with no spaces: megabytes of letters) is
  // no word to show whole: the suggestion, and verify's closest passage, were the whole text.
  const { from: nearFrom, to: nearTo } = approx;
  let from = nearFrom;
  let to = nearTo;
  while (from > 0 && nearFrom - from < LONGEST_WORD && isWordChar(text[from - 1]) && isWordChar(text[from])) from--;
  if (nearFrom - from >= LONGEST_WORD) from = nearFrom;
  while (to < text.length && to - nearTo < LONGEST_WORD && isWordChar(text[to]) && isWordChar(text[to - 1])) to++;
  if (to - nearTo >= LONGEST_WORD) to = nearTo;
  const found = text.slice(from, to);
  return { from, to, text: found, reason: approx.distance === 1 ? '1 character differs' : `${approx.distance} characters differ` };
}
