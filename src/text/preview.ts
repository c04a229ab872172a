/**
 * Short forms of corpus text for one-line messages ("quote … is not in the text; did you mean …?"):
 * a string as a JSON string of at most some 60 characters, and a pair of strings cut at the same
 * place, around where they first differ, so that a slip past the first 60 characters still shows.
 */

/** The most characters shown of a string, the marks of what was left out included. */
const LONGEST = 60;
const MORE = '...';
/**
 * What is shown of the two strings' common start before their first difference: the word it falls
 * in and the two words before that, as one reads a slip in its words, within the last LEAD characters
 * (long words are cut instead).
 */
const WORDS_BEFORE = /(?:\s+\S+){0,2}\s+\S*$/;
const LEAD = 30;
/** A first difference before this is shown by preview() with words after it: both are left as it gives them. */
const SEEN = 45;

/** A string as a JSON string, cut after 57 characters. */
export function preview(s: string): string {
  return JSON.stringify(s.length > LONGEST ? `${s.slice(0, LONGEST - MORE.length)}${MORE}` : s);
}

/**
 * Two strings that differ (a quote as typed and the passage meant), each as preview() gives it; but
 * where either is longer than a preview shows, both are shown from a little before their first
 * difference on ("... a very destabilising thing" and "... a very destabilizing thing"), so that two
 * strings differing past their first 57 characters are not shown as two identical ones. Both are cut
 * at the same place, in the start they share, so the eye finds the difference at the same column.
 */
export function previewPair(a: string, b: string): [string, string] {
  if (a.length <= LONGEST && b.length <= LONGEST) return [preview(a), preview(b)];
  let same = 0;
  while (same < a.length && same < b.length && a.charCodeAt(same) === b.charCodeAt(same)) same++;
  const from = same < SEEN ? 0 : cutBefore(a, same);
  return [window(a, from), window(b, from)];
}

/**
 * Where to start showing `s`, whose first `same` characters the other string shares: at the blank
 * before the words WORDS_BEFORE finds (a leading "..." then reads as words left out), else LEAD
 * characters back, never inside a surrogate pair; 0 when that is near enough the start to show it all.
 */
function cutBefore(s: string, same: number): number {
  const head = s.slice(Math.max(0, same - LEAD), same);
  const words = WORDS_BEFORE.exec(head);
  const at = words ? same - head.length + words.index : same - LEAD;
  if (at <= MORE.length) return 0;
  return isLowSurrogate(s, at) ? at - 1 : at;
}

/** `s` from `from` on, "..." before it when that is not the start, and cut as preview() cuts. */
function window(s: string, from: number): string {
  if (from === 0) return preview(s);
  const rest = LONGEST - MORE.length;
  if (s.length - from <= rest) return JSON.stringify(`${MORE}${s.slice(from)}`);
  let to = from + rest - MORE.length;
  if (isLowSurrogate(s, to)) to--;
  return JSON.stringify(`${MORE}${s.slice(from, to)}${MORE}`);
}

/** Whether s[i] is the second half of a surrogate pair, so that a cut at i would split a character. */
function isLowSurrogate(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff;
}
