/**
 * Ascending positions searched by halves: the drafter asks where each printing of a name falls among
 * thousands, and verify --in where each quotation falls among a draft's blank lines, without a pass
 * over them all each time.
 */

/** How many of the ascending `sorted` are below `limit` (a binary search): the index of the first at or above it. */
export function countBelow(sorted: readonly number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
