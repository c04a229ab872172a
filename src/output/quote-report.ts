/**
 * The people's form of `gloss verify`: one quote's verdict, or a report on many quotes (standard
 * input, a draft) with a line per quote — where it is in the draft, the verdict, where it stands in
 * the corpus and who says it there — and the word diff under a near miss. Corpus and draft text are
 * made inert before colour is added.
 */
import type { DiffPart } from '../search/diff.js';
import type { Place } from '../query/verdict.js';
import type { QuoteCheck } from '../query/quote-check.js';
import { inert } from './inert.js';
import type { Terminal } from './terminal.js';
import { displayWidth, wrap } from './width.js';

const who = (p: Place) => p.claims.map((cl) => `${cl.id} (${cl.source}, ${cl.attribution})`).join('; ');

/**
 * Lines for a person, fitted to the terminal (or to COLUMNS): a line too wide goes on under itself,
 * indented four. Piped with no COLUMNS, each line stays whole, for grep.
 */
export function fitted(text: string, term: Terminal): string {
  const width = term.tableWidth;
  if (!Number.isFinite(width)) return text;
  return text
    .split('\n')
    .map((line) => (displayWidth(line) <= width ? line : wrap(line, Math.max(20, width - 4), { hard: true, trim: true }).split('\n').map((l, i) => (i === 0 ? l : `    ${l}`)).join('\n')))
    .join('\n');
}

export const at = (p: Place) => `${inert(p.article)}  ${p.line}:${p.column}${p.claims.length ? `  ${inert(who(p))}` : ''}`;

export function renderDiff(parts: readonly DiffPart[], term: Terminal): string {
  const { chalk } = term;
  return parts
    .map((p) => {
      const t = inert(p.text);
      if (p.op === 'same') return t;
      if (!term.color) return p.op === 'removed' ? `[-${t}-]` : `{+${t}+}`;
      return p.op === 'removed' ? chalk.red.strikethrough(t) : chalk.green.underline(t);
    })
    .join(' ');
}

export const diffLegend = (term: Terminal) =>
  term.chalk.dim(term.color ? 'struck out: as you typed it; underlined: as the source prints it' : '[-…-]: as you typed it; {+…+}: as the source prints it');

/** The largest of `lengthOf` over `items` (0 for none): a loop, since a draft's or a pipe's thousands of quotes are more arguments than Math.max can take. */
function widest<T>(items: readonly T[], lengthOf: (item: T) => number): number {
  let w = 0;
  for (const item of items) w = Math.max(w, lengthOf(item));
  return w;
}

/** Many quotes: `FILE:LINE:COL  verdict  “quote”` and what the corpus has, then a count of each verdict. */
export function renderChecks(checks: readonly QuoteCheck[], file: string, term: Terminal): string {
  const { chalk } = term;
  const colour = { verbatim: chalk.green, near: chalk.yellow, 'not found': chalk.red, misattributed: chalk.red };
  const width = widest(checks, (k) => k.verdict.length);
  const where = (k: QuoteCheck) => `${inert(file)}:${k.line}:${k.column}`;
  const whereWidth = widest(checks, (k) => where(k).length);
  const lines: string[] = [];
  let diffs = false;
  for (const k of checks) {
    const d = k.detail;
    const head = `${where(k).padEnd(whereWidth)}  ${colour[k.verdict](k.verdict.padEnd(width))}  “${inert(k.quote)}”`;
    if (k.verdict === 'misattributed' && d.verbatim) {
      lines.push(`${head}\n    the draft says ${inert(k.attributedTo ?? '')}; the corpus: ${at(d.places[0]!)}`);
    } else if (d.verbatim) {
      lines.push(`${head}\n    ${at(d.places[0]!)}${d.places.length > 1 ? `  (and ${d.places.length - 1} more place${d.places.length > 2 ? 's' : ''})` : ''}`);
    } else if (d.closest) {
      diffs = true;
      const typography = d.closest.difference ? `only the typography differs (${d.closest.difference}); ` : '';
      // A wrong speaker too: said now, not only once the words are mended and the draft checked again.
      const speaker = k.otherSpeaker ? `\n    ${chalk.red('and misattributed')}: the draft says ${inert(k.attributedTo ?? '')}; the closest passage is ${inert(d.closest.claims[0]?.source ?? '')}'s words` : '';
      lines.push(`${head}\n    ${typography}closest: ${at(d.closest)}\n    ${renderDiff(d.closest.diff, term)}${speaker}`);
    } else {
      lines.push(`${head}\n    not in the corpus, and nothing close to it`);
    }
  }
  const count = (v: string) => checks.filter((k) => k.verdict === v).length;
  const summary = ['verbatim', 'near', 'not found', 'misattributed'].map((v) => `${count(v)} ${v}`).join(', ');
  return `${lines.join('\n')}\n${diffs ? `${diffLegend(term)}\n` : ''}${checks.length} quotation${checks.length === 1 ? '' : 's'}: ${summary}\n`;
}

/** Quotes one a line (`verify -`): a line of output per quote — where, verdict, the words (a near miss as its diff), and what the corpus has. */
export function renderCheckLines(checks: readonly QuoteCheck[], file: string, term: Terminal): string {
  const { chalk } = term;
  const colour = { verbatim: chalk.green, near: chalk.yellow, 'not found': chalk.red, misattributed: chalk.red };
  const width = widest(checks, (k) => k.verdict.length);
  const lines = checks
    .map((k) => {
      const d = k.detail;
      const head = `${inert(file)}:${k.line}  ${colour[k.verdict](k.verdict.padEnd(width))}  `;
      if (d.verbatim) return `${head}“${inert(k.quote)}”  ${at(d.places[0]!)}${d.places.length > 1 ? `  (and ${d.places.length - 1} more)` : ''}\n`;
      if (d.closest) return `${head}${renderDiff(d.closest.diff, term)}  closest: ${at(d.closest)}\n`;
      return `${head}“${inert(k.quote)}”  not in the corpus, and nothing close to it\n`;
    })
    .join('');
  // A diff's marks explained once, as verify --in and a single quote explain them.
  return checks.some((k) => !k.detail.verbatim && k.detail.closest) ? `${lines}${diffLegend(term)}\n` : lines;
}
