/**
 * Files written with `--output FILE`: made under a temporary name in FILE's folder (the same file
 * system, so the final rename is atomic), flushed to disk, and renamed over FILE only once complete.
 * A reader of FILE sees the old file or the whole new one, never a part; a failed or interrupted
 * export leaves FILE as it was and removes its temporary file.
 *
 * A signal's handler cannot run while JavaScript is busy, so writers hand the event loop a turn now
 * and then (output/write.ts); SIGINT, SIGTERM and SIGHUP then end the process through exit, whose
 * handler removes the temporary file. SIGKILL leaves it behind: the next export to the same folder
 * removes temporary files of ours whose process is gone.
 */
import { closeSync, fsyncSync, lstatSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomHex } from '../platform/crypto.js';
import { basename, dirname, join } from 'node:path';
import { GlossError } from '../errors.js';
import type { Destination } from './write.js';

const pending = new Set<string>();

/** `.NAME.PID.RANDOM.gloss-tmp`: hidden, tied to its process, and clearly gloss's. */
function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomHex(4)}.gloss-tmp`);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone, or never made
  }
}

/** Removes a temporary file, with the journal SQLite may have made beside it. */
const removeTemp = (temp: string) => [temp, `${temp}-journal`].forEach(removeQuietly);
const removePending = () => pending.forEach(removeTemp);
// While a temporary file exists, these signals end the process through exit (128 + the signal's
// number, as a shell reports it), so that removePending runs.
const handlers: [NodeJS.Signals, () => void][] = [
  ['SIGINT', () => process.exit(130)],
  ['SIGTERM', () => process.exit(143)],
  ['SIGHUP', () => process.exit(129)],
];

function guard(path: string): void {
  if (pending.size === 0) {
    process.on('exit', removePending);
    for (const [signal, handler] of handlers) process.on(signal, handler);
  }
  pending.add(path);
}

function unguard(path: string): void {
  pending.delete(path);
  if (pending.size > 0) return;
  process.off('exit', removePending);
  for (const [signal, handler] of handlers) process.off(signal, handler);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files left for `target` by exports that were killed outright. */
function sweepLeftovers(target: string): void {
  const dir = dirname(target);
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)\.[0-9a-f]{8}\.gloss-tmp(?:-journal)?$/.exec(name.slice(prefix.length));
    if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue;
    const path = join(dir, name);
    // A regular file only: never a link followed to something else, never a folder.
    if (lstatSync(path, { throwIfNoEntry: false })?.isFile()) removeQuietly(path);
  }
}

/** A failure of the file system (ENOSPC, EACCES…) or of SQLite writing its file (a full disk). */
function isWriteFailure(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && (/^E[A-Z]+$/.test(code) || code.startsWith('ERR_SQLITE'));
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such folder',
  ENOTDIR: 'no such folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

function cannotWrite(target: string, e: unknown): GlossError {
  const err = e as NodeJS.ErrnoException;
  const why = REASONS[err.code ?? ''] ?? (err.code?.startsWith('ERR_SQLITE') ? err.message : err.code ?? String(e));
  return new GlossError(`cannot write ${target}: ${why}`);
}

/**
 * Runs `fill` with the path of a new, empty temporary file beside `target`, then puts the file in
 * place. Whatever `fill` throws, the temporary file is removed and `target` is left untouched.
 */
export async function writeAtomically<T>(target: string, fill: (temp: string) => Promise<T>): Promise<T> {
  sweepLeftovers(target);
  const temp = tempName(target);
  // Guarded before it exists: a signal that comes as soon as it appears must still remove it.
  guard(temp);
  try {
    // wx: a new file of our own, never one that something else put there.
    closeSync(openSync(temp, 'wx', 0o666));
  } catch (e) {
    unguard(temp);
    throw cannotWrite(target, e);
  }
  try {
    const result = await fill(temp);
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      renameSync(temp, target);
    } catch (e) {
      throw cannotWrite(target, e);
    }
    return result;
  } catch (e) {
    throw isWriteFailure(e) ? cannotWrite(target, e) : e;
  } finally {
    removeTemp(temp);
    unguard(temp);
  }
}

/** A Destination writing to an open file (the temporary file of writeAtomically). */
export function fileDestination(fd: number): Destination {
  return {
    write(s) {
      const buf = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
      for (let at = 0; at < buf.length; ) at += writeSync(fd, buf, at, buf.length - at);
    },
    closed: () => false,
    drained: () => Promise.resolve(),
  };
}

/** Streams `chunks` into `target` atomically. */
export async function writeFileAtomically(target: string, write: (to: Destination) => Promise<void>): Promise<void> {
  await writeAtomically(target, async (temp) => {
    const fd = openSync(temp, 'w');
    try {
      await write(fileDestination(fd));
    } finally {
      closeSync(fd);
    }
  });
}
