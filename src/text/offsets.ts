/**
 * Offsets in three units meet here. JavaScript strings (and fuse.js) index UTF-16 code units; the
 * published output contract counts Unicode code points (as the W3C Web Annotation model and Python's
 * `str` do), so that `text[start:end] == quote` holds in Python even when the text holds an emoji.
 * Everything inside gloss works in UTF-16 and converts here, at the boundary, once per text.
 */

/** Maps UTF-16 offsets of one text to code point offsets and to 1-based line/column. */
export class OffsetMap {
  /** codePointAt16[i] = number of code points before UTF-16 offset i; only built when the text needs it. */
  private readonly cp: Uint32Array | null;
  /** UTF-16 offsets where each line starts. */
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    let astral = false;
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) lineStarts.push(i + 1);
      else if (c >= 0xd800 && c <= 0xdbff) astral = true;
    }
    this.lineStarts = lineStarts;
    if (!astral) {
      this.cp = null;
      return;
    }
    const cp = new Uint32Array(text.length + 1);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      cp[i] = n;
      const c = text.charCodeAt(i);
      const isHigh = c >= 0xd800 && c <= 0xdbff;
      const next = text.charCodeAt(i + 1);
      if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
        cp[i + 1] = n + 1; // inside a pair: round up to the next code point
        i++;
      }
      n++;
    }
    cp[text.length] = n;
    this.cp = cp;
  }

  toCodePoint(u16: number): number {
    return this.cp === null ? u16 : this.cp[u16]!;
  }

  /** The UTF-16 offset where code point `cp` starts (the text's length for its end). */
  toUtf16(cp: number): number {
    if (this.cp === null) return cp;
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cp[mid]! < cp) lo = mid + 1;
      else hi = mid;
    }
    // Inside a surrogate pair the count is rounded up (above): the pair's second half is no start.
    return lo > 0 && highHalf(this.text.charCodeAt(lo - 1)) && lowHalf(this.text.charCodeAt(lo)) ? lo + 1 : lo;
  }

  /** 1-based line and 1-based column (in code points) of a UTF-16 offset. */
  lineColumn(u16: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= u16) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.lineStarts[lo]!;
    return { line: lo + 1, column: this.toCodePoint(u16) - this.toCodePoint(lineStart) + 1 };
  }
}

/** Number of code points in a string. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

const highHalf = (c: number) => c >= 0xd800 && c <= 0xdbff;
const lowHalf = (c: number) => c >= 0xdc00 && c <= 0xdfff;
