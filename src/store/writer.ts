/**
 * Where a build's statements go, and where each article's rows are made (article-rows.ts). A small
 * corpus is written by the building thread itself; a large one by a worker thread (writer-thread.ts),
 * so that making and writing the rows (about half of a first run's work) runs on the second core
 * while this thread reads, checks and lints the next articles. The builder waits when the worker
 * falls behind, so that nothing piles up in memory.
 */
import { serialize } from 'node:v8';
import { startThread } from '../platform/threads.js';
import { statementRunner, type Database, type SqlValue } from './sqlite.js';
import { ArticleRows, type ArticleItem } from './article-rows.js';
import { pack, type Message, type Work } from './writer-messages.js';
import { attachEarlier, type EarlierFile } from './earlier.js';

export interface Writer {
  exec(sql: string): void;
  run(sql: string, values: SqlValue[]): void;
  /** An article's rows and search documents are made where they are written (article-rows.ts). */
  article(item: ArticleItem): void;
  /** Waits for every statement to be written; the database is closed (a worker's) or still open (this thread's). */
  done(): Promise<void>;
}

/** Statements run here, on `db`. */
export function writerHere(db: Database, earlier?: EarlierFile): Writer {
  const run = statementRunner(db);
  const attached = attachEarlier(db, earlier);
  const articles = new ArticleRows({ run }, attached ? db : null);
  return {
    exec: (sql) => db.exec(sql),
    run,
    article: (item) => articles.take(item),
    // After the build's transaction: the database built (in memory, it is the one commands read) keeps no hold on the old file.
    done: async () => {
      if (attached) db.exec('DETACH DATABASE earlier');
    },
  };
}

/** The worker failed a statement: its reason (SQLite's words) comes when it closes (Writer.done). */
export class WriterFailed extends Error {}

/** Statements waiting for the worker before the builder waits. */
const AHEAD = 4;

/**
 * Statements run by a worker thread on the database file `file`, which it opens and closes.
 * `earlier`: the database being replaced, which the worker attaches (attachEarlier).
 */
export function writerThread(file: string, earlier?: EarlierFile): Writer {
  const shared = new SharedArrayBuffer(8);
  const counters = new Int32Array(shared);
  // A young generation of 32 MB, not V8's default for this machine: the worker makes much
  // short-lived garbage (documents, records), and a heap of its own grown as large as the building
  // thread's would take 10,000 articles' first run past 700 MiB. At 8 MB its collections took 6.9 s of
  // the worker's time at 10,000 articles, at 32 MB 3.6 s, for 11 MiB more at the peak (568 → 579 MiB).
  // Its stdout and stderr are its own (it writes nothing): piped to this thread's, as by default, they
  // would build process.stdout, which makes a pipe non-blocking and the output go through a stream.
  const worker = startThread(new URL('./writer-thread.js', import.meta.url), {
    workerData: { file, shared, earlier },
    resourceLimits: { maxYoungGenerationSizeMb: 32 },
    stdout: true,
    stderr: true,
  });
  let failure: string | undefined;
  const ended = new Promise<void>((resolve, reject) => {
    worker.on('message', (m: { kind: string; message?: string }) => {
      if (m.kind === 'failed') failure = m.message;
      if (m.kind === 'closed') {
        void worker.terminate();
        if (failure === undefined) resolve();
        else reject(new Error(failure));
      }
    });
    worker.on('error', reject);
    worker.on('exit', () => reject(new Error(failure ?? 'the database writer stopped')));
  });
  // Rejections are taken by done(); until then an early failure must not count as unhandled.
  ended.catch(() => {});
  const post = (m: Message, transfer: ArrayBuffer[] = []) => {
    if (Atomics.load(counters, 1) === 1) throw new WriterFailed('the database writer failed');
    let waiting = Atomics.add(counters, 0, 1) + 1;
    worker.postMessage(m, transfer);
    // Blocked here, this thread hears no event: a worker that makes no progress for a minute is gone.
    for (let idle = 0; waiting > AHEAD; ) {
      const was = waiting;
      Atomics.wait(counters, 0, waiting, 1000);
      waiting = Atomics.load(counters, 0);
      idle = waiting === was ? idle + 1 : 0;
      if (idle === 60) {
        // It would never answer the close either: ended, so that nothing keeps the process alive.
        void worker.terminate();
        throw new Error('the database writer stopped');
      }
    }
  };
  // Statements go in messages of many: a message costs the sender some 100 µs, whatever it carries.
  let runs: Work[] = [];
  let transfer: ArrayBuffer[] = [];
  let size = 0;
  const send = () => {
    if (runs.length === 0) return;
    post({ kind: 'run', runs }, transfer);
    runs = [];
    transfer = [];
    size = 0;
  };
  return {
    exec(sql) {
      send();
      post({ kind: 'exec', sql });
    },
    run(sql, values) {
      const packed = pack(values);
      runs.push({ sql, values: packed });
      transfer.push(packed.kinds.buffer, packed.numbers.buffer, packed.ends.buffer, packed.bytes.buffer);
      size += packed.bytes.length;
      if (size >= 1 << 20 || runs.length >= 256) send();
    },
    article(item) {
      const bytes = serialize(item) as Uint8Array<ArrayBuffer>;
      runs.push({ article: bytes });
      // Handed over, not copied, when the bytes are a buffer of their own.
      if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) transfer.push(bytes.buffer);
      size += bytes.byteLength;
      if (size >= 1 << 20) send();
    },
    async done() {
      try {
        send();
      } catch (e) {
        if (!(e instanceof WriterFailed)) throw e;
        // The worker failed and is waiting: it must still be told to close, or, alive, it keeps the
        // process from ever exiting (the answer printed, then a hang). Its reason rejects `ended`.
      }
      worker.postMessage({ kind: 'close' } satisfies Message);
      await ended;
    },
  };
}

