/**
 * Where one character as a reader sees it ends and the next begins (a grapheme cluster, Unicode
 * UAX #29): the one rule by which a quote is found in a text "exactly". A quote stands only on whole
 * characters: "Montre" is not in "Montréal" however the "é" is encoded, since a letter with its
 * combining accent ("e" + U+0301) is one character to the reader; nor is half an emoji sequence
 * (a ZWJ family, a skin-tone modifier, a flag's two regional indicators) or half a Hangul syllable
 * spelt in jamo.
 *
 * The rule is decided from the code points on either side of an offset, so checking a match's two
 * ends costs the same however long the text: no segmenter walks the text (Intl.Segmenter would copy
 * each text into ICU before answering). It is UAX #29's rule (test/clusters.test.ts holds it to
 * Intl.Segmenter's) but for two joins: CR LF, a line end of either form to gloss (anchor.ts takes
 * CRLF as LF, and a quote from a CRLF text may start at its LF), and Indic conjuncts (consonant,
 * virama, consonant: the virama is a mark, so no quote ends on it, but one may end before the second
 * consonant), whose rule needs a property JavaScript's regular expressions do not know.
 */

/** Code points that belong to the cluster before them: marks, Grapheme_Extend (ZWNJ, tags), emoji modifiers, ZWJ. */
const CONTINUES = /[\p{M}\p{Grapheme_Extend}\p{Emoji_Modifier}\u200d]/uy;
/** Grapheme_Cluster_Break=Control: controls, line and paragraph separators, format characters but those that join or extend (ZWJ, ZWNJ, tags) or prepend (Arabic number signs). */
const CONTROL = /^(?![\u200c\u200d\p{Grapheme_Extend}\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u{110bd}\u{110cd}])[\p{Cc}\p{Zl}\p{Zp}\p{Cf}]$/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/uy;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const EXTENDS = /^[\p{Grapheme_Extend}\p{Emoji_Modifier}]$/u;

const isRegional = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff;

/** Hangul jamo and syllables as UAX #29 joins them: L (leading), V (vowel), T (trailing), LV and LVT syllables. */
function hangul(cp: number): 'L' | 'V' | 'T' | 'LV' | 'LVT' | null {
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0xa960 && cp <= 0xa97c)) return 'L';
  if ((cp >= 0x1160 && cp <= 0x11a7) || (cp >= 0xd7b0 && cp <= 0xd7c6)) return 'V';
  if ((cp >= 0x11a8 && cp <= 0x11ff) || (cp >= 0xd7cb && cp <= 0xd7fb)) return 'T';
  if (cp >= 0xac00 && cp <= 0xd7a3) return (cp - 0xac00) % 28 === 0 ? 'LV' : 'LVT';
  return null;
}

/** The code point ending just before UTF-16 offset `i` and where it starts. */
function before(text: string, i: number): { cp: number; at: number } {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return { cp: text.codePointAt(i - 2)!, at: i - 2 };
  }
  return { cp: low, at: i - 1 };
}

function matchesAt(re: RegExp, text: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(text);
}

/** Whether UTF-16 offset `i` of `text` is between two characters as a reader sees them (or at either end). */
export function isClusterBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const c = text.charCodeAt(i);
  // Nearly every offset of nearly every text: nothing below U+0300 joins what is before it (but ©
  // and ®, pictographs, after a ZWJ).
  if (c < 0x300 && c !== 0xa9 && c !== 0xae) return true;
  // Between the halves of a surrogate pair.
  if (c >= 0xdc00 && c <= 0xdfff && i >= 1) {
    const h = text.charCodeAt(i - 1);
    if (h >= 0xd800 && h <= 0xdbff) return false;
  }
  const prev = before(text, i);
  // After a line break or another control character, even a mark starts a character of its own.
  if (CONTROL.test(String.fromCodePoint(prev.cp))) return true;
  if (matchesAt(CONTINUES, text, i)) return false;
  const cp = text.codePointAt(i)!;
  // An emoji ZWJ sequence: a pictograph (its modifiers and marks after it), a ZWJ, a pictograph.
  if (prev.cp === 0x200d && matchesAt(PICTOGRAPHIC, text, i)) {
    for (let at = prev.at; at > 0; ) {
      const p = before(text, at);
      const ch = String.fromCodePoint(p.cp);
      if (!EXTENDS.test(ch)) return !PICTOGRAPH.test(ch);
      at = p.at;
    }
    return true;
  }
  // A flag is a pair of regional indicators: counted back, an odd number before this one makes it the second.
  if (isRegional(cp) && isRegional(prev.cp)) {
    let count = 0;
    for (let at = i; at >= 2 && isRegional(text.codePointAt(at - 2)!); at -= 2) count++;
    return count % 2 === 0;
  }
  const h = hangul(cp);
  if (h === null) return true;
  const p = hangul(prev.cp);
  if (p === 'L') return h === 'T';
  if (p === 'V' || p === 'LV') return !(h === 'V' || h === 'T');
  if (p === 'T' || p === 'LVT') return h !== 'T';
  return true;
}

/** Whether text[from, to) is whole characters as a reader sees them: it starts and ends between two. */
export function standsWhole(text: string, from: number, to: number): boolean {
  return isClusterBoundary(text, from) && isClusterBoundary(text, to);
}

/** The smallest range of whole characters holding text[from, to): what a quote cut inside one meant. */
export function widenToClusters(text: string, from: number, to: number): { from: number; to: number } {
  while (!isClusterBoundary(text, from)) from--;
  while (!isClusterBoundary(text, to)) to++;
  return { from, to };
}
