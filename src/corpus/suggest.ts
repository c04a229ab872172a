/**
 * Finds the passage a mistyped quote most probably meant, to suggest (never to apply) a fix. Two
 * passes: first the usual hand-typing slips that a normalised comparison catches exactly (straight
 * for curly quotes, dashes, spacing, case, Unicode normalisation), then an approximate substring
 * match by edit distance for real typos.
 */
import { typographyOnly } from '../text/typography.js';

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

/** Folds a string for comparison and records, for each folded char, the original UTF-16 offset. */
function fold(s: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < s.length; i++) {
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
    for (const c of norm) {
      folded += c;
      origin.push(i);
    }
  }
  origin.push(s.length);
  return { folded, origin };
}

function describe(text: string, quote: string): string {
  if (text.normalize('NFC') === quote.normalize('NFC')) return 'Unicode normalisation';
  return typographyOnly(quote, text) ?? 'punctuation or spacing';
}

/** Smallest edit distance of `quote` against any substring of `text` (Sellers), with the substring. */
function approximate(text: string, quote: string): { from: number; to: number; distance: number } | null {
  const m = quote.length;
  const n = text.length;
  if (m === 0 || m > 2000) return null;
  // prev[i] = distance of quote[0..i) ending at text position j-1; start[i] tracks where it began.
  let prev = new Uint32Array(m + 1);
  let prevStart = new Uint32Array(m + 1);
  let cur = new Uint32Array(m + 1);
  let curStart = new Uint32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = { from: 0, to: 0, distance: Number.MAX_SAFE_INTEGER };
  for (let j = 1; j <= n; j++) {
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

/**
 * Every place where `quote` matches the text up to typography (quotes, dashes, spacing, case), for
 * `check --fix`, which mends a quote only when there is exactly one.
 */
export function typographicMatches(text: string, quote: string): NearMatch[] {
  const t = fold(text);
  const q = fold(quote).folded.trim();
  const out: NearMatch[] = [];
  if (q.length === 0) return out;
  for (let at = t.folded.indexOf(q); at !== -1; at = t.folded.indexOf(q, at + 1)) {
    const from = t.origin[at]!;
    const to = t.origin[at + q.length - 1]! + 1;
    const found = text.slice(from, to);
    out.push({ from, to, text: found, reason: describe(found, quote) });
  }
  return out;
}

/**
 * The one passage that differs from `quote` by a single character (typed, dropped or added), with
 * word boundaries where the quote has them; null when there is none, or more than one.
 */
export function singleTypoMatch(text: string, quote: string): NearMatch | null {
  const best = approximate(text, quote);
  if (best === null || best.distance !== 1) return null;
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  if ((isWord(quote[0]) && isWord(text[best.from - 1])) || (isWord(quote.at(-1)) && isWord(text[best.to]))) return null;
  // Another passage as close would make the fix a guess: look again with this one blanked out.
  const masked = text.slice(0, best.from) + '\0'.repeat(best.to - best.from) + text.slice(best.to);
  const second = approximate(masked, quote);
  if (second !== null && second.distance <= 1) return null;
  return { from: best.from, to: best.to, text: text.slice(best.from, best.to), reason: '1 character differs' };
}

export function nearestMatch(text: string, quote: string): NearMatch | null {
  const t = fold(text);
  const q = fold(quote).folded.trim();
  if (q.length > 0) {
    const at = t.folded.indexOf(q);
    if (at !== -1) {
      const from = t.origin[at]!;
      const to = t.origin[at + q.length - 1]! + 1;
      const found = text.slice(from, to);
      return { from, to, text: found, reason: describe(found, quote) };
    }
  }
  const approx = approximate(text, quote);
  if (approx === null || approx.distance > Math.max(2, Math.floor(quote.length * 0.3))) return null;
  // A typo'd quote matches best a cut-off word ("the jungl" for "the jungel"): suggest whole words.
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  let { from, to } = approx;
  while (from > 0 && isWord(text[from - 1]) && isWord(text[from])) from--;
  while (to < text.length && isWord(text[to]) && isWord(text[to - 1])) to++;
  const found = text.slice(from, to);
  return { from, to, text: found, reason: approx.distance === 1 ? '1 character differs' : `${approx.distance} characters differ` };
}
