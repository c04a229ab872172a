/**
 * Rewriting a corpus's own files (`check --fix`, `draft --write`): each file is written beside itself
 * under a temporary name and renamed over the old one, so a reader never sees half a file. What a user
 * set up stays: a file's permissions are the new file's (a private 0600 annotation file stays private),
 * and a file that is a link is written where the link points, the link kept (as `export -o` does).
 * The temporary files are runtime/temp-file.ts's: a failed write (a full disk, a file size limit)
 * leaves none, and the old files as they were.
 */
import { lstatSync, readlinkSync, realpathSync, renameSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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

/** Writes every file whole, or (on a failure before the renames) none. */
export function rewriteFiles(files: readonly { path: string; content: string }[]): void {
  const temps: string[] = [];
  // The file being written or renamed, for the error: named as the user knows it (a link, say).
  let at = 0;
  try {
    const targets = files.map((f) => realFile(f.path));
    for (; at < files.length; at++) {
      // The old file's permissions are what was chosen; writeTemp gives them whatever the umask.
      const mode = statSync(targets[at]!, { throwIfNoEntry: false })?.mode;
      temps.push(writeTemp(targets[at]!, files[at]!.content, mode === undefined ? undefined : mode & 0o7777));
    }
    for (at = 0; at < files.length; at++) renameSync(temps[at]!, targets[at]!);
  } catch (e) {
    temps.forEach(removeTemp);
    throw cannotWrite(files[at]?.path ?? files.map((f) => f.path).join(', '), e);
  }
}
