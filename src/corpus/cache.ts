/**
 * A cache of the loaded corpus, so that a command at the terminal does not re-parse YAML, re-validate
 * and re-anchor every annotation on every run (and does not even load the parser when the cache is
 * fresh). The cache is one JSON file per corpus folder in the XDG cache directory, valid while every
 * file it was built from has the same size, modification time and inode and the folders list the
 * same files — the test git's index uses. It is written to a temporary file and renamed into place,
 * so two gloss processes racing to build it each leave a whole file, and a reader never sees half of
 * one. Anything unexpected (unwritable folder, corrupt file) falls back to loading from source.
 */
import { mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Loaded, Progress } from './load.js';

declare const __GLOSS_BUILD__: string | undefined;
/** Changes with every build of gloss, so a cache from another version is never trusted. */
const BUILD = typeof __GLOSS_BUILD__ === 'string' ? __GLOSS_BUILD__ : 'dev';

interface Stamp {
  path: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

interface CacheFile {
  build: string;
  listing: string[];
  stamps: Stamp[];
  loaded: Omit<Loaded, 'nonMentions'> & { nonMentions: [string, { from: number; to: number }[]][] };
}

export function cacheDir(env = process.env): string | null {
  if (env.GLOSS_CACHE === '0' || env.GLOSS_CACHE === 'off') return null;
  if (env.GLOSS_CACHE_DIR) return env.GLOSS_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'gloss');
}

function stamp(path: string): Stamp | null {
  try {
    const st = statSync(path);
    return { path, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
  } catch {
    return null;
  }
}

/** The names in the corpus folder and its articles folder: an added or removed file changes it. */
function listing(root: string): string[] {
  const names = (d: string) => {
    try {
      return readdirSync(d).sort();
    } catch {
      return [];
    }
  };
  return [...names(root), '/', ...names(join(root, 'articles'))];
}

const same = (a: Stamp, b: Stamp | null) => b !== null && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

function readCache(file: string, root: string): Loaded | null {
  let data: CacheFile;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
  } catch {
    return null;
  }
  if (data.build !== BUILD) return null;
  const now = listing(root);
  if (now.length !== data.listing.length || now.some((n, i) => n !== data.listing[i])) return null;
  if (!data.stamps.every((s) => same(s, stamp(s.path)))) return null;
  return { ...data.loaded, nonMentions: new Map(data.loaded.nonMentions) };
}

function writeCache(file: string, dir: string, root: string, loaded: Loaded, before: string[]): void {
  const stamps = loaded.inputs.map(stamp);
  // A file that vanished, or a folder that changed while loading: do not cache a result that mixes.
  if (stamps.some((s) => s === null)) return;
  const now = listing(root);
  if (now.join('\n') !== before.join('\n')) return;
  const data: CacheFile = {
    build: BUILD,
    listing: now,
    stamps: stamps as Stamp[],
    loaded: { ...loaded, nonMentions: [...loaded.nonMentions] },
  };
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}

/** A short stable name for a folder path (FNV-1a, 64-bit): node:crypto costs milliseconds to load. */
function fnv1a(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) h = BigInt.asUintN(64, (h ^ BigInt(s.charCodeAt(i))) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}

/** Loads the corpus through the cache; the parser is imported only when the cache is stale. */
export async function loadCorpusCached(corpusDir: string, progress?: Progress): Promise<Loaded> {
  const dir = cacheDir();
  let root: string;
  try {
    root = realpathSync(corpusDir);
  } catch {
    root = corpusDir;
  }
  const file = dir && join(dir, `corpus-${fnv1a(root)}.json`);
  if (file) {
    const hit = readCache(file, root);
    if (hit) return hit;
  }
  const before = listing(root);
  const { loadCorpus } = await import('./load.js');
  const loaded = loadCorpus(corpusDir, progress);
  if (file && dir) writeCache(file, dir, root, loaded, before);
  return loaded;
}
