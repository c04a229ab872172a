/** Search results for people: one block per hit, best first — kind, where, the passage in context, its annotations. */
import type { Terminal } from '../output/terminal.js';
import { inert } from '../output/inert.js';
import { displayWidth } from '../output/width.js';
import type { Hit } from './engine.js';
import { kwic } from './kwic.js';

const INDENT = '    ';
/** A note too long for one line goes on under itself, indented a little further. */
const HANG = '  ';

/**
 * Greedy wrap of plain (already inert) words into lines of at most `room` columns. A note or a
 * heading is a line or two, so this stays here rather than loading the wrapping library for it; a
 * word wider than the line goes on a line of its own, never cut.
 */
function fit(words: readonly string[], room: number, sep = ' ', later = room): string[][] {
  const lines: string[][] = [];
  let line: string[] = [];
  for (const word of words) {
    if (line.length > 0 && displayWidth([...line, word].join(sep)) > (lines.length === 0 ? room : later)) {
      lines.push(line);
      line = [word];
    } else line.push(word);
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** The fields a hit matched in that its heading and notes line do not already show, with their labels. */
function beside(h: Hit): [string, string, [number, number][]][] {
  const d = h.doc;
  const local = d.id.slice(d.id.indexOf(':') + 1);
  const out: [string, string, [number, number][]][] = [];
  // A claim's source is in its notes line and an actor's role in its own; the rest is shown here.
  if (h.nameMatches.length > 0 && d.kind !== 'quote' && d.kind !== 'claim') out.push([d.kind === 'actor' ? 'aliases' : 'names', d.names, h.nameMatches]);
  if (h.remarkMatches.length > 0 && d.kind !== 'actor') out.push([d.kind === 'agreement' ? 'scope' : `note ${local}`, d.remark, h.remarkMatches]);
  return out;
}

export function renderHits(hits: readonly Hit[], term: Terminal): string {
  const { chalk } = term;
  const blocks = hits.map((h, i) => {
    const d = h.doc;
    // The heading's pieces, plain and styled: measured plain, printed styled, wrapped between pieces.
    const id = d.kind === 'passage' ? null : inert(d.kind === 'quote' || d.kind === 'claim' ? d.id.slice(d.id.indexOf(':') + 1) : d.id);
    const pieces: [string, (s: string) => string][] = [
      [String(i + 1).padStart(2), chalk.dim],
      [d.kind.padEnd(9), chalk.bold],
      ...(d.article ? [[inert(d.article), String], [`${d.line}:${d.column}`, String]] as [string, (s: string) => string][] : []),
      ...(id ? [[id, chalk.cyan]] as [string, (s: string) => string][] : []),
    ];
    const style = new Map(pieces);
    // Lines after the first are indented: they have that much less room (an id too long for it goes
    // unindented, whole). The kind's padding lines up what follows it; at the end of a line it would only trail.
    const width = Math.max(10, term.width);
    const head = fit(pieces.map(([p]) => p), width, '  ', width - INDENT.length).map((line, k) => {
      const plain = line.map((p, j) => (j === line.length - 1 ? p.trimEnd() : p));
      const indent = k > 0 && displayWidth(plain.join('  ')) + INDENT.length <= width ? INDENT : '';
      return `${indent}${plain.map((p, j) => style.get(line[j]!)!(p)).join('  ')}`;
    });
    const body = `${INDENT}${kwic(d.text, h.matches, term.width - INDENT.length, chalk)}`;
    const room = Math.max(10, term.width - INDENT.length - HANG.length);
    const notes = d.notes.flatMap((n) => fit(inert(n).split(' '), room).map((l, k) => `${INDENT}${k > 0 ? HANG : ''}${chalk.dim(l.join(' '))}`));
    // Where the query matched beside the text (a claim's note, an actor's aliases, an agreement's
    // scope), that field is shown too, its matches marked: a result matches in what it shows.
    const also = [h, ...h.held].flatMap((x) => beside(x).map(([label, text, ranges]) => `${INDENT}${chalk.dim(`${label}:`)} ${kwic(text, ranges, term.width - INDENT.length - label.length - 2, chalk)}`));
    return [...head, body, ...notes, ...also].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
