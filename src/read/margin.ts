/**
 * Places margin notes as a document editor places comments: each level with the line where its claim
 * starts, unless the note above still occupies that line, in which case it is pushed down just below
 * it. Notes never overlap, and keep their order.
 */

export interface NoteBox {
  /** The row the note would like to start on (the claim's first line). */
  wanted: number;
  height: number;
}

/** The first row of each note, in the order given (reading order). */
export function placeNotes(notes: readonly NoteBox[], gap = 0): number[] {
  const tops: number[] = [];
  let free = Number.NEGATIVE_INFINITY;
  for (const n of notes) {
    const top = Math.max(n.wanted, free);
    tops.push(top);
    free = top + n.height + gap;
  }
  return tops;
}

/** The rows the placed notes need: the last note's bottom. */
export function notesBottom(notes: readonly NoteBox[], tops: readonly number[]): number {
  return notes.reduce((max, n, i) => Math.max(max, tops[i]! + n.height), 0);
}
