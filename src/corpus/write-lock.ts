/**
 * One writer at a time per corpus: `draft --write` and `check --fix` read annotation files, work out
 * what to add or mend, and write them back. Two at once each appended to what the other had just
 * written (the same proposals twice: duplicate ids in the registry and the article). The lock is a
 * file made with O_EXCL in the corpus's `.gloss` folder, holding the writer's process id; a lock whose
 * process is gone (a killed run) is taken over. A second writer waits for the first, then reads what
 * it wrote.
 *
 * Not in the corpus folder itself: a file made and removed there changes the folder's stamps, which
 * stand for its listing (store/freshness.ts), and every writer, even one that wrote nothing, made the
 * next command rebuild the whole database (5 s at 3,000 articles). `.gloss` is made once and kept;
 * the loader reads no hidden name.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { GlossError } from '../errors.js';
import { isRunning } from '../runtime/leftovers.js';
import { cannotWrite } from '../runtime/temp-file.js';

const FOLDER = '.gloss';
const LOCK = 'write.lock';
const WAIT_MS = 60_000;
const POLL_MS = 50;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Runs `fn` holding the corpus's write lock. */
export async function withWriteLock<T>(corpusDir: string, fn: () => Promise<T>): Promise<T> {
  const folder = join(corpusDir, FOLDER);
  const path = join(folder, LOCK);
  try {
    // Not recursive: a --corpus that is not there is refused, not made (a mistyped name left a folder).
    mkdirSync(folder);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST') {
      // No corpus folder (none there, a file): said as every command that reads one says it.
      if (code === 'ENOENT' || code === 'ENOTDIR') (await import('./files.js')).findCorpusFiles(corpusDir);
      throw cannotWrite(folder, e);
    }
  }
  const until = Date.now() + WAIT_MS;
  for (;;) {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'wx', 0o644);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        // Made but not written (a full disk): an empty lock held every later writer up for 5 s.
        if (fd !== undefined) {
          closeSync(fd);
          rmSync(path, { force: true });
        }
        throw cannotWrite(path, e);
      }
    }
    let holder: number;
    try {
      holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
    } catch {
      continue; // released meanwhile
    }
    // A lock whose writer is gone, or one left half made (no id: killed between making and writing it).
    const halfMade = !(Number.isInteger(holder) && holder > 0) && Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 5_000;
    if ((Number.isInteger(holder) && holder > 0 && !isRunning(holder)) || halfMade) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() > until) throw new GlossError(`${path}: another gloss (process ${Number.isInteger(holder) ? holder : '?'}) is writing this corpus; try again when it is done`);
    sleep(POLL_MS);
  }
  try {
    return await fn();
  } finally {
    rmSync(path, { force: true });
  }
}
