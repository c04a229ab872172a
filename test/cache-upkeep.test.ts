// The cache folder does not grow for ever (src/store/cache-upkeep.ts): the databases of corpora long
// unused, or whose folder is gone, are removed, once a day, through the real CLI and real files. Before
// this, a corpus's database (800 MB at 10,000 articles) stayed in the cache for good.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, gloss, scratch } from './helpers.js';
import { tidyCache, TIDIED } from '../src/store/cache-upkeep.js';

const DAY = 24 * 60 * 60;

function setup(t: { after: (fn: () => void) => void }, names: string[]) {
  const dir = scratch('gloss-upkeep-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const cache = join(dir, 'cache');
  const corpora = Object.fromEntries(
    names.map((n) => {
      const corpus = join(dir, n);
      cpSync(fixture('mini'), corpus, { recursive: true });
      return [n, corpus];
    }),
  );
  const run = (name: string, ...args: string[]) => gloss(['--corpus', corpora[name]!, ...args], { env: { GLOSS_CACHE_DIR: cache } });
  /** Each corpus's folder in the cache: the one its first run made. */
  const made = new Map<string, string>();
  const listing = () => (existsSync(cache) ? readdirSync(cache).filter((x) => x.startsWith('corpus-')) : []);
  const use = (name: string) => {
    const before = new Set(listing());
    const r = run(name, 'list');
    assert.equal(r.code, 0, r.stderr);
    const fresh = listing().filter((f) => !before.has(f));
    assert.equal(fresh.length, 1, `one folder made for ${name}`);
    made.set(name, join(cache, fresh[0]!));
  };
  const folderOf = (name: string) => made.get(name)!;
  /** Sets a file's or folder's times `days` back. */
  const age = (path: string, days: number) => {
    const t = Date.now() / 1000 - days * DAY;
    utimesSync(path, t, t);
  };
  /** Dates the last tidying `days` back (made if there was none, so that only the date decides). */
  const tidiedAgo = (days: number) => {
    if (!existsSync(join(cache, TIDIED))) writeFileSync(join(cache, TIDIED), '');
    age(join(cache, TIDIED), days);
  };
  return { dir, cache, corpora, run, use, folderOf, age, tidiedAgo };
}

test('a corpus not used for 30 days has its database removed, once a day; the corpus in use keeps its own', (t) => {
  const { cache, run, use, folderOf, age, tidiedAgo } = setup(t, ['used', 'idle', 'recent']);
  for (const name of ['used', 'idle', 'recent']) use(name);
  const [used, idle, recent] = ['used', 'idle', 'recent'].map(folderOf) as [string, string, string];
  assert.ok(existsSync(join(idle, 'corpus.db')));
  age(idle, 31);
  age(recent, 29);
  // Tidied within the day: not again, whatever is old (a run pays one stat for it).
  assert.equal(run('used', 'list').code, 0);
  assert.ok(existsSync(join(idle, 'corpus.db')), 'the cache was tidied less than a day ago');
  tidiedAgo(2);
  const r = run('used', 'list');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.ok(!existsSync(idle), 'the folder of the corpus unused for 31 days is gone');
  assert.ok(existsSync(join(recent, 'corpus.db')), 'a corpus unused for 29 days keeps its database');
  assert.ok(existsSync(join(used, 'corpus.db')));
  assert.ok(Date.now() - statSync(join(cache, TIDIED)).mtimeMs < 60_000, 'the tidying is dated');
  // The idle corpus, used again, is built again and answers as before.
  const again = run('idle', 'list', '--json');
  assert.equal(again.code, 0, again.stderr);
  assert.equal(again.stdout, run('used', 'list', '--json').stdout);
});

test('opening a corpus marks it used: a corpus read every day is never removed, and is not rebuilt', (t) => {
  const { run, use, folderOf, age, tidiedAgo } = setup(t, ['daily']);
  use('daily');
  const folder = folderOf('daily');
  const db = statSync(join(folder, 'corpus.db'));
  age(folder, 40);
  tidiedAgo(2);
  const r = run('daily', 'search', 'rocket');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(statSync(join(folder, 'corpus.db')).ino, db.ino, 'the same database, not removed and built again');
  assert.ok(Date.now() - statSync(folder).mtimeMs < 60_000, 'marked as used');
});

test('a corpus whose folder is gone has its database removed after a day; one still there is kept', (t) => {
  const { corpora, run, use, folderOf, age, tidiedAgo } = setup(t, ['here', 'moved', 'kept', 'gone-today']);
  for (const name of ['here', 'moved', 'kept', 'gone-today']) use(name);
  const [moved, kept, goneToday] = ['moved', 'kept', 'gone-today'].map(folderOf) as [string, string, string];
  // The corpus each was built from is recorded beside its database.
  assert.equal(readFileSync(join(moved, 'corpus-path'), 'utf8'), realpathSync(corpora.moved!));
  rmSync(corpora.moved!, { recursive: true });
  rmSync(corpora['gone-today']!, { recursive: true });
  age(moved, 2);
  age(kept, 2);
  tidiedAgo(2);
  assert.equal(run('here', 'list').code, 0);
  assert.ok(!existsSync(moved), 'the database of a corpus gone (and unused for two days) is removed');
  assert.ok(existsSync(join(kept, 'corpus.db')), 'a corpus still there, used two days ago, keeps its database');
  // Gone today (a drive unplugged, a folder being moved): kept for now.
  assert.ok(existsSync(join(goneToday, 'corpus.db')));
});

test('nothing is deleted through a link, and what is not gloss\'s stays', (t) => {
  const { dir, cache, run, use, folderOf, age, tidiedAgo } = setup(t, ['main', 'old']);
  use('main');
  use('old');
  const old = folderOf('old');
  // Someone's files, reached by links: one named as a corpus's folder, one inside an old corpus's folder.
  const theirs = join(dir, 'theirs');
  mkdirSync(theirs);
  writeFileSync(join(theirs, 'notes.txt'), 'keep me');
  const link = join(cache, 'corpus-00000000deadbeef');
  symlinkSync(theirs, link);
  symlinkSync(join(theirs, 'notes.txt'), join(old, 'notes-link'));
  mkdirSync(join(old, 'not-glosss'));
  writeFileSync(join(old, 'not-glosss', 'file'), 'x');
  // A person's own file there stays (before: every plain file but the database went); gloss's files of
  // the cache before the database, and a dead run's temporary file, go.
  writeFileSync(join(old, 'README-mine.txt'), 'my notes');
  for (const name of ['manifest.json', 'corpus-mi3k9a2bf7q1ab.ndjson', 'search-mi3k9a2bf7q1ab.txt', 'corpus-path.gloss-999999999-abc123.tmp']) writeFileSync(join(old, name), 'old');
  age(old, 31);
  tidiedAgo(2);
  const r = run('main', 'list');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readFileSync(join(theirs, 'notes.txt'), 'utf8'), 'keep me');
  assert.ok(!existsSync(link), 'the link itself is removed');
  assert.deepEqual(readdirSync(old).sort(), ['README-mine.txt', 'not-glosss', 'notes-link'], 'gloss\'s files are gone; what it did not make stays, the link as a link');
  assert.equal(readFileSync(join(old, 'README-mine.txt'), 'utf8'), 'my notes');
  assert.equal(readFileSync(join(old, 'not-glosss', 'file'), 'utf8'), 'x');
});

test('tidyCache: a clock set back is no reason to wait; a cache folder that is not private is left alone', (t) => {
  const dir = scratch('gloss-upkeep-unit-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const cache = join(dir, 'cache');
  const old = join(cache, 'corpus-0123456789abcdef');
  mkdirSync(old, { recursive: true, mode: 0o700 });
  writeFileSync(join(old, 'corpus.db'), 'db');
  const now = Date.now();
  const past = (now - 40 * DAY * 1000) / 1000;
  utimesSync(old, past, past);
  // A last tidying dated tomorrow (the clock was set back since).
  writeFileSync(join(cache, TIDIED), '');
  utimesSync(join(cache, TIDIED), now / 1000 + DAY, now / 1000 + DAY);
  assert.deepEqual(tidyCache(cache, now), [old]);
  assert.ok(!existsSync(old));
  // Within the day: nothing.
  mkdirSync(old, { mode: 0o700 });
  utimesSync(old, past, past);
  assert.deepEqual(tidyCache(cache, now + 1000), []);
  // A cache folder others may write is not gloss's to tidy.
  utimesSync(join(cache, TIDIED), past, past);
  chmodSync(cache, 0o777);
  assert.deepEqual(tidyCache(cache, now), []);
  assert.ok(existsSync(old));
});

