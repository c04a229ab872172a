/** Where gloss keeps its caches, and which build of gloss they belong to. */
import { lstatSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';

declare const __GLOSS_BUILD__: string | undefined;
/** Changes with every build of gloss, so a cache from another version is never trusted. */
export const BUILD = typeof __GLOSS_BUILD__ === 'string' ? __GLOSS_BUILD__ : 'dev';

/** The XDG cache directory's gloss folder, or where GLOSS_CACHE_DIR says; none with GLOSS_CACHE=0. */
export function cacheDir(env = process.env): string | null {
  if (env.GLOSS_CACHE === '0' || env.GLOSS_CACHE === 'off') return null;
  if (env.GLOSS_CACHE_DIR) return env.GLOSS_CACHE_DIR;
  // A relative XDG_CACHE_HOME is ignored, as the XDG spec says: it would put a cache in whatever folder gloss runs from.
  const base = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'gloss');
}

/**
 * Whether `dir` is safe to load compiled code (or any cache gloss trusts) from: a real folder, not a
 * symbolic link, owned by this user and writable by no one else (no group or other write bit). A cache
 * another user could write is code they could make gloss run. Where the platform has no user ids
 * (Windows), ownership cannot be asked and the answer is true.
 */
export function cacheFolderIsPrivate(dir: string): boolean {
  let st;
  try {
    st = lstatSync(dir);
  } catch {
    return false;
  }
  const uid = process.getuid?.();
  return st.isDirectory() && (uid === undefined || st.uid === uid) && (st.mode & 0o022) === 0;
}

/**
 * Makes `dir` (0700 when it is new) and tells whether it is fit to hold what gloss will later trust
 * (cacheFolderIsPrivate). Anything else — a file in the way, a folder that cannot be made, someone
 * else's — is not, and gloss then runs without that cache.
 */
export function privateFolder(dir: string): boolean {
  try {
    makeFolder(dir);
  } catch {
    return false;
  }
  return cacheFolderIsPrivate(dir);
}

const MAKE_REASONS: Record<string, string> = {
  EROFS: 'it is on a read-only file system',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENOSPC: 'no space left on the device',
  ENOENT: 'it cannot be made there',
};

/**
 * Why privateFolder refused `dir`, in words for the warning: only asked once it has (a run that can
 * use its cache never pays for the question).
 */
export function whyNotPrivate(dir: string): string {
  try {
    makeFolder(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return MAKE_REASONS[code] ?? `it cannot be made (${code})`;
  }
  let st;
  try {
    st = lstatSync(dir);
  } catch {
    return 'it is gone';
  }
  if (st.isSymbolicLink()) return 'it is a symbolic link, which gloss does not follow for a cache';
  if (!st.isDirectory()) return 'it is a file, not a folder';
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid) return "it is another user's";
  return 'others can write to it: a cache must be private (chmod go-w)';
}

/**
 * mkdir -p, one folder at a time: Node's own `recursive` never ends where a folder exists but one
 * cannot be made in it with ENOENT (procfs, a stale mount: GLOSS_CACHE_DIR=/proc/1 spun at full CPU,
 * with no output, for good). Here a folder is made once its parent is: a second ENOENT is an error.
 */
function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code !== 'ENOENT' || dirname(dir) === dir) throw e;
    makeFolder(dirname(dir));
    mkdirSync(dir, { mode: 0o700 });
  }
}
