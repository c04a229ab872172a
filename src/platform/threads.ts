/**
 * Threads, through node:worker_threads fetched when one is started rather than imported: the module
 * brings Node's streams, messaging and performance hooks with it (some twenty built-in modules), which
 * every command paid for as it started, though only a build and a large corpus's check of its files
 * start a thread.
 */
import type { Worker, WorkerOptions } from 'node:worker_threads';

export type { Worker };

export function startThread(code: string | URL, options: WorkerOptions): Worker {
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  return new Worker(code, options);
}
