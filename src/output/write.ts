/**
 * Writes results to stdout so that a closed pipe (`gloss … | head -1`) is a normal end, and long
 * output is never cut short: the exit code is set, never forced with process.exit().
 */
let closed = false;

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') {
    closed = true;
    process.exitCode = process.exitCode ?? 0;
    return;
  }
  throw err;
});

export function writeOut(s: string): void {
  if (closed || s.length === 0) return;
  process.stdout.write(s);
}

export function writeErr(line: string): void {
  process.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
}
