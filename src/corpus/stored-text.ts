/**
 * A long text kept beside the cache (the search index's folded documents), read whole or in pieces.
 *
 * Why pieces: a ten-thousand-article corpus has some 58 million characters of it, and a search there
 * needs the few thousand documents its word index picks, not all of them: reading and decoding the
 * whole text took a third of such a search. A small text is read whole on first use (one read beats
 * hundreds). Stored a byte a character (Latin-1) when every character fits, else as UTF-16, so a
 * character's place in the file is its offset times one or two.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

export type TextEncoding = 'latin1' | 'utf16le';

export interface StoredText {
  /** Characters [from, to) (UTF-16 units). */
  slice(from: number, to: number): string;
}

/** Above this many bytes a stored text is read in pieces, as they are asked for. */
const WHOLE_UP_TO = 4 << 20;

export function textInMemory(text: string): StoredText {
  return { slice: (from, to) => text.slice(from, to) };
}

/** A file opened for reading for the rest of the run (closed as the process exits), or null. */
export function openForReading(file: string): number | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  process.once('exit', () => closeSync(fd));
  return fd;
}

/** The text in `file`, or null if it cannot be opened. */
export function textOnDisk(file: string, encoding: TextEncoding): StoredText | null {
  const fd = openForReading(file);
  if (fd === null) return null;
  const width = encoding === 'latin1' ? 1 : 2;
  let whole: string | undefined;
  if (fstatSync(fd).size <= WHOLE_UP_TO) whole = readFileSync(fd, encoding);
  return {
    slice(from, to) {
      if (whole !== undefined) return whole.slice(from, to);
      const buf = Buffer.allocUnsafe((to - from) * width);
      readSync(fd, buf, 0, buf.length, from * width);
      return buf.toString(encoding);
    },
  };
}
