/**
 * Writes the selector a person would: the quote alone where it is unique, else the quote with the
 * word or words right before it (prefix) or after it (suffix), else its occurrence number. Every
 * selector is checked with the loader's own `anchorQuote` before it is used, so a proposal anchors
 * exactly where the draft meant, or is not made.
 */
import { anchorQuote, QuotePlaces, type Range16 } from '../corpus/anchor.js';
import type { SelectorInput } from '../schema.js';
import { countBelow } from '../text/sorted.js';

/**
 * The selector for `range`. `places` holds the quotes' places for every proposal of the text
 * (placesOfQuotes): an article naming one actor thousands of times has thousands of proposals of the
 * same few quotes, and finding each one's places anew, then looking at every place for each try, made
 * a draft grow as the square of the names.
 */
export function selectorFor(text: string, range: Range16, places: QuotePlaces = new QuotePlaces(text)): SelectorInput | undefined {
  const quote = text.slice(range.from, range.to);
  const tries: SelectorInput[] = [{ quote }];
  for (let words = 1; words <= 4; words++) {
    const prefix = wordsBefore(text, range.from, words);
    if (prefix) tries.push({ quote, prefix });
    const suffix = wordsAfter(text, range.to, words);
    if (suffix) tries.push({ quote, suffix });
  }
  const nth = placeNumber(places.of(quote), range.from);
  if (nth !== -1) tries.push({ quote, occurrence: nth + 1 });
  // Each try is first tried on the quote's places: anchorQuote on a try that fails builds a line
  // index for its message, every time — an article of 1,600 quotations of the same words took 7 s to
  // draft, growing with the square of their number.
  const picks = (sel: SelectorInput): boolean => {
    const beside = places.besides(quote, sel.prefix, sel.suffix);
    return typeof sel.occurrence === 'number' ? beside[sel.occurrence - 1] === range.from : beside.length === 1 && beside[0] === range.from;
  };
  return tries.find((sel) => picks(sel) && anchorsTo(text, sel, range, places));
}

/** Where `at` is in the ascending `places` (binary search, not a scan of thousands for each proposal); -1 if not there. */
function placeNumber(places: readonly number[], at: number): number {
  const n = countBelow(places, at);
  return places[n] === at ? n : -1;
}

export function anchorsTo(text: string, sel: SelectorInput, range: Range16, places?: QuotePlaces): boolean {
  const r = anchorQuote(text, sel, undefined, places);
  return r.ok && r.ranges.length === 1 && r.ranges[0]!.from === range.from && r.ranges[0]!.to === range.to;
}

const SPACE = /\s/;

/** Whether offset `i` starts a line: a paragraph's words are never taken across a line break. */
const startsLine = (text: string, i: number) => i === 0 || text[i - 1] === '\n';
/** Whether offset `i` ends a line (a line break, or the end of the text). */
const endsLine = (text: string, i: number) => i >= text.length || text[i] === '\n';

/**
 * The text from the start of the n-th word before `at` up to `at` (not across a paragraph): what
 * /(?:\S+\s*){n}$/ matches in the paragraph up to `at`, found by walking back over n words. The
 * regular expression, tried from every start in the paragraph, took time growing with the square of
 * its length (a 400 KB paragraph of a pasted article: 12 s of a draft's 12.5); so did finding the
 * paragraph's start first, for every name of a paragraph naming one thousands of times.
 */
export function wordsBefore(text: string, at: number, n: number): string | undefined {
  let i = at;
  let start = -1;
  for (let words = 0; words < n; words++) {
    while (!startsLine(text, i) && SPACE.test(text[i - 1]!)) i--;
    if (startsLine(text, i)) {
      // Fewer than n words: the expression splits words to make up n (its \S+ need not take a
      // whole word), so it matches from the first word on if there are n characters that are not space.
      if (start === -1) return undefined;
      let chars = 0;
      for (let k = start; k < at && chars < n; k++) if (!SPACE.test(text[k]!)) chars++;
      return chars >= n ? text.slice(start, at) : undefined;
    }
    while (!startsLine(text, i) && !SPACE.test(text[i - 1]!)) i--;
    start = i;
  }
  return text.slice(i, at);
}

/**
 * The text from `at` to the end of the n-th word after it (not across a paragraph): what
 * /^(?:\s*\S+){n}/ matches in the paragraph from `at`, found by walking over n words, not by cutting
 * the paragraph's rest out first (for every name of a paragraph naming one thousands of times, the
 * square of the names). With fewer than n words left the expression splits words to make up n, so it
 * matches to the end of the last one if they hold n characters that are not space.
 */
export function wordsAfter(text: string, at: number, n: number): string | undefined {
  let i = at;
  let end = -1;
  let chars = 0;
  for (let words = 0; words < n; words++) {
    while (!endsLine(text, i) && SPACE.test(text[i]!)) i++;
    if (endsLine(text, i)) return end !== -1 && chars >= n ? text.slice(at, end) : undefined;
    while (!endsLine(text, i) && !SPACE.test(text[i]!)) {
      i++;
      chars++;
    }
    end = i;
  }
  return text.slice(at, i);
}
