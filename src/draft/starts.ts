/**
 * Where a text's sentences, lines and paragraphs start, found once for the text and looked up by
 * binary search. The drafter asks where the sentence or paragraph around a place starts for every
 * pronoun and every mention it might be taken back to; read back from that place each time, a text of
 * one long paragraph took time as the square of its length (a 250 KB paragraph six minutes).
 */

/** A sentence's start: after a full stop (or mark), perhaps a closing quotation mark, and space, before a capital or an opening mark. */
const SENTENCE_BREAK = /[.!?][\u201d"]?\s+(?=[\p{Lu}\u201c"])/gu;

export interface Starts {
  /** Each line feed's place. */
  newlines: readonly number[];
  /** Each place two line feeds start (overlapping: "\n\n\n" holds two). */
  blankLines: readonly number[];
  /** Each place a sentence starts after a break in its line, and the UTF-16 units of the character there. */
  sentences: readonly number[];
  widths: readonly number[];
}

let last: { text: string; starts: Starts } | undefined;

/** The starts of `text`, found once for the text asked of last (the drafter asks of one text at a time). */
export function startsOf(text: string): Starts {
  if (last?.text !== text) last = { text, starts: findStarts(text) };
  return last.starts;
}

function findStarts(text: string): Starts {
  const newlines: number[] = [];
  const blankLines: number[] = [];
  const sentences: number[] = [];
  const widths: number[] = [];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    newlines.push(at);
    if (text[at + 1] === '\n') blankLines.push(at);
  }
  // Line by line, as a sentence is looked for between its line's start and a place: a break's space
  // never runs on through a line feed into the next line.
  for (let i = 0; i <= newlines.length; i++) {
    const from = i === 0 ? 0 : newlines[i - 1]! + 1;
    const to = i === newlines.length ? text.length : newlines[i]!;
    for (const m of text.slice(from, to).matchAll(SENTENCE_BREAK)) {
      const at = from + m.index + m[0].length;
      sentences.push(at);
      widths.push(text.codePointAt(at)! > 0xffff ? 2 : 1);
    }
  }
  return { newlines, blankLines, sentences, widths };
}

/** The last of the sorted `places` at or before `at`; -1 if none is. */
export function lastAtMost(places: readonly number[], at: number): number {
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (places[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? -1 : places[lo - 1]!;
}

/** `text.lastIndexOf('\n', at - 1) + 1`: where the line holding `at` starts. */
export function lineStart(text: string, at: number): number {
  return lastAtMost(startsOf(text).newlines, Math.max(at - 1, 0)) + 1;
}

/** `text.lastIndexOf('\n\n', at)`: the last blank line's place at or before `at` (0 for a negative `at`); -1 if none. */
export function lastBlankLine(text: string, at: number): number {
  return lastAtMost(startsOf(text).blankLines, Math.max(at, 0));
}

/**
 * Where the sentence holding `at` starts: after the last full stop (or mark) and space before it, or
 * its line's start. A break counts where the capital or mark after it lies before `at`, all of it.
 */
export function sentenceStart(text: string, at: number): number {
  const { sentences, widths } = startsOf(text);
  const line = lineStart(text, at);
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  let i = lo - 1;
  // A capital of two units whose first alone lies before `at` is no capital yet.
  if (i >= 0 && sentences[i]! + widths[i]! > at) i--;
  return i >= 0 ? Math.max(line, sentences[i]!) : line;
}
