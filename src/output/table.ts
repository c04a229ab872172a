/**
 * Tables for people: aligned columns that fit the terminal width, the flexible columns (long text)
 * shortened with an ellipsis first. Cells are made inert before they are measured or coloured.
 */
import type { Terminal } from './terminal.js';
import { flatCell, type Row } from './listing.js';
import { inertValue } from './inert.js';
import { displayWidth as stringWidth } from './width.js';

const GAP = 2;
/** Long text is shortened to this before any column is dropped. */
const MIN_FLEX = 12;
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

/**
 * Fits a table to the terminal, line by line. Ids are never cut: they are what a person types next. The flexible
 * columns give way first, in the listing's order (the last, the one the listing is for, last), down to
 * MIN_FLEX; if the table is still too wide, the other columns are dropped from the right, then the
 * flexible ones but the last; only then is the last cut further. A column of short values (a status,
 * a type) is never shown cut, which would leave a word no one can read.
 */
export function* tableChunks(
  records: readonly Row[],
  fields: readonly string[],
  term: Terminal,
  flexible: readonly string[] = [],
  /** A shorter id that still resolves (an unambiguous prefix), for a terminal too narrow for the ids. */
  shorten?: (id: string) => string,
  /** The last flexible column (a claim's words) is what the table is read for: half the line at least. */
  roomy = false,
): Generator<string> {
  // Cells are made twice, to measure the columns and to write each line, rather than held: a listing
  // of a large corpus has hundreds of thousands of rows, and holding their cells cost more in garbage
  // collection than making them again.
  let shortened = false;
  const cell = (r: Row, i: number) => {
    const c = inertValue(flatCell(r[fields[i]!])).replace(/\s+/g, ' ').trim();
    return shortened && i === id ? shorten!(c) : c;
  };
  // Each column's widest cell. A loop, not Math.max(...cells): more arguments than a call can take.
  const widest = (i: number) => {
    let w = stringWidth(fields[i]!);
    for (const r of records) w = Math.max(w, stringWidth(cell(r, i)));
    return w;
  };
  const id = fields.indexOf('id');
  const natural = fields.map((_, i) => widest(i));
  const widths = [...natural];
  const shown = fields.map(() => true);
  const limit = term.tableWidth;
  const total = () => widths.reduce((a, w, i) => a + (shown[i] ? w + GAP : 0), -GAP);
  const flex = flexible.map((f) => fields.indexOf(f)).filter((i) => i >= 0);
  const main = flex.at(-1);
  if (id !== -1 && shorten && widths[id]! + (main === undefined ? 0 : GAP + MIN_FLEX) > limit) {
    shortened = true;
    widths[id] = natural[id] = widest(id);
  }
  for (const i of flex) {
    if (total() > limit) widths[i] = Math.max(Math.min(widths[i]!, MIN_FLEX), widths[i]! - (total() - limit));
  }
  // The text the listing is for gets at least half the line, or what it needs: other columns go.
  const wantsRoom = () => roomy && main !== undefined && widths[main]! < Math.min(natural[main]!, Math.floor(limit / 2));
  const droppable = [
    ...fields.map((_, i) => i).filter((i) => !flex.includes(i) && i !== id).reverse(),
    ...flex.filter((i) => i !== main).reverse(),
  ];
  for (const i of droppable) {
    if (total() <= limit && !wantsRoom()) break;
    shown[i] = false;
    if (main !== undefined) widths[main] = Math.min(natural[main]!, widths[main]! + Math.max(0, limit - total()));
  }
  if (main !== undefined && total() > limit) widths[main] = Math.max(1, widths[main]! - (total() - limit));
  // Last resort, a terminal narrower than an id: the id is cut (with its ellipsis) rather than the line overflowing.
  if (id !== -1 && total() > limit) widths[id] = Math.max(1, widths[id]! - (total() - limit));
  const line = (cellsOf: readonly string[], style: (s: string) => string) =>
    cellsOf
      .map((c, i) => [c, i] as const)
      .filter(([, i]) => shown[i])
      .map(([c, i], k, all) => (k === all.length - 1 ? truncate(c, widths[i]!) : pad(truncate(c, widths[i]!), widths[i]!)))
      .map(style)
      .join(' '.repeat(GAP))
      .trimEnd();
  yield `${line([...fields], (s) => term.chalk.bold(s))}\n`;
  for (const r of records) yield `${line(fields.map((_, i) => (shown[i] ? cell(r, i) : '')), (s) => s)}\n`;
}
