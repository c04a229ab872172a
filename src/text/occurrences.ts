/**
 * Every place one needle occurs in a text (UTF-16 offsets, overlapping occurrences included, in
 * order), in time linear in the two lengths whatever the text and the needle hold.
 *
 * String.prototype.indexOf is that for a short needle, not for a long one: V8 tries each place with
 * up to the whole needle, and shifts, on a mismatch far from the needle's end, only as far as its last
 * 250 units allow. A quote of a 500 KB paragraph printed twice (or of any text that repeats, "word
 * word …") is compared at every period of the paragraph for most of its length: minutes for one
 * quote. A needle longer than `SHORT` is found by Knuth–Morris–Pratt, which reads each unit of the
 * text once, and jumps with indexOf of the needle's first `SHORT` units wherever no part of the
 * needle is under way, so that a text where the needle is rare is passed over as fast as before.
 * What would remove it: an indexOf whose worst case is linear (Two-Way, as glibc's memmem has).
 */

/** The longest needle left to indexOf: its work at a place is at most the needle's length. */
const SHORT = 64;

/**
 * Calls `visit` with each offset at or after `from` where `needle` occurs, in order, until it returns
 * false. (An empty needle occurs at every offset, as indexOf finds it.)
 */
export function eachOccurrence(text: string, needle: string, from: number, visit: (at: number) => boolean | void): void {
  if (needle.length <= SHORT) {
    // indexOf('', n) past the end answers the end, again and again: the last place is the text's length.
    for (let at = text.indexOf(needle, from); at !== -1; at = at < text.length ? text.indexOf(needle, at + 1) : -1) if (visit(at) === false) return;
    return;
  }
  const m = needle.length;
  const units = new Uint16Array(m);
  for (let k = 0; k < m; k++) units[k] = needle.charCodeAt(k);
  const border = borders(units);
  const head = needle.slice(0, SHORT);
  // `matched`: how many units of the needle end where the text has been read (to `i`).
  let matched = 0;
  let i = Math.max(0, from);
  for (;;) {
    if (matched === 0) {
      const at = text.indexOf(head, i);
      if (at === -1) return;
      i = at + SHORT;
      matched = SHORT;
      continue;
    }
    if (i >= text.length) return;
    const c = text.charCodeAt(i++);
    while (matched > 0 && units[matched] !== c) matched = border[matched]!;
    if (units[matched] === c) matched++;
    if (matched === m) {
      if (visit(i - m) === false) return;
      matched = border[m]!;
    }
  }
}

/** For each length q of a prefix of the needle, the length of the longest proper prefix that is also its suffix. */
function borders(units: Uint16Array): Int32Array {
  const border = new Int32Array(units.length + 1);
  let k = 0;
  for (let q = 1; q < units.length; q++) {
    while (k > 0 && units[q] !== units[k]) k = border[k]!;
    if (units[q] === units[k]) k++;
    border[q + 1] = k;
  }
  return border;
}

/** The first offset at or after `from` where `needle` occurs; -1 if none. */
export function firstOccurrence(text: string, needle: string, from = 0): number {
  let found = -1;
  eachOccurrence(text, needle, from, (at) => ((found = at), false));
  return found;
}
