/**
 * `gloss pick`: search as you type with fzf over passages, quotes and claims; the preview pane shows
 * the place and its notes at the pane's width; Enter opens `read --at` there. Without fzf, one line
 * says how to get it; without a terminal (a script, a pipe, cron), one line says it needs one.
 */
import { closeSync, openSync } from 'node:fs';
import type { Command } from 'commander';
import { corpusDir } from '../cli/context.js';
import { GlossError } from '../errors.js';
import { documents, type SearchDoc } from '../search/documents.js';
import { inert } from '../output/inert.js';
import { wrap } from '../output/width.js';

/** Whether there is a terminal to pick at: fzf reads the keys from /dev/tty, whatever stdin is. */
function hasTerminal(): boolean {
  try {
    closeSync(openSync('/dev/tty', 'r'));
    return true;
  } catch {
    return false;
  }
}

/**
 * node:child_process is fetched when pick runs, not imported: every command loads this module to
 * register pick, and child_process brings net, stream and dgram with it.
 */
const childProcess = () => process.getBuiltinModule('node:child_process');

const onPath = (cmd: string) => childProcess().spawnSync('/bin/sh', ['-c', `command -v ${cmd}`]).status === 0;
const flat = (s: string) => s.replace(/[\t\n\r]+/g, ' ');
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The picker's lines: id, then what fzf shows and searches (kind, place, text). */
export function pickLines(docs: Iterable<SearchDoc>): string[] {
  const out: string[] = [];
  for (const d of docs) {
    if (d.article === null || d.furniture) continue;
    out.push(`${d.id}\t${d.kind.padEnd(7)} ${d.article}:${d.line}\t${inert(flat(d.text))}`);
  }
  return out;
}

/**
 * What the preview pane shows for one place: its text, then the notes of its claims (and the
 * annotator's note), wrapped between words to the pane's width (fzf's FZF_PREVIEW_COLUMNS).
 */
export function pickPreview(docs: Iterable<SearchDoc>, id: string, width: number): string {
  for (const d of docs) {
    if (d.id !== id) continue;
    const para = (s: string, indent: string) => wrap(inert(s), Math.max(10, width - indent.length), { hard: true, trim: true }).split('\n').map((l) => indent + l).join('\n');
    const notes = [...d.notes, ...(d.remark ? [`note: ${d.remark}`] : [])].map((n) => para(n, '  '));
    return `${para(flat(d.text), '')}\n\n${notes.join('\n')}\n`;
  }
  return '';
}

export function registerPick(program: Command): void {
  program
    .command('pick')
    .description('search as you type (with fzf) over passages, quotes and claims; Enter opens read at the place')
    .action(async (_opts: unknown, cmd: Command) => {
      if (!onPath('fzf')) throw new GlossError('pick needs fzf, the fuzzy finder: apt-get install fzf, brew install fzf, or see https://github.com/junegunn/fzf');
      if (!hasTerminal()) throw new GlossError('pick is interactive and needs a terminal; in a script, use gloss search WORDS');
      const dir = corpusDir(cmd);
      const { Store } = await import('../store/open.js');
      const loaded = await (await Store.open(dir)).whole();
      const { soundPart } = await import('../corpus/sound.js');
      const lines = pickLines(documents(soundPart(loaded).corpus));
      const self = `${quote(process.execPath)} ${quote(process.argv[1]!)} --corpus ${quote(dir)}`;
      // Best match first (fzf's ranking), a shorter line before a longer, then reading order: with
      // --no-sort, the first line in reading order holding the letters at all came under the cursor.
      const r = childProcess().spawnSync('fzf', [
        '--delimiter', '\t', '--with-nth', '2..', '--tiebreak', 'length,index', '--prompt', 'gloss> ',
        '--preview', `${self} __pick-preview {1}`, '--preview-window', 'down,45%',
      ], { input: `${lines.join('\n')}\n`, stdio: ['pipe', 'pipe', 'inherit'], encoding: 'utf8' });
      if (r.status !== 0 || !r.stdout.trim()) {
        process.exitCode = r.status === 130 ? 130 : 1;
        return;
      }
      const id = r.stdout.split('\t')[0]!;
      const read = childProcess().spawnSync(process.execPath, [process.argv[1]!, '--corpus', dir, 'read', '--at', id], { stdio: 'inherit' });
      process.exitCode = read.status ?? 2;
    });
}
