/**
 * Keeps gloss's cache folder from growing for ever. Every corpus gloss reads gets a database there
 * (some 800 MB at 10,000 generated articles), and nothing used to remove one: a corpus moved, deleted
 * or tried once left its database behind for good. So:
 * - a corpus's folder is marked as used when its database is opened: its modification time, set at
 *   most once a day, so that a run which only reads writes nothing else;
 * - when a database is built, the corpus folder it was built from is recorded beside it;
 * - once a day, one run removes the folders of corpora not used for 30 days, and of corpora whose
 *   folder is gone and that were not used for a day; and what killed runs left anywhere in the cache.
 * Once a day, not on every run: looking into every corpus's folder cost each command some 22 µs a
 * folder (with 300 corpora, 6.7 ms: a seventh of `claims` on the shipped corpus).
 *
 * Nothing is ever deleted through a link: a link named as a corpus's folder is removed as a link, and
 * in a corpus's folder only its plain files (and links, as links) are removed, then the folder if it
 * is empty.
 */
import { lstatSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFolderIsPrivate } from '../corpus/cache-dir.js';
import { CORPUS_PATH, DATABASE, sweep } from './location.js';
import { removeLeftovers, tempName } from '../runtime/leftovers.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A corpus not read for this long has its database removed (built again, if it comes back, on its next run). */
export const UNUSED_MS = 30 * DAY_MS;
/** The file in the cache folder whose modification time says when the cache was last tidied. */
export const TIDIED = 'last-tidy';
/** A corpus's folder in the cache (store/location.ts). */
const CORPUS_FOLDER = /^corpus-[0-9a-f]{16}$/;

/** Marks a corpus's folder as used now, unless it was marked within the day. Never throws. */
export function markUsed(folder: string, now = Date.now()): void {
  try {
    const st = lstatSync(folder);
    if (st.isDirectory() && (now - st.mtimeMs > DAY_MS || st.mtimeMs > now)) utimesSync(folder, now / 1000, now / 1000);
  } catch {
    // Only the cache's tidying depends on it: at worst a database is built again after a month.
  }
}

/** Records the corpus folder a database was built from (a temporary file renamed into place: never half a path). Never throws. */
export function recordCorpus(folder: string, root: string): void {
  const file = join(folder, CORPUS_PATH);
  const tmp = tempName(file, true);
  try {
    writeFileSync(tmp, root, { mode: 0o600, flag: 'wx' });
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // never made
    }
  }
}

/** Whether the corpus a folder's database was built from is gone (false when it is not recorded, or cannot be told). */
function corpusGone(folder: string): boolean {
  let root: string;
  try {
    const file = join(folder, CORPUS_PATH);
    const st = lstatSync(file);
    // A path, as recordCorpus wrote it: anything else is not gloss's and tells nothing.
    if (!st.isFile() || st.size === 0 || st.size > 4096) return false;
    root = readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  try {
    return statSync(root, { throwIfNoEntry: false }) === undefined;
  } catch {
    // Not allowed to look (a folder made private, a drive's mount point): not known to be gone.
    return false;
  }
}

/**
 * Removes a corpus's folder: what killed runs left and the files of earlier formats (location.ts
 * sweep, which leaves a live builder's file, and so the folder), the database and its record (a link
 * in their place removed as a link), then the folder if that emptied it.
 */
function removeCorpusFolder(folder: string): void {
  sweep(folder);
  for (const name of [DATABASE, CORPUS_PATH]) {
    try {
      unlinkSync(join(folder, name));
    } catch {
      // not there
    }
  }
  try {
    rmdirSync(folder);
  } catch {
    // not empty (something that is not gloss's), or gone already
  }
}

/**
 * Tidies the cache folder `base`, at most once a day (TIDIED's modification time); returns the corpus
 * folders it removed. Never throws: the cache only saves time.
 */
export function tidyCache(base: string, now = Date.now()): string[] {
  const marker = join(base, TIDIED);
  try {
    const last = lstatSync(marker, { throwIfNoEntry: false });
    // A time in the future (a clock set back) is no reason to wait.
    if (last && now - last.mtimeMs < DAY_MS && last.mtimeMs <= now) return [];
    if (!cacheFolderIsPrivate(base)) return [];
    // Marked first, so that runs starting meanwhile do not tidy too; a link in its place is removed, never written through.
    if (last && !last.isFile()) unlinkSync(marker);
    writeFileSync(marker, '', { mode: 0o600 });
    utimesSync(marker, now / 1000, now / 1000);
  } catch {
    return [];
  }
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return removed;
  }
  // What killed runs left in the folders that stay, once those not used are gone: removing a file
  // from a folder marks the folder as changed, and an unused corpus's folder holding a dead run's
  // temporary file looked used again, for another 30 days.
  removeUnused(base, names, now, removed);
  removeLeftovers(base, 1, now);
  return removed;
}

/** Removes the folders of corpora not used for 30 days, or gone and not used for a day; adds them to `removed`. */
function removeUnused(base: string, names: readonly string[], now: number, removed: string[]): void {
  for (const name of names) {
    if (!CORPUS_FOLDER.test(name)) continue;
    const folder = join(base, name);
    try {
      const st = lstatSync(folder);
      if (st.isSymbolicLink()) {
        unlinkSync(folder);
        continue;
      }
      if (!st.isDirectory()) continue;
      const idle = now - st.mtimeMs;
      if (idle <= UNUSED_MS && !(idle > DAY_MS && corpusGone(folder))) continue;
      // Looked at again just before: a run may have opened this corpus (and marked it) since.
      if (now - lstatSync(folder).mtimeMs <= DAY_MS) continue;
      removeCorpusFolder(folder);
      removed.push(folder);
    } catch {
      // gone already, or not ours to remove
    }
  }
}
