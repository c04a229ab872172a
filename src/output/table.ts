/**
 * Tables for people: aligned columns that fit the terminal width, the flexible columns (long text)
 * shortened with an ellipsis first. Cells are made inert before they are measured or coloured.
 */
import type { Terminal } from './terminal.js';
import { flatCell, type Row } from './listing.js';
import { inert } from './inert.js';
import { displayWidth as stringWidth } from './width.js';

const GAP = 2;
const MIN_FLEX = 12;
const MIN = 6;
const MIN_ID = 24;

/** Shortens s to at most `width` terminal columns, with an ellipsis where it was cut. */
export function truncate(s: string, width: number): string {
  if (stringWidth(s) <= width) return s;
  if (width <= 1) return width === 1 ? '…' : '';
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = stringWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - stringWidth(s)));
}

export function toTable(records: readonly Row[], fields: readonly string[], term: Terminal, flexible: readonly string[] = []): string {
  const rows = records.map((r) => fields.map((f) => inert(flatCell(r[f])).replace(/\s+/g, ' ')));
  const widths = fields.map((f, i) => Math.max(stringWidth(f), ...rows.map((r) => stringWidth(r[i]!))));
  // Shrink the widest shrinkable column one step at a time: flexible columns (long text) first, down
  // to MIN_FLEX; then the id, down to MIN_ID; then any column, down to MIN.
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * (fields.length - 1);
  const flex = new Set(flexible.map((f) => fields.indexOf(f)).filter((i) => i >= 0));
  const widest = (allowed: (i: number) => boolean, min: number) => {
    let best = -1;
    widths.forEach((w, i) => {
      if (allowed(i) && w > min && (best === -1 || w > widths[best]!)) best = i;
    });
    return best;
  };
  const limit = term.tableWidth;
  while (total() > limit) {
    let i = widest((k) => flex.has(k), MIN_FLEX);
    // Ids are what a person types next: cut them late, and not below MIN_ID.
    if (i === -1) i = widest((k) => fields[k] === 'id', MIN_ID);
    if (i === -1) i = widest((k) => fields[k] !== 'id', MIN);
    if (i === -1) break;
    widths[i] = widths[i]! - 1;
  }
  const line = (cellsOf: string[], style: (s: string) => string) =>
    cellsOf
      .map((c, i) => (i === cellsOf.length - 1 ? truncate(c, widths[i]!) : pad(truncate(c, widths[i]!), widths[i]!)))
      .map(style)
      .join(' '.repeat(GAP))
      .trimEnd();
  const header = line([...fields], (s) => term.chalk.bold(s));
  return `${[header, ...rows.map((r) => line(r, (s) => s))].join('\n')}\n`;
}
