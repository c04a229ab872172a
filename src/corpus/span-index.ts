/**
 * Which spans of a set overlap or contain a range, in logarithmic time: the warnings pass asks this for
 * every name and quotation of an article, and a large article has tens of thousands of each and of
 * mentions, so a scan of all spans per question was quadratic (seconds on every check of a 1 MB text).
 * Spans are sorted by start, with the furthest end reached so far at each index: some span starting
 * at or before a point reaches past another point exactly when that running maximum does. Each part
 * is made when a question first needs it, so the spans must not change once indexed.
 */
export interface Range16 {
  from: number;
  to: number;
}

/** Below this many spans, listing the overlapping ones is a plain scan: a tree would cost more than it saves. */
const SCANNED = 16;

export class SpanIndex<T extends Range16 = Range16> {
  private readonly spans: readonly T[];
  /** Made when first asked: the spans sorted by start, their starts, and the furthest end reached at each. */
  private byStart?: { sorted: T[]; starts: Float64Array; reach: Float64Array };
  /** For `overlapping`, made when first asked: the sorted spans' positions as given, and a tree of their ends. */
  private listing?: { given: Int32Array; inOrder: boolean; size: number; ends: Float64Array };

  constructor(spans: readonly T[]) {
    this.spans = spans;
  }

  private sortedByStart(): NonNullable<SpanIndex<T>['byStart']> {
    const sorted = [...this.spans].sort((a, b) => a.from - b.from);
    const reach = new Float64Array(sorted.length);
    let far = -Infinity;
    sorted.forEach((s, i) => (reach[i] = far = Math.max(far, s.to)));
    return { sorted, starts: Float64Array.from(sorted, (s) => s.from), reach };
  }

  /** Index of the last span starting at or before `at` (strictly before with `strict`); -1 if none. */
  private lastStartingBy(at: number, strict: boolean): number {
    const { starts } = (this.byStart ??= this.sortedByStart());
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? starts[mid]! < at : starts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Whether some span shares a character with `r` (starts before r ends and ends after r starts). */
  overlaps(r: Range16): boolean {
    const k = this.lastStartingBy(r.to, true);
    return k >= 0 && this.byStart!.reach[k]! > r.from;
  }

  /** Whether some span holds all of `r`. */
  contains(r: Range16): boolean {
    const k = this.lastStartingBy(r.from, false);
    return k >= 0 && this.byStart!.reach[k]! >= r.to;
  }

  /**
   * The spans sharing a character with [from, to) (`s.from < to && from < s.to`), in the order they
   * were given. Asked for each passage or line of an article, a scan of every span was passages ×
   * spans: quadratic in an article with thousands of claims. The running maximum cannot list (one
   * long span early on would make every later span a candidate), so a tree of the furthest end under
   * each node, over the spans by start, is walked into only where some span reaches past `from`:
   * the work is the spans listed, times the tree's depth.
   */
  overlapping(from: number, to: number): T[] {
    if (this.spans.length <= SCANNED) return this.spans.filter((s) => s.from < to && from < s.to);
    const { given, inOrder, size, ends } = (this.listing ??= this.endTree());
    const before = this.lastStartingBy(to, true) + 1;
    const found: number[] = [];
    const walk = (node: number, lo: number, span: number): void => {
      if (lo >= before || ends[node]! <= from) return;
      if (node >= size) found.push(node - size);
      else {
        walk(2 * node, lo, span / 2);
        walk(2 * node + 1, lo + span / 2, span / 2);
      }
    };
    walk(1, 0, size);
    // The sort by start is stable: spans given in order of start are listed in that order already.
    if (!inOrder) found.sort((a, b) => given[a]! - given[b]!);
    const { sorted } = this.byStart!;
    return found.map((i) => sorted[i]!);
  }

  private endTree(): NonNullable<SpanIndex<T>['listing']> {
    const { sorted } = (this.byStart ??= this.sortedByStart());
    const position = new Map<T, number>();
    this.spans.forEach((s, i) => position.has(s) || position.set(s, i));
    const given = Int32Array.from(sorted, (s) => position.get(s)!);
    let size = 1;
    while (size < sorted.length) size *= 2;
    const ends = new Float64Array(2 * size).fill(-Infinity);
    sorted.forEach((s, i) => (ends[size + i] = s.to));
    for (let node = size - 1; node >= 1; node--) ends[node] = Math.max(ends[2 * node]!, ends[2 * node + 1]!);
    return { given, inOrder: this.spans.every((s, i) => i === 0 || this.spans[i - 1]!.from <= s.from), size, ends };
  }
}
