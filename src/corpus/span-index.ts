/**
 * Which spans of a set overlap or contain a range, in logarithmic time: the warnings pass asks this for
 * every name and quotation of an article, and a large article has tens of thousands of each and of
 * mentions, so a scan of all spans per question was quadratic (seconds on every check of a 1 MB text).
 * Spans are sorted by start, with the furthest end reached so far at each index: some span starting
 * at or before a point reaches past another point exactly when that running maximum does.
 */
export interface Range16 {
  from: number;
  to: number;
}

export class SpanIndex {
  private readonly starts: Float64Array;
  private readonly reach: Float64Array;

  constructor(spans: readonly Range16[]) {
    const sorted = [...spans].sort((a, b) => a.from - b.from);
    this.starts = Float64Array.from(sorted, (s) => s.from);
    this.reach = new Float64Array(sorted.length);
    let far = -Infinity;
    sorted.forEach((s, i) => (this.reach[i] = far = Math.max(far, s.to)));
  }

  /** Index of the last span starting at or before `at` (strictly before with `strict`); -1 if none. */
  private lastStartingBy(at: number, strict: boolean): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? this.starts[mid]! < at : this.starts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Whether some span shares a character with `r` (starts before r ends and ends after r starts). */
  overlaps(r: Range16): boolean {
    const k = this.lastStartingBy(r.to, true);
    return k >= 0 && this.reach[k]! > r.from;
  }

  /** Whether some span holds all of `r`. */
  contains(r: Range16): boolean {
    const k = this.lastStartingBy(r.from, false);
    return k >= 0 && this.reach[k]! >= r.to;
  }
}
