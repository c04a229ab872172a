/**
 * Caches what is slow to compute from a corpus, so a command at the terminal does not re-parse YAML,
 * re-validate and re-anchor every annotation on every run (and does not even load the parser when
 * the cache is fresh), and a search does not rebuild its index.
 *
 * Layout: one folder per corpus in the XDG cache directory, holding `manifest.json` (the build of
 * gloss, the corpus folder's listing and a stamp — size, modification time, inode — of every file
 * read) and artifacts named `NAME-GENERATION.EXT`: `corpus-GENERATION.ndjson` (the loaded model
 * with its problems, a line an item) and whatever a command derives from it (`loadDerivedRecords`:
 * the search index, its records, text and postings). The cache is fresh
 * while the listing and every stamp match — the test git's index uses. Every file is written to a
 * temporary name and renamed into place, and artifacts carry the generation of the manifest they
 * were built from, so processes racing to rebuild each leave whole files that agree with each other,
 * and a reader never sees half of one. Anything unexpected (an unwritable folder, a corrupt file)
 * falls back to loading from source.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Loaded, Progress } from './load.js';
import { BUILD, cacheDir } from './cache-dir.js';
import { openForReading, textInMemory, textOnDisk, type StoredText } from './stored-text.js';

interface Stamp {
  path: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

interface Manifest {
  build: string;
  generation: string;
  listing: string[];
  stamps: Stamp[];
}

/** The corpus's lists, in the order the corpus cache holds them. */
const LISTS = ['articles', 'actors', 'agreements', 'claims', 'mentions', 'regions'] as const;

/** The first line of the corpus cache: all but the corpus's lists, and how long each list is. */
interface LoadedHead {
  dir: string;
  counts: number[];
  problems: Loaded['problems'];
  inputs: string[];
  nonMentions: [string, { from: number; to: number }[]][];
}

function stamp(path: string): Stamp | null {
  try {
    const st = statSync(path);
    return { path, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
  } catch {
    return null;
  }
}

/** The names in the corpus folder and its articles folder: an added or removed file changes it. */
function listing(root: string): string[] {
  const names = (d: string) => {
    try {
      return readdirSync(d).sort();
    } catch {
      return [];
    }
  };
  return [...names(root), '/', ...names(join(root, 'articles'))];
}

const same = (a: Stamp, b: Stamp | null) => b !== null && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

/** A short stable name for a folder path (FNV-1a, 64-bit): node:crypto costs milliseconds to load. */
function fnv1a(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) h = BigInt.asUintN(64, (h ^ BigInt(s.charCodeAt(i))) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** Bytes a UTF-16 unit can take, at most, in each encoding written. */
const MOST_BYTES: Partial<Record<BufferEncoding, number>> = { utf8: 3, utf16le: 2, latin1: 1 };

/** Takes the next piece of a file being written; returns how many bytes it took. */
export type Put = (piece: string | Uint8Array) => number;

/**
 * Writes a file by pieces, to a temporary name renamed into place. Pieces, not one string: a large
 * corpus's cache is hundreds of megabytes of JSON, and one string of it would double the peak memory.
 * Each piece is encoded straight into one reused buffer (not joined into a string first), and `put`
 * says how many bytes it took, so a caller keeping byte offsets need not encode it twice to count.
 */
function writeFile(dir: string, name: string, write: (put: Put) => void, encoding: BufferEncoding = 'utf8'): boolean {
  const file = join(dir, name);
  // What `write` itself throws (say, a corpus with errors) is the caller's; only the file system's failures are swallowed.
  let failure: { error: unknown } | undefined;
  let ioFailed = false;
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  let fd: number | undefined;
  try {
    mkdirSync(dir, { recursive: true });
    fd = openSync(tmp, 'w');
    const most = MOST_BYTES[encoding] ?? 4;
    const chunk = Buffer.allocUnsafe(1 << 20);
    let used = 0;
    const out = (bytes: Uint8Array, length: number) => {
      try {
        for (let at = 0; at < length; ) at += writeSync(fd!, bytes, at, length - at);
      } catch (e) {
        ioFailed = true;
        throw e;
      }
    };
    const flush = () => {
      out(chunk, used);
      used = 0;
    };
    try {
      write((piece) => {
        if (typeof piece !== 'string') {
          flush();
          out(piece, piece.byteLength);
          return piece.byteLength;
        }
        if (piece.length * most > chunk.length - used) {
          flush();
          if (piece.length * most > chunk.length) {
            const bytes = Buffer.from(piece, encoding);
            out(bytes, bytes.length);
            return bytes.length;
          }
        }
        const n = chunk.write(piece, used, encoding);
        used += n;
        return n;
      });
    } catch (error) {
      if (!ioFailed) failure = { error };
      throw error;
    }
    flush();
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
    return true;
  } catch {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    if (failure) throw failure.error;
    return false;
  }
}

/**
 * Typed arrays (a large index's offsets) are stored as base64 of their bytes, `{"$typed": NAME,
 * "base64": …}`: parsing hundreds of thousands of numbers from JSON text took most of a warm search
 * on a large corpus.
 */
const TYPED = { Float64Array, Int32Array } as const;
type TypedName = keyof typeof TYPED;

function typedToJson(v: Float64Array | Int32Array): string {
  return JSON.stringify({ $typed: v.constructor.name, base64: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') });
}

/** Turns the `$typed` objects of the first levels of a parsed artifact back into typed arrays. */
function reviveTyped(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > 3) return value;
  const o = value as Record<string, unknown>;
  if (typeof o.$typed === 'string' && typeof o.base64 === 'string' && o.$typed in TYPED) {
    const bytes = Buffer.from(o.base64, 'base64');
    const Typed = TYPED[o.$typed as TypedName];
    // A copy into a buffer of its own: the decoded bytes need not be aligned for the element size.
    return new Typed(new Uint8Array(bytes).buffer);
  }
  if (!Array.isArray(o)) for (const k of Object.keys(o)) o[k] = reviveTyped(o[k], depth + 1);
  return o;
}

/** JSON of `value`, written by pieces: the first levels of objects and arrays item by item. */
function putJson(put: (piece: string) => unknown, value: unknown, depth = 0): void {
  if (value instanceof Float64Array || value instanceof Int32Array) {
    put(typedToJson(value));
  } else if (depth > 2 || value === null || typeof value !== 'object') {
    put(JSON.stringify(value) ?? 'null');
  } else if (Array.isArray(value)) {
    put('[');
    value.forEach((v, i) => {
      if (i > 0) put(',');
      putJson(put, v === undefined ? null : v, depth + 1);
    });
    put(']');
  } else {
    put('{');
    let first = true;
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || typeof v === 'function') continue;
      put(`${first ? '' : ','}${JSON.stringify(k)}:`);
      first = false;
      putJson(put, v, depth + 1);
    }
    put('}');
  }
}

function writeJson(dir: string, name: string, value: unknown): boolean {
  return writeFile(dir, name, (put) => putJson(put, value));
}

/**
 * The loaded corpus as NDJSON: a head line, then each article, actor, agreement, claim, mention and
 * region on a line of its own. Lines, not one JSON text: read back a line at a time, ten thousand
 * articles' 221 MB never become one string (442 MB, as its curly quotes make it two bytes a character)
 * beside the objects parsed from it: `claims` on such a corpus peaked at 1.27 GB.
 */
function writeLoaded(dir: string, name: string, loaded: Loaded): boolean {
  const { corpus } = loaded;
  const head: LoadedHead = { dir: corpus.dir, counts: LISTS.map((k) => corpus[k].length), problems: loaded.problems, inputs: loaded.inputs, nonMentions: [...loaded.nonMentions] };
  return writeFile(dir, name, (put) => {
    put(`${JSON.stringify(head)}\n`);
    for (const k of LISTS) for (const item of corpus[k]) put(`${JSON.stringify(item)}\n`);
  });
}

/** Calls `line` with each line of a file (UTF-8, every line ended by a newline); false if it cannot be read whole. */
function readLines(file: string, line: (text: string) => void): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const chunk = Buffer.allocUnsafe(1 << 20);
    let rest: Buffer | null = null;
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
      const buf: Buffer = rest ? Buffer.concat([rest, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      let start = 0;
      for (let end = buf.indexOf(10, start); end !== -1; end = buf.indexOf(10, start)) {
        line(buf.toString('utf8', start, end));
        start = end + 1;
      }
      // What follows the last newline is the start of a line the next read ends (copied: `chunk` is reused).
      rest = start < buf.length ? Buffer.from(buf.subarray(start)) : null;
    }
    return rest === null;
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

function readLoaded(file: string): Loaded | null {
  let head: LoadedHead | undefined;
  const lists: unknown[][] = LISTS.map(() => []);
  let list = 0;
  let whole = readLines(file, (text) => {
    const value: unknown = JSON.parse(text);
    if (head === undefined) {
      head = value as LoadedHead;
      return;
    }
    while (list < LISTS.length && lists[list]!.length === head.counts[list]) list++;
    if (list === LISTS.length) throw new Error('more lines than counted');
    lists[list]!.push(value);
  });
  if (!head || !Array.isArray(head.counts) || head.counts.length !== LISTS.length) return null;
  whole &&= lists.every((l, i) => l.length === head!.counts[i]);
  if (!whole) return null;
  const corpus = { dir: head.dir, ...Object.fromEntries(LISTS.map((k, i) => [k, lists[i]])) } as unknown as Loaded['corpus'];
  return { corpus, problems: head.problems, inputs: head.inputs, nonMentions: new Map(head.nonMentions) };
}

const LATIN1 = /^[\x00-\xff]*$/;

/** Rewrites a UTF-16 text file a byte a character (every character known to fit), a piece at a time. */
function narrowToLatin1(dir: string, name: string): boolean {
  let fd: number;
  try {
    fd = openSync(join(dir, name), 'r');
  } catch {
    return false;
  }
  try {
    const chunk = Buffer.allocUnsafe(1 << 21);
    return writeFile(dir, name, (put) => {
      for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) put(chunk.toString('utf16le', 0, n));
    }, 'latin1');
  } finally {
    closeSync(fd);
  }
}

class CorpusCache {
  readonly root: string;
  readonly dir: string | null;

  constructor(corpusDir: string) {
    let root: string;
    try {
      root = realpathSync(corpusDir);
    } catch {
      root = corpusDir;
    }
    this.root = root;
    const base = cacheDir();
    this.dir = base && join(base, `corpus-${fnv1a(root)}`);
  }

  /** The generation of a fresh manifest, or null when the corpus changed (or nothing is cached). */
  freshGeneration(): string | null {
    if (!this.dir) return null;
    const m = readJson<Manifest>(join(this.dir, 'manifest.json'));
    if (!m || m.build !== BUILD) return null;
    const now = listing(this.root);
    if (now.length !== m.listing.length || now.some((n, i) => n !== m.listing[i])) return null;
    return m.stamps.every((s) => same(s, stamp(s.path))) ? m.generation : null;
  }

  /** The loaded corpus of a generation, or null (none, or not whole). */
  readLoaded(generation: string): Loaded | null {
    return this.dir ? readLoaded(join(this.dir, `corpus-${generation}.ndjson`)) : null;
  }

  /**
   * Builds derived records straight into the cache: each record is written as NDJSON, and each piece
   * of the text to the text file, the moment `produce` emits it, and neither is kept, so a large
   * corpus's hundreds of thousands of records and its long text are never all in memory. Then the
   * other parts and the JSON that indexes them all, last, so a reader never finds the index without
   * its files. Null when the cache cannot be written (the caller builds in memory).
   */
  buildRecords<T>(name: string, generation: string, produce: Producer<T>, progress: (done: number, total: number) => void): Derived<T> | null {
    if (!this.dir) return null;
    const dir = this.dir;
    const offsets: number[] = [];
    let at = 0;
    let built: Built<T> | undefined;
    let latin1 = true;
    let textWritten = false;
    const textName = `${name}-${generation}.txt`;
    const wrote = writeFile(dir, `${name}-${generation}.ndjson`, (put) => {
      // The text is written as UTF-16, as it comes; narrowed to Latin-1 after if every piece fits.
      textWritten = writeFile(dir, textName, (putText) => {
        built = produce(
          (r) => {
            offsets.push(at);
            at += put(`${JSON.stringify(r)}\n`);
          },
          (piece) => {
            latin1 &&= LATIN1.test(piece);
            putText(piece);
          },
          progress,
        );
      }, 'utf16le');
    });
    if (!wrote || !textWritten || !built) return null;
    offsets.push(at);
    const encoding = latin1 ? 'latin1' : 'utf16le';
    if (latin1 && !narrowToLatin1(dir, textName)) return null;
    const parts = Object.keys(built.parts ?? {});
    for (const key of parts) if (!writeFile(dir, `${name}-${generation}.${key}`, built.parts![key]!)) return null;
    const head = { value: built.value, offsets: Float64Array.from(offsets), encoding, parts };
    if (!writeJson(dir, `${name}-${generation}.json`, head)) return null;
    const records = this.recordFile(name, generation, head.offsets);
    // Read back from the file, as a later run would: a large text is then not held in memory.
    const text = textOnDisk(join(dir, textName), encoding);
    return records && text && { value: built.value, text, records, part: partsOnDisk(join(dir, `${name}-${generation}`), parts) };
  }

  /** The records of an NDJSON file, read one by one at the offsets given. */
  private recordFile(name: string, generation: string, offsets: Float64Array): RecordStore | null {
    const bytes = partOnDisk(join(this.dir!, `${name}-${generation}.ndjson`));
    return bytes && {
      count: offsets.length - 1,
      get(i: number) {
        const line = bytes.read(offsets[i]!, offsets[i + 1]! - offsets[i]!);
        return JSON.parse(Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('utf8'));
      },
    };
  }

  openRecords<T>(name: string, generation: string): Derived<T> | null {
    if (!this.dir) return null;
    const head = reviveTyped(readJson(join(this.dir, `${name}-${generation}.json`))) as { value: T; offsets: unknown; encoding: unknown; parts: unknown } | null;
    if (!head || !(head.offsets instanceof Float64Array) || (head.encoding !== 'latin1' && head.encoding !== 'utf16le') || !Array.isArray(head.parts)) return null;
    const text = textOnDisk(join(this.dir, `${name}-${generation}.txt`), head.encoding);
    const records = text && this.recordFile(name, generation, head.offsets);
    if (!records) return null;
    return { value: head.value, text, records, part: partsOnDisk(join(this.dir, `${name}-${generation}`), head.parts as unknown[]) };
  }

  /** Records a freshly loaded corpus; returns its generation, or null if it changed while loading. */
  record(loaded: Loaded, before: string[], progress?: Progress): string | null {
    if (!this.dir) return null;
    const stamps = loaded.inputs.map(stamp);
    const now = listing(this.root);
    if (stamps.some((s) => s === null) || now.join('\n') !== before.join('\n')) return null;
    const generation = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    progress?.('saving it for next time', 0, 1);
    writeLoaded(this.dir, `corpus-${generation}.ndjson`, loaded);
    progress?.('saving it for next time', 1, 1);
    writeJson(this.dir, 'manifest.json', { build: BUILD, generation, listing: now, stamps: stamps as Stamp[] } satisfies Manifest);
    this.sweep(generation);
    return generation;
  }

  /** Removes artifacts of older generations (best effort: another process may be reading them). */
  private sweep(keep: string): void {
    try {
      for (const f of readdirSync(this.dir!)) {
        if (f !== 'manifest.json' && !f.includes(`-${keep}.`) && !f.endsWith('.tmp')) rmSync(join(this.dir!, f), { force: true });
      }
    } catch {
      // nothing to sweep
    }
  }
}

async function loadFresh(cache: CorpusCache, corpusDir: string, progress?: Progress): Promise<{ loaded: Loaded; generation: string | null }> {
  const before = listing(cache.root);
  const { loadCorpus } = await import('./load.js');
  const loaded = loadCorpus(corpusDir, progress);
  return { loaded, generation: cache.record(loaded, before, progress) };
}

/** Loads the corpus through the cache; the parser is imported only when the cache is stale. */
export async function loadCorpusCached(corpusDir: string, progress?: Progress): Promise<Loaded> {
  const cache = new CorpusCache(corpusDir);
  const generation = cache.freshGeneration();
  const stored = generation && cache.readLoaded(generation);
  if (stored) return stored;
  return (await loadFresh(cache, corpusDir, progress)).loaded;
}

/** Records read one by one, by number: large derived data whose few needed items are read on demand. */
export interface RecordStore {
  count: number;
  get(i: number): unknown;
}

/** Bytes stored beside derived records, read in pieces (a search's word postings). */
export interface Part {
  /** `length` bytes from byte `offset`. */
  read(offset: number, length: number): Uint8Array;
}

/** A file read in pieces, at the offsets asked for; null if it cannot be opened. */
function partOnDisk(file: string): Part | null {
  const fd = openForReading(file);
  return fd === null ? null : {
    read(offset, length) {
      const buf = Buffer.allocUnsafe(length);
      readSync(fd, buf, 0, length, offset);
      return buf;
    },
  };
}

/** The parts stored as `BASE.KEY` for the keys listed, each opened when first asked for. */
function partsOnDisk(base: string, keys: readonly unknown[]): (key: string) => Part | null {
  const opened = new Map<string, Part | null>();
  return (key) => {
    if (!keys.includes(key)) return null;
    if (!opened.has(key)) opened.set(key, partOnDisk(`${base}.${key}`));
    return opened.get(key)!;
  };
}

function partsInMemory(parts: Built<unknown>['parts']): (key: string) => Part | null {
  const held = new Map(Object.entries(parts ?? {}).map(([key, write]) => {
    const pieces: Uint8Array[] = [];
    write((bytes) => pieces.push(bytes.slice()));
    return [key, Buffer.concat(pieces)];
  }));
  return (key) => {
    const bytes = held.get(key);
    return bytes ? { read: (offset, length) => bytes.subarray(offset, offset + length) } : null;
  };
}

/** What a builder of derived records returns, besides the records and text it emits: the value, and writers of any other parts (bytes). */
export interface Built<T> {
  value: T;
  parts?: Record<string, (put: (bytes: Uint8Array) => void) => void>;
}

/**
 * Makes derived data: emits each record, and the long text piece by piece, then returns the rest;
 * says now and then how many of the corpus's articles it has done.
 */
export type Producer<T> = (emit: (record: unknown) => void, emitText: (piece: string) => void, progress: (done: number, total: number) => void) => Built<T>;

/** Derived data: a value read whole, a long text and other parts read as needed, records read by number. */
export interface Derived<T> {
  value: T;
  text: StoredText;
  records: RecordStore;
  part(key: string): Part | null;
}

/**
 * Something derived from the corpus, cached beside it: read when the corpus is unchanged, else built
 * from the (cached or freshly loaded) corpus and stored. In three parts: a value read whole (an index),
 * a long text read whole, and records read by number (the documents the index points at), so a query
 * reads only the records it ranks.
 */
export async function loadDerivedRecords<T>(
  corpusDir: string,
  name: string,
  build: (loaded: Loaded, ...emitters: Parameters<Producer<T>>) => Built<T>,
  progress?: Progress,
): Promise<Derived<T>> {
  const cache = new CorpusCache(corpusDir);
  let generation = cache.freshGeneration();
  if (generation) {
    const hit = cache.openRecords<T>(name, generation);
    if (hit) return hit;
  }
  let loaded: Loaded;
  const stored = generation && cache.readLoaded(generation);
  if (stored) loaded = stored;
  else ({ loaded, generation } = await loadFresh(cache, corpusDir, progress));
  const indexing = (done: number, total: number) => progress?.('indexing it', done, total);
  const cached = generation ? cache.buildRecords(name, generation, (emit, emitText, tick) => build(loaded, emit, emitText, tick), indexing) : null;
  if (cached) return cached;
  const records: unknown[] = [];
  const text: string[] = [];
  const built = build(loaded, (r) => records.push(r), (piece) => text.push(piece), indexing);
  return { value: built.value, text: textInMemory(text.join('')), records: { count: records.length, get: (i) => records[i] }, part: partsInMemory(built.parts) };
}
