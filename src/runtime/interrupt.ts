/**
 * Ctrl-C. gloss mostly leaves SIGINT its default action — the kernel ends the process at once, and a
 * shell shows the status as 130 (128 + SIGINT) — rather than handling it in JavaScript. A JavaScript
 * handler runs only when the event loop turns, and loading, indexing and searching are long synchronous
 * work that never lets it turn: with a handler installed, Ctrl-C did nothing until the work was over.
 * Ending at any instant is safe because every file gloss writes goes to a temporary name first and is
 * renamed or linked into place whole; a later run removes what a killed one left (leftovers.ts).
 *
 * Two places hold Ctrl-C back: the pager (read/pager.ts: the pager owns the terminal until it exits)
 * and `uninterrupted`, for the few system calls that must all happen or none (`add` publishing an
 * article's two files). And work that fills a temporary file over many turns of the event loop
 * (`export -o`, a corpus database being built: megabytes to hundreds of them) handles Ctrl-C, SIGTERM
 * and SIGHUP to remove it before the process dies of the signal (temp-file.ts guardTemp); it hands the
 * loop a turn between its units (`turn`, `breather`), so that the handler runs within milliseconds.
 */

/** A turn of the event loop (not node:timers/promises' setImmediate: a module more for every run to load). */
export const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * For long synchronous work under a signal's handler (temp-file.ts guardTemp): awaited between its
 * units, it hands the event loop a turn once `ms` have passed since the last, so that a Ctrl-C is
 * handled within a unit of the work and a few milliseconds, at the cost of a turn (some microseconds)
 * each time.
 */
export function breather(ms = 10): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    if (performance.now() - last < ms) return undefined;
    return turn().then(() => {
      last = performance.now();
    });
  };
}

/**
 * Runs `work` (synchronous, short) with Ctrl-C held; a Ctrl-C that came meanwhile takes effect as soon
 * as it is over: the process then ends by SIGINT, as it would have.
 */
export async function uninterrupted<T>(work: () => T): Promise<T> {
  let interrupted = false;
  const hold = () => {
    interrupted = true;
  };
  process.on('SIGINT', hold);
  try {
    return work();
  } finally {
    // A signal that arrived during `work` is dispatched on the loop's next turn, before this resumes.
    await new Promise((resolve) => setImmediate(resolve));
    process.removeListener('SIGINT', hold);
    // With the last listener gone SIGINT has its default action again: raise it on ourselves.
    if (interrupted && process.listenerCount('SIGINT') === 0) process.kill(process.pid, 'SIGINT');
  }
}
