// A rebuild after an edit takes the unchanged articles from the database it replaces (store/reuse.ts):
// it opens the edited article's files and not the others', and the database it makes is the one a
// build from nothing makes, row for row. What may not be taken is read again: every article after a
// registry changed, an article with problems of its own, and every article when the old database
// turns out damaged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { BIN, ROOT, scratch } from './helpers.js';
import { openedRun } from './opened-files.js';
import { checksum } from '../src/store/sqlite.js';

const base = join(scratch('gloss-reuse-corpus-'), 'c');
const made = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-corpus.mjs'), base, '--articles', '40', '--seed', '3', '--yaml'], { encoding: 'utf8' });
assert.equal(made.status, 0, made.stderr);

/** A corpus of its own for a test, and a cache folder of its own. */
function setUp(): { corpus: string; cache: string; env: NodeJS.ProcessEnv } {
  const corpus = join(scratch('gloss-reuse-'), 'c');
  cpSync(base, corpus, { recursive: true });
  const cache = scratch('gloss-reuse-cache-');
  return { corpus, cache, env: { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: cache } };
}

function run(env: NodeJS.ProcessEnv, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The article files (.yaml, .txt) a run opened, by name. */
function articleFilesOpened(corpus: string, env: NodeJS.ProcessEnv, args: string[]) {
  const r = openedRun(BIN, ['--corpus', corpus, ...args], env, join(scratch('gloss-reuse-log-'), 'opened.json'));
  const dir = join(corpus, 'articles');
  return { ...r, files: [...new Set(r.opened.filter((p) => p.startsWith(dir + '/')).map((p) => p.slice(dir.length + 1)))].sort() };
}

function databaseOf(cache: string): string {
  const [folder] = readdirSync(cache).filter((f) => f.startsWith('corpus-'));
  assert.ok(folder, `no corpus database in ${cache}`);
  return join(cache, folder, 'corpus.db');
}

/** Every row of every table, in a form to compare: the database's whole content. */
function dump(file: string): Map<string, string[]> {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => String(r.name));
    const cell = (v: unknown) => (v instanceof Uint8Array ? `x'${Buffer.from(v).toString('hex')}'` : v);
    return new Map(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all().map((r) => JSON.stringify(Object.values(r).map(cell))).sort()]));
  } finally {
    db.close();
  }
}

/** The database in `cache` holds what a database built from nothing holds, table by table. */
function assertSameAsFresh(corpus: string, cache: string, args: string[]) {
  const fresh = setUpCache();
  const again = run(fresh, ['--corpus', corpus, ...args]);
  assert.equal(again.status, 0, again.stderr);
  const ours = dump(databaseOf(cache));
  const theirs = dump(databaseOf(fresh.GLOSS_CACHE_DIR!));
  assert.deepEqual([...ours.keys()], [...theirs.keys()]);
  for (const [table, rows] of theirs) {
    const mine = ours.get(table)!;
    assert.equal(mine.length, rows.length, `rows of ${table}`);
    const differing = rows.findIndex((r, i) => r !== mine[i]);
    assert.equal(differing, -1, `${table} differs: ${mine[differing]?.slice(0, 300)} against ${rows[differing]?.slice(0, 300)}`);
  }
  return again.stdout;
}

function setUpCache(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: scratch('gloss-reuse-fresh-') };
}

const articleFile = (corpus: string, n: number) => {
  const name = readdirSync(join(corpus, 'articles')).find((f) => f.startsWith(`gen-${String(n).padStart(5, '0')}-`) && f.endsWith('.yaml'));
  assert.ok(name);
  return join(corpus, 'articles', name);
};

/** Rewrites a file as an editor that saves through a new file does: written aside, renamed over it (the folder changes too). */
function saveAside(file: string, edit: (s: string) => string) {
  const text = edit(readFileSync(file, 'utf8'));
  writeFileSync(`${file}.swp`, text);
  renameSync(`${file}.swp`, file);
}

test('after one article is edited, the rebuild opens that article\'s files and no other, and makes the database a build from nothing makes', () => {
  const { corpus, cache, env } = setUp();
  const first = run(env, ['--corpus', corpus, 'claims', '--format', 'json']);
  assert.equal(first.status, 0, first.stderr);
  const edited = articleFile(corpus, 12);
  saveAside(edited, (s) => s.replace(/^title: .*$/m, 'title: An edited title'));
  const r = articleFilesOpened(corpus, env, ['list', '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const name = edited.split('/').pop()!;
  assert.deepEqual(r.files, [name, name.replace(/\.yaml$/, '.txt')].sort());
  assert.match(r.stdout, /An edited title/);
  assert.equal(assertSameAsFresh(corpus, cache, ['list', '--format', 'json']), r.stdout);

  // Edited in place this time (the folders keep their stamps): a claim's type changed.
  const other = articleFile(corpus, 30);
  writeFileSync(other, readFileSync(other, 'utf8').replace(/^(\s*)type: (\w+)$/m, (_, pad: string, t: string) => `${pad}type: ${t === 'opinion' ? 'denial' : 'opinion'}`));
  const again = articleFilesOpened(corpus, env, ['claims', '--format', 'json']);
  assert.equal(again.status, 0, again.stderr);
  const otherName = other.split('/').pop()!;
  assert.deepEqual(again.files, [otherName, otherName.replace(/\.yaml$/, '.txt')].sort());
  assert.equal(assertSameAsFresh(corpus, cache, ['claims', '--format', 'json']), again.stdout);
});

test('a registry edited: every article is read again (its problems and references depend on it)', () => {
  const { corpus, cache, env } = setUp();
  assert.equal(run(env, ['--corpus', corpus, 'actors', '--format', 'json']).status, 0);
  saveAside(join(corpus, 'actors.yaml'), (s) => s.replace(/^(\s*)name: Peter MacKay$/m, '$1name: Peter Gordon MacKay'));
  const r = articleFilesOpened(corpus, env, ['claims', '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.files.filter((f) => f.endsWith('.yaml')).length, 40);
  assert.equal(assertSameAsFresh(corpus, cache, ['claims', '--format', 'json']), r.stdout);
});

test('an article with a problem of its own (a proposal to review) is read again, with its problem where it was', () => {
  const { corpus, cache, env } = setUp();
  const troubled = articleFile(corpus, 5);
  writeFileSync(troubled, readFileSync(troubled, 'utf8').replace(/^(\s*)- actor: (.*)$/m, '$1- actor: $2\n$1  review: proposed by gloss draft'));
  const check = run(env, ['--corpus', corpus, 'check']);
  assert.match(check.stderr, /to review/);
  const edited = articleFile(corpus, 20);
  writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: Edited again'));
  const r = articleFilesOpened(corpus, env, ['check']);
  const names = [troubled, edited].map((f) => f.split('/').pop()!);
  assert.deepEqual(r.files, [...names, ...names.map((n) => n.replace(/\.yaml$/, '.txt'))].sort());
  assert.equal(r.stderr, check.stderr);
  assertSameAsFresh(corpus, cache, ['check']);
});

test('an old database with a damaged row or a row gone lends nothing: the rebuild reads every file', () => {
  for (const damage of ["UPDATE claims SET json = replace(json, 'a', 'b') WHERE n = 3", 'DELETE FROM mentions WHERE n = 7']) {
    const { corpus, cache, env } = setUp();
    assert.equal(run(env, ['--corpus', corpus, 'claims']).status, 0);
    const db = new DatabaseSync(databaseOf(cache));
    db.exec(damage);
    db.close();
    const edited = articleFile(corpus, 33);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: Edited'));
    const r = articleFilesOpened(corpus, env, ['claims', '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(r.files.filter((f) => f.endsWith('.yaml')).length, 40, damage);
    assert.equal(assertSameAsFresh(corpus, cache, ['claims', '--format', 'json']), r.stdout);
  }
});

// The writer takes an unchanged article's search documents from the old database too, copied by
// SQLite. Seen by a record altered there under a checksum made to fit (what no build makes, and
// what a command would serve as long as that database stood): it is in the new database, where a
// document made again would not be. On the building thread below 200 articles, on the writer's
// thread from 200 on.
for (const articles of [40, 210]) {
  test(`an unchanged article's search documents are copied from the old database, not made again (${articles} articles)`, () => {
    const { corpus, cache, env } = setUp();
    if (articles !== 40) {
      const more = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-corpus.mjs'), corpus, '--articles', String(articles), '--seed', '3', '--yaml'], { encoding: 'utf8' });
      assert.equal(more.status, 0, more.stderr);
    }
    assert.equal(run(env, ['--corpus', corpus, 'list']).status, 0);
    const file = databaseOf(cache);
    const db = new DatabaseSync(file);
    const row = db.prepare("SELECT n, record FROM search_docs WHERE code = 'p' AND article = 3 ORDER BY n LIMIT 1").get()!;
    const forged = String(row.record).replace('"text":"', '"text":"ZQXJ ');
    db.prepare('UPDATE search_docs SET record = ?, sum = ? WHERE n = ?').run(forged, checksum(forged), row.n as number);
    db.close();
    const edited = articleFile(corpus, 20);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: Edited'));
    const r = run(env, ['--corpus', corpus, 'list']);
    assert.equal(r.status, 0, r.stderr);
    const rebuilt = new DatabaseSync(databaseOf(cache), { readOnly: true });
    const copies = rebuilt.prepare("SELECT count(*) AS c FROM search_docs WHERE record LIKE '%ZQXJ%'").get()!.c;
    rebuilt.close();
    assert.equal(copies, 1);
    // Undone, the database is the one a build from nothing makes.
    const again = new DatabaseSync(databaseOf(cache));
    again.prepare('UPDATE search_docs SET record = ?, sum = ? WHERE record = ?').run(String(row.record), checksum(String(row.record)), forged);
    again.close();
    assertSameAsFresh(corpus, cache, ['list']);
  });
}
