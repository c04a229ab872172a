/**
 * The temporary files gloss writes a user's file through (`export -o`, `check --fix`, `draft
 * --write`, `add`, `init`): each made new beside its target, so that renaming or linking it into place
 * is atomic, and removed whatever goes wrong before it is put there. It is known for removal before it
 * exists: a write that fails half-way (a full disk, a file size limit) leaves nothing behind.
 *
 * A file filled over several turns of the event loop (an export: `fillTemp`; a corpus database being
 * built, store/build.ts: `guardTemp`) is also removed on SIGINT, SIGTERM and SIGHUP, of which the
 * process then dies as it would have. The short synchronous writes install no handler: a handler could
 * not run before they are over (interrupt.ts), and the signal's default action ends the process at
 * once. SIGKILL, or such a signal, leaves the file: it bears gloss's mark and its process id
 * (leftovers.ts), and the first temporary file a later gloss makes in that folder removes it, whatever
 * file it was for (a corpus database's folder is swept by store/location.ts).
 */
import { closeSync, fchmodSync, fsyncSync, openSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { GlossError } from '../errors.js';
import { removeLeftovers, tempName } from './leftovers.js';

const REASONS: Record<string, string> = {
  ENOENT: 'no such folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: "file too large (past a file size limit: ulimit -f, or the file system's)",
  ELOOP: 'a loop of symbolic links',
  ENAMETOOLONG: 'the name is too long (over 255 bytes, or the whole path over the system limit)',
};

/** One line naming the file the user asked for, and why it could not be written. */
export function cannotWrite(target: string, e: unknown): GlossError {
  if (e instanceof GlossError) return e;
  const err = e as NodeJS.ErrnoException;
  const why = REASONS[err.code ?? ''] ?? (err.code?.startsWith('ERR_SQLITE') ? err.message : err.code ?? String(e));
  return new GlossError(`cannot write ${target}: ${why}`);
}

/**
 * Removes a temporary file, with the journal SQLite may have made beside it. Quiet whatever happens:
 * it runs while another error is on its way (the one to report) and in the exit handler.
 */
export function removeTemp(temp: string): void {
  for (const path of [temp, `${temp}-journal`]) {
    try {
      unlinkSync(path);
    } catch {
      // Gone (renamed into place, or never made), or not ours to remove: a later sweep's business.
    }
  }
}

// Folders swept of killed writers' leftovers by this process: once each, however many files it writes there.
const swept = new Set<string>();

/** A new, empty temporary file for `target`, beside it; its path. */
function createTemp(target: string): string {
  const dir = dirname(target);
  if (!swept.has(dir)) {
    removeLeftovers(dir);
    swept.add(dir);
  }
  // Random as well as the process id: one process may write several files in a folder at once.
  const temp = tempName(join(dir, `.${basename(target)}`), true);
  // wx: a new file of our own, never one that something else put there.
  closeSync(openSync(temp, 'wx', 0o666));
  return temp;
}

/**
 * A new temporary file for `target` holding `content`, written whole and on disk; with `mode`, it has
 * those permissions whatever the umask (a file replaced keeps its own). A failure removes it; the
 * error is passed on as it came, for the caller to name the file the user gave (cannotWrite).
 */
export function writeTemp(target: string, content: string | Buffer, mode?: number): string {
  let temp: string | undefined;
  try {
    temp = createTemp(target);
    const fd = openSync(temp, 'w');
    try {
      const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      // writeSync may write less than asked (a size limit reached): the rest, until it fails.
      for (let at = 0; at < buf.length; ) at += writeSync(fd, buf, at, buf.length - at);
      if (mode !== undefined) fchmodSync(fd, mode);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return temp;
  } catch (e) {
    if (temp !== undefined) removeTemp(temp);
    throw e;
  }
}

const filling = new Set<string>();
// Folders made for a file being filled, removed after it should a signal come, if that empties them.
const folders = new Set<string>();
let guards = 0;
const removeFilling = () => {
  filling.forEach(removeTemp);
  for (const folder of folders) {
    try {
      // Only an empty one: rmdir never removes what is in it (a racing run's file, say).
      rmdirSync(folder);
    } catch {
      // Not empty, gone, or not ours to remove.
    }
  }
};

/**
 * While a file is filled, these signals remove it, then end the process as their default action would
 * have: the handlers are taken off, and the signal, raised again, kills every thread at once, with the
 * status a shell shows as 128 + its number. Not process.exit(128 + number): exit waits for every
 * worker thread to stop, and a thread stops only between two calls into SQLite, so a database's
 * writer thread in one statement (its indexes: seconds at 10,000 articles) would hold Ctrl-C up for as
 * long; and a shell script stops on Ctrl-C only when its command died of the signal, not when it
 * exited with 130 (bash's "wait and cooperative exit"). Another listener still holding the signal
 * (`uninterrupted`, interrupt.ts) would take the raised one too: then the process ends through exit.
 */
const handlers: [NodeJS.Signals, () => void][] = (
  [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const
).map(([signal, status]) => [
  signal,
  () => {
    removeFilling();
    unguard();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    process.exit(status);
  },
]);

function unguard(): void {
  process.off('exit', removeFilling);
  for (const [signal, handler] of handlers) process.off(signal, handler);
}

/** Runs `work` with the signal handlers above installed (once, however many guarded works run at once). */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  if (guards++ === 0) {
    process.on('exit', removeFilling);
    for (const [signal, handler] of handlers) process.on(signal, handler);
  }
  try {
    return await work();
  } finally {
    if (--guards === 0) unguard();
  }
}

/**
 * Runs `work`, which makes the temporary file `temp` itself (SQLite does, for a database), fills it
 * over several turns of the event loop and puts it in place (renames it), guarded by the signal
 * handlers above: should one end the process meanwhile, `temp` and its journal are removed, then
 * `folder` (one this run made for it) if that leaves it empty. `temp` is known for removal before it
 * exists. Whatever happens, it is gone afterwards; errors are passed on as they came.
 */
export function guardTemp<T>(temp: string, work: () => Promise<T>, folder?: string): Promise<T> {
  return guarded(async () => {
    filling.add(temp);
    if (folder !== undefined) folders.add(folder);
    try {
      return await work();
    } finally {
      removeTemp(temp);
      filling.delete(temp);
      if (folder !== undefined) folders.delete(folder);
    }
  });
}

/**
 * Runs `fill` with a new, empty temporary file for `target`, guarded by the signal handlers above;
 * `fill` puts it in place (renames it) when it is whole. Whatever happens, it is gone afterwards;
 * errors are passed on as they came, for the caller to name the file the user gave.
 */
export function fillTemp<T>(target: string, fill: (temp: string) => Promise<T>): Promise<T> {
  return guarded(async () => {
    let temp: string | undefined;
    try {
      temp = createTemp(target);
      // Added as soon as it exists: no turn of the event loop (so no signal's handler) comes between.
      filling.add(temp);
      return await fill(temp);
    } finally {
      if (temp !== undefined) {
        removeTemp(temp);
        filling.delete(temp);
      }
    }
  });
}
