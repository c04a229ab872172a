/**
 * A thread that writes pages of an export (export-pages.ts): it opens the corpus database itself,
 * read-only, and answers each page asked for with its text (output/export-text.ts), in the order
 * asked, on the port it was given, as UTF-8. `workerData`: the database file, what identifies the database the
 * export reads (a page of another one, rebuilt meanwhile, would not belong), the format and its
 * options, the port, and a counter of answers the asking thread waits on.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { openDatabase } from './sqlite.js';
import { storedExportPages } from './export-rows.js';
import type { PageAnswer, PageAsked } from './export-pages.js';
import { databaseId } from './rows.js';
import { pageChunks, type PageOptions, type TextFormat } from '../output/export-text.js';
import { Damaged } from './rows.js';
import { isDamage } from './sqlite.js';

const { file, identity, format, options, port, answered } = workerData as {
  file: string;
  identity: string;
  format: TextFormat;
  options: PageOptions;
  port: MessagePort;
  answered: SharedArrayBuffer;
};
const counter = new Int32Array(answered);

function answer(a: PageAnswer): void {
  // The text goes as its UTF-8 bytes, moved, not copied: a string would be copied twice (out of this
  // thread's heap and into the other's), which cost more than making it.
  port.postMessage(a, 'bytes' in a ? [a.bytes.buffer as ArrayBuffer] : []);
  // After the message: the asking thread that sees the counter move finds the answer on the port.
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
}

/**
 * The UTF-8 bytes of the chunks, in a buffer of their own (so that it can be moved), each chunk
 * written as it comes: encoding a page's text as one string, built of many, cost three times as much.
 */
function utf8(chunks: Iterable<string>): Uint8Array {
  let bytes = Buffer.allocUnsafeSlow(1 << 20);
  let used = 0;
  for (const c of chunks) {
    // A UTF-16 unit is at most three bytes of UTF-8.
    if (used + c.length * 3 > bytes.length) {
      const larger = Buffer.allocUnsafeSlow(Math.max(2 * bytes.length, used + c.length * 3));
      bytes.copy(larger, 0, 0, used);
      bytes = larger;
    }
    used += bytes.write(c, used, 'utf8');
  }
  return bytes.subarray(0, used);
}

let pages: ReturnType<typeof storedExportPages> | undefined;
let unusable: string | undefined;
try {
  const db = openDatabase(file, { readOnly: true });
  if (databaseId(db) !== identity) unusable = 'another database';
  else pages = storedExportPages(db);
} catch (e) {
  unusable = (e as Error).message;
}

port.on('message', (m: PageAsked) => {
  if (!pages) return answer({ id: m.id, failed: unusable ?? 'no database' });
  try {
    answer({ id: m.id, bytes: utf8(pageChunks(format, m.kind, pages(m.range)[m.kind], options)) });
  } catch (e) {
    // A damaged row is the asking thread's to act on (it rebuilds); anything else it makes itself.
    answer({ id: m.id, failed: (e as Error).message, damaged: e instanceof Damaged || isDamage(e) });
  }
});
