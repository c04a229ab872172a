/**
 * The check of every file's stamp (freshness.ts) on a thread of its own. The thread runs `unchanged`
 * from its source and loads nothing of gloss's: it can be started before gloss's own code loads (as
 * gloss starts, early-thread.ts), and it reads the stamps from the database file itself, so that it
 * stats files while gloss is still loading and the command's thread never reads the stamps (at 10,000
 * articles a 2 MB row, which with its hand-over took verify's own thread 16-56 ms under load).
 *
 * The thread opens the database by its file name, which a racing rebuild may have renamed another
 * database to meanwhile. So it answers with the identity of the database it read (meta `id`, drawn at
 * random for each build) and its answer counts only for a database of that identity (freshness.ts
 * freshAside).
 */
import { startThread, type Worker } from '../platform/threads.js';

/**
 * Whether the files at `paths` still have the stamps `stamps` (size, mtime, ctime, ino, four numbers
 * a file); paths and stamps that differ in number are damage, never fresh. Self-contained (its only
 * outside need, statSync, is passed in) so that the thread runs this very function from its source.
 */
export function unchanged(statSync: typeof import('node:fs').statSync, paths: Iterable<string>, stamps: Float64Array): boolean {
  let i = 0;
  for (const path of paths) {
    if (4 * i >= stamps.length) return false;
    // A file whose stat fails (a loop of symbolic links, a name too long) is not there, as freshness.ts statOf has it.
    let now;
    try {
      now = statSync(path, { throwIfNoEntry: false });
    } catch {
      now = undefined;
    }
    const size = stamps[4 * i]!;
    // -1: a file that was not there when read, still fresh while it is still not there.
    if (now ? size !== now.size || stamps[4 * i + 1] !== now.mtimeMs || stamps[4 * i + 2] !== now.ctimeMs || stamps[4 * i + 3] !== now.ino : size !== -1) return false;
    i++;
  }
  return 4 * i === stamps.length;
}

/**
 * The paths stored as their UTF-8 bytes joined by NUL, one at a time as they are asked for, so that
 * the 20,000 strings of 10,000 articles are not all held through the check (no gain in time was
 * measured: the thread made as many young-generation collections either way). Self-contained, as
 * `unchanged`.
 */
export function* pathsIn(names: Uint8Array): Generator<string> {
  const bytes = Buffer.from(names.buffer, names.byteOffset, names.byteLength);
  for (let start = 0; start < bytes.length; ) {
    const end = bytes.indexOf(0, start);
    yield bytes.toString('utf8', start, end === -1 ? bytes.length : end);
    if (end === -1) return;
    start = end + 1;
  }
}

/** What the thread found: the identity of the database it read (null: none could be read), and whether every file still has its stamp there. */
export interface Answer {
  id: string | null;
  fresh: boolean;
}

// The stamps as stored (build.ts, freshness.ts packStamps): `paths`, the paths' UTF-8 bytes joined by
// NUL; `stamps`, four Float64s a path. Stamps that do not match the paths in number are damage: not
// fresh, so the database is rebuilt. A database that cannot be read answers with no identity, which
// no database has: the command then checks the files itself. node:sqlite's experimental warning (Node
// 22) goes to the thread's own stderr, which no one reads.
const SOURCE = `const { parentPort, workerData } = require('node:worker_threads');
let answer = { id: null, fresh: false };
try {
  const db = new (require('node:sqlite').DatabaseSync)(workerData, { readOnly: true, timeout: 5000 });
  try {
    const id = db.prepare("SELECT value FROM meta WHERE key = 'id'").get()?.value;
    const { paths: names, stamps: bytes } = db.prepare('SELECT paths, stamps FROM stamps_packed').get() ?? {};
    if (typeof id === 'string' && names instanceof Uint8Array && bytes instanceof Uint8Array && bytes.length % 8 === 0) {
      const aligned = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
      const stamps = new Float64Array(aligned.buffer, aligned.byteOffset, aligned.length / 8);
      answer = { id, fresh: (${unchanged.toString()})(require('node:fs').statSync, (${pathsIn.toString()})(names), stamps) };
    }
  } finally {
    db.close();
  }
} catch {}
parentPort.postMessage(answer);`;

export class StatThread {
  private readonly worker: Worker;
  private readonly answer: Promise<Answer>;

  /** Starts checking the stamps stored in the database at `file` at once. */
  constructor(file: string) {
    // The thread's stdout and stderr are its own: piped to this thread's, as by default, they would
    // build process.stdout, which makes a pipe non-blocking and the output go through a stream.
    const worker: Worker = startThread(SOURCE, { eval: true, workerData: file, resourceLimits: { maxYoungGenerationSizeMb: 4 }, stdout: true, stderr: true });
    this.answer = new Promise<Answer>((resolve, reject) => {
      worker.once('message', (m: Answer) => resolve(m));
      worker.once('error', reject);
      worker.once('exit', () => reject(new Error('the freshness thread ended without an answer')));
    });
    // Watched from the start, so that a failure while it starts is not an unhandled rejection.
    this.answer.catch(() => undefined);
    // A thread no command asks (the database was rebuilt, the command failed) does not keep gloss running.
    worker.unref();
    this.worker = worker;
  }

  /** The thread's answer; it ends once it has given it. */
  async check(): Promise<Answer> {
    this.worker.ref();
    try {
      return await this.answer;
    } finally {
      void this.worker.terminate();
    }
  }
}

const EARLY = Symbol.for('gloss.early-stat-thread');
type Registry = { [EARLY]?: StatThread };

/** Keeps a thread started before gloss's code loaded (start.ts and the CLI are separate bundles: they meet on globalThis). */
export function keepEarly(thread: StatThread): void {
  (globalThis as Registry)[EARLY] = thread;
}

/** The thread started early, if any, once: it answers one check. */
export function takeEarly(): StatThread | undefined {
  const registry = globalThis as Registry;
  const thread = registry[EARLY];
  delete registry[EARLY];
  return thread;
}
