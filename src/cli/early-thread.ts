/**
 * The freshness thread (store/stat-thread.ts) started as gloss starts, before its own code loads. A
 * command that checks every file of a large corpus before it answers (search, verify, export) used to
 * start it once its database was open, and then wait the ~100 ms a thread takes to start on a slow
 * machine; started here, the thread starts, reads the stamps from the database and stats the files
 * while gloss loads and opens the database. Only where the command line names one of those commands
 * and a corpus whose database is large (one stat), so that a small corpus never pays for a thread it would not use; a wrong guess costs time, never an answer
 * (the thread's answer counts only for the database the command opened: stat-thread.ts).
 */
import { statSync } from 'node:fs';
import { commandNamed, corpusNamed } from './command-line.js';
import { corpusRoot, databaseFile } from '../store/location.js';
import { keepEarly, StatThread } from '../store/stat-thread.js';

const CHECKS_EVERY_FILE = new Set(['search', 'verify', 'export']);

/**
 * A database this large is a corpus of some 1,600 files or more as generated corpora go (about 40 KB
 * a file: 79 MB for 2,000 files, 788 MB for 20,000), and of 5,000 or more for texts with few
 * annotations (about 13 KB a file).
 */
const LARGE_DATABASE = 64 * 1024 * 1024;

const sizeOnDisk = (file: string) => statSync(file, { throwIfNoEntry: false })?.size;

/** The database whose files the thread is to check for the command line `args`, if one is wanted. */
export function wantsEarlyThread(args: readonly string[], env: NodeJS.ProcessEnv, sizeOf: (file: string) => number | undefined = sizeOnDisk): string | null {
  const command = commandNamed(args);
  if (command === undefined || !CHECKS_EVERY_FILE.has(command)) return null;
  // The shipped corpus has three articles.
  const corpus = corpusNamed(args, env);
  if (corpus === undefined) return null;
  const database = databaseFile(corpusRoot(corpus), env);
  return database !== null && (sizeOf(database) ?? 0) >= LARGE_DATABASE ? database : null;
}

/** Starts the thread for the command line `args` (after node and the script) if it is wanted. */
export function startEarlyThread(args: readonly string[], env: NodeJS.ProcessEnv): void {
  try {
    const database = wantsEarlyThread(args, env);
    if (database !== null) keepEarly(new StatThread(database));
  } catch {
    // Only speed depends on it: the command starts a thread itself if it needs one.
  }
}
