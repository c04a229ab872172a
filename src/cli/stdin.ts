/**
 * `-` in place of a value means standard input, as in most Unix tools: for the values that may be long
 * (an article, a draft, a query) or many (quotes, ids). Input is read whole, refused past the corpus
 * file size limit, and must be UTF-8 text, so a binary pipe is an error rather than a false result.
 */
import { fstatSync } from 'node:fs';
import { GlossError } from '../errors.js';
import { firstInvalidUtf8, MAX_FILE_BYTES } from '../corpus/files.js';

export const STDIN = '-';

let consumed = false;

/** All of standard input as text. `what` names the value in messages ("quotes", "the article"). */
export async function readStdin(what: string): Promise<string> {
  return (await readStdinBytes(what)).toString('utf8').replace(/^\uFEFF/, '');
}

/** All of standard input, byte for byte, once it is known to be UTF-8 text (for `gloss add -`). */
export async function readStdinBytes(what: string): Promise<Buffer> {
  // Standard input can be read once: two `-` in one command would silently get nothing the second time.
  if (consumed) throw new GlossError(`- (standard input) given twice; ${what} can be read from it once`);
  consumed = true;
  if (process.stdin.isTTY) process.stderr.write(`gloss: reading ${what} from standard input (end with Ctrl-D)\n`);
  // A folder given as standard input (gloss cite - < dir) reads as nothing: it was told as "no ids on standard input".
  if (isFolder(0)) throw new GlossError(`standard input is a folder, not ${what}: give a file (gloss … - < FILE)`);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_FILE_BYTES) throw new GlossError(`standard input: over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit for ${what}`);
      chunks.push(chunk);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (e instanceof GlossError || code === undefined) throw e;
    throw new GlossError(`standard input cannot be read (${code}): no ${what} read`);
  }
  const buf = Buffer.concat(chunks);
  const nul = buf.indexOf(0);
  if (nul !== -1) throw new GlossError(`standard input: binary data (NUL byte at byte offset ${nul}), not ${what}`);
  const bad = firstInvalidUtf8(buf);
  if (bad < buf.length) throw new GlossError(`standard input: invalid UTF-8 at byte offset ${bad}`);
  return buf;
}

export interface InputLine {
  /** 1-based line number in the input. */
  line: number;
  text: string;
}

/** The non-blank lines of a text, trimmed (a CR of a CRLF line end included), with their numbers. */
export function linesOf(text: string): InputLine[] {
  return text.split('\n').flatMap((l, i) => (l.trim() === '' ? [] : [{ line: i + 1, text: l.trim() }]));
}

/** Values as given, each `-` replaced by the lines of standard input (with where each came from). */
export async function expandStdin(values: readonly string[], what: string): Promise<{ value: string; from: string }[]> {
  const out: { value: string; from: string }[] = [];
  for (const v of values) {
    if (v === STDIN) for (const l of linesOf(await readStdin(what))) out.push({ value: l.text, from: `-:${l.line}` });
    else out.push({ value: v, from: v });
  }
  return out;
}

/** Whether a file descriptor is a folder; a descriptor that cannot be looked at is left to the read to fail on. */
function isFolder(fd: number): boolean {
  try {
    return fstatSync(fd).isDirectory();
  } catch {
    return false;
  }
}
