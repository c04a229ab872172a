// The CLI bundle's code cache (src/cli/code-cache.ts): made after a run, used by the next, never trusted
// when it is damaged, another bundle's, or in a folder someone else can write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { encodeCache, payloadHash, readCache } from '../src/cli/code-cache.js';
import { BIN, ROOT, scratch } from './helpers.js';

/** The same hash written plainly: FNV-1a over little-endian 64-bit words, the last padded with zeros. */
function fnvWords(bytes: Uint8Array): bigint {
  const padded = new Uint8Array(Math.ceil(bytes.length / 8) * 8);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < padded.length; i += 8) h = BigInt.asUintN(64, (h ^ view.getBigUint64(i, true)) * 0x100000001b3n);
  return h;
}

test('payloadHash: the WebAssembly hash is FNV-1a over 64-bit words, as written in JavaScript', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => payloadHash(bytes) === fnvWords(bytes)));
  assert.equal(payloadHash(new Uint8Array(0)), 0xcbf29ce484222325n);
});

const STAMPS = [523508, 2147713, 1764542795635.6497, 1764542795635.6497];

test('readCache: gives back what encodeCache wrote; refuses other stamps, a flipped bit anywhere, a cut or a longer file', () => {
  const dir = scratch('gloss-code-cache-');
  try {
    const file = join(dir, 'c.bin');
    const code = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) & 255);
    const bytes = encodeCache(code, STAMPS, true);
    writeFileSync(file, bytes);
    const back = readCache(file, STAMPS);
    assert.deepEqual(back && { code: [...back.code], built: back.built }, { code: [...code], built: true });
    writeFileSync(file, encodeCache(code, STAMPS, false));
    assert.equal(readCache(file, STAMPS)?.built, false);
    writeFileSync(file, bytes);
    for (let i = 0; i < 4; i++) assert.equal(readCache(file, STAMPS.map((s, j) => (j === i ? s + 1 : s))), undefined, `stamp ${i} changed`);
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 7 }), (at, bit) => {
        const damaged = Uint8Array.from(bytes);
        damaged[at]! ^= 1 << bit;
        writeFileSync(file, damaged);
        return readCache(file, STAMPS) === undefined;
      }),
    );
    writeFileSync(file, bytes.subarray(0, bytes.length - 1));
    assert.equal(readCache(file, STAMPS), undefined);
    writeFileSync(file, Buffer.concat([bytes, Buffer.from([0])]));
    assert.equal(readCache(file, STAMPS), undefined);
    assert.equal(readCache(join(dir, 'missing.bin'), STAMPS), undefined);
    // A file far larger than any cache gloss writes is not read into memory (sparse: no disk used).
    writeFileSync(file, bytes);
    truncateSync(file, 65 * 1024 * 1024);
    assert.equal(readCache(file, STAMPS), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** gloss from `bin` with its own cache folder, as a user runs it. */
function run(bin: string, cache: string, args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: cache }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const cacheFiles = (cache: string) => (existsSync(join(cache, 'code')) ? readdirSync(join(cache, 'code')).filter((n) => n.endsWith('.bin')) : []);
/** The one cache file's identity: a rewrite renames a new file into place. */
const identity = (file: string) => `${statSync(file).ino}:${statSync(file).mtimeMs}`;

test('the CLI writes a code cache for each command after its first run (private), then uses it unchanged', (t) => {
  const cache = scratch('gloss-code-cache-cli-');
  t.after(() => rmSync(cache, { recursive: true, force: true }));
  const plain = run(BIN, join(cache, 'none'), ['--color', 'never', 'search', 'trade secrets']);
  const first = run(BIN, cache, ['search', 'trade secrets']);
  assert.equal(first.code, 0);
  assert.equal(first.stdout, plain.stdout);
  const names = cacheFiles(cache);
  assert.equal(names.length, 1, 'one cache file');
  assert.match(names[0]!, /^[0-9a-f]{16}-search-v\d+\.\d+\.\d+-\w+\.bin$/, 'named for the build, the command and the Node.js');
  const file = join(cache, 'code', names[0]!);
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.equal(statSync(join(cache, 'code')).mode & 0o777, 0o700);
  assert.ok(readFileSync(file).subarray(0, 8).toString('latin1') === 'GLOSSVC2');
  const bundle = statSync(join(ROOT, 'dist', 'gloss.js'));
  const stamps = [bundle.size, bundle.ino, bundle.mtimeMs, bundle.ctimeMs];
  assert.equal(readCache(file, stamps)?.built, true, 'the first run built the corpus database');
  const coldSize = statSync(file).size;
  const second = run(BIN, cache, ['search', 'trade secrets']);
  assert.deepEqual(second, first);
  assert.equal(existsSync(file), false, 'removed by the first run that built nothing');
  assert.deepEqual(run(BIN, cache, ['search', 'trade secrets']), first);
  assert.equal(readCache(file, stamps)?.built, false, 'and made again by the next');
  assert.ok(statSync(file).size < coldSize, 'without the loader and the writer, it is smaller');
  const made = identity(file);
  assert.deepEqual(run(BIN, cache, ['search', 'trade secrets']), first);
  assert.equal(identity(file), made, 'a cache that fits is not rewritten');
  assert.equal(run(BIN, cache, ['check']).code, 0);
  assert.equal(cacheFiles(cache).length, 2, 'check has a cache of its own');
  assert.equal(identity(file), made, "search's is left as it was");
  const checkFile = join(cache, 'code', cacheFiles(cache).find((n) => n.includes('-check-'))!);
  const checkMade = identity(checkFile);
  assert.equal(run(BIN, cache, ['check']).code, 0);
  assert.equal(run(BIN, cache, ['search', 'trade secrets']).stdout, first.stdout);
  assert.deepEqual([identity(file), identity(checkFile)], [made, checkMade], 'both used: no more writes');
  // A usage error ends with exit 2: what it compiled is not kept.
  assert.equal(run(BIN, cache, ['claims', '--no-such-option']).code, 2);
  assert.equal(cacheFiles(cache).length, 2);
  // Help and the version name no command: they share one cache, under "none".
  assert.equal(run(BIN, cache, ['--version']).code, 0);
  assert.ok(cacheFiles(cache).some((n) => n.includes('-none-')));
});

test('a code cache with flipped bytes is not run: the output is right and a good cache replaces it', (t) => {
  const cache = scratch('gloss-code-cache-flip-');
  t.after(() => rmSync(cache, { recursive: true, force: true }));
  const good = run(BIN, cache, ['read', 'mackay', '--no-pager']);
  assert.equal(good.code, 0);
  const file = join(cache, 'code', cacheFiles(cache)[0]!);
  const bytes = readFileSync(file);
  // Flipped in the middle of the compiled code, where V8 itself checks nothing in a release build.
  for (let i = 0; i < 64; i++) bytes[Math.floor(bytes.length / 2) + i]! ^= 0x5a;
  writeFileSync(file, bytes);
  const damaged = identity(file);
  const again = run(BIN, cache, ['read', 'mackay', '--no-pager']);
  assert.deepEqual(again, good);
  assert.notEqual(identity(file), damaged, 'the damaged cache was replaced');
  const st = statSync(join(ROOT, 'dist', 'gloss.js'));
  assert.notEqual(readCache(file, [st.size, st.ino, st.mtimeMs, st.ctimeMs]), undefined, 'the new cache checks out for the bundle');
  assert.deepEqual(run(BIN, cache, ['read', 'mackay', '--no-pager']), good);
});

test('a code cache that cannot be written whole (a file size limit, as a full disk) is not put in place in part', (t) => {
  const cache = scratch('gloss-code-cache-full-');
  t.after(() => rmSync(cache, { recursive: true, force: true }));
  // ulimit -f 64: a write past 64 KiB is cut short, and the next fails (Node ignores SIGXFSZ).
  const r = spawnSync('bash', ['-c', 'ulimit -f 64 && exec "$@"', 'bash', process.execPath, BIN, '--color', 'never', 'search', 'trade secrets'], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: cache },
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /trade secrets/i);
  // Before: the first 64 KiB of the cache, renamed into place as if whole.
  assert.deepEqual(cacheFiles(cache), [], 'no cache file, rather than part of one');
  assert.deepEqual(existsSync(join(cache, 'code')) ? readdirSync(join(cache, 'code')) : [], [], 'and no temporary file left');
});

test('a rebuilt or edited bundle never runs the code cached for the one before', (t) => {
  // A copy of the installed program, so its bundle can be touched without disturbing other tests.
  const home = scratch('gloss-code-cache-bundle-');
  t.after(() => rmSync(home, { recursive: true, force: true }));
  for (const part of ['bin', 'dist', 'corpus', 'package.json']) cpSync(join(ROOT, part), join(home, part), { recursive: true });
  const bin = join(home, 'bin', 'gloss.js');
  const cache = join(home, 'cache');
  const first = run(bin, cache, ['claims', '--about', 'china']);
  assert.equal(first.code, 0);
  // The cache of the run that built the database is removed by the next, which the one after replaces.
  for (let i = 0; i < 2; i++) assert.deepEqual(run(bin, cache, ['claims', '--about', 'china']), first);
  const file = join(cache, 'code', cacheFiles(cache)[0]!);
  const made = identity(file);
  assert.deepEqual(run(bin, cache, ['claims', '--about', 'china']), first);
  assert.equal(identity(file), made);
  // Same size, same modification time: only the change time (and the content) differ.
  const bundle = join(home, 'dist', 'gloss.js');
  const { atime, mtime } = statSync(bundle);
  writeFileSync(bundle, readFileSync(bundle));
  utimesSync(bundle, atime, mtime);
  assert.deepEqual(run(bin, cache, ['claims', '--about', 'china']), first);
  assert.notEqual(identity(file), made, 'the cache was made again for the bundle as it is now');
});

test('no code cache in a cache folder others can write, nor through a link in its place', (t) => {
  const base = scratch('gloss-code-cache-open-');
  t.after(() => rmSync(base, { recursive: true, force: true }));
  const open = join(base, 'open');
  mkdirSync(open);
  chmodSync(open, 0o777);
  const r = run(BIN, open, ['search', 'trade secrets']);
  assert.equal(r.code, 0);
  assert.equal(existsSync(join(open, 'code')), false);
  const linked = join(base, 'linked');
  const elsewhere = join(base, 'elsewhere');
  mkdirSync(linked, { mode: 0o700 });
  mkdirSync(elsewhere, { mode: 0o700 });
  symlinkSync(elsewhere, join(linked, 'code'));
  assert.equal(run(BIN, linked, ['search', 'trade secrets']).stdout, r.stdout);
  assert.deepEqual(readdirSync(elsewhere), [], 'nothing written where the link points');
});

test('the built CLI bundle is ASCII, so it is read as Latin-1 (the quicker way; UTF-8 otherwise)', () => {
  const bytes = readFileSync(join(ROOT, 'dist', 'gloss.js'));
  const at = bytes.findIndex((b) => b > 0x7f);
  assert.equal(at, -1, `a non-ASCII byte at ${at}: ${bytes.subarray(Math.max(0, at - 40), at + 10).toString()}`);
});
