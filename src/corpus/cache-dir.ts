/** Where gloss keeps its caches: the XDG cache directory, or where GLOSS_CACHE_DIR says; none with GLOSS_CACHE=0. */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function cacheDir(env = process.env): string | null {
  if (env.GLOSS_CACHE === '0' || env.GLOSS_CACHE === 'off') return null;
  if (env.GLOSS_CACHE_DIR) return env.GLOSS_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'gloss');
}
