/**
 * Writes results to stdout so that a closed pipe (`gloss … | head -1`) is a normal end, and long
 * output is never cut short: the exit code is set, never forced with process.exit().
 *
 * Results go to file descriptor 1 with fs.writeSync, not through process.stdout: the first touch of
 * process.stdout builds a stream for it (for a pipe, a net.Socket), loading net, stream and their kin,
 * some 3 ms on the machines we measure — more than a listing's own work. A write is whole or fails:
 * writeSync blocks while a pipe is full, as process.stdout does for pipes on Linux. If the descriptor
 * was left non-blocking by whoever shares it (EAGAIN), the rest goes through process.stdout, which
 * waits for the pipe; order is kept, since everything before was already written.
 */
import { writeSync } from 'node:fs';
import { GlossError } from '../errors.js';
import { turn } from '../runtime/interrupt.js';


let closed = false;
let viaStream = false;

function onStreamError(err: NodeJS.ErrnoException): void {
  closed = true;
  if (err.code === 'EPIPE') return;
  writeErr(`gloss: cannot write the output (${err.code ?? 'error'})`);
  process.exitCode = 2;
}

function writeRest(buf: Uint8Array): void {
  viaStream = true;
  process.stdout.on('error', onStreamError);
  // A copy: the caller may reuse its buffer (writeChunks), and the stream writes later.
  process.stdout.write(Buffer.from(buf));
}

/** Results on stdout: text, or bytes already encoded as UTF-8. */
export function writeOut(s: string | Uint8Array): void {
  if (closed || s.length === 0) return;
  if (viaStream) {
    process.stdout.write(typeof s === 'string' ? s : Buffer.from(s));
    return;
  }
  const buf = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
  let at = 0;
  while (at < buf.length) {
    try {
      at += writeSync(1, buf, at, buf.length - at);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') return writeRest(buf.subarray(at));
      // The reader has gone (`| head`): what it did not want is not an error.
      if (code === 'EPIPE') {
        closed = true;
        return;
      }
      // A full disk or a broken device: one line on stderr and exit 2, by the CLI's error path.
      closed = true;
      throw new GlossError(`cannot write the output: ${(e as Error).message.replace(/^\w+: /, '').replace(/, write$/, '')} (${code ?? 'error'})`);
    }
  }
}

/** Where streamed output goes: stdout, or a file being written (see output/atomic-file.ts). */
export interface Destination {
  /** Text, or bytes already encoded as UTF-8 (which the destination must not keep: they are reused). */
  write(s: string | Uint8Array): void;
  /** True once the reader has gone (`| head`): producing more would be wasted work. */
  closed(): boolean;
  /** Resolves once queued output has been taken; only output that fell back to a stream can queue. */
  drained(): Promise<void>;
}

export const stdoutDestination: Destination = {
  write: writeOut,
  closed: () => closed,
  drained: () =>
    viaStream && process.stdout.writableNeedDrain && !closed
      ? new Promise((done) => {
          // Whichever comes first; the other listener is taken off (one is added every mebibyte).
          const settle = () => {
            process.stdout.off('drain', settle);
            process.stdout.off('close', settle);
            done(undefined);
          };
          process.stdout.once('drain', settle);
          process.stdout.once('close', settle);
        })
      : Promise.resolve(),
};

/** Output is handed on in pieces of this many bytes: few system calls, little held. */
const PIECE = 64 * 1024;
/**
 * Between this many bytes the event loop gets a turn, so that a signal (Ctrl-C) is handled in the
 * middle of a long export (a handler never runs during synchronous work) and a stream can drain.
 */
const TURN_EVERY = 1024 * 1024;

/**
 * Writes a serializer's output as it is produced: at most one piece of it is held at a time, so any
 * output that fits on disk can be written, however large (one string for the whole would stop at
 * V8's longest string, some 512 MiB). Stops early when the reader has gone. Each chunk is encoded
 * straight into one reused piece of bytes: joining many small strings first and encoding the join
 * cost an export a third of its time.
 */
/** A piece of output: text, or text already encoded as UTF-8 (by another thread: store/export-pages.ts). */
export type Chunk = string | Uint8Array;

export async function writeChunks(chunks: Iterable<Chunk>, to: Destination = stdoutDestination): Promise<void> {
  const piece = Buffer.allocUnsafe(PIECE);
  let used = 0;
  let sinceTurn = 0;
  for (const chunk of chunks) {
    // A UTF-16 unit is at most three bytes of UTF-8: a chunk that may not fit sends the piece first.
    const most = typeof chunk === 'string' ? chunk.length * 3 : chunk.length;
    if (used + most > PIECE) {
      if (used > 0) to.write(piece.subarray(0, used));
      sinceTurn += used;
      used = 0;
      if (to.closed()) return;
      if (sinceTurn >= TURN_EVERY) {
        sinceTurn = 0;
        await to.drained();
        await turn();
      }
      // A chunk longer than a piece goes on its own.
      if (most > PIECE) {
        to.write(chunk);
        sinceTurn += chunk.length;
        continue;
      }
    }
    used += typeof chunk === 'string' ? piece.write(chunk, used, 'utf8') : (piece.set(chunk, used), chunk.length);
  }
  if (used > 0) to.write(piece.subarray(0, used));
}

let errClosed = false;
let errViaStream = false;

/**
 * Diagnostics, one line each, written synchronously to file descriptor 2. A closed stderr
 * (`gloss check 2>&1 | head -c 1`) ends the diagnostics, not the command: its exit code stays the one
 * its result decides. (process.stderr would raise EPIPE as an uncaught error and exit 1.) A descriptor
 * left non-blocking (EAGAIN) hands this and all later lines to process.stderr, which waits for room.
 */
export function writeErr(line: string): void {
  writeErrText(line.endsWith('\n') ? line : `${line}\n`);
}

/** Text to stderr as it is (a progress line redrawn in place has no newline), as writeErr writes. */
export function writeErrText(text: string): void {
  if (errClosed) return;
  const buf = Buffer.from(text, 'utf8');
  if (errViaStream) {
    process.stderr.write(buf);
    return;
  }
  let at = 0;
  try {
    while (at < buf.length) at += writeSync(2, buf, at, buf.length - at);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') {
      errClosed = true;
      return;
    }
    errViaStream = true;
    process.stderr.on('error', () => (errClosed = true));
    process.stderr.write(buf.subarray(at));
  }
}
