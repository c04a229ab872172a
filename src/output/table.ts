/**
 * Tables for people: aligned columns that fit the terminal width, the flexible columns (long text)
 * shortened with an ellipsis first. Cells are made inert before they are measured or coloured.
 */
import type { Terminal } from './terminal.js';
import { flatCell, type Row } from './listing.js';
import { inert } from './inert.js';
import { displayWidth as stringWidth } from './width.js';

const GAP = 2;

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
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * (fields.length - 1);
  // Give way in the order the listing prefers, then from the widest column, never below 8.
  const order = [...flexible.map((f) => fields.indexOf(f)).filter((i) => i >= 0)];
  for (const i of fields.keys()) if (!order.includes(i)) order.push(i);
  for (const i of order) {
    const over = total() - term.width;
    if (over <= 0) break;
    widths[i] = Math.max(Math.min(widths[i]!, 8), widths[i]! - over);
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
