// Freshness checked on a thread of its own (store/stat-thread.ts), as verify asks
// for it on a large corpus: the thread runs the same check as this thread, from its source, and
// sees a file changed, removed or still absent as the check here does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packStamps } from '../src/store/freshness.js';
import { StatThread } from '../src/store/stat-thread.js';
import { scratch } from './helpers.js';

function stampsOf(paths: readonly string[]): Float64Array {
  const stamps = new Float64Array(paths.length * 4);
  paths.forEach((p, i) => {
    const st = statSync(p, { throwIfNoEntry: false });
    stamps.set(st ? [st.size, st.mtimeMs, st.ctimeMs, st.ino] : [-1, -1, -1, -1], 4 * i);
  });
  return stamps;
}

/** The thread given copies: what it is given is moved to it. */
const onThread = (paths: string[], stamps: Float64Array) => new StatThread().check(Buffer.from(paths.join('\0')), new Uint8Array(stamps.slice().buffer));

test('the freshness thread answers: unchanged files are fresh; one rewritten, removed or come into being is not', async (t) => {
  const dir = scratch('gloss-fresh-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const files = ['a.yaml', 'a.txt', 'b.yaml'].map((f) => join(dir, f));
  for (const f of files) writeFileSync(f, 'text');
  const absent = join(dir, 'gone.txt');
  const paths = [...files, absent];
  const stamps = stampsOf(paths);
  assert.equal(await onThread(paths, stamps), true);
  writeFileSync(files[1]!, 'TEXT');
  assert.equal(await onThread(paths, stamps), false, 'a file rewritten, its size kept');
  const again = stampsOf(paths);
  rmSync(files[2]!);
  assert.equal(await onThread(paths, again), false, 'a file removed');
  const third = stampsOf(paths);
  writeFileSync(absent, 'new');
  assert.equal(await onThread(paths, third), false, 'a file that was absent, now there');
  // Stamps that do not match the paths in number are damage, never fresh.
  const now = stampsOf(paths);
  assert.equal(await onThread(paths, now), true);
  assert.equal(await onThread(paths.slice(1), now), false, 'more stamps than paths');
  assert.equal(await onThread(paths, now.slice(4)), false, 'fewer stamps than paths');
});

test('stamps packed in one row keep the last stamp of a path given twice, as the stamps table does', () => {
  const stamp = (path: string, size: number) => ({ path, article: null, size, mtime: 1, ctime: 2, ino: 3 });
  const packed = packStamps([stamp('/a', 1), stamp('/b', 2), stamp('/a', 5)]);
  assert.deepEqual(packed.paths.split('\0'), ['/a', '/b']);
  assert.deepEqual([...packed.stamps], [5, 1, 2, 3, 2, 1, 2, 3]);
  assert.deepEqual(packStamps([]), { paths: '', stamps: new Float64Array(0) });
});

test('a thread started before the stamps are known (as gloss starts it early) answers as one started with them', async (t) => {
  const dir = scratch('gloss-fresh-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const paths = ['a.txt', 'b.txt'].map((f) => join(dir, f));
  for (const f of paths) writeFileSync(f, 'text');
  const early = new StatThread();
  // Long enough for the thread to have started and be waiting.
  await new Promise((r) => setTimeout(r, 300));
  const stamps = stampsOf(paths);
  writeFileSync(paths[0]!, 'TEXT');
  assert.equal(await early.check(Buffer.from(paths.join('\0')), new Uint8Array(stamps.slice().buffer)), false, 'a file rewritten after its stamp');
  assert.equal(await new StatThread().check(Buffer.from(paths.join('\0')), new Uint8Array(stampsOf(paths).slice().buffer)), true);
});
