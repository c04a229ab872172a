/**
 * Temporary files left by a gloss that was killed (Ctrl-C takes the default action and ends the
 * process at once; see interrupt.ts) are removed by a later run. Every temporary file gloss writes is
 * named by `tempName`, `….gloss-PID[-RANDOM].tmp` (an older export's `.FILE.PID.RANDOM.gloss-tmp` is
 * recognised too): one whose writer is no longer running, or that is a day old (the process id reused
 * since), is a leftover. A live writer's file is never touched, and nothing without that mark is
 * gloss's: a user's "interview.2024.tmp" or "scan.77777.tmp" beside the articles, or in a cache folder
 * shared with other programs, is left alone.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// With the journal SQLite keeps beside a database being written (export --format sqlite).
const TEMP = /\.gloss-(\d+)(?:-[a-z0-9]+)?\.tmp(?:-journal)?$/;
// The mark `export -o` used before every writer shared the one above: `.FILE.PID.RANDOM.gloss-tmp`
// (RANDOM eight hex digits; `.gloss-export.PID.RANDOM.gloss-tmp` for a FILE named near the length
// limit). A killed export of such a version left one, which nothing else removes. Matched whole, by
// its hidden name and its ".gloss-tmp": a user's "notes.tmp" or "scan.77777.0badc0de.tmp" is not it.
const OLD_EXPORT_TEMP = /^\..+\.(\d+)\.[0-9a-f]{8}\.gloss-tmp(?:-journal)?$/;

/** The temporary name gloss writes `name` under before renaming it into place; `random` where one process may write several at once. */
export function tempName(name: string, random = false): string {
  const mark = `gloss-${process.pid}`;
  const rand = () => Math.random().toString(36).slice(2, 10);
  const full = `${name}.${mark}${random ? `-${rand()}` : ''}.tmp`;
  // A name near the file system's limit (255 bytes: an id of 244 letters) would have a temporary name
  // past it: such a one goes by the mark alone, still gloss's, still swept.
  return Buffer.byteLength(basename(full)) + '-journal'.length <= 255 ? full : join(dirname(name), `.${mark}-${rand()}.tmp`);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether process `pid` is running (this one included; one of another user's counts). */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the leftovers in `dir` (and, with depth > 0, in its sub-folders); returns what it removed. */
export function removeLeftovers(dir: string, depth = 0, now = Date.now()): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (depth > 0) removed.push(...removeLeftovers(path, depth - 1, now));
      continue;
    }
    const m = TEMP.exec(e.name) ?? OLD_EXPORT_TEMP.exec(e.name);
    if (!m || !e.isFile()) continue;
    try {
      if (isRunning(Number(m[1])) && now - statSync(path).mtimeMs < DAY_MS) continue;
      rmSync(path, { force: true });
      removed.push(path);
    } catch {
      // Gone already, or not ours to remove: either way not this run's business.
    }
  }
  return removed;
}
