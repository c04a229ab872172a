// Freshness checked on a thread of its own (store/stat-thread.ts), as verify asks for it on a large
// corpus: the thread reads the stamps from the database file itself, runs the same check as this
// thread, from its source, and sees a file changed, removed or still absent as the check here does.
// Its answer counts only for the database it read (freshness.ts freshAside).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshAside, isFresh, packStamps, stampOf } from '../src/store/freshness.js';
import { keepEarly, StatThread } from '../src/store/stat-thread.js';
import { openDatabase, type Database } from '../src/store/sqlite.js';
import { TABLES } from '../src/store/schema.js';
import { sealed } from '../src/store/rows.js';
import { scratch } from './helpers.js';

function stampsOf(paths: readonly string[]): Float64Array {
  const stamps = new Float64Array(paths.length * 4);
  paths.forEach((p, i) => {
    const st = statSync(p, { throwIfNoEntry: false });
    stamps.set(st ? [st.size, st.mtimeMs, st.ctimeMs, st.ino] : [-1, -1, -1, -1], 4 * i);
  });
  return stamps;
}

/** A database at `file` of identity `id` holding `stamps` for `paths`, as a build stores them (build.ts). */
function databaseAt(file: string, id: string, paths: readonly string[], stamps: Float64Array): Database {
  rmSync(file, { force: true });
  const db = openDatabase(file);
  db.exec(TABLES);
  db.prepare('INSERT INTO meta VALUES (?, ?, ?)').run('id', ...sealed(id));
  db.prepare('INSERT INTO stamps_packed VALUES (?, ?)').run(Buffer.from(paths.join('\0')), new Uint8Array(stamps.slice().buffer));
  return db;
}

/** The thread's answer for a database of these stamps. */
function onThread(dir: string, paths: readonly string[], stamps: Float64Array) {
  const file = join(dir, 'corpus.db');
  databaseAt(file, 'one', paths, stamps).close();
  return new StatThread(file).check();
}

test('the freshness thread answers: unchanged files are fresh; one rewritten, removed or come into being is not', async (t) => {
  const dir = scratch('gloss-fresh-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const files = ['a.yaml', 'a.txt', 'b.yaml'].map((f) => join(dir, f));
  for (const f of files) writeFileSync(f, 'text');
  const absent = join(dir, 'gone.txt');
  const paths = [...files, absent];
  const stamps = stampsOf(paths);
  const fresh = (stamps: Float64Array, on = paths) => onThread(dir, on, stamps).then((a) => (assert.equal(a.id, 'one'), a.fresh));
  assert.equal(await fresh(stamps), true);
  writeFileSync(files[1]!, 'TEXT');
  assert.equal(await fresh(stamps), false, 'a file rewritten, its size kept');
  const again = stampsOf(paths);
  rmSync(files[2]!);
  assert.equal(await fresh(again), false, 'a file removed');
  const third = stampsOf(paths);
  writeFileSync(absent, 'new');
  assert.equal(await fresh(third), false, 'a file that was absent, now there');
  // Stamps that do not match the paths in number are damage, never fresh.
  const now = stampsOf(paths);
  assert.equal(await fresh(now), true);
  assert.equal(await fresh(now, paths.slice(1)), false, 'more stamps than paths');
  assert.equal(await fresh(now.slice(4)), false, 'fewer stamps than paths');
});

test('a file whose stat fails (a loop of symbolic links) counts as absent, on the thread and here: fresh while it stays so, stale once it can be read', async (t) => {
  const dir = scratch('gloss-fresh-loop-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const loop = join(dir, 'self.yaml');
  symlinkSync('self.yaml', loop);
  const absent = new Float64Array([-1, -1, -1, -1]);
  // Before: statSync threw ELOOP, on the thread (no answer, so checked again here) and here (an internal error).
  assert.equal((await onThread(dir, [loop], absent)).fresh, true, 'on the thread');
  assert.equal(isFresh(databaseAt(join(dir, 'here.db'), 'two', [loop], absent), 'all'), true, 'here');
  assert.equal(stampOf(loop, null), null, 'stamped as absent');
  rmSync(loop);
  writeFileSync(loop, 'now a file');
  assert.equal((await onThread(dir, [loop], absent)).fresh, false, 'on the thread, once it can be read');
  assert.equal(isFresh(databaseAt(join(dir, 'here.db'), 'two', [loop], absent), 'all'), false, 'here, once it can be read');
});

test('a database the thread cannot read gets an answer of no identity, which no database has', async (t) => {
  const dir = scratch('gloss-fresh-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  assert.deepEqual(await new StatThread(join(dir, 'none.db')).check(), { id: null, fresh: false }, 'no file');
  writeFileSync(join(dir, 'text.db'), 'not a database, though long enough to be read as one '.repeat(200));
  assert.deepEqual(await new StatThread(join(dir, 'text.db')).check(), { id: null, fresh: false }, 'not a database');
  const db = openDatabase(join(dir, 'bare.db'));
  db.exec(TABLES);
  db.close();
  assert.deepEqual(await new StatThread(join(dir, 'bare.db')).check(), { id: null, fresh: false }, 'no identity, no stamps');
});

test("the thread's answer counts only for the database it read: one renamed into place meanwhile is checked again", async (t) => {
  // A racing rebuild renames a new database to the file name the thread opens: the thread's answer
  // is then of the other database, whose stamps may say the opposite of this one's.
  const dir = scratch('gloss-fresh-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const paths = ['a.txt', 'b.txt'].map((f) => join(dir, f));
  for (const f of paths) writeFileSync(f, 'text');
  const before = stampsOf(paths);
  writeFileSync(paths[0]!, 'longer text');
  const now = stampsOf(paths);
  const mine = join(dir, 'mine.db');
  const other = join(dir, 'other.db');
  for (const [stale, current, fresh] of [
    [before, now, true],
    [now, before, false],
  ] as const) {
    // The thread reads a database of other stamps, stale where this one is current, or the reverse.
    databaseAt(other, 'other', paths, stale).close();
    const db = databaseAt(mine, 'mine', paths, current);
    keepEarly(new StatThread(other));
    assert.equal(await freshAside(db, mine), fresh, `this database's stamps ${fresh ? 'hold' : 'do not hold'}`);
    // A thread that read this very database is taken at its word.
    keepEarly(new StatThread(mine));
    assert.equal(await freshAside(db, mine), fresh);
    db.close();
  }
});

test('stamps packed in one row keep the last stamp of a path given twice, as the stamps table does', () => {
  const stamp = (path: string, size: number) => ({ path, article: null, size, mtime: 1, ctime: 2, ino: 3 });
  const packed = packStamps([stamp('/a', 1), stamp('/b', 2), stamp('/a', 5)]);
  assert.deepEqual(packed.paths.split('\0'), ['/a', '/b']);
  assert.deepEqual([...packed.stamps], [5, 1, 2, 3, 2, 1, 2, 3]);
  assert.deepEqual(packStamps([]), { paths: '', stamps: new Float64Array(0) });
});

test('a thread whose answer is taken late (as gloss takes the one started early) answers as one asked at once', async (t) => {
  const dir = scratch('gloss-fresh-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const paths = ['a.txt', 'b.txt'].map((f) => join(dir, f));
  for (const f of paths) writeFileSync(f, 'text');
  const file = join(dir, 'corpus.db');
  const stamps = stampsOf(paths);
  databaseAt(file, 'one', paths, stamps).close();
  const early = new StatThread(file);
  // Long enough for the thread to have answered and ended.
  await new Promise((r) => setTimeout(r, 300));
  assert.deepEqual(await early.check(), { id: 'one', fresh: true });
  writeFileSync(paths[0]!, 'TEXT');
  assert.deepEqual(await new StatThread(file).check(), { id: 'one', fresh: false }, 'a file rewritten after its stamp');
});
