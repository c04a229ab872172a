/**
 * Files written with `--output FILE`: made under a temporary name in FILE's folder (the same file
 * system, so the final rename is atomic), flushed to disk, and renamed over FILE only once complete.
 * A reader of FILE sees the old file or the whole new one, never a part; a failed or interrupted
 * export leaves FILE as it was and removes its temporary file.
 *
 * Only a regular file (or none yet) is replaced so. FILE a link to a file: the file it points to is,
 * beside itself, and the link stays. FILE a device, a pipe or a socket (`/dev/null`, `/dev/stdout`,
 * a FIFO, `>(cmd)`): the text is written into it as it comes, as a shell's `>` would; renaming over
 * it would have put a regular file in place of the device (as root, of /dev/null for everyone). A
 * database (`--format sqlite`) needs a file. A folder is refused.
 *
 * A signal's handler cannot run while JavaScript is busy, so writers hand the event loop a turn now
 * and then (output/write.ts); SIGINT, SIGTERM and SIGHUP then end the process through exit, whose
 * handler removes the temporary file. SIGKILL leaves it behind: the next export to the same folder
 * removes temporary files of ours whose process is gone.
 */
import { closeSync, fchmodSync, fsyncSync, lstatSync, openSync, readdirSync, readlinkSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { randomHex } from '../platform/crypto.js';
import { basename, dirname, join, resolve } from 'node:path';
import { GlossError } from '../errors.js';
import type { Destination } from './write.js';
import { isRunning } from '../runtime/leftovers.js';

const pending = new Set<string>();

/** A file name's longest, in bytes, on the usual file systems (ext4, APFS, NTFS in UTF-16 aside). */
const NAME_MAX = 255;

/** `.NAME.PID.RANDOM.gloss-tmp`: hidden, tied to its process, and clearly gloss's. */
function tempName(target: string): string {
  const name = `.${basename(target)}.${process.pid}.${randomHex(4)}.gloss-tmp`;
  // A target named near the limit would have a temporary name past it (ENAMETOOLONG for a name
  // `touch` makes): such a temporary file goes by no name of its target's, swept as one of an export's.
  return join(dirname(target), Buffer.byteLength(name) + '-journal'.length <= NAME_MAX ? name : `.gloss-export.${process.pid}.${randomHex(4)}.gloss-tmp`);
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
    const rest = name.startsWith(prefix) ? name.slice(prefix.length) : name.startsWith('.gloss-export.') ? name.slice('.gloss-export.'.length) : undefined;
    if (rest === undefined) continue;
    const m = /^(\d+)\.[0-9a-f]{8}\.gloss-tmp(?:-journal)?$/.exec(rest);
    if (!m || Number(m[1]) === process.pid || isRunning(Number(m[1]))) continue;
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

/** Where `--output target` writes: a regular file (or none yet) replaced whole at `path`, or a device, pipe or socket written into as it is. */
type Place = { replaced: string } | { into: string };

function placeOf(target: string): Place {
  let st;
  try {
    // Followed through links: a link's file is what is replaced (beside itself), the link kept.
    st = statSync(target, { throwIfNoEntry: false });
  } catch {
    // Not reachable (a file in place of a folder on the way, no permission): the write says why.
    return { replaced: target };
  }
  if (st === undefined) {
    // A link to a file not there yet: the file it names is made, as by a shell's `>`.
    const link = lstatSync(target, { throwIfNoEntry: false });
    return { replaced: link?.isSymbolicLink() ? resolve(dirname(target), readlinkSync(target)) : target };
  }
  if (st.isDirectory()) throw new GlossError(`cannot write ${target}: it is a folder`);
  if (!st.isFile()) return { into: target };
  try {
    return { replaced: realpathSync(target) };
  } catch {
    return { replaced: target };
  }
}

/**
 * Runs `fill` with the path of a new, empty temporary file beside `target`, then puts the file in
 * place. Whatever `fill` throws, the temporary file is removed and `target` is left untouched.
 */
export async function writeAtomically<T>(target: string, fill: (temp: string) => Promise<T>): Promise<T> {
  const place = placeOf(target);
  if ('into' in place) throw new GlossError(`cannot write ${target}: a database needs a file, not a device or a pipe`);
  return replaceWhole(place.replaced, target, fill);
}

async function replaceWhole<T>(path: string, target: string, fill: (temp: string) => Promise<T>): Promise<T> {
  sweepLeftovers(path);
  const temp = tempName(path);
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
      // A file replaced keeps its permissions, as a shell's ">" leaves them: a private 0600 export stays private.
      const mode = statSync(path, { throwIfNoEntry: false })?.mode;
      if (mode !== undefined) fchmodSync(fd, mode & 0o7777);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      renameSync(temp, path);
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

/** A Destination writing to an open file (the temporary file of writeAtomically, or a device or pipe); a pipe's reader gone (EPIPE) ends the writing quietly, as on stdout. */
export function fileDestination(fd: number): Destination {
  let gone = false;
  return {
    write(s) {
      if (gone) return;
      const buf = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
      try {
        for (let at = 0; at < buf.length; ) at += writeSync(fd, buf, at, buf.length - at);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
        gone = true;
      }
    },
    closed: () => gone,
    drained: () => Promise.resolve(),
  };
}

/** Writes into an open file, closed after whatever happens. */
async function writeInto(fd: number, write: (to: Destination) => Promise<void>): Promise<void> {
  try {
    await write(fileDestination(fd));
  } finally {
    closeSync(fd);
  }
}

/** Streams `chunks` into `target`: a file replaced atomically, a device or pipe written into. */
export async function writeFileAtomically(target: string, write: (to: Destination) => Promise<void>): Promise<void> {
  const place = placeOf(target);
  if ('into' in place) {
    let fd;
    try {
      fd = openSync(place.into, 'w');
    } catch (e) {
      throw cannotWrite(target, e);
    }
    try {
      await writeInto(fd, write);
    } catch (e) {
      throw isWriteFailure(e) ? cannotWrite(target, e) : e;
    }
    return;
  }
  await replaceWhole(place.replaced, target, (temp) => writeInto(openSync(temp, 'w'), write));
}
