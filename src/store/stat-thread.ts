/**
 * The check of every file's stamp (freshness.ts) on a thread of its own. The thread runs `unchanged`
 * from its source and loads nothing of gloss's: it can be started before the stamps are known — as
 * gloss starts, before its own code loads (early-thread.ts) — and is given them when they are.
 */
import { startThread, type Worker } from '../platform/threads.js';

/**
 * Whether the files at `paths` still have the stamps `stamps` (size, mtime, ctime, ino, four numbers
 * a file). Self-contained (its only outside need, statSync, is passed in) so that the thread runs
 * this very function from its source.
 */
export function unchanged(statSync: typeof import('node:fs').statSync, paths: readonly string[], stamps: Float64Array): boolean {
  for (let i = 0; i < paths.length; i++) {
    const now = statSync(paths[i]!, { throwIfNoEntry: false });
    const size = stamps[4 * i]!;
    // -1: a file that was not there when read, still fresh while it is still not there.
    if (now ? size !== now.size || stamps[4 * i + 1] !== now.mtimeMs || stamps[4 * i + 2] !== now.ctimeMs || stamps[4 * i + 3] !== now.ino : size !== -1) return false;
  }
  return true;
}

// The thread waits for one message, the stamps as stored (packedRow): `names`, the paths' UTF-8
// bytes joined by NUL; `bytes`, four Float64s a path. Stamps that do not match the paths in number
// are damage: not fresh, so the database is rebuilt.
const SOURCE = `const { parentPort } = require('node:worker_threads');
parentPort.once('message', ({ names, bytes }) => {
  const paths = Buffer.from(names.buffer, names.byteOffset, names.byteLength).toString('utf8');
  const list = paths === '' ? [] : paths.split('\\0');
  const aligned = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const stamps = new Float64Array(aligned.buffer, aligned.byteOffset, aligned.length / 8);
  parentPort.postMessage(stamps.length === 4 * list.length && (${unchanged.toString()})(require('node:fs').statSync, list, stamps));
});`;

/** Only a buffer of its own can be moved to a thread: a view into a larger one (a Buffer from Node's pool) is copied first, into a Uint8Array (a Buffer's slice would be a view again). */
const own = (b: Uint8Array) => (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer ? b : new Uint8Array(b));

export class StatThread {
  private readonly worker: Worker;
  /** Rejected when the thread fails or ends before it answers; watched from the start, so that a failure while it starts is not missed. */
  private readonly ended: Promise<never>;

  constructor() {
    // The thread's stdout and stderr are its own (it writes nothing): piped to this thread's, as by
    // default, they would build process.stdout, which makes a pipe non-blocking and the output go
    // through a stream.
    this.worker = startThread(SOURCE, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 4 }, stdout: true, stderr: true });
    this.ended = new Promise<never>((_, reject) => {
      this.worker.once('error', reject);
      this.worker.once('exit', () => reject(new Error('the freshness thread ended without an answer')));
    });
    this.ended.catch(() => undefined);
    // A thread no command asks (the stamps were few, or the database was rebuilt) does not keep gloss running.
    this.worker.unref();
  }

  /** Whether every file still has its stamp; the stamps' buffers are moved to the thread (the caller's are emptied). */
  async check(names: Uint8Array, bytes: Uint8Array): Promise<boolean> {
    const message = { names: own(names), bytes: own(bytes) };
    const answer = new Promise<boolean>((resolve) => this.worker.once('message', (fresh: unknown) => resolve(fresh === true)));
    this.worker.ref();
    this.worker.postMessage(message, [message.names.buffer as ArrayBuffer, message.bytes.buffer as ArrayBuffer]);
    try {
      return await Promise.race([answer, this.ended]);
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
