/**
 * The spans that overlap successive ranges of a text, each range at or after the one before: the
 * paragraphs of an article in order, the pieces of a paragraph. Read mode asked every span of the
 * article for every paragraph and every piece, which made an article naming someone tens of thousands
 * of times take time growing as the square of the names (a 12 MB article: 35 s). Here each span is
 * taken up when the ranges reach it and let go once they have passed it.
 */
export class Sweep<T extends { readonly from: number; readonly to: number }> {
  /** Indices of the spans by start; the spans themselves keep their order. */
  private readonly order: number[];
  private next = 0;
  private active: number[] = [];

  constructor(private readonly spans: readonly T[]) {
    this.order = spans.map((_, i) => i).sort((a, b) => spans[a]!.from - spans[b]!.from || a - b);
  }

  /**
   * The spans with `s.from < to && s.to > from`, in their own order, as `spans.filter` gives them;
   * `from` and `to` never less than in the call before.
   */
  overlapping(from: number, to: number): T[] {
    while (this.next < this.order.length && this.spans[this.order[this.next]!]!.from < to) this.active.push(this.order[this.next++]!);
    this.active = this.active.filter((i) => this.spans[i]!.to > from);
    return this.active.length === 0 ? [] : [...this.active].sort((a, b) => a - b).map((i) => this.spans[i]!);
  }
}
