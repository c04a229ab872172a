/**
 * The one place that decides how output meets the terminal: whether to colour, and how wide to wrap.
 * chalk 5 does not read NO_COLOR, so colour is decided here and handed to chalk as an explicit level.
 */
import { fstatSync } from 'node:fs';
import type { ChalkInstance } from 'chalk';

export type ColorWhen = 'auto' | 'always' | 'never';

export interface Terminal {
  color: boolean;
  width: number;
  /** Width tables are fitted to: the terminal's, or unlimited when piped without COLUMNS (nothing cut). */
  tableWidth: number;
  isTTY: boolean;
  chalk: ChalkInstance;
}

export function decideColor(when: ColorWhen, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (when === 'always') return true;
  if (when === 'never') return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

/**
 * How many colours: 256 (chalk level 2) only where the terminal says it has them — COLORTERM (set by
 * truecolor terminals) or a TERM naming 256 colours or direct colour — else the 16 every colour
 * terminal has (chalk then maps each 256-colour code to its nearest of the 16).
 */
export function decideColorLevel(env: NodeJS.ProcessEnv): 1 | 2 {
  if (env.COLORTERM !== undefined && env.COLORTERM !== '') return 2;
  return /256|truecolor|direct/i.test(env.TERM ?? '') ? 2 : 1;
}

/** Below this, output is laid out as if the terminal were this wide. */
export const MIN_WIDTH = 20;

/** COLUMNS as a width: a whole number above 0; anything else ("60x", "1e2", "0", "abc") counts as unset. */
function columnsSet(env: NodeJS.ProcessEnv): number | undefined {
  const n = /^\s*\d+\s*$/.test(env.COLUMNS ?? '') ? Number(env.COLUMNS) : Number.NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** COLUMNS (when set to a width, columnsSet), then the TTY's width, then 80. */
export function decideWidth(env: NodeJS.ProcessEnv, ttyColumns: number | undefined): number {
  const fromEnv = columnsSet(env);
  if (fromEnv !== undefined) return Math.max(MIN_WIDTH, fromEnv);
  if (ttyColumns && ttyColumns > 0) return Math.max(MIN_WIDTH, ttyColumns);
  return 80;
}

/**
 * Whether stdout is a terminal, asked without building process.stdout where the answer is plainly no:
 * a pipe or a file is not a character device, and building the stream (with tty and net behind it)
 * costs milliseconds that a piped command never needs (write.ts writes to the descriptor).
 */
export function stdoutIsTTY(): boolean {
  return isTerminal(1) && process.stdout.isTTY === true;
}

/**
 * Whether a descriptor is a terminal: a pipe, a file or a closed descriptor is answered from fstat,
 * without loading node:tty (it brings net and stream with it, milliseconds every command would pay);
 * so is /dev/null on Linux (`if gloss verify "…" >/dev/null; then`), a character device but one of
 * the memory devices (major number 1: null, zero, full, random), which are never terminals.
 */
export function isTerminal(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    if (process.platform === 'linux' && linuxMajor(st.rdev) === MEMORY_DEVICES) return false;
  } catch {
    return false;
  }
  return process.getBuiltinModule('node:tty').isatty(fd);
}

const MEMORY_DEVICES = 1;

/** The major number of a Linux device number (glibc's gnu_dev_major: bits 8-19 and 32-43). */
export function linuxMajor(rdev: number): number {
  return ((rdev >>> 8) & 0xfff) | (Math.floor(rdev / 2 ** 32) & ~0xfff);
}

/** chalk's colour models: each takes its numbers and gives back a style. */
const COLOR_MODELS = new Set(['rgb', 'hex', 'ansi256', 'bgRgb', 'bgHex', 'bgAnsi256', 'underlineRgb', 'underlineHex', 'underlineAnsi256']);

/**
 * What `new Chalk({ level: 0 })` is, without loading chalk (it builds its styles as it loads: some
 * milliseconds a run, for output that is not coloured: piped, NO_COLOR, --color never). Called itself
 * it joins its arguments with a space; any style or chain of styles gives its text back unchanged,
 * its arguments made one string as chalk's builders make it; a colour model takes its numbers and
 * gives back a style; the level is 0. (chalk's `visible`, which gives '' at level 0, is not used by
 * gloss.) test/terminal-plain.test.ts holds it to chalk's own.
 */
export const PLAIN_CHALK: ChalkInstance = (() => {
  // A style gives its text back, its arguments made one string as chalk's builders make them.
  const style = (...args: unknown[]): string =>
    args.length === 1 ? '' + (args[0] as string) : args.length === 2 ? `${(args[0] ?? '') as string} ${(args[1] ?? '') as string}` : args.join(' ');
  const chain: ProxyHandler<(...args: unknown[]) => string> = {
    get: (_, key) => (key === 'level' ? 0 : typeof key === 'string' && COLOR_MODELS.has(key) ? () => styled : styled),
  };
  const styled = new Proxy(style, chain) as unknown as ChalkInstance;
  // chalk itself, called, joins its arguments with a space.
  return new Proxy((...args: unknown[]) => args.join(' '), chain) as unknown as ChalkInstance;
})();

let chalkModule: typeof import('chalk') | undefined;

/**
 * Loads chalk, for output that will be coloured: main.ts does it before a command runs, when the
 * colour decision (decideColor, asked as openTerminal asks it) is yes.
 */
export async function loadChalk(): Promise<void> {
  chalkModule ??= await import('chalk');
}

export function openTerminal(when: ColorWhen, env = process.env): Terminal {
  const isTTY = stdoutIsTTY();
  const color = decideColor(when, env, isTTY);
  const width = decideWidth(env, isTTY ? process.stdout.columns : undefined);
  if (color && !chalkModule) throw new Error('coloured output asked for before loadChalk()');
  return {
    color,
    isTTY,
    width,
    // Piped, a table is cut only to a width asked for: COLUMNS=abc is no width, as for decideWidth.
    tableWidth: isTTY || columnsSet(env) !== undefined ? width : Number.POSITIVE_INFINITY,
    chalk: color ? new chalkModule!.Chalk({ level: decideColorLevel(env) }) : PLAIN_CHALK,
  };
}
