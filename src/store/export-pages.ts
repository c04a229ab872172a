/**
 * A large export made on every core: the articles, claims, mentions and regions are cut into pages
 * (rows numbered in a range), and pages are made in turn by this thread and by worker threads
 * (export-thread.ts) that read the same database file, while this thread writes them out in order.
 * Making the records and their text is nearly all of an export's work (JSON.parse of each stored row,
 * the record, JSON.stringify or the CSV row): at 10,000 articles, some 700,000 rows and 250 MB.
 *
 * Order and memory: pages are handed out in order, each thread kept at most AHEAD pages ahead of what
 * it has answered; when the page to be written next is a thread's and not yet answered, this thread
 * makes the next page no one has instead of waiting (so a thread slowed by other work on the machine
 * costs its share, not the whole export), holding at most HELD pages made ahead, then waits. It waits
 * with Atomics.wait on a counter each thread moves after each answer, and takes answers from the
 * threads' ports with receiveMessageOnPort: the export stays a plain iterator, of pages' pieces (made here)
 * and bytes (a thread's page, encoded there and moved, not copied).
 *
 * Faults: a thread that cannot open the database, finds another one (rebuilt meanwhile), fails on a
 * page, or gives no answer for a minute has its pages made here instead; a page it found damaged is
 * the command's to act on (Damaged, and the database is rebuilt), as a damaged row read here would be.
 */
import { availableParallelism } from 'node:os';
import type { MessagePort, Worker } from 'node:worker_threads';
import { startThread } from '../platform/threads.js';
import type { Database } from './sqlite.js';
import { Damaged, databaseId } from './rows.js';
import { rowCount, type NumberRange } from './queries.js';
import { storedExportPages } from './export-rows.js';
import { pageChunks, type PageOptions, type PagedKind, type TextFormat } from '../output/export-text.js';
import type { Chunk } from '../output/write.js';

/** A page's text: its UTF-8 bytes (made by a thread), or its pieces (made here, each taken before the next page is asked for). */
export type PageText = Uint8Array | Iterable<string>;

/** The pieces of pages' texts, in order. */
export function* chunksOf(pages: Iterable<PageText>): Generator<Chunk> {
  for (const p of pages) {
    if (p instanceof Uint8Array) yield p;
    else yield* p;
  }
}

export interface PageAsked {
  id: number;
  kind: PagedKind;
  range: NumberRange;
}

/** A page's text as UTF-8, or why the thread could not make it. */
export type PageAnswer = { id: number; bytes: Uint8Array } | { id: number; failed: string; damaged?: boolean };

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

/** Seconds without an answer after which a thread is given up on. */
const PATIENCE = 60;

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
  /** Pages asked of it, and answers taken, so far. */
  asked: number;
  taken: number;
  /** Seconds waited in a row for an answer. */
  waited: number;
  /** Set once the thread is given up on: its pages are made here. */
  lost: boolean;
}

/** How many threads to start for `rows` rows: none for a small export or a one-core machine. */
export function threadsFor(rows: number, cores = availableParallelism()): number {
  return rows < THREADS_FROM ? 0 : Math.max(0, Math.min(3, cores - 1));
}

/**
 * Each page's text, in order, made here (its pieces) and by `threads` threads reading the database at
 * `file` (its UTF-8 bytes).
 * Return (or a break out of the loop) ends the threads.
 */
export function* pageTexts(db: Database, file: string | null, pages: readonly PageAsked[], format: TextFormat, options: PageOptions, threads: number): Generator<PageText> {
  const here = storedExportPages(db);
  const make = (p: PageAsked) => pageChunks(format, p.kind, here(p.range)[p.kind], options);
  const parties: Party[] = file === null || threads === 0 ? [] : startParties(db, file, format, options, threads);
  /** Who was given each page handed out (undefined: this thread). */
  const owner: (Party | undefined)[] = [];
  /** Texts made or answered before their turn. */
  const ready = new Map<number, Uint8Array | string[]>();
  let handed = 0;
  const handOut = () => {
    for (const p of parties) {
      while (!p.lost && p.asked - p.taken < AHEAD && handed < pages.length) {
        owner[handed] = p;
        p.port.postMessage(pages[handed++]);
        p.asked++;
      }
    }
  };
  const collect = (p: Party) => {
    for (let a = poll(p); a !== undefined; a = poll(p)) if (a.bytes !== undefined) ready.set(a.id, a.bytes);
  };
  try {
    for (let i = 0; i < pages.length; i++) {
      for (;;) {
        handOut();
        const text = ready.get(i);
        if (text !== undefined) {
          ready.delete(i);
          yield text;
          break;
        }
        const p = i < handed ? owner[i] : undefined;
        if (i >= handed) owner[handed++] = undefined;
        if (!p || p.lost) {
          yield make(pages[i]!);
          break;
        }
        collect(p);
        if (ready.has(i) || p.lost) continue;
        if (handed < pages.length && ready.size < HELD) {
          // Its page is not ready: this thread makes the next one no one has, rather than wait.
          owner[handed] = undefined;
          ready.set(handed, [...make(pages[handed++]!)]);
        } else wait(p);
      }
    }
  } finally {
    for (const p of parties) void p.worker.terminate();
  }
}

/** Pages made ahead of their turn by this thread, at most. */
const HELD = 4;

function startParties(db: Database, file: string, format: TextFormat, options: PageOptions, threads: number): Party[] {
  const { MessageChannel } = process.getBuiltinModule('node:worker_threads');
  const identity = databaseId(db);
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
      parties.push({ worker, port: port1, answered: new Int32Array(answered), asked: 0, taken: 0, waited: 0, lost: false });
    } catch {
      // No thread: its pages are made here.
    }
  }
  return parties;
}

/**
 * The next answer of `party` if one has come: its text, or no text if the thread could not make the
 * page (the thread is then given up on, and its pages are made here).
 */
function poll(party: Party): { id: number; bytes?: Uint8Array } | undefined {
  const { receiveMessageOnPort } = process.getBuiltinModule('node:worker_threads');
  const m = receiveMessageOnPort(party.port);
  if (!m) return undefined;
  party.taken++;
  party.waited = 0;
  const a = m.message as PageAnswer;
  if ('bytes' in a) return a;
  if (a.damaged) throw new Damaged(a.failed);
  party.lost = true;
  return { id: a.id };
}

/** Waits up to a second for `party` to answer; after a minute without an answer it is given up on. */
function wait(party: Party): void {
  // The counter is read before the port is looked at again: an answer that comes in between moves it, and the wait returns at once.
  const seen = Atomics.load(party.answered, 0);
  if (party.taken < seen) return;
  if (Atomics.wait(party.answered, 0, seen, 1000) === 'timed-out' && ++party.waited === PATIENCE) party.lost = true;
}
