/**
 * Where a corpus's database lives: `corpus.db` in a folder of its own (named for the corpus folder's
 * real path) inside gloss's cache folder (cache-dir.ts). Both must be private folders of this user's
 * (cache-dir.ts privateFolder; made 0700). A symlink in the place of the per-corpus folder is removed
 * (the link, never what it points to) and a real folder made, so that nothing gloss deletes there is
 * ever reached through a link. When the cache folder cannot be used (a file in its place, HOME=/dev/null, no permission),
 * gloss says so once on stderr and works without a cache (the database is then built in memory).
 */
import { lstatSync, readdirSync, realpathSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, privateFolder, whyNotPrivate } from '../corpus/cache-dir.js';
import { isRunning, tempName } from '../runtime/leftovers.js';

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

export function warn(message: string): void {
  // Where GLOSS_CACHE_DIR names the folder already, "set GLOSS_CACHE_DIR" would send the person round in a circle.
  const advice = process.env.GLOSS_CACHE_DIR ? 'set GLOSS_CACHE_DIR to another folder, of your own' : 'set GLOSS_CACHE_DIR to a folder of your own';
  process.stderr.write(`gloss: warning: ${message}; working without a cache (${advice})\n`);
}

const folderIn = (base: string, root: string) => join(base, `corpus-${fnv1a(root)}`);

/** Where this corpus's database is, if there is a cache folder: nothing is made or checked. */
export function databaseFile(root: string, env = process.env): string | null {
  const base = cacheDir(env);
  return base ? join(folderIn(base, root), DATABASE) : null;
}

/**
 * The folder for this corpus's database, made if need be, and whether this run made it; null (after one
 * warning) if it cannot be used; null, quietly, with GLOSS_CACHE=0.
 */
export function storeFolder(root: string): { dir: string; made: boolean } | null {
  const base = cacheDir();
  if (!base) return null;
  const dir = folderIn(base, root);
  if (!privateFolder(base)) {
    warn(`cannot use the cache folder ${base} (${whyNotPrivate(base)})`);
    return null;
  }
  // Made here where there was none (or a link). One that a racing run made between this look and the
  // mkdir below is taken for made here, which is harmless: such a folder is removed only empty (build.ts).
  let made = true;
  try {
    const st = lstatSync(dir, { throwIfNoEntry: false });
    made = st === undefined || st.isSymbolicLink();
    // A link in the place of the corpus's folder is removed (the link itself), never followed.
    if (st?.isSymbolicLink()) unlinkSync(dir);
  } catch {
    // privateFolder refuses it below
  }
  if (!privateFolder(dir)) {
    warn(`cannot use the cache folder ${dir} (${whyNotPrivate(dir)})`);
    return null;
  }
  return { dir, made };
}

export const DATABASE = 'corpus.db';
/** Beside the database: the corpus folder it was built from (cache-upkeep.ts removes the database once that is gone). */
export const CORPUS_PATH = 'corpus-path';

/** A temporary name for a database being built, with the builder's process id in it. */
export function temporaryName(dir: string): string {
  return join(dir, tempName(DATABASE, true));
}

/**
 * gloss's own names in a corpus's folder, besides the database and its record: temporary files
 * (leftovers.ts tempName: `NAME.gloss-PID[-RANDOM].tmp`, and SQLite's `-journal` beside one), and the
 * files of the cache before the database (`manifest.json`, `NAME-GENERATION.EXT`, GENERATION a base-36
 * time and random letters, and their `.PID.RANDOM.tmp`). Any other file is not gloss's, and stays.
 */
const OWN_TEMP = /\.gloss-(\d+)(?:-[a-z0-9]+)?\.tmp(?:-journal)?$/;
const EARLIER_FORMAT = /^(?:manifest\.json|[a-z]+-[0-9a-z]{12,16}\.[a-z0-9]+)(?:\.\d+\.[0-9a-z]+\.tmp)?$/;

/**
 * Removes what killed runs left: temporary files whose maker is gone (or that are a day old), and the
 * files of the cache's earlier formats. Only plain files directly in the folder, by gloss's own names,
 * are removed (unlink never follows a link; a link is removed, never its target); anything else is left alone.
 */
export function sweep(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const temp = OWN_TEMP.exec(name);
    if (!temp && !EARLIER_FORMAT.test(name)) continue;
    const file = join(dir, name);
    try {
      const st = lstatSync(file);
      if (!st.isFile() && !st.isSymbolicLink()) continue;
      if (temp && isRunning(Number(temp[1])) && Date.now() - st.mtimeMs < 86_400_000) continue;
      unlinkSync(file);
    } catch {
      // gone already, or not ours to remove
    }
  }
}
