/**
 * Keyword in context: the part of a passage around its first match that fits a given display width,
 * with the matched words highlighted. Corpus text is made inert segment by segment, after the match
 * ranges are cut, so highlights stay on the matched characters.
 */
import type { ChalkInstance } from 'chalk';
import { inert } from '../output/inert.js';
import { displayWidth } from '../output/width.js';

export function kwic(text: string, matches: readonly [number, number][], width: number, chalk: ChalkInstance): string {
  const flat = text.replace(/\s+/g, ' ');
  // Whitespace folding keeps offsets only where runs are single spaces: map by rebuilding when not.
  const src = flat.length === text.length ? flat : text.replace(/[\t\n\r]/g, ' ');
  // Width of each UTF-16 unit as shown (after inert); the second half of a surrogate pair counts 0.
  // Measured as the window reaches it (each at most once): a passage is often far longer than the window.
  const widths = (i: number): number =>
    i > 0 && /[\udc00-\udfff]/.test(src[i]!) && /[\ud800-\udbff]/.test(src[i - 1]!) ? 0 : displayWidth(inert(String.fromCodePoint(src.codePointAt(i)!)));
  // Centre on the longest match: fuzzy matching also marks short words ("of", "the") everywhere.
  const focus = matches.reduce<readonly [number, number]>((best, m) => (m[1] - m[0] > best[1] - best[0] ? m : best), matches[0] ?? [0, 0]);
  let from = focus[0];
  let to = Math.max(focus[1], focus[0]);
  const budget = Math.max(10, width - 2); // room for the ellipses
  let used = 0;
  for (let i = from; i < to; i++) used += widths(i);
  // A match wider than the window is shown from its start, cut where the window ends: the line must
  // fit the terminal, or it wraps and the columns of every result below it are broken.
  while (used > budget && to > from + 1) used -= widths(--to);
  // Grow around the centre match, a little more to the right, until the window is full.
  while (from > 0 || to < src.length) {
    const wantLeft = from > 0 && (to >= src.length || to - focus[1] > 2 * (focus[0] - from));
    const next = wantLeft ? widths(from - 1) : widths(to);
    if (used + next > budget) break;
    used += next;
    if (wantLeft) from--;
    else to++;
  }
  // Start and end on word boundaries where the window was cut, and never inside a surrogate pair.
  if (from > 0 && /\S/.test(src[from - 1]!)) {
    const space = src.indexOf(' ', from);
    if (space !== -1 && space < focus[0]) from = space + 1;
  }
  if (to < src.length && /\S/.test(src[to]!)) {
    const space = src.lastIndexOf(' ', to);
    if (space > focus[1]) to = space;
  }
  if (from > 0 && /[\udc00-\udfff]/.test(src[from]!)) from--;
  if (to < src.length && /[\udc00-\udfff]/.test(src[to]!)) to++;
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const [a, b] of matches) {
    const s = Math.max(a, from);
    const e = Math.min(b, to);
    if (e <= s) continue;
    out += inert(src.slice(at, s)) + chalk.bold.yellow(inert(src.slice(s, e)));
    at = e;
  }
  out += inert(src.slice(at, to)) + (to < src.length ? '…' : '');
  return out;
}
