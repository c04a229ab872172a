/**
 * The article body for a terminal with colour: claims highlighted in their attribution's colour,
 * mentions underlined, regions dimmed. From 110 columns the notes stand in a right-hand margin, each
 * level with the line where its claim starts (pushed down, never overlapping); a paragraph grows
 * blank lines when its notes need more rows than its text, so no note drifts into the next one.
 */
import type { ChalkInstance } from 'chalk';
import type { Line, Paragraph, Piece } from './layout.js';
import { notesBottom, placeNotes } from './margin.js';
import type { ClaimNote } from './notes.js';
import { noteLines, stylePiece } from './style.js';

export interface Body {
  paragraphs: Paragraph[];
  notes: ReadonlyMap<string, ClaimNote>;
}

/** Terminals at least this wide get margin notes. */
export const MARGIN_MIN_WIDTH = 110;

/** The text column and the margin for a terminal width: text up to 80 columns, the rest for notes. */
export function marginColumns(width: number): { text: number; gutter: number; margin: number } {
  const gutter = 3;
  const margin = Math.max(40, width - gutter - 80);
  return { text: width - gutter - margin, gutter, margin };
}

/** A line's pieces, styled; neighbours that look the same are styled as one run (fewer escape codes). */
export function renderLine(chalk: ChalkInstance, line: Line, attributionOf: (key: string) => string): string {
  const look = (p: Piece) => (p.mark ? 'mark' : `${p.claims.length === 0 ? '' : attributionOf(p.claims[p.claims.length - 1]!)}|${p.mention}|${p.region ?? ''}`);
  const runs: Piece[] = [];
  for (const p of line.pieces) {
    const last = runs[runs.length - 1];
    if (last && look(last) === look(p)) runs[runs.length - 1] = { ...last, text: last.text + p.text, to: p.to };
    else runs.push(p);
  }
  return runs.map((p) => stylePiece(chalk, p, attributionOf)).join('');
}

export function attributionLookup(body: Body): (key: string) => string {
  return (key) => body.notes.get(key)?.claim.attribution ?? 'author';
}

/** One paragraph with its notes in the margin, as rows. */
export function marginRows(chalk: ChalkInstance, para: Paragraph, body: Body, cols: ReturnType<typeof marginColumns>): string[] {
  const attributionOf = attributionLookup(body);
  const notes = para.starts.flatMap((s) => {
    const n = body.notes.get(s.key);
    return n ? [{ lines: noteLines(chalk, n, cols.margin), wanted: s.line }] : [];
  });
  const boxes = notes.map((n) => ({ wanted: n.wanted, height: n.lines.length }));
  const tops = placeNotes(boxes);
  const rows = Math.max(para.lines.length, notesBottom(boxes, tops));
  const margin: (string | undefined)[] = new Array(rows).fill(undefined);
  notes.forEach((n, i) => n.lines.forEach((l, j) => (margin[tops[i]! + j] = l)));
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    const line = para.lines[r];
    const text = line ? renderLine(chalk, line, attributionOf) + ' '.repeat(Math.max(0, cols.text - line.width)) : ' '.repeat(cols.text);
    const note = margin[r];
    out.push(note === undefined ? text.trimEnd() : `${text} ${chalk.dim('│')} ${note}`);
  }
  return out;
}

/** One paragraph followed by its notes (narrow terminals, and the plain form). */
export function notesAfterRows(chalk: ChalkInstance, para: Paragraph, body: Body, width: number): string[] {
  const attributionOf = attributionLookup(body);
  const out = para.lines.map((l) => renderLine(chalk, l, attributionOf).trimEnd());
  const notes = para.starts.flatMap((s) => {
    const n = body.notes.get(s.key);
    return n ? noteLines(chalk, n, width - 2).map((l) => `  ${l}`) : [];
  });
  if (notes.length > 0) out.push(...notes);
  return out;
}

export function renderBody(chalk: ChalkInstance, body: Body, width: number, inMargin: boolean): string {
  const cols = marginColumns(width);
  return body.paragraphs
    .map((p) => (inMargin ? marginRows(chalk, p, body, cols) : notesAfterRows(chalk, p, body, width)).join('\n'))
    .join('\n\n');
}
