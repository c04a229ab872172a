/**
 * A user-facing failure: bad input, a bad option, an unreadable file. The CLI prints its message as
 * one line on stderr and exits 2; anything else that escapes is a bug and gets a stack trace only
 * with GLOSS_DEBUG=1.
 */
export class GlossError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'GlossError';
  }
}

/** `file:line:col: message`, the shape editors and grep users can jump to. */
export function located(file: string, line: number | undefined, column: number | undefined, message: string): string {
  if (line === undefined) return `${file}: ${message}`;
  return `${file}:${line}:${column ?? 1}: ${message}`;
}
