/**
 * The words a text must hold, as the word index has them (word-index.ts), if it holds a quote
 * verbatim: what lets verify read only the texts that hold every one (store/quote-candidates.ts)
 * rather than all of them.
 *
 * Only what is certain counts, so that no text holding the quote is ever passed over:
 * - whole words only: a quote may start or end inside a word ("aterial downt"), so a run of letters
 *   at either edge of the quote may be part of a longer word of the text, and is not asked for;
 * - ASCII letters and digits only, between neighbours that fold (text/fold.ts) to ASCII that is no
 *   part of a word (spaces, punctuation, curly quotes and dashes): the index holds the words of the
 *   folded passages, and folding is lower-casing. Lower-casing an ASCII letter depends on nothing
 *   around it, but other characters' may (Greek final sigma), and some change what is a word (the
 *   Kelvin sign is no letter, its lower case "k" is);
 * - both cases: a passage whose lower case is longer than itself (a dotted capital I) is indexed as
 *   written, so a word may stand in the index as the quote writes it rather than in lower case.
 */
import { isWordUnit } from './word-index.js';

/** What folds to ASCII punctuation or a space (text/fold.ts): curly quotes, primes, dashes, odd spaces. */
const FOLDS_TO_ASCII = /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u2010-\u2014\u2212\u00a0\u2009\u202f\u2007]/;

const isAsciiWordUnit = (c: number) => c < 0x80 && isWordUnit(c);

/** Whether a character stays outside every word however its passage is folded. */
function separates(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 0x80 ? !isWordUnit(c) : FOLDS_TO_ASCII.test(ch);
}

/**
 * The whole words of `quote` that any text holding it holds as words, each as the forms the index
 * may have it in (its lower case, and as written when that differs); in the quote's order, repeats left out.
 */
export function requiredWords(quote: string): string[][] {
  const out = new Map<string, string[]>();
  let i = 0;
  while (i < quote.length) {
    if (!isAsciiWordUnit(quote.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < quote.length && isAsciiWordUnit(quote.charCodeAt(i))) i++;
    // A run at an edge of the quote may go on in the text; a run beside anything else may be part of a longer word.
    if (start === 0 || i === quote.length || !separates(quote[start - 1]!) || !separates(quote[i]!)) continue;
    const word = quote.slice(start, i);
    const lower = word.toLowerCase();
    if (!out.has(word)) out.set(word, lower === word ? [word] : [lower, word]);
  }
  return [...out.values()];
}
