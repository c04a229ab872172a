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
 * The temporary file's life (made beside FILE, removed on a failure or a catchable signal, and what
 * a SIGKILL leaves removed by the next write in that folder) is runtime/temp-file.ts's. Writers hand
 * the event loop a turn now and then (output/write.ts), so that a signal's handler can run.
 */
import { accessSync, closeSync, constants, fchmodSync, fsyncSync, lstatSync, openSync, readlinkSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { GlossError } from '../errors.js';
import type { Destination } from './write.js';
import { cannotWrite, fillTemp } from '../runtime/temp-file.js';

/** A failure of the file system (ENOSPC, EACCES…) or of SQLite writing its file (a full disk). */
function isWriteFailure(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && (/^E[A-Z]+$/.test(code) || code.startsWith('ERR_SQLITE'));
}

/** Where `--output target` writes: a regular file (or none yet) replaced whole at `path`, or a device, pipe or socket written into as it is. */
type Place = { replaced: string } | { into: string };

function placeOf(target: string): Place {
  let st, link;
  try {
    // Followed through links: a link's file is what is replaced (beside itself), the link kept.
    st = statSync(target, { throwIfNoEntry: false });
    // Nothing there: a link to a file not there yet, or no link. statSync counts a file in place of a
    // folder on the way (ENOTDIR) as nothing there; lstatSync throws it.
    if (st === undefined) link = lstatSync(target, { throwIfNoEntry: false });
  } catch {
    // Not reachable (a file in place of a folder on the way, no permission): the write says why.
    return { replaced: target };
  }
  // "out/" names a folder: with none there, the file would be made as "out" (or fail at the rename).
  if (st === undefined && target.endsWith('/')) throw new GlossError(`cannot write ${target}: a name ending in "/" is a folder's; give a file's name`);
  if (st === undefined) {
    // A link to a file not there yet: the file it names is made, as by a shell's `>`.
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
  return replaceWhole(place.replaced, target, fill, dropJournals);
}

/**
 * Removes the journal files SQLite keeps beside a database (FILE-journal, FILE-wal, FILE-shm): they
 * belong to the database being replaced. Left there, the next program to open FILE takes a hot
 * journal for the new database's and "rolls it back" into it, and the new export is corrupt. Only
 * files (or links) go; a folder of that name is left alone.
 */
function dropJournals(path: string): void {
  for (const suffix of ['-journal', '-wal', '-shm']) {
    const journal = `${path}${suffix}`;
    const st = lstatSync(journal, { throwIfNoEntry: false });
    if (st !== undefined && !st.isDirectory()) unlinkSync(journal);
  }
}

async function replaceWhole<T>(path: string, target: string, fill: (temp: string) => Promise<T>, beforeRename?: (path: string) => void): Promise<T> {
  try {
    // A file the user may not write (read-only) is refused, as a shell's ">" refuses it: the rename
    // asks only the folder's permission, and replaced it. Asked first, before any work is done.
    if (statSync(path, { throwIfNoEntry: false }) !== undefined) accessSync(path, constants.W_OK);
    return await fillTemp(path, async (temp) => {
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
      beforeRename?.(path);
      renameSync(temp, path);
      return result;
    });
  } catch (e) {
    // The error names what the user typed (a link, say), not the file it led to.
    throw isWriteFailure(e) ? cannotWrite(target, e) : e;
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
