/**
 * Where a corpus's database lives: `corpus.db` in a folder of its own (named for the corpus folder's
 * real path) inside gloss's cache folder (cache-dir.ts). Both folders are made private (0700). The
 * per-corpus folder must be a real folder: a symlink in its place is removed (the link, never what it
 * points to) and a real folder made, so that nothing gloss deletes there is ever reached through a
 * link. When the cache folder cannot be used (a file in its place, HOME=/dev/null, no permission),
 * gloss says so once on stderr and works without a cache (the database is then built in memory).
 */
import { lstatSync, mkdirSync, readdirSync, realpathSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from '../corpus/cache-dir.js';

/** A short stable name for a folder path (FNV-1a, 64-bit). */
function fnv1a(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) h = BigInt.asUintN(64, (h ^ BigInt(s.charCodeAt(i))) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}

export function corpusRoot(corpusDir: string): string {
  try {
    return realpathSync(corpusDir);
  } catch {
    return corpusDir;
  }
}

function warn(message: string): void {
  process.stderr.write(`gloss: warning: ${message}; working without a cache (set GLOSS_CACHE_DIR to a folder of your own)\n`);
}

/** A folder of ours: made private if new; refused unless it is a real folder owned by this user. */
function ownFolder(dir: string, replaceLink: boolean): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  let st = lstatSync(dir);
  if (st.isSymbolicLink() && replaceLink) {
    unlinkSync(dir);
    mkdirSync(dir, { mode: 0o700 });
    st = lstatSync(dir);
  }
  if (!st.isDirectory() && !(st.isSymbolicLink() && !replaceLink && statSync(dir).isDirectory())) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  if (typeof process.getuid === 'function' && st.uid !== process.getuid()) throw Object.assign(new Error('owned by another user'), { code: 'EPERM' });
}

/** The folder for this corpus's database, made if need be; null (after one warning) if it cannot be used; null, quietly, with GLOSS_CACHE=0. */
export function storeFolder(root: string): string | null {
  const base = cacheDir();
  if (!base) return null;
  const dir = join(base, `corpus-${fnv1a(root)}`);
  try {
    // The cache folder itself may be a link the user made on purpose (to another disk): it is followed.
    ownFolder(base, false);
    ownFolder(dir, true);
    return dir;
  } catch (e) {
    warn(`cannot use the cache folder ${base} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return null;
  }
}

export const DATABASE = 'corpus.db';

/** A temporary name for a database being built, with the builder's process id in it. */
export function temporaryName(dir: string): string {
  return join(dir, `${DATABASE}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what killed runs left: temporary databases whose builder is gone (or that are a day old),
 * and the files of the cache's earlier formats. Only plain files directly in the folder are removed
 * (unlink never follows a link; a link is removed, never its target); anything else is left alone.
 */
export function sweep(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name === DATABASE) continue;
    const file = join(dir, name);
    try {
      const st = lstatSync(file);
      if (!st.isFile() && !st.isSymbolicLink()) continue;
      const temp = /^corpus\.db\.(\d+)\.[a-z0-9]+\.tmp(-journal)?$/.exec(name);
      if (temp && alive(Number(temp[1])) && Date.now() - st.mtimeMs < 86_400_000) continue;
      unlinkSync(file);
    } catch {
      // gone already, or not ours to remove
    }
  }
}
