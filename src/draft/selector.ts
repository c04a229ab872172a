/**
 * Writes the selector a person would: the quote alone where it is unique, else the quote with the
 * word or words right before it (prefix) or after it (suffix), else its occurrence number. Every
 * selector is checked with the loader's own `anchorQuote` before it is used, so a proposal anchors
 * exactly where the draft meant, or is not made.
 */
import { anchorQuote, occurrencesOf, type Range16 } from '../corpus/anchor.js';
import type { SelectorInput } from '../schema.js';

export function selectorFor(text: string, range: Range16): SelectorInput | undefined {
  const quote = text.slice(range.from, range.to);
  const tries: SelectorInput[] = [{ quote }];
  for (let words = 1; words <= 4; words++) {
    const prefix = wordsBefore(text, range.from, words);
    if (prefix) tries.push({ quote, prefix });
    const suffix = wordsAfter(text, range.to, words);
    if (suffix) tries.push({ quote, suffix });
  }
  const all = occurrencesOf(text, quote);
  const nth = all.indexOf(range.from);
  if (nth !== -1) tries.push({ quote, occurrence: nth + 1 });
  // Each try is first tried on the quote's places, found once: anchorQuote on a try that fails finds
  // them again and builds a line index for its message, every time — an article of 1,600 quotations
  // of the same words took 7 s to draft, growing with the square of their number.
  const picks = (sel: SelectorInput): boolean => {
    const beside = all.filter((at) => (sel.prefix === undefined || text.slice(Math.max(0, at - sel.prefix.length), at) === sel.prefix) && (sel.suffix === undefined || text.startsWith(sel.suffix, at + quote.length)));
    return typeof sel.occurrence === 'number' ? beside[sel.occurrence - 1] === range.from : beside.length === 1 && beside[0] === range.from;
  };
  return tries.find((sel) => picks(sel) && anchorsTo(text, sel, range));
}

export function anchorsTo(text: string, sel: SelectorInput, range: Range16): boolean {
  const r = anchorQuote(text, sel);
  return r.ok && r.ranges.length === 1 && r.ranges[0]!.from === range.from && r.ranges[0]!.to === range.to;
}

const SPACE = /\s/;

/**
 * The text from the start of the n-th word before `at` up to `at` (not across a paragraph): what
 * /(?:\S+\s*){n}$/ matches in the paragraph up to `at`, found by walking back over n words. The
 * regular expression, tried from every start in the paragraph, took time growing with the square of
 * its length (a 400 KB paragraph of a pasted article: 12 s of a draft's 12.5).
 */
export function wordsBefore(text: string, at: number, n: number): string | undefined {
  // (At the very start, lastIndexOf would find a line break at `at` itself.)
  const line = Math.min(at, text.lastIndexOf('\n', at - 1) + 1);
  let i = at;
  let start = -1;
  for (let words = 0; words < n; words++) {
    while (i > line && SPACE.test(text[i - 1]!)) i--;
    if (i === line) {
      // Fewer than n words: the expression splits words to make up n (its \S+ need not take a
      // whole word), so it matches from the first word on if there are n characters that are not space.
      if (start === -1) return undefined;
      let chars = 0;
      for (let k = start; k < at && chars < n; k++) if (!SPACE.test(text[k]!)) chars++;
      return chars >= n ? text.slice(start, at) : undefined;
    }
    while (i > line && !SPACE.test(text[i - 1]!)) i--;
    start = i;
  }
  return text.slice(i, at);
}

function wordsAfter(text: string, at: number, n: number): string | undefined {
  const end = text.indexOf('\n', at);
  const tail = text.slice(at, end === -1 ? text.length : end);
  const m = new RegExp(`^(?:\\s*\\S+){${n}}`).exec(tail);
  return m && m[0].length > 0 ? m[0] : undefined;
}
