/**
 * Loads gloss's CLI bundle (dist/gloss.js) with V8's compiled code from an earlier run.
 *
 * Why not only Node's compile cache (start.ts switches it on for the other bundles): Node makes its
 * cache when the file is compiled, before it runs, so it holds the bundle's top level and none of the
 * functions V8 compiles lazily as a command runs — commander, fuse.js, the search, the renderers. Every
 * run compiled those again. Measured side by side on Node 24 (shipped corpus, medians of 25): `search
 * "trade secrets"` 65 → 50 ms, `read mackay` 92 → 74 ms, `check` 65 → 52 ms, `claims` 62 → 58 ms, with
 * `node -e 0` at 27–38 ms. So the bundle is compiled here through `vm.Script`, and the cache is made
 * after a run (`createCachedData` then holds every function the run compiled).
 *
 * What is trusted: a cache file lives in gloss's private cache folder (cache-dir.ts), is named for this
 * build, this Node.js and this machine's architecture, and records the bundle's size, inode, and
 * modification and change times, so an edited or rebuilt bundle never runs another's code. V8 checks
 * its own version and flags and the source's length, but not the payload's integrity in a release
 * build (`--verify-snapshot-checksum` is off), and flipped bytes would run as code: the payload carries
 * a 64-bit FNV-1a hash, computed by a 107-byte WebAssembly function (below) because the built-in
 * hashes (node:zlib, node:crypto) each cost more to load (some 3 ms) than the check itself (0.2 ms
 * for 500 KB). A cache that fails any check is ignored, and the run writes a good one.
 *
 * One cache a command: V8 deserializes all of a cache as the bundle loads, so one shared by every
 * command made each pay for the others' code. Measured side by side on Node 24 (shipped corpus, four
 * commands run before, medians of 21): `search` 169 -> 164 ms, `claims` 150 -> 145 ms, `check` 156
 * -> 147 ms, with `node -e 0` at 90 ms.
 *
 * When one is written: after a run that found no usable cache for its command, once it ended normally
 * (exit 0 or 1), to a temporary name renamed into place: racing runs each leave a whole file. A cache
 * made by a run that built the corpus database holds the loader's and the writer's code too (512 KB
 * against 383 KB for `search`), which V8 deserializes on every run: the first run that uses it and
 * builds nothing removes it, and the run after writes one without (a run's cache holds every function
 * it had, those taken from a cache too, so only a run compiled afresh can make a smaller one). Someone
 * whose every run builds the database (editing annotations, then `check`) keeps the larger one.
 */
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
import { isAscii } from 'node:buffer';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { hasher } from '../platform/word-hash.js';
import { databaseBuilt } from '../runtime/cold-run.js';
import { tempName } from '../runtime/leftovers.js';

export interface Bundle {
  main(argv: string[]): Promise<void>;
}

/** The hash of `bytes` as the cache computes it (for the tests, which hold it to a JavaScript one). */
export function payloadHash(bytes: Uint8Array): bigint {
  const h = hasher();
  h.buffer(bytes.length).set(bytes);
  return h.hash(bytes.length);
}

const MAGIC = 'GLOSSVC2';
/** magic 8, hash 8, bundle stamps 4 × 8, length of the code 4, made by a run that built a database (0 or 1) 4. */
const HEADER = 8 + 8 + 32 + 4 + 4;

const MAX_FILE = 64 * 1024 * 1024;

/** What ties a cache to the bundle file it was made from. */
const stampsOf = (st: Stats): number[] => [st.size, st.ino, st.mtimeMs, st.ctimeMs];

/** Commands as named in a file's name: plain lower-case words (the command line is the user's, the name a file's). */
const COMMAND = /^[a-z]{1,20}$/;

/** The cache file for this build of gloss and this command (`none`: help, the version) under this Node.js. */
export const cacheFileName = (build: string, command: string | undefined): string =>
  `${build}-${command !== undefined && COMMAND.test(command) ? command : 'none'}-${process.version}-${process.arch}.bin`;

interface CacheRead {
  code: Uint8Array;
  /** Made by a run that built the corpus database. */
  built: boolean;
}

/** Reads and checks a cache file; undefined if it is missing, another bundle's or damaged. */
export function readCache(file: string, stamps: number[]): CacheRead | undefined {
  let fd;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    // Some 0.5 MB is what the bundle's code comes to; a file far larger is not one gloss wrote.
    if (size < HEADER || size > MAX_FILE) return undefined;
    const h = hasher();
    const bytes = h.buffer(size);
    if (readSync(fd, bytes, 0, size, 0) !== size) return undefined;
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, size);
    if (view.toString('latin1', 0, 8) !== MAGIC) return undefined;
    for (let i = 0; i < 4; i++) if (view.readDoubleLE(16 + 8 * i) !== stamps[i]) return undefined;
    const built = view.readUInt32LE(52);
    if (HEADER + view.readUInt32LE(48) !== size || built > 1) return undefined;
    const expected = view.readBigUInt64LE(8);
    // The hash covers all but the magic and itself.
    view.fill(0, 0, 16);
    if (h.hash(size) !== expected) return undefined;
    return { code: bytes.subarray(HEADER), built: built === 1 };
  } finally {
    closeSync(fd);
  }
}

/** The file's bytes: header, code. */
export function encodeCache(code: Uint8Array, stamps: number[], built: boolean): Uint8Array {
  const size = HEADER + code.length;
  const h = hasher();
  const bytes = h.buffer(size);
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, size);
  view.fill(0, 0, 16);
  stamps.forEach((s, i) => view.writeDoubleLE(s, 16 + 8 * i));
  view.writeUInt32LE(code.length, 48);
  view.writeUInt32LE(built ? 1 : 0, 52);
  view.set(code, HEADER);
  view.writeBigUInt64LE(h.hash(size), 8);
  view.write(MAGIC, 0, 'latin1');
  return Buffer.from(view);
}

const MONTH_MS = 30 * 24 * 60 * 60 * 1000;

/** Writes `bytes` to `file` by way of a temporary name; removes other caches a month unused. Never throws. */
function writeCache(file: string, bytes: Uint8Array): void {
  const dir = dirname(file);
  const tmp = tempName(file, true);
  try {
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      // Until every byte is written: a write cut short (a full disk, a file size limit) returns the
      // bytes it wrote, and only the next one fails; a cache written in part is never put in place.
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.bin') || join(dir, name) === file) continue;
      // lstat: a link is removed as a link, never followed.
      const st = lstatSync(join(dir, name), { throwIfNoEntry: false });
      if (st && (st.isFile() || st.isSymbolicLink()) && Date.now() - st.mtimeMs > MONTH_MS) rmSync(join(dir, name), { force: true });
    }
  } catch {
    // A cache only saves time: a full disk or a vanished folder means compiling next time too.
    rmSync(tmp, { force: true });
  }
}

/**
 * Runs the bundle `file` as a CommonJS module and returns its exports. With `cacheFile` (in a private
 * folder, named for the command: cacheFileName), takes V8's code from there when it fits, and else
 * writes one when the process ends normally.
 */
export function loadBundle(file: string, cacheFile: string | null): Bundle {
  const fd = openSync(file, 'r');
  let source: string;
  let stamps: number[];
  try {
    const st = fstatSync(fd);
    stamps = stampsOf(st);
    // All of it, however many reads that takes (one read may return less on some file systems).
    const bytes = readFileSync(fd);
    // esbuild escapes non-ASCII characters (not in every regular expression): ASCII is read as Latin-1,
    // which gives the same string some 1.5 ms sooner than UTF-8 for 500 KB.
    source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  } finally {
    closeSync(fd);
  }
  const cached = cacheFile ? readCache(cacheFile, stamps) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cached && { cachedData: cached.code }),
  });
  const used = cached !== undefined && !script.cachedDataRejected;
  if (cacheFile && (!used || cached.built)) {
    process.once('exit', (code) => {
      if (code !== 0 && code !== 1) return;
      if (!used) writeCache(cacheFile, encodeCache(script.createCachedData(), stamps, databaseBuilt()));
      else if (!databaseBuilt()) rmSync(cacheFile, { force: true });
    });
  }
  const module = { exports: {} as Bundle };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, requireFrom(file), module, file, dirname(file));
  return module.exports;
}

/**
 * The bundle's `require`: Node's built-in modules (nearly all it asks for) straight from
 * process.getBuiltinModule, a module.createRequire made only for the rest (./parsers.js, when a
 * corpus is read): made as gloss starts, it cost 3-7 ms of every run on Node 24, measured in place.
 * The bundle calls require and nothing on it (no require.resolve, require.cache).
 */
function requireFrom(file: string): (id: string) => unknown {
  let real: NodeJS.Require | undefined;
  return (id) => process.getBuiltinModule(id) ?? (real ??= createRequire(file))(id);
}
