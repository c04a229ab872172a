/**
 * Folds typographic variants for matching — curly quotes and apostrophes to straight ones, dashes
 * to hyphens, no-break and thin spaces to spaces, and case — one UTF-16 unit for one, so offsets in
 * the folded text are offsets in the original and match ranges need no mapping.
 */
const TABLE: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u2007': ' ',
};
const VARIANTS = /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u2010-\u2014\u2212\u00a0\u2009\u202f\u2007]/g;

export function fold(s: string): string {
  const lower = s.toLowerCase();
  // toLowerCase keeps UTF-16 length for all but a few characters (e.g. "İ"); keep offsets safe.
  const base = lower.length === s.length ? lower : s;
  return base.replace(VARIANTS, (c) => TABLE[c]!);
}
