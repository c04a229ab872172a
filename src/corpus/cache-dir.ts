/** Where gloss keeps its caches, and which build of gloss they belong to. */
import { homedir } from 'node:os';
import { join } from 'node:path';

declare const __GLOSS_BUILD__: string | undefined;
/** Changes with every build of gloss, so a cache from another version is never trusted. */
export const BUILD = typeof __GLOSS_BUILD__ === 'string' ? __GLOSS_BUILD__ : 'dev';

/** The XDG cache directory's gloss folder, or where GLOSS_CACHE_DIR says; none with GLOSS_CACHE=0. */
export function cacheDir(env = process.env): string | null {
  if (env.GLOSS_CACHE === '0' || env.GLOSS_CACHE === 'off') return null;
  if (env.GLOSS_CACHE_DIR) return env.GLOSS_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'gloss');
}
