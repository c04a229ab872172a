/**
 * The worker thread that writes a database being built (store/writer.ts): it runs the statements the
 * builder sends, in order, while the builder reads and indexes the next articles. `workerData`: the
 * file, and the shared counters (statements waiting, and a flag set when one failed).
 */
import { deserialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, statementRunner } from './sqlite.js';
import { attachEarlier, type EarlierFile } from './earlier.js';
import { ArticleRows } from './article-rows.js';
import { unpack, type ArticleItem, type Message } from './writer-messages.js';

const { file, shared, earlier } = workerData as { file: string; shared: SharedArrayBuffer; earlier?: EarlierFile };
const counters = new Int32Array(shared);
const db = openDatabase(file);
const run = statementRunner(db);
// Articles' rows and search documents are made here, off the building thread.
const articles = new ArticleRows({ run }, attachEarlier(db, earlier) ? db : null);
let failed = false;

parentPort!.on('message', (m: Message) => {
  if (m.kind === 'close') {
    if (!failed) db.close();
    parentPort!.postMessage({ kind: 'closed' });
    return;
  }
  try {
    if (failed) return;
    if (m.kind === 'exec') db.exec(m.sql);
    else {
      for (const w of m.runs) {
        if ('article' in w) articles.take(deserialize(w.article) as ArticleItem);
        else run(w.sql, unpack(w.values));
      }
    }
  } catch (e) {
    // A full disk, say: the builder learns of it at its next statement, and at the close.
    failed = true;
    Atomics.store(counters, 1, 1);
    parentPort!.postMessage({ kind: 'failed', message: (e as Error).message });
    try {
      db.close();
    } catch {
      // closing what failed
    }
  } finally {
    Atomics.sub(counters, 0, 1);
    Atomics.notify(counters, 0);
  }
});
