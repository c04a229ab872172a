/** Search results for people: one block per hit, best first — kind, where, the passage in context, its annotations. */
import type { Terminal } from '../output/terminal.js';
import { inert } from '../output/inert.js';
import type { Hit } from './engine.js';
import { kwic } from './kwic.js';

export function renderHits(hits: readonly Hit[], term: Terminal): string {
  const { chalk } = term;
  const blocks = hits.map((h, i) => {
    const d = h.doc;
    const where = d.article ? `${d.article}  ${d.line}:${d.column}` : '';
    const id = d.kind === 'passage' ? '' : chalk.cyan(d.kind === 'quote' || d.kind === 'claim' ? d.id.slice(d.id.indexOf(':') + 1) : d.id);
    const head = [chalk.dim(String(i + 1).padStart(2)), chalk.bold(d.kind.padEnd(9)), inert(where), id].filter(Boolean).join('  ');
    const body = `    ${kwic(d.text, h.matches, term.width - 4, chalk)}`;
    const notes = d.notes.map((n) => `    ${chalk.dim(inert(n))}`);
    return [head, body, ...notes].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
