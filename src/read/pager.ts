/**
 * Pages long output as git does: only when stdout is a terminal, through $PAGER (run by the shell, so
 * it may carry arguments), else `less -R`, with LESS=FRX and LV=-c unless already set (quit if one
 * screen, pass colours, leave the text on screen). An empty PAGER or `cat` means no pager. The pager
 * quitting before reading everything is a normal end. While it runs, Ctrl-C belongs to the pager:
 * gloss ignores SIGINT until the pager exits, so the shell never gets the terminal back under it.
 * node:child_process (with net, stream and dgram behind it) is fetched only when a pager runs: read
 * loads this module whether it pages or not.
 */
import { writeOut } from '../output/write.js';

export interface PagerChoice {
  command: string;
  env: NodeJS.ProcessEnv;
  /** Where the command came from, for the advice when it fails: GLOSS_PAGER is read before PAGER. */
  from: 'GLOSS_PAGER' | 'PAGER' | 'default';
}

/**
 * The pager to run, or undefined for none. `line` (read --at) opens less at that line of the text:
 * less takes a `+` command from the LESS variable as from its command line; other pagers start at
 * the top.
 */
export function choosePager(env: NodeJS.ProcessEnv, isTTY: boolean, wanted: boolean, line?: number): PagerChoice | undefined {
  if (!wanted || !isTTY) return undefined;
  const from = env.GLOSS_PAGER !== undefined ? 'GLOSS_PAGER' : env.PAGER !== undefined ? 'PAGER' : 'default';
  const pager = env.GLOSS_PAGER ?? env.PAGER ?? 'less -R';
  if (pager.trim() === '' || pager.trim() === 'cat') return undefined;
  const less = env.LESS ?? 'FRX';
  return { command: pager, from, env: { ...env, LESS: line !== undefined && line > 1 ? `${less} +${line}g` : less, LV: env.LV ?? '-c' } };
}

/** Writes `text` through the pager, or straight to stdout when there is none or it cannot start. */
export async function page(text: string, choice: PagerChoice | undefined): Promise<void> {
  if (!choice) {
    writeOut(text);
    return;
  }
  const saved = process.listeners('SIGINT');
  process.removeAllListeners('SIGINT');
  const ignore = () => {};
  process.on('SIGINT', ignore);
  try {
    const ended = await new Promise<{ started: boolean; code: number | null }>((resolve) => {
      const child = process.getBuiltinModule('node:child_process').spawn('/bin/sh', ['-c', choice.command], { stdio: ['pipe', 'inherit', 'inherit'], env: choice.env });
      let spawned = false;
      child.on('spawn', () => (spawned = true));
      child.on('error', () => resolve({ started: spawned, code: null }));
      child.on('close', (code) => resolve({ started: code !== 127, code }));
      // The reader quitting early closes the pipe: EPIPE is the normal end of paging, not an error.
      child.stdin.on('error', () => {});
      child.stdin.end(text);
    });
    if (!ended.started) writeOut(text);
    else if (ended.code !== 0 && ended.code !== null) {
      // A pager that failed (PAGER=false, a broken command) may have shown nothing: said, not a silent exit 0.
      process.stderr.write(`gloss: the pager (${choice.command.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')}) ended with status ${ended.code}: the output may not have been shown; use --no-pager, or ${adviceFor(choice.from)}\n`);
      process.exitCode = 2;
    }
  } finally {
    process.removeListener('SIGINT', ignore);
    for (const l of saved) process.on('SIGINT', l as NodeJS.SignalsListener);
  }
}

/** What to change for a pager that failed: the variable it came from (GLOSS_PAGER wins over PAGER: setting PAGER would not help). */
function adviceFor(from: PagerChoice['from']): string {
  return from === 'default' ? 'set GLOSS_PAGER or PAGER to a pager that works' : `set ${from} to a pager that works (or to "" for none)`;
}
