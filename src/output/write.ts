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

let closed = false;
let viaStream = false;

function onStreamError(err: NodeJS.ErrnoException): void {
  closed = true;
  if (err.code === 'EPIPE') return;
  writeErr(`gloss: cannot write the output (${err.code ?? 'error'})`);
  process.exitCode = 2;
}

function writeRest(buf: Buffer): void {
  viaStream = true;
  process.stdout.on('error', onStreamError);
  process.stdout.write(buf);
}

export function writeOut(s: string): void {
  if (closed || s.length === 0) return;
  if (viaStream) {
    process.stdout.write(s);
    return;
  }
  const buf = Buffer.from(s, 'utf8');
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
