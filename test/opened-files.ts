// Preloaded into a spawned gloss (node --import, `openedRun` below) to list the files it opens: which
// files a run read, without timing it. The paths given to fs.openSync on the main thread are written
// as JSON to GLOSS_OPENED_OUT when the process exits.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

const out = process.env.GLOSS_OPENED_OUT;
if (out !== undefined && isMainThread) {
  const opened: string[] = [];
  const openSync = fs.openSync;
  fs.openSync = function (path: fs.PathLike, ...rest: unknown[]) {
    opened.push(String(path));
    return (openSync as (...a: unknown[]) => number).call(fs, path, ...rest);
  } as typeof fs.openSync;
  // gloss imports openSync by name from node:fs: its binding follows the module object only when synced.
  syncBuiltinESMExports();
  const write = fs.writeFileSync;
  process.on('exit', () => write(out, JSON.stringify(opened)));
}

const HOOK = fileURLToPath(import.meta.url);

/** Runs gloss ARGS with this module preloaded: its output, and every path it opened. */
export function openedRun(bin: string, args: string[], env: NodeJS.ProcessEnv, log: string): { status: number | null; stdout: string; stderr: string; opened: string[] } {
  const r = spawnSync(process.execPath, ['--import', HOOK, bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...env, GLOSS_OPENED_OUT: log } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, opened: JSON.parse(fs.readFileSync(log, 'utf8')) as string[] };
}
