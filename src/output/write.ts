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

let closed = false;
let viaStream = false;

function onStreamError(err: NodeJS.ErrnoException): void {
  if (err.code !== 'EPIPE') throw err;
  closed = true;
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
      throw e;
    }
  }
}

export function writeErr(line: string): void {
  process.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
}
