/**
 * Long output for people goes through the pager, as `read` does and as git and gh page: only when
 * stdout is a terminal, never with --no-pager, and with `less -FRX` by default so a page's worth is
 * simply printed. The pager module loads only when there is a terminal to page on.
 */
import type { Command } from 'commander';
import type { Terminal } from './terminal.js';
import { writeChunks } from './write.js';

/** Whether the person asked not to page (the global --no-pager, or a command's own). */
export function pagerWanted(cmd: Command): boolean {
  return cmd.optsWithGlobals<{ pager?: boolean }>().pager !== false;
}

/** `text` whole, or in pieces (a listing's lines), written as they come unless they go to a pager. */
export async function writePaged(text: string | Iterable<string>, term: Terminal, wanted: boolean): Promise<void> {
  if (!term.isTTY || !wanted) {
    await writeChunks(typeof text === 'string' ? [text] : text);
    return;
  }
  const { choosePager, page } = await import('../read/pager.js');
  await page(typeof text === 'string' ? text : [...text].join(''), choosePager(process.env, term.isTTY, wanted));
}
