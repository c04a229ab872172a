/**
 * Rewriting a corpus's own files (`check --fix`, `draft --write`): each file is written beside itself
 * under a temporary name and renamed over the old one, so a reader never sees half a file. What a user
 * set up stays: a file's permissions are the new file's (a private 0600 annotation file stays private),
 * and a file that is a link is written where the link points, the link kept (as `export -o` does); a
 * file the user may not write (read-only) is refused, as writing it in place would be.
 * The temporary files are runtime/temp-file.ts's: a failed write (a full disk, a file size limit)
 * leaves none, and the old files as they were.
 *
 * The write lock (write-lock.ts) keeps two gloss writers apart, but not a person's editor: a file saved
 * by another program while gloss worked out its changes (seconds, for a long article's draft) would be
 * replaced by gloss's version of the old file, the person's edit lost without a word. Each file is
 * read again once its new version is on disk, just before the renames, and must still be what gloss
 * read; if not, nothing is written and the command fails naming the file, to be run again. What is
 * left is the instant between that reading and the rename, where a lock every editor honoured would be needed.
 */
import { accessSync, constants, lstatSync, readFileSync, readlinkSync, realpathSync, renameSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { GlossError } from '../errors.js';
import { cannotWrite, removeTemp, writeTemp } from '../runtime/temp-file.js';

/** Where a file's content lives: the file, or what its link points to (a link to no file yet: where it would be). */
function realFile(path: string): string {
  if (!lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) return path;
  try {
    return realpathSync(path);
  } catch {
    return resolve(dirname(path), readlinkSync(path));
  }
}

/** A file to rewrite: its new content, and what it held when gloss read it (null: there was no file). */
export interface Rewrite {
  path: string;
  content: string;
  read: string | null;
}

/** What `path` holds now, as readFileSync gives it (a BOM kept); null where there is no file. */
function current(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/**
 * Writes every file whole, or (on a failure before the renames, or a file changed since it was read) none.
 * The renames are made in the order given, and each is whole, but a process killed between two leaves
 * the first renamed and not the next: give a file that others refer to (the registry) before the files
 * that refer to it (an annotation file), so that moment leaves a corpus that still loads.
 */
export function rewriteFiles(files: readonly Rewrite[]): void {
  const temps: string[] = [];
  // The file being written or renamed, for the error: named as the user knows it (a link, say).
  let at = 0;
  try {
    const targets = files.map((f) => realFile(f.path));
    for (; at < files.length; at++) {
      // The old file's permissions are what was chosen; writeTemp gives them whatever the umask.
      const mode = statSync(targets[at]!, { throwIfNoEntry: false })?.mode;
      // A file its owner made read-only is not to be written: the rename needs only the folder's
      // permission, and replaced it all the same. EACCES names it (root may write any file, as ever).
      if (mode !== undefined) accessSync(targets[at]!, constants.W_OK);
      temps.push(writeTemp(targets[at]!, files[at]!.content, mode === undefined ? undefined : mode & 0o7777));
    }
    for (at = 0; at < files.length; at++) {
      if (current(targets[at]!) !== files[at]!.read) {
        throw new GlossError(`cannot write ${files[at]!.path}: it changed since gloss read it (saved by another program meanwhile); nothing written: run the command again`);
      }
    }
    for (at = 0; at < files.length; at++) renameSync(temps[at]!, targets[at]!);
  } catch (e) {
    temps.forEach(removeTemp);
    throw cannotWrite(files[at]?.path ?? files.map((f) => f.path).join(', '), e);
  }
}
