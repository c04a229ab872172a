/**
 * A large export made on every core: the articles, claims, mentions and regions are cut into pages
 * (rows numbered in a range), and pages are made in turn by this thread and by worker threads
 * (export-thread.ts) that read the same database file, while this thread writes them out in order.
 * Making the records and their text is nearly all of an export's work (JSON.parse of each stored row,
 * the record, JSON.stringify or the CSV row): at 10,000 articles, some 700,000 rows and 250 MB.
 *
 * Order and memory: page i is made by party i mod (threads + 1), party 0 being this thread, and each
 * thread is asked at most AHEAD pages before this thread takes them, so no more than a few pages are
 * ever held. This thread waits for a page with Atomics.wait on a counter the thread moves after each
 * answer, and takes it from the thread's port with receiveMessageOnPort: the export stays a plain
 * iterator of strings, as written by the one-thread path.
 *
 * Faults: a thread that cannot open the database, finds another one (rebuilt meanwhile), fails on a
 * page, or gives no answer for a minute has its pages made here instead; a page it found damaged is
 * the command's to act on (Damaged, and the database is rebuilt), as a damaged row read here would be.
 */
import { availableParallelism } from 'node:os';
import type { MessagePort, Worker } from 'node:worker_threads';
import { startThread } from '../platform/threads.js';
import type { Database } from './sqlite.js';
import { checksum } from './sqlite.js';
import { Damaged } from './rows.js';
import { rowCount, type NumberRange } from './queries.js';
import { storedExportPages } from './export-rows.js';
import { pageText, type PageOptions, type PagedKind, type TextFormat } from '../output/export-text.js';

export interface PageAsked {
  id: number;
  kind: PagedKind;
  range: NumberRange;
}

export type PageAnswer = { id: number; text: string } | { id: number; failed: string; damaged?: boolean };

/** Rows a page: some 1-2 MB of text for each kind. */
const PAGE_ROWS: Record<PagedKind, number> = { articles: 100, claims: 1000, mentions: 2000, regions: 2000 };

/**
 * From this many rows to write, threads are started: one makes some 100 rows a millisecond, and a
 * thread costs some 50-100 ms to start, so below some 20,000 rows (300 articles as generated corpora
 * go) it costs more than it saves.
 */
export const THREADS_FROM = 25_000;

/** Pages asked of a thread before this thread has taken them. */
const AHEAD = 2;

/** What identifies a database's content: its stamps (the corpus files it was built from), with its build. */
export function databaseIdentity(db: Database): number {
  const r = db.prepare('SELECT paths, stamps FROM stamps_packed').get();
  const bytes = (v: unknown) => (v instanceof Uint8Array ? v : new Uint8Array());
  return checksum(bytes(r?.stamps), checksum(bytes(r?.paths)));
}

/** The pages of these kinds' tables, in the order they are written. */
export function pagesOf(db: Database, kinds: readonly PagedKind[]): PageAsked[] {
  const pages: PageAsked[] = [];
  for (const kind of kinds) {
    const rows = rowCount(db, kind);
    for (let from = 0; from < rows; from += PAGE_ROWS[kind]) pages.push({ id: pages.length, kind, range: [from, Math.min(from + PAGE_ROWS[kind], rows)] });
  }
  return pages;
}

interface Party {
  worker: Worker;
  port: MessagePort;
  answered: Int32Array;
  /** Answers taken so far. */
  taken: number;
  /** Set once the thread is given up on: its pages are made here. */
  lost: boolean;
}

/** How many threads to start for `rows` rows: none for a small export or a one-core machine. */
export function threadsFor(rows: number, cores = availableParallelism()): number {
  return rows < THREADS_FROM ? 0 : Math.max(0, Math.min(3, cores - 1));
}

/**
 * Each page's text, in order, made here and by `threads` threads reading the database at `file`.
 * Return (or a break out of the loop) ends the threads.
 */
export function* pageTexts(db: Database, file: string | null, pages: readonly PageAsked[], format: TextFormat, options: PageOptions, threads: number): Generator<string> {
  const here = storedExportPages(db);
  const make = (p: PageAsked) => pageText(format, p.kind, here(p.range)[p.kind], options);
  const parties: Party[] = file === null || threads === 0 ? [] : startParties(db, file, format, options, threads);
  const ask = (i: number) => {
    const party = parties[(i % (parties.length + 1)) - 1];
    if (party && !party.lost && i < pages.length) party.port.postMessage(pages[i]);
  };
  try {
    for (let i = 0; i < Math.min(pages.length, AHEAD * (parties.length + 1)); i++) ask(i);
    for (let i = 0; i < pages.length; i++) {
      const party = parties[(i % (parties.length + 1)) - 1];
      const text = party && !party.lost ? takeAnswer(party, pages[i]!.id) : undefined;
      ask(i + AHEAD * (parties.length + 1));
      yield text ?? make(pages[i]!);
    }
  } finally {
    for (const p of parties) void p.worker.terminate();
  }
}

function startParties(db: Database, file: string, format: TextFormat, options: PageOptions, threads: number): Party[] {
  const { MessageChannel } = process.getBuiltinModule('node:worker_threads');
  const identity = databaseIdentity(db);
  const parties: Party[] = [];
  for (let t = 0; t < threads; t++) {
    try {
      const { port1, port2 } = new MessageChannel();
      const answered = new SharedArrayBuffer(4);
      // Its stdout and stderr are its own (it writes nothing to them): see store/stat-thread.ts. A young
      // generation of 16 MB, not V8's default for this machine: a heap that grows as the main thread's
      // does took a 30,000-article JSON export to 405-475 MiB at its peak, against 370 MiB at 16 MB
      // (346-364 MiB at 8 MB, with more of the thread's time in collections).
      const worker = startThread(new URL('./export-thread.js', import.meta.url), {
        workerData: { file, identity, format, options, port: port2, answered },
        transferList: [port2],
        resourceLimits: { maxYoungGenerationSizeMb: 16 },
        stdout: true,
        stderr: true,
      });
      // A thread that fails as it starts is seen as no answer; it never keeps gloss running.
      worker.on('error', () => {});
      worker.unref();
      port1.unref();
      parties.push({ worker, port: port1, answered: new Int32Array(answered), taken: 0, lost: false });
    } catch {
      // No thread: its pages are made here.
    }
  }
  return parties;
}

/** Seconds without an answer after which a thread is given up on. */
const PATIENCE = 60;

/** The text of page `id` from `party`, or undefined (made here instead) if the thread could not make it. */
function takeAnswer(party: Party, id: number): string | undefined {
  const { receiveMessageOnPort } = process.getBuiltinModule('node:worker_threads');
  for (let waited = 0; ; ) {
    // The counter is read before the port: an answer that comes in between moves it, and the wait returns at once.
    const seen = Atomics.load(party.answered, 0);
    const m = receiveMessageOnPort(party.port);
    if (m) {
      party.taken++;
      const a = m.message as PageAnswer;
      if (a.id !== id) throw new Error(`export page ${a.id} came for page ${id}`);
      if ('text' in a) return a.text;
      if (a.damaged) throw new Damaged(a.failed);
      party.lost = true;
      return undefined;
    }
    if (Atomics.wait(party.answered, 0, seen, 1000) === 'timed-out' && ++waited === PATIENCE) {
      party.lost = true;
      return undefined;
    }
  }
}
