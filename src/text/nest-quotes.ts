/**
 * Quotation marks inside a quotation become single ones, as style guides nest them: wrapping
 * `the “candid” talks` in double marks gives “the ‘candid’ talks”, not “the “candid” talks”.
 * Straight double marks alternate open and close; an apostrophe (’ or ') is left as it is.
 */
export function nestQuotes(s: string): string {
  let open = true;
  return s.replace(/[\u201c\u201d"]/g, (m) => {
    if (m === '\u201c') return '\u2018';
    if (m === '\u201d') return '\u2019';
    const r = open ? '\u2018' : '\u2019';
    open = !open;
    return r;
  });
}
