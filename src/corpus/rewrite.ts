/**
 * Rewriting a corpus's own files (`check --fix`, `draft --write`): each file is written beside itself
 * under a temporary name and renamed over the old one, so a reader never sees half a file. What a user
 * set up stays: a file's permissions are the new file's (a private 0600 annotation file stays private),
 * and a file that is a link is written where the link points, the link kept (as `export -o` does).
 * Leftovers of a killed rewrite in that folder are removed first (leftovers.ts).
 */
import { chmodSync, lstatSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { GlossError } from '../errors.js';
import { removeLeftovers, tempName } from '../runtime/leftovers.js';

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
  try {
    const targets = files.map((f) => realFile(f.path));
    for (const dir of new Set(targets.map((t) => dirname(t)))) removeLeftovers(dir);
    targets.forEach((target, i) => {
      const tmp = join(dirname(target), tempName(`.${basename(target)}`));
      const mode = statSync(target, { throwIfNoEntry: false })?.mode;
      writeFileSync(tmp, files[i]!.content, { flag: 'wx', mode: mode === undefined ? 0o666 : mode & 0o7777 });
      temps.push(tmp);
      // The umask narrows what writeFileSync asks for; the old file's permissions are what was chosen.
      if (mode !== undefined) chmodSync(tmp, mode & 0o7777);
    });
    targets.forEach((target, i) => renameSync(temps[i]!, target));
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw e instanceof GlossError ? e : new GlossError(`cannot write ${files.map((f) => f.path).join(', ')}: ${(e as Error).message}`);
  }
}
