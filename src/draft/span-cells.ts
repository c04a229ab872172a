/**
 * Spans (a draft's mentions, names found, claims) looked up by where they lie, for the drafter's
 * questions about spans near one range: "is this name inside another?", "does a mention of the same
 * actor overlap it?", "which mentions does this claim hold?". Asked of a whole list for each span of
 * another, such a question made a draft grow as the square of its names: an article naming one actor
 * ten thousand times took most of a minute. Here the text is cut into cells of a fixed width, each
 * span is filed in every cell it touches, and a question looks only at the spans filed in the cells
 * its range touches: a few for each span of a text dense with names, so the work grows with the spans.
 * Spans can be added as a list grows; one that changes (or leaves the list) must be filed anew.
 */
import type { Range16 } from './proposal.js';

/**
 * The width of a cell, in UTF-16 units: a few names wide. Narrower, a long span (a claim of a
 * paragraph) is filed in more cells; wider, a cell of a text dense with names holds more of them.
 */
const WIDTH = 64;

/** A span as filed: the item, where it started when filed, and its place in the order added. */
interface Filed<T> {
  item: T;
  from: number;
  order: number;
}

export class SpanCells<T> {
  private readonly cells = new Map<number, Filed<T>[]>();
  private added = 0;

  constructor(
    private readonly rangeOf: (item: T) => Range16,
    items: Iterable<T> = [],
  ) {
    for (const item of items) this.add(item);
  }

  /** Files `item` under its range as it is now (an item added twice is found twice, as in a list). */
  add(item: T): void {
    const { from, to } = this.rangeOf(item);
    const filed = { item, from, order: this.added++ };
    for (let cell = Math.floor(from / WIDTH); cell <= Math.floor(to / WIDTH); cell++) {
      const list = this.cells.get(cell);
      if (list) list.push(filed);
      else this.cells.set(cell, [filed]);
    }
  }

  /**
   * Whether some span filed near `r` passes `test`. Only spans sharing a point with r (ends
   * included) are tried: `test` must hold of no other — an overlap with r, or holding r or being held
   * in it, as the drafter asks.
   */
  some(r: Range16, test: (item: T) => boolean): boolean {
    for (let cell = Math.floor(r.from / WIDTH); cell <= Math.floor(r.to / WIDTH); cell++) {
      // Array methods, not loops, so that the tests' work counter (test/work-count.ts) sees each span tried.
      if (this.cells.get(cell)?.some((f) => test(f.item))) return true;
    }
    return false;
  }

  /** The spans filed near `r` (as for `some`) that pass `test`, each once, in the order they were added. */
  filter(r: Range16, test: (item: T) => boolean): T[] {
    const first = Math.floor(r.from / WIDTH);
    const found: Filed<T>[] = [];
    for (let cell = first; cell <= Math.floor(r.to / WIDTH); cell++) {
      // A span filed in several of these cells is taken in the first of them only.
      const here = this.cells.get(cell)?.filter((f) => Math.max(first, Math.floor(f.from / WIDTH)) === cell && test(f.item));
      if (here) found.push(...here);
    }
    // Spans filed in one cell are in the order added; those of several cells are not, until sorted.
    if (found.length > 1) found.sort((a, b) => a.order - b.order);
    return found.map((f) => f.item);
  }

  /** The first span added of those `filter` lists; undefined if none. */
  find(r: Range16, test: (item: T) => boolean): T | undefined {
    return this.filter(r, test)[0];
  }
}
