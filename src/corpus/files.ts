/**
 * All file-system work of loading a corpus: finding its files, and reading them safely. A corpus is
 * untrusted input, so a file is read only if it resolves inside the corpus directory, is a regular
 * file under the size limit, and is valid UTF-8 text.
 */
import { sha256Hex } from '../platform/crypto.js';
import { closeSync, constants, fstatSync, openSync, readdirSync, readlinkSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { GlossError } from '../errors.js';

/** Largest article or annotation file gloss reads: far above any news article, far below a mistake. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export interface CorpusFiles extends CorpusRoot {
  /** Top-level `*.yaml`: registries of actors and agreements. */
  registries: string[];
  /** `articles/*.yaml`: one per article. */
  articles: string[];
  /** `articles/*.txt`, and the folders inside `articles/` (not hidden): what check looks at for texts and files no article takes in. */
  strays: { texts: string[]; folders: string[] };
}

/** The corpus folder as given (resolved), and with its links resolved, found once for all its files. */
export interface CorpusRoot {
  dir: string;
  realDir: string;
  /** Told of each file read, with its stat as it was opened (before its bytes were read): what a cache watches. */
  seen?: (path: string, st: Stats) => void;
}

/** A corpus's YAML file: not hidden (a name starting with a dot). Any name else, a line break in it too (without `s`, "rocket\n2020.yaml" was passed over unsaid). */
const YAML = /^[^.].*\.ya?ml$/s;

const FOLDER_REASON: Record<string, string> = {
  ENOENT: 'no such folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'a loop of symbolic links',
  ENAMETOOLONG: 'the name is too long',
};

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
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new GlossError(`${dir}: cannot read corpus folder (${FOLDER_REASON[code] ?? code})`);
  }
  // Hidden files are not the corpus's: an editor's lock ("articles/.#story.yaml", a link to nowhere while
  // Emacs edits), macOS's "._story.yaml" on a shared drive, gloss's own temporary files.
  const registries = entries.filter((f) => YAML.test(f)).sort().map((f) => join(root, f));
  let articles: string[];
  const articleDir = join(root, 'articles');
  const strays: CorpusFiles['strays'] = { texts: [], folders: [] };
  try {
    // In the order of the ids the files are named for: the order articles are read in everywhere.
    const stem = (f: string) => f.replace(/\.ya?ml$/, '');
    // With their types, which the listing gives (no stat): a folder is told from a file at no cost.
    const listing = readdirSync(articleDir, { withFileTypes: true });
    articles = listing.filter((f) => YAML.test(f.name)).map((f) => f.name).sort((a, b) => stem(a).localeCompare(stem(b)) || (a < b ? -1 : 1)).map((f) => join(articleDir, f));
    for (const f of listing) {
      if (f.name.startsWith('.')) continue;
      if (f.isDirectory()) strays.folders.push(join(articleDir, f.name));
      else if (f.name.endsWith('.txt')) strays.texts.push(join(articleDir, f.name));
    }
  } catch (e) {
    // Missing is the usual case (a folder that is no corpus); a folder there that cannot be read is said so.
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT') throw new GlossError(`${join(dir, 'articles')}: no articles folder in the corpus`);
    throw new GlossError(`${join(dir, 'articles')}: cannot read the articles folder (${FOLDER_REASON[code] ?? code})`);
  }
  return { dir: root, realDir, registries, articles, strays };
}

/**
 * The files in `articles/` that no article takes in, which a person may have meant to be read: a text
 * no annotation file names (copied in by hand, where gloss add writes both), and a folder holding
 * annotation files (gloss reads only the files directly in `articles/`). Each is a warning: before,
 * check said "ok" and every command went on without them, unsaid. A text whose annotation file is
 * there under the same name is not one, even if that file could not be read: its problem is reported.
 */
export function strayFiles(files: CorpusFiles, read: ReadonlySet<string>): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const annotated = new Set(files.articles.map((f) => f.replace(/\.ya?ml$/, '')));
  for (const text of files.strays.texts) {
    if (!read.has(text) && !annotated.has(text.slice(0, -'.txt'.length))) {
      out.push({ path: text, message: 'a text no annotation file names, so not in the corpus (gloss add brings a text in with its annotation file)' });
    }
  }
  for (const folder of files.strays.folders) {
    let yaml: number;
    try {
      // Stamped before it is listed, as the corpus folders are (store/freshness.ts): annotation files
      // copied into it, or taken out, change its stamps, and the warning is given again or no more.
      const st = statSync(folder);
      yaml = readdirSync(folder).filter((f) => YAML.test(f)).length;
      files.seen?.(folder, st);
    } catch {
      continue;
    }
    if (yaml > 0) out.push({ path: folder, message: `a folder holding ${yaml} annotation file${yaml === 1 ? '' : 's'}, which gloss does not read: an article's files go directly in articles/` });
  }
  return out;
}

export interface ReadText {
  /** The text decoded, without the byte order mark the file may start with. */
  text: string;
  /** Whether the file starts with a UTF-8 byte order mark (left out of `text`). */
  bom: boolean;
  sha256: string;
  bytes: number;
}

/** The current folder, or null where it was deleted under gloss: paths are then shown whole. */
export function workingFolder(): string | null {
  try {
    return process.cwd();
  } catch {
    return null;
  }
}

function relativeToWorking(path: string): string {
  const cwd = workingFolder();
  return cwd === null ? path : relative(cwd, path) || basename(path);
}

/** Reads a corpus file as UTF-8 text, refusing anything that is not plainly a text file inside `root`. */
export function readCorpusText(root: CorpusRoot, path: string, shown = relativeToWorking(path)): ReadText {
  // The path itself is checked before the file system is asked anything, so a path that climbs out of the
  // corpus is refused the same way whether or not its target happens to exist on this machine.
  const lexicalRoot = resolve(root.dir);
  const lexical = resolve(lexicalRoot, path);
  if (lexical !== lexicalRoot && !lexical.startsWith(lexicalRoot + sep)) {
    throw new GlossError(`${shown}: refused: it resolves outside the corpus folder (${lexical})`);
  }
  const buf = readRegularFile(path, shown, { within: root.realDir, opened: root.seen && ((st) => root.seen!(path, st)) });
  const nul = buf.indexOf(0);
  if (nul !== -1) throw new GlossError(`${shown}: binary file (NUL byte at byte offset ${nul})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new GlossError(`${shown}: invalid UTF-8 at byte offset ${firstInvalidUtf8(buf)}`);
  }
  return { text, bom: buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf, sha256: sha256Hex(buf), bytes: buf.length };
}

const REASON: Record<string, string> = { ENOENT: 'no such file', EACCES: 'cannot read it (permission denied)', EPERM: 'cannot read it (not permitted)', ELOOP: 'refused: a loop of symbolic links' };

function fileError(shown: string, e: unknown): GlossError {
  const code = (e as NodeJS.ErrnoException).code ?? 'error';
  // A name that is not UTF-8 comes out of the folder's listing with U+FFFD in place of its bytes, and
  // names no file: "no such file" of a file the listing just gave would puzzle anyone.
  if (code === 'ENOENT' && basename(shown).includes('\uFFFD')) return new GlossError(`${shown}: its name is not valid UTF-8, so it cannot be opened by it (rename it)`);
  return new GlossError(`${shown}: ${REASON[code] ?? `cannot read it (${code})`}`);
}

/** Where an open descriptor's file really is, from the kernel (Linux); undefined where it cannot say. */
function pathOfDescriptor(fd: number): string | undefined {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return undefined;
  }
}

/**
 * Reads a regular file of at most `limit` bytes. Everything is checked on the one open descriptor
 * and read from it — what it is (fstat), how large, and, with `within`, where it really lives — never
 * by asking about the path and then reading the path again, which a swapped folder or symlink could
 * race. The open does not block on a FIFO (O_NONBLOCK) and the read stops one byte past the limit,
 * so a device or a growing file cannot make gloss read without end. With `streams` (a file the user
 * names on the command line, as `verify --in <(pandoc …)`), a pipe or a device is read too, waited
 * for as a shell's `<` would, and still only up to the limit (`/dev/zero` is refused, not read for ever).
 */
export function readRegularFile(
  path: string,
  shown: string,
  { within, limit = MAX_FILE_BYTES, opened, streams = false, what = 'a corpus file' }: { within?: string; limit?: number; opened?: (st: Stats) => void; streams?: boolean; what?: string } = {},
): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOCTTY | (streams ? 0 : constants.O_NONBLOCK));
  } catch (e) {
    throw fileError(shown, e);
  }
  try {
    if (within !== undefined) {
      // The native realpath only where the kernel cannot name the open file (no /proc): one call into libc.
      const real = pathOfDescriptor(fd) ?? realpathSync.native(path);
      if (real !== within && !real.startsWith(within + sep)) throw new GlossError(`${shown}: refused: it resolves outside the corpus folder (${real})`);
    }
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new GlossError(`${shown}: is a directory, not a file`);
    if (!st.isFile() && !streams) throw new GlossError(`${shown}: not a regular file`);
    opened?.(st);
    const tooLarge = (size: number) => new GlossError(`${shown}: ${size} bytes is over the ${limit / 1024 / 1024} MiB limit for ${what}`);
    if (st.size > limit) throw tooLarge(st.size);
    const buf = Buffer.allocUnsafe(Math.min(limit + 1, st.size + 1));
    let got = 0;
    for (;;) {
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
      if (got === buf.length) {
        if (got > limit) throw tooLarge(got);
        // The file grew since fstat: read on, still bounded.
        return Buffer.concat([buf, readRest(fd, limit + 1 - got, () => tooLarge(limit + 1))]);
      }
    }
    return buf.subarray(0, got);
  } catch (e) {
    throw e instanceof GlossError ? e : fileError(shown, e);
  } finally {
    closeSync(fd);
  }
}

function readRest(fd: number, room: number, tooLarge: () => GlossError): Buffer {
  const parts: Buffer[] = [];
  const chunk = Buffer.allocUnsafe(64 * 1024);
  for (let n = readSync(fd, chunk, 0, chunk.length, null); n > 0; n = readSync(fd, chunk, 0, chunk.length, null)) {
    room -= n;
    if (room <= 0) throw tooLarge();
    parts.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(parts);
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

/**
 * What of the corpus in `dir` a file written at `target` would replace or add to: a registry (a YAML
 * file in the corpus folder) or anything in articles/ (an article's text or annotations, or a new
 * file there that the corpus would then read); null for a file outside them. `export -o` onto an
 * article's text replaced it with the export and exited 0: its checksum failed ever after.
 */
export function corpusPartAt(dir: string, target: string): string | null {
  let realDir: string;
  let realTarget: string;
  try {
    realDir = realpathSync.native(resolve(dir));
    // The file the write would replace: a link's file; a name not there yet, in its folder's real place.
    const whole = resolve(target);
    try {
      realTarget = realpathSync.native(whole);
    } catch {
      realTarget = join(realpathSync.native(resolve(whole, '..')), basename(whole));
    }
  } catch {
    return null;
  }
  const articles = join(realDir, 'articles');
  if (realTarget === articles || realTarget.startsWith(`${articles}${sep}`)) return 'articles folder';
  if (resolve(realTarget, '..') === realDir && YAML.test(basename(realTarget))) return 'registry';
  return null;
}
