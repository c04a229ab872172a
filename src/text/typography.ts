/**
 * Says how two strings differ when they differ only in typography — curly vs straight quotes,
 * dashes, spacing, case, Unicode normalisation — for `gloss verify` and for the suggestions of
 * `gloss check`.
 */
import { fold } from './fold.js';

const QUOTE_MARK = /['"\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033]/;
const DASH = /[-\u2010-\u2014\u2212]/;

/**
 * Where typed and source differ only in typography — curly vs straight quotes, dashes, spacing,
 * case, and with any of them Unicode normalisation — what differs ("curly vs straight quotes,
 * Unicode normalisation"); null when words differ. Such a quote is still not verbatim: published, it
 * would not match the source character for character.
 */
export function typographyOnly(typed: string, source: string): string | null {
  const spaced = (s: string) => s.trim().replace(/\s+/g, ' ');
  // Compared in NFC, or a quote with an "e" and a combining accent where the source has "é" would
  // differ in its words, and the verdict would not say why; the encoding is named, as typography is.
  const a = spaced(typed).normalize('NFC');
  const b = spaced(source).normalize('NFC');
  if (fold(a) !== fold(b)) return null;
  const reasons = new Set<string>();
  const gaps = (x: string) => (x.trim().match(/\s+/g) ?? []).join('|');
  if (gaps(typed) !== gaps(source)) reasons.add('spacing');
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (QUOTE_MARK.test(x) && QUOTE_MARK.test(y)) reasons.add('curly vs straight quotes');
    else if (DASH.test(x) && DASH.test(y)) reasons.add('dashes');
    else if (x.toLowerCase() === y.toLowerCase()) reasons.add('case');
    else reasons.add('spacing');
  }
  if (fold(spaced(typed)) !== fold(spaced(source))) reasons.add('Unicode normalisation');
  // " a material downtick": the words are the source's, only the blanks typed around them are not. A
  // quote is verified as typed (" the " finds "the" as a word), so the verdict says what differs.
  if (reasons.size === 0 && typed !== typed.trim()) reasons.add('blanks around the quote');
  return reasons.size > 0 ? [...reasons].join(', ') : null;
}
