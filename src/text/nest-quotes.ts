/**
 * Quotation marks inside a quotation become single ones, as style guides nest them: wrapping
 * `the “candid” talks` in double marks gives “the ‘candid’ talks”, not “the “candid” talks”.
 *
 * Curly double marks say which they are and are always nested. A straight `"` is nested only where it
 * is plainly one of a pair of quotation marks around words: an opening one at the start or after a
 * space or an opening bracket or dash, with no space after it, closed by a later one with no space
 * before it and a space, punctuation or the end after it. Any other straight mark stays as it is: it
 * may be an inch or second mark ("a 12" record", "5' 11" tall"), which alternating open and close
 * made “a 12‘ record and 5' 11’ tall”. An apostrophe (’ or ') is left as it is.
 */
export function nestQuotes(s: string): string {
  const out = [...s.replace(/\u201c/g, '\u2018').replace(/\u201d/g, '\u2019')];
  const opens = (i: number) => (i === 0 || /[\s([{\u2014\u2013-]/u.test(out[i - 1]!)) && i + 1 < out.length && /\S/u.test(out[i + 1]!);
  const closes = (i: number) => i > 0 && /\S/u.test(out[i - 1]!) && (i + 1 === out.length || /[\s\p{P}]/u.test(out[i + 1]!));
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== '"' || !opens(i)) continue;
    const end = out.findIndex((ch, j) => j > i + 1 && ch === '"' && closes(j));
    if (end < 0) continue;
    out[i] = '\u2018';
    out[end] = '\u2019';
    i = end;
  }
  return out.join('');
}
