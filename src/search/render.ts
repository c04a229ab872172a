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
 * Greedy word wrap of plain (already inert) text to `width` columns, each line indented. A note is
 * a line or two, so this stays here rather than loading the wrapping library for it; a word wider
 * than the line goes on a line of its own, never cut.
 */
function fit(text: string, width: number): string[] {
  const room = Math.max(10, width - INDENT.length - HANG.length);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && displayWidth(`${line} ${word}`) > room) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function renderHits(hits: readonly Hit[], term: Terminal): string {
  const { chalk } = term;
  const blocks = hits.map((h, i) => {
    const d = h.doc;
    const where = d.article ? `${d.article}  ${d.line}:${d.column}` : '';
    const id = d.kind === 'passage' ? '' : chalk.cyan(inert(d.kind === 'quote' || d.kind === 'claim' ? d.id.slice(d.id.indexOf(':') + 1) : d.id));
    const head = [chalk.dim(String(i + 1).padStart(2)), chalk.bold(d.kind.padEnd(9)), inert(where), id].filter(Boolean).join('  ');
    const body = `${INDENT}${kwic(d.text, h.matches, term.width - INDENT.length, chalk)}`;
    const notes = d.notes.flatMap((n) => fit(inert(n), term.width).map((l, k) => `${INDENT}${k > 0 ? HANG : ''}${chalk.dim(l)}`));
    return [head, body, ...notes].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
