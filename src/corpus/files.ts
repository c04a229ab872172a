/**
 * All file-system work of loading a corpus: finding its files, and reading them safely. A corpus is
 * untrusted input, so a file is read only if it resolves inside the corpus directory, is a regular
 * file under the size limit, and is valid UTF-8 text.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { GlossError } from '../errors.js';

/** Largest article or annotation file gloss reads: far above any news article, far below a mistake. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export interface CorpusFiles extends CorpusRoot {
  /** Top-level `*.yaml`: registries of actors and agreements. */
  registries: string[];
  /** `articles/*.yaml`: one per article. */
  articles: string[];
}

/** The corpus folder as given (resolved), and with its links resolved, found once for all its files. */
export interface CorpusRoot {
  dir: string;
  realDir: string;
}

export function findCorpusFiles(dir: string): CorpusFiles {
  const root = resolve(dir);
  let entries: string[];
  let realDir: string;
  try {
    if (!statSync(root).isDirectory()) throw new GlossError(`${dir}: not a directory (--corpus wants a corpus folder)`);
    entries = readdirSync(root);
    realDir = realpathSync.native(root);
  } catch (e) {
    if (e instanceof GlossError) throw e;
    throw new GlossError(`${dir}: cannot read corpus folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const registries = entries.filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(root, f));
  let articles: string[];
  const articleDir = join(root, 'articles');
  try {
    articles = readdirSync(articleDir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(articleDir, f));
  } catch {
    throw new GlossError(`${join(dir, 'articles')}: no articles folder in the corpus`);
  }
  return { dir: root, realDir, registries, articles };
}

export interface ReadText {
  text: string;
  sha256: string;
  bytes: number;
}

/** Reads a corpus file as UTF-8 text, refusing anything that is not plainly a text file inside `root`. */
export function readCorpusText(root: CorpusRoot, path: string, shown = relative(process.cwd(), path) || basename(path)): ReadText {
  // The path itself is checked before the file system is asked anything, so a path that climbs out of the
  // corpus is refused the same way whether or not its target happens to exist on this machine.
  const lexicalRoot = resolve(root.dir);
  const lexical = resolve(lexicalRoot, path);
  if (lexical !== lexicalRoot && !lexical.startsWith(lexicalRoot + sep)) {
    throw new GlossError(`${shown}: refused: it resolves outside the corpus folder (${lexical})`);
  }
  let real: string;
  try {
    // The native realpath: one call into libc, where the JavaScript one lstats every component of the
    // path (a second of ten thousand articles' loading).
    real = realpathSync.native(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new GlossError(`${shown}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`);
  }
  const realRoot = root.realDir;
  if (real !== realRoot && !real.startsWith(realRoot + sep)) {
    throw new GlossError(`${shown}: refused: it resolves outside the corpus folder (${real})`);
  }
  const st = statSync(real);
  if (st.isDirectory()) throw new GlossError(`${shown}: is a directory, not a file`);
  if (!st.isFile()) throw new GlossError(`${shown}: not a regular file`);
  if (st.size > MAX_FILE_BYTES) {
    throw new GlossError(`${shown}: ${st.size} bytes is over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit for a corpus file`);
  }
  const buf = readFileSync(real);
  const nul = buf.indexOf(0);
  if (nul !== -1) throw new GlossError(`${shown}: binary file (NUL byte at byte offset ${nul})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new GlossError(`${shown}: invalid UTF-8 at byte offset ${firstInvalidUtf8(buf)}`);
  }
  return { text, sha256: createHash('sha256').update(buf).digest('hex'), bytes: buf.length };
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  for (let i = 0; i < buf.length; ) {
    const b = buf[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return buf.length;
}
