// The corpus's database under faults a hostile user (or a crash) can make: it is never trusted
// blindly (src/store/). Each test names the fault it makes; each failed on the NDJSON cache before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BIN, fixture, gloss, ROOT, scratch } from './helpers.js';
import { openDatabase } from '../src/platform/sqlite.js';

function setup(t: { after: (fn: () => void) => void }, name = 'mini') {
  const dir = scratch('gloss-faults-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, 'corpus');
  cpSync(fixture(name), corpus, { recursive: true });
  const cache = join(dir, 'cache');
  const run = (...args: string[]) => gloss(['--corpus', corpus, ...args], { env: { GLOSS_CACHE_DIR: cache } });
  const uncached = (...args: string[]) => gloss(['--corpus', corpus, ...args], { env: { GLOSS_CACHE: '0' } });
  /** The per-corpus folder in the cache, and the files in it. */
  const folder = () => join(cache, readdirSync(cache).find((f) => f.startsWith('corpus-'))!);
  const files = () => readdirSync(folder()).map((f) => join(folder(), f)).filter((f) => statSync(f).isFile());
  return { dir, corpus, cache, run, uncached, folder, files };
}

/** Rewrites a file in place (same inode), keeping its size, then sets its modification time back as `touch -r` does. */
function editKeepingStamps(file: string, edit: (s: string) => string): void {
  // The reference copy outside the corpus: made beside the file, it would change its folder's stamps.
  const refs = scratch('gloss-ref-');
  const ref = join(refs, 'ref');
  assert.equal(spawnSync('cp', ['-p', file, ref]).status, 0);
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  assert.equal(Buffer.byteLength(after), Buffer.byteLength(before), 'the edit keeps the size');
  assert.notEqual(after, before);
  writeFileSync(file, after);
  assert.equal(spawnSync('touch', ['-r', ref, file]).status, 0);
  rmSync(refs, { recursive: true });
}

test('an edit keeping size, inode and modification time (touch -r) is seen: by the listings, by show, and by check', (t) => {
  const { corpus, run } = setup(t);
  assert.equal(run('list', '--json').code, 0);
  assert.equal(run('show', 'rocket', '--json').code, 0);
  const yaml = join(corpus, 'articles', 'rocket-2020.yaml');
  const stat = statSync(yaml);
  editKeepingStamps(yaml, (s) => s.replace('Fixture Times', 'Fixture Tymes'));
  assert.equal(statSync(yaml).mtimeMs, stat.mtimeMs);
  assert.equal(statSync(yaml).ino, stat.ino);
  assert.equal(JSON.parse(run('list', '--json').stdout)[0].outlet, 'Fixture Tymes');
  editKeepingStamps(yaml, (s) => s.replace('Fixture Tymes', 'Fixture Tames'));
  assert.equal(JSON.parse(run('show', 'rocket', '--json').stdout).outlet, 'Fixture Tames');
  // Export makes its first records while the files are checked: none of them is written from the stale database.
  editKeepingStamps(yaml, (s) => s.replace('Fixture Tames', 'Fixture Tumes'));
  const exported = run('export', '--format', 'ndjson');
  assert.equal(exported.code, 0, exported.stderr);
  assert.match(exported.stdout, /"outlet":"Fixture Tumes"/);
  assert.doesNotMatch(exported.stdout, /Fixture Tames/);

  // The text itself, edited the same way: its checksum no longer matches, and check says so.
  editKeepingStamps(join(corpus, 'articles', 'rocket-2020.txt'), (s) => s.replace('backs the', 'backs tha'));
  const r = run('check');
  assert.equal(r.code, 2, r.stdout);
  assert.match(r.stderr, /rocket-2020\.txt has changed/);
});

test('an article saved in place to name an actor is seen by every answer that depends on it: listings by actor, counts, profiles, show', (t) => {
  const dir = scratch('gloss-faults-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, 'corpus');
  const env = { GLOSS_CACHE_DIR: join(dir, 'cache') };
  const run = (...args: string[]) => gloss(['--corpus', corpus, ...args], { env });
  assert.equal(gloss(['init', corpus]).code, 0);
  writeFileSync(join(dir, 's2.txt'), 'Second story\n\nCritics were loud.\n');
  assert.equal(run('add', join(dir, 's2.txt'), '--id', 'second', '--date', '2024-06-01', '--outlet', 'Gazette').code, 0);
  const ask = () => ({
    claims: run('claims', '--actor', 'critics', '--format', 'tsv', '--fields', 'id', '--no-header').stdout,
    mentions: run('mentions', '--actor', 'critics', '--format', 'tsv', '--fields', 'id', '--no-header').stdout,
    actors: run('actors', '--format', 'tsv', '--fields', 'id,mentions,claimsMade', '--no-header').stdout,
    agreements: run('agreements', '--format', 'tsv', '--fields', 'id,claimsAbout', '--no-header').stdout,
    profile: run('actor', 'critics', '--json').stdout,
    show: run('show', 'critics', '--json').stdout,
  });
  const before = ask();
  // Saved in place as an editor does (same inode; no folder's stamp changes): now it names critics.
  const yaml = join(corpus, 'articles', 'second.yaml');
  const ino = statSync(yaml).ino;
  const text = readFileSync(yaml, 'utf8').replace(/mentions: \[\]\n/, 'mentions:\n  - {actor: critics, quote: "Critics"}\n').replace(/claims: \[\]\n/, 'claims:\n  - {id: c1, quote: "were loud", source: critics, attribution: author, type: report, about: [harbour-accord]}\n');
  assert.notEqual(text, readFileSync(yaml, 'utf8'), 'the edit applies');
  writeFileSync(yaml, text);
  assert.equal(statSync(yaml).ino, ino);
  const after = ask();
  const uncached = (...args: string[]) => gloss(['--corpus', corpus, ...args], { env: { GLOSS_CACHE: '0' } }).stdout;
  // Before: each answer was the old one, exit 0 (only the articles the index named were checked).
  assert.match(after.claims, /^second:c1$/m);
  assert.match(after.mentions, /^second:m\d+$/m);
  assert.equal(after.actors, uncached('actors', '--format', 'tsv', '--fields', 'id,mentions,claimsMade', '--no-header'));
  assert.notEqual(after.actors, before.actors);
  assert.equal(after.agreements, uncached('agreements', '--format', 'tsv', '--fields', 'id,claimsAbout', '--no-header'));
  assert.notEqual(after.agreements, before.agreements);
  assert.match(after.profile, /second/);
  assert.equal(after.show, uncached('show', 'critics', '--json'));
  assert.notEqual(after.show, before.show);
  // Broken in place: each of them says the corpus has an error (exit 2), none answers from the old rows.
  writeFileSync(yaml, 'id: [\n');
  for (const args of [['claims', '--actor', 'critics'], ['mentions', '--actor', 'critics'], ['actors'], ['agreements'], ['actor', 'critics'], ['show', 'critics']]) {
    const r = run(...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /second\.yaml:\d+:\d+/, args.join(' '));
  }
});

test("a database copied from another corpus's cache folder is not trusted: rebuilt, and check still sees a changed text", (t) => {
  const dir = scratch('gloss-faults-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const [a, b] = [join(dir, 'a'), join(dir, 'b')];
  const envOf = (c: string) => ({ GLOSS_CACHE_DIR: join(dir, `cache-${basename(c)}`) });
  const run = (c: string, ...args: string[]) => gloss(['--corpus', c, ...args], { env: envOf(c) });
  const dbOf = (c: string) => {
    const cache = envOf(c).GLOSS_CACHE_DIR;
    return join(cache, readdirSync(cache).find((f) => f.startsWith('corpus-'))!, 'corpus.db');
  };
  for (const c of [a, b]) assert.equal(gloss(['init', c]).code, 0);
  const registry = join(b, 'registry.yaml');
  writeFileSync(registry, readFileSync(registry, 'utf8').replace('Fisheries Minister', 'Finance Minister'));
  const role = (c: string) => run(c, 'actors', '--format', 'tsv', '--fields', 'id,role', '--no-header').stdout;
  assert.match(role(a), /^ann-lee\tFisheries Minister$/m);
  assert.match(role(b), /^ann-lee\tFinance Minister$/m);
  cpSync(dbOf(b), dbOf(a));
  // Before: a showed b's rows ("Finance Minister") until b's files changed, and check passed a's changed text.
  assert.match(role(a), /^ann-lee\tFisheries Minister$/m);
  cpSync(dbOf(b), dbOf(a));
  writeFileSync(join(a, 'articles', 'harbour-talks.txt'), `${readFileSync(join(a, 'articles', 'harbour-talks.txt'), 'utf8')}tampered\n`);
  const r = run(a, 'check');
  assert.equal(r.code, 2, r.stdout);
  assert.match(r.stderr, /harbour-talks\.txt has changed/);
});

/** Flips a letter of every occurrence of `needle` (as UTF-8) in a file; returns how many it flipped. */
function flipEvery(file: string, needle: string): number {
  const bytes = readFileSync(file);
  const pattern = Buffer.from(needle);
  let n = 0;
  for (let at = bytes.indexOf(pattern); at !== -1; at = bytes.indexOf(pattern, at + 1)) {
    bytes[at + 2] = 'X'.charCodeAt(0);
    n++;
  }
  writeFileSync(file, bytes);
  return n;
}

test('flipped bytes in the cache never reach the output: the database is rebuilt, the output correct', (t) => {
  const { run, uncached, files } = setup(t);
  const expected = uncached('claims', '--json');
  assert.equal(expected.code, 0);
  assert.equal(run('claims', '--json').stdout, expected.stdout);
  assert.equal(run('search', 'good', 'start', '--json').code, 0);
  // A quote as stored: flipped wherever the cache holds it (its claim, its article's text, its search document).
  const flipped = files().reduce((n, f) => n + flipEvery(f, 'good start for everyone'), 0);
  assert.ok(flipped > 0, 'the cache holds the quote');
  const again = run('claims', '--json');
  assert.equal(again.code, 0, again.stderr);
  assert.equal(again.stdout, expected.stdout);
  for (const f of files()) flipEvery(f, 'good start for everyone');
  const search = run('search', 'good', 'start', '--json');
  assert.equal(search.stdout, uncached('search', 'good', 'start', '--json').stdout);
  for (const f of files()) flipEvery(f, 'Harbour Accord');
  const read = run('read', 'rocket', '--no-pager');
  assert.equal(read.stdout, uncached('read', 'rocket', '--no-pager').stdout);
});

test('flipped bytes in a stored text never make verify call a quote verbatim, nor lose one that is', (t) => {
  const { run, uncached, files } = setup(t);
  const expected = uncached('verify', 'good start for everyone', '--json');
  assert.equal(expected.code, 0);
  assert.equal(run('verify', 'good start for everyone', '--json').stdout, expected.stdout);
  // The cache's copy of the text now holds "goXd start for everyone", which the corpus does not.
  assert.ok(files().reduce((n, f) => n + flipEvery(f, 'good start for everyone'), 0) > 0);
  const flipped = run('verify', 'goXd start for everyone', '--json');
  assert.equal(flipped.code, 1, flipped.stdout);
  assert.equal(JSON.parse(flipped.stdout).verbatim, false);
  for (const f of files()) flipEvery(f, 'good start for everyone');
  const again = run('verify', 'good start for everyone', '--json');
  assert.equal(again.code, 0, again.stderr);
  assert.equal(again.stdout, expected.stdout);
  // The article's id changed in its column alone (its record, its stamps' paths as they were):
  // verify takes the id from that column, checked with the text, and never shows the changed one.
  const db = openDatabase(files().find((f) => f.endsWith('.db'))!);
  assert.equal(db.prepare("UPDATE articles SET id = 'roXket-2020' WHERE id = 'rocket-2020'").run().changes, 1);
  db.close();
  const id = run('verify', 'good start for everyone', '--json');
  assert.equal(id.code, 0, id.stderr);
  assert.equal(id.stdout, expected.stdout);
});

test('a misquote is answered from every stored text, each checked: a flipped byte in the closest passage is caught, the answer as without a cache', (t) => {
  const { run, uncached, files } = setup(t);
  const expected = uncached('verify', 'a good strat for everyone', '--json');
  assert.equal(expected.code, 1, expected.stderr);
  assert.match(expected.stdout, /good start for everyone/);
  assert.equal(run('verify', 'a good strat for everyone', '--json').stdout, expected.stdout);
  // The closest passage, flipped in the stored text (and wherever else the cache holds it).
  assert.ok(files().reduce((n, f) => n + flipEvery(f, 'good start for everyone'), 0) > 0);
  const after = run('verify', 'a good strat for everyone', '--json');
  assert.equal(after.code, 1, after.stderr);
  assert.equal(after.stdout, expected.stdout);
});

test('a truncated cache file is rebuilt: search gives every result, not an internal error or fewer', (t) => {
  const { run, uncached, files } = setup(t);
  const args = ['search', 'accord', '--json', '--limit', '0'];
  const expected = uncached(...args);
  assert.equal(expected.code, 0);
  assert.ok(JSON.parse(expected.stdout).length > 2);
  assert.equal(run(...args).stdout, expected.stdout);
  // Each file of the cache cut short in turn (whatever files the cache is made of).
  // (A name without the generation it may carry: the same file of a rebuilt cache.)
  const kind = (f: string) => basename(f).replace(/-[a-z0-9]{8,}\./, '.');
  for (const name of files().map(kind)) {
    for (const cut of [0.5, 0.97]) {
      const f = files().find((x) => kind(x) === name);
      if (!f) continue;
      writeFileSync(f, readFileSync(f).subarray(0, Math.floor(statSync(f).size * cut)));
      const r = run(...args);
      assert.doesNotMatch(r.stderr, /internal error/);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, expected.stdout, `${name} cut to ${cut}`);
    }
  }
});

test('processes racing to rebuild, and reading while others rebuild, all give whole answers', async (t) => {
  const { corpus, cache, uncached } = setup(t);
  const args = ['search', 'accord', '--json', '--limit', '0'];
  const expected = uncached(...args).stdout;
  const once = () =>
    new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const p = spawn(process.execPath, [BIN, '--corpus', corpus, ...args], { env: { PATH: process.env.PATH, GLOSS_CACHE_DIR: cache } });
      let out = '';
      let err = '';
      p.stdout.on('data', (d) => (out += d));
      p.stderr.on('data', (d) => (err += d));
      p.on('close', (code) => resolve({ code, out, err }));
    });
  const yaml = join(corpus, 'registry.yaml');
  for (let round = 0; round < 4; round++) {
    // Each round the corpus changes (a registry rewritten as it was), so every process finds its cache stale.
    writeFileSync(yaml, readFileSync(yaml));
    const results = await Promise.all(Array.from({ length: 6 }, once));
    for (const r of results) {
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out, expected);
    }
  }
});

test('an unusable cache folder: one warning, and gloss works without a cache', (t) => {
  const { dir, corpus, uncached } = setup(t);
  const expected = uncached('claims', '--json').stdout;
  const file = join(dir, 'a-file');
  writeFileSync(file, 'not a folder');
  // Each with its reason, and advice that does not send the person back to the setting they made.
  const cases: [NodeJS.ProcessEnv, string][] = [
    [{ GLOSS_CACHE_DIR: file }, '(it is a file, not a folder); working without a cache (set GLOSS_CACHE_DIR to another folder, of your own)'],
    [{ GLOSS_CACHE_DIR: join(file, 'below') }, '(a part of the path is a file, not a folder); working without a cache (set GLOSS_CACHE_DIR to another folder, of your own)'],
    [{ GLOSS_CACHE_DIR: '', XDG_CACHE_HOME: '', HOME: '/dev/null' }, '(a part of the path is a file, not a folder); working without a cache (set GLOSS_CACHE_DIR to a folder of your own)'],
  ];
  for (const [env, why] of cases) {
    for (const args of [['claims', '--json'], ['search', 'accord']]) {
      const r = gloss(['--corpus', corpus, ...args], { env });
      assert.equal(r.code, 0, `${JSON.stringify(env)}: ${r.stderr}`);
      // (Besides the progress lines a slow first run writes, after its first second.)
      const lines = r.stderr.split('\n').filter((l) => l && !/^gloss: (reading|saving|indexing)/.test(l));
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0]!, /^gloss: warning: cannot use the cache folder .*working without a cache/);
      assert.ok(lines[0]!.endsWith(why), `${JSON.stringify(env)}: ${lines[0]}`);
      if (args[0] === 'claims') assert.equal(r.stdout, expected);
    }
  }
  assert.equal(readFileSync(file, 'utf8'), 'not a folder');
});

// A read-only file system is made by mounting one: only where this runs as root with mount (CI does).
const canMount = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v mount umount']).status === 0;

test('a cache folder on a read-only file system: the warning says so, and the answer comes from memory', { skip: !canMount && 'mounting a read-only file system needs root' }, (t) => {
  const { corpus, uncached } = setup(t);
  // A folder of its own, unmounted before it is removed (setup's folder is removed by an earlier hook).
  const mnt = scratch('gloss-ro-');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=700,ro', 'tmpfs', mnt], { encoding: 'utf8' });
  t.after(() => {
    if (mounted.status === 0) spawnSync('umount', [mnt]);
    rmSync(mnt, { recursive: true, force: true });
  });
  if (mounted.status !== 0) return t.skip(`mount refused here: ${mounted.stderr.trim()}`);
  const r = gloss(['--corpus', corpus, 'claims', '--json'], { env: { GLOSS_CACHE_DIR: mnt } });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, uncached('claims', '--json').stdout);
  // Before: "(it must be a folder of this user's, private) ... (set GLOSS_CACHE_DIR to a folder of your own)".
  assert.match(r.stderr, /^gloss: warning: cannot use the cache folder \S+ \(it is on a read-only file system\); working without a cache \(set GLOSS_CACHE_DIR to another folder, of your own\)\n$/);
});

test('a database that cannot be written (a folder in its place): one warning, the answer from memory, the folder left', (t) => {
  const { uncached, run, folder } = setup(t);
  const expected = uncached('claims', '--json').stdout;
  assert.equal(run('list').code, 0);
  const db = join(folder(), 'corpus.db');
  rmSync(db);
  mkdirSync(db);
  writeFileSync(join(db, 'theirs'), 'x');
  for (let i = 0; i < 2; i++) {
    const r = run('claims', '--json');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, expected);
    // Before: silently without a cache, on every run, for good.
    assert.match(r.stderr, /^gloss: warning: cannot write the corpus database .*corpus\.db \(EISDIR\); working without a cache/);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
  assert.equal(readFileSync(join(db, 'theirs'), 'utf8'), 'x');
});

test('a database that runs out of room while it is built (a file size limit, as a full disk): the warning gives SQLite\'s reason, not its error code', (t) => {
  const { corpus, cache, uncached } = setup(t);
  const expected = uncached('claims', '--json').stdout;
  // ulimit -f: writes past 64 KiB fail (Node ignores SIGXFSZ, so the write gets EFBIG), as on a full disk.
  const r = spawnSync('bash', ['-c', 'ulimit -f 64 && exec "$@"', 'bash', process.execPath, BIN, '--corpus', corpus, 'claims', '--json'], { env: { ...process.env, GLOSS_CACHE_DIR: cache, NO_COLOR: '1' }, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, expected);
  // Before: "(ERR_SQLITE_ERROR)", the code every node:sqlite error has.
  assert.match(r.stderr, /^gloss: warning: cannot write the corpus database .*corpus\.db \((disk I\/O error|database or disk is full)\); working without a cache/);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
});

test('a per-corpus cache folder that is a symlink: nothing is deleted through it', (t) => {
  const { dir, cache, run, folder } = setup(t);
  assert.equal(run('list').code, 0);
  const mine = folder();
  rmSync(mine, { recursive: true });
  const victim = join(dir, 'victim');
  mkdirSync(victim);
  // Files named as the cache's own would be, and one that is not.
  for (const name of ['precious.txt', 'manifest.json', 'corpus.db', 'corpus-abc.ndjson', 'corpus.db.1.x.tmp']) writeFileSync(join(victim, name), 'keep me');
  symlinkSync(victim, mine);
  const r = run('claims', '--json');
  assert.equal(r.code, 0, r.stderr);
  assert.ok(JSON.parse(r.stdout).length > 0);
  assert.deepEqual(readdirSync(victim).sort(), ['corpus-abc.ndjson', 'corpus.db', 'corpus.db.1.x.tmp', 'manifest.json', 'precious.txt']);
  for (const f of readdirSync(victim)) assert.equal(readFileSync(join(victim, f), 'utf8'), 'keep me');
  assert.ok(existsSync(cache));
});

test('a cache folder shared with other programs (GLOSS_CACHE_DIR): files that only look like temporary ones, fresh or days old, are not gloss\'s to remove', (t) => {
  const { cache, run } = setup(t);
  mkdirSync(join(cache, 'sub'), { recursive: true });
  writeFileSync(join(cache, 'job.88888.tmp'), 'another program');
  writeFileSync(join(cache, 'sub', 'x.1.tmp'), 'another program');
  const old = new Date(Date.now() - 2 * 86_400_000);
  utimesSync(join(cache, 'sub', 'x.1.tmp'), old, old);
  // A day-old leftover of gloss's own (its process id long reused) goes.
  writeFileSync(join(cache, `leftover.gloss-${process.pid}-abc.tmp`), 'gloss');
  utimesSync(join(cache, `leftover.gloss-${process.pid}-abc.tmp`), old, old);
  assert.equal(run('list').code, 0);
  assert.equal(readFileSync(join(cache, 'job.88888.tmp'), 'utf8'), 'another program');
  assert.equal(readFileSync(join(cache, 'sub', 'x.1.tmp'), 'utf8'), 'another program');
  assert.ok(!existsSync(join(cache, `leftover.gloss-${process.pid}-abc.tmp`)));
});

test('the cache folder is private, and what killed runs left is cleaned by a later run', (t) => {
  const { cache, run, folder } = setup(t);
  assert.equal(run('list').code, 0);
  assert.equal(statSync(cache).mode & 0o777, 0o700);
  assert.equal(statSync(folder()).mode & 0o777, 0o700);
  // A temporary database of a build that died (no such process), and one of a live build (this test's own process).
  const dead = join(folder(), 'corpus.db.gloss-999999999-dead.tmp');
  const live = join(folder(), `corpus.db.gloss-${process.pid}-live.tmp`);
  writeFileSync(dead, 'half a database');
  writeFileSync(live, 'a database being built');
  assert.equal(run('list').code, 0);
  assert.ok(!existsSync(dead), 'a dead build leaves nothing for long');
  assert.ok(lstatSync(live).isFile(), "a live build's file is left alone");
});

test('from 5,000 files on, search checks every file on a second thread: an edit keeping size, inode and modification time is still seen', (t) => {
  const dir = scratch('gloss-faults-aside-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, 'corpus');
  // 2,600 articles: a text and an annotation file each, over the 5,000 files where the check moves to a thread.
  const made = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-corpus.mjs'), corpus, '--articles', '2600', '--seed', '4'], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  const run = (...args: string[]) => gloss(['--corpus', corpus, ...args], { env: { GLOSS_CACHE_DIR: join(dir, 'cache') } });
  assert.equal(run('search', 'Beijing', '--limit', '1').code, 0);
  const texts = readdirSync(join(corpus, 'articles')).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus, 'articles', f));
  const text = texts.slice(1300).find((f) => /\bBeijing\b/.test(readFileSync(f, 'utf8')))!;
  const id = basename(text, '.txt');
  editKeepingStamps(text, (s) => s.replace(/\bBeijing\b/, 'Qzxwvjk'));
  // The edited text no longer matches its annotation's SHA-256: the article is left out, and said so.
  const after = run('search', 'Qzxwvjk');
  assert.equal(after.code, 2, after.stderr);
  assert.match(after.stderr, new RegExp(id));
  // The database is large enough (over 64 MB) for the thread to be started as gloss starts, before
  // the database is open (cli/early-thread.ts): verify, given the stamps by that thread, sees an edit too.
  const databases = readdirSync(join(dir, 'cache')).filter((f) => f.startsWith('corpus-')).map((f) => join(dir, 'cache', f, 'corpus.db'));
  assert.ok(databases.some((f) => statSync(f).size > 64 * 1024 * 1024), 'the database is over 64 MB');
  const other = texts.slice(1400).find((f) => /\bBeijing\b/.test(readFileSync(f, 'utf8')))!;
  editKeepingStamps(other, (s) => s.replace(/\bBeijing\b/, 'Vbnmqzx'));
  const verified = run('verify', 'Vbnmqzx');
  assert.equal(verified.code, 2, verified.stderr);
  assert.match(verified.stderr, new RegExp(basename(other, '.txt')));
  // An edit of the annotation file of an article the quote stands in, keeping its stamps, is seen too.
  for (const [file, word] of [[text, 'Qzxwvjk'], [other, 'Vbnmqzx']] as const) editKeepingStamps(file, (s) => s.replace(word, 'Beijing'));
  const third = texts.slice(1500).find((f) => /\bBeijing\b/.test(readFileSync(f, 'utf8')))!;
  const quote = /[^.\n]*\bBeijing\b[^.\n]*/.exec(readFileSync(third, 'utf8'))![0];
  assert.equal(run('verify', quote).code, 0);
  const annotations = third.replace(/\.txt$/, '.yaml');
  editKeepingStamps(annotations, (s) => s.replace('"claims":', '"claimz":'));
  const seen = run('verify', quote);
  assert.equal(seen.code, 2, seen.stdout);
  assert.match(seen.stderr, new RegExp(basename(annotations)));
});

/** A generated corpus of 300 articles (over 5,000 search documents: a word index) with a cache of its own. */
function generated(t: { after: (fn: () => void) => void }, prefix: string, articles = 300) {
  const dir = scratch(prefix);
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, 'corpus');
  const made = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-corpus.mjs'), corpus, '--articles', String(articles), '--seed', '5'], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  const cache = join(dir, 'cache');
  const run = (...args: string[]) => gloss(['--corpus', corpus, ...args], { env: { GLOSS_CACHE_DIR: cache } });
  const database = () => join(cache, readdirSync(cache).find((f) => f.startsWith('corpus-'))!, 'corpus.db');
  return { corpus, run, database };
}

test('a large corpus: flipped bytes in the search texts a short word is found in are caught, the database rebuilt, the results as before', (t) => {
  // Over 5,000 search documents: a word too short to look up is found by the database (instr over the
  // stored texts), which hands the texts it found to the search.
  const { run, database } = generated(t, 'gloss-faults-short-');
  const before = run('search', 'Xi', '--limit', '0', '--format', 'json');
  assert.equal(before.code, 0, before.stderr);
  assert.ok((JSON.parse(before.stdout) as unknown[]).length > 100, 'a short word with many results');
  // In the folded texts (only they hold it in lower case): "president xi" made "prXsident xi", a text
  // still found, and "t xi" made "t Xi", a text no longer found by instr.
  for (const needle of ['president xi', 't xi']) {
    assert.ok(flipEvery(database(), needle) > 0, `the database holds "${needle}"`);
    const after = run('search', 'Xi', '--limit', '0', '--format', 'json');
    assert.equal(after.code, 0, after.stderr);
    assert.equal(after.stdout, before.stdout, `flipped in "${needle}"`);
  }
});

test('a large corpus: a byte flipped in one of the texts a quote across lines stands in never loses that place', (t) => {
  const { corpus, run, database } = generated(t, 'gloss-faults-across-');
  // A quote holding a line break is looked for in whole texts (the articles the word index names), not in lines.
  const text = readFileSync(join(corpus, 'articles', 'collins-cyber-deal-2016.txt'), 'utf8');
  const at = text.indexOf('\n\nWhether');
  assert.ok(at > 0);
  const quote = text.slice(text.lastIndexOf(' ', at - 10), at + 'Whether “naming and shaming”'.length + 2).trim();
  assert.match(quote, /\n\nWhether/);
  const before = run('verify', quote, '--json');
  assert.equal(before.code, 0, before.stderr);
  const places = (JSON.parse(before.stdout) as { places: { article: string }[] }).places;
  assert.ok(places.length > 2, `the quote stands in several articles (${places.length})`);
  // One of those texts changed in the database alone, its checksum as it was: a flipped byte.
  const db = openDatabase(database());
  const changed = db.prepare("UPDATE articles SET text = replace(text, 'Whether “naming', 'WhXther “naming') WHERE id = ?").run(places[1]!.article).changes;
  db.close();
  assert.equal(changed, 1);
  const after = run('verify', quote, '--json');
  assert.equal(after.code, 0, after.stderr);
  assert.equal(after.stdout, before.stdout);
});

test('a large corpus whose database runs out of room while a worker thread writes it: one warning with SQLite\'s reason, the answer, and the process ends', (t) => {
  // 300 articles: the database is written by a worker thread (build.ts WORKER_FROM). Before, the
  // worker, failed and never told to close, kept the process alive after the answer: it never exited.
  const { corpus, run } = generated(t, 'gloss-faults-full-');
  const expected = run('claims', '--json', '--limit', '5');
  assert.equal(expected.code, 0, expected.stderr);
  const cache = scratch('gloss-faults-full-cache-');
  t.after(() => rmSync(cache, { recursive: true, force: true }));
  const r = spawnSync('bash', ['-c', 'ulimit -f 64 && exec "$@"', 'bash', process.execPath, BIN, '--corpus', corpus, 'claims', '--json', '--limit', '5'], {
    env: { ...process.env, GLOSS_CACHE_DIR: cache, NO_COLOR: '1' }, encoding: 'utf8', timeout: 120_000,
  });
  assert.equal(r.signal, null, 'gloss never ended');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, expected.stdout);
  assert.match(r.stderr, /^gloss: warning: cannot write the corpus database .*corpus\.db \((disk I\/O error|database or disk is full)\); working without a cache/);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  // Nothing half-written is left: no database, no temporary file.
  const folder = readdirSync(cache).find((f) => f.startsWith('corpus-'))!;
  assert.deepEqual(readdirSync(join(cache, folder)).filter((f) => f.includes('.db')), []);
});

test('a byte flipped in an index (an article\'s claims, mentions or regions found through it) never loses an annotation: the database is rebuilt, read as without a cache', (t) => {
  const { run, uncached, files } = setup(t);
  const expected = uncached('read', 'rocket', '--no-pager');
  assert.equal(expected.code, 0, expected.stderr);
  for (const index of ['claims_article', 'mentions_article', 'regions_article']) {
    assert.equal(run('read', 'rocket', '--no-pager').stdout, expected.stdout);
    const db = files().find((f) => f.endsWith('.db'))!;
    // The index's pages (SQLite's dbstat, from Python's sqlite3 as an analyst's tool would), and in
    // the first that holds it, one entry's copy of the article id made another's: the rows stay
    // whole and checksummed, SQLite's quick_check still says ok, and the index no longer finds them.
    const py = spawnSync('python3', ['-c', `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
size = db.execute('pragma page_size').fetchone()[0]
pages = [r[0] for r in db.execute("select pageno from dbstat where name = ?", (sys.argv[2],))]
db.close()
data = bytearray(open(sys.argv[1], 'rb').read())
for p in pages:
    at = data.find(b'rocket-2020', (p - 1) * size, p * size)
    if at >= 0:
        data[at + 1] = ord('X')
        open(sys.argv[1], 'wb').write(data)
        db = sqlite3.connect(sys.argv[1])
        print(db.execute('pragma quick_check').fetchone()[0])
        break
`, db, index], { encoding: 'utf8' });
    assert.equal(py.stdout.trim(), 'ok', `${index}: ${py.stderr}`);
    const read = run('read', 'rocket', '--no-pager');
    assert.equal(read.code, 0, read.stderr);
    // Before, the region was missing from the article, exit 0, not a word said (here SQLite reads this
    // one article's claims and mentions in row order; in the shipped corpus it reads them through the
    // index, and `read mackay` lost two claims the same way).
    assert.equal(read.stdout, expected.stdout, index);
  }
});

test('a row\'s copy of who or what it names, damaged, never loses a row from an actor\'s profile: caught by the tallies, rebuilt', (t) => {
  const { run, uncached, files } = setup(t);
  const expected = uncached('actor', 'ann-lee', '--json');
  assert.equal(expected.code, 0, expected.stderr);
  assert.ok(JSON.parse(expected.stdout).claimsMade.length > 0, 'ann-lee makes claims');
  // The profile finds the rows that name the actor by these keys (store/queries.ts subjectCorpus),
  // which no checksum covers: each made to name someone else in one row, as a flipped byte would.
  for (const [table, key] of [['mentions', 'subject'], ['claim_party', 'actor']] as const) {
    assert.equal(run('actor', 'ann-lee', '--json').stdout, expected.stdout);
    const db = files().find((f) => f.endsWith('.db'))!;
    const py = spawnSync('python3', ['-c', `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
table, key = sys.argv[2], sys.argv[3]
row = db.execute(f"SELECT rowid FROM {table} WHERE {key} = 'ann-lee' LIMIT 1").fetchone() if table == 'mentions' else None
if row: db.execute(f"UPDATE {table} SET {key} = 'aXn-lee' WHERE rowid = ?", row)
else: db.execute(f"UPDATE {table} SET {key} = 'aXn-lee' WHERE {key} = 'ann-lee' AND claim = (SELECT min(claim) FROM {table} WHERE {key} = 'ann-lee')")
db.commit()
print(db.total_changes)
`, db, table, key], { encoding: 'utf8' });
    assert.equal(py.stdout.trim(), '1', `${table}: ${py.stderr}`);
    const profile = run('actor', 'ann-lee', '--json');
    assert.equal(profile.code, 0, profile.stderr);
    assert.equal(profile.stdout, expected.stdout, table);
  }
});

test('a database found damaged while export --output writes its file: rebuilt and the export made whole, the file not blamed', (t) => {
  const dir = scratch('gloss-faults-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, 'corpus');
  cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
  const cache = join(dir, 'cache');
  const run = (...args: string[]) => gloss(['--corpus', corpus, ...args], { env: { GLOSS_CACHE_DIR: cache } });
  for (const format of ['json', 'ndjson', 'csv']) {
    const expected = gloss(['--corpus', corpus, 'export', '--format', format], { env: { GLOSS_CACHE: '0' } });
    assert.equal(expected.code, 0, expected.stderr);
    assert.equal(run('claims').code, 0);
    const folder = join(cache, readdirSync(cache).find((f) => f.startsWith('corpus-'))!);
    // A page of the claims table made no page at all (its type byte): SQLite finds it as it reads the
    // claims, after the export has begun (for json, past the articles' texts: once the file is being
    // written), and says 'database disk image is malformed'.
    const py = spawnSync('python3', ['-c', `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
size = db.execute('pragma page_size').fetchone()[0]
page = [r[0] for r in db.execute("select pageno from dbstat where name = 'claims' and pagetype = 'leaf'")][1]
db.close()
data = bytearray(open(sys.argv[1], 'rb').read())
data[(page - 1) * size] = 0x77
open(sys.argv[1], 'wb').write(data)
`, join(folder, 'corpus.db')], { encoding: 'utf8' });
    assert.equal(py.status, 0, py.stderr);
    const out = join(dir, `out.${format}`);
    const r = run('export', '--format', format, '-o', out);
    // Before: `gloss: cannot write …/out.json: database disk image is malformed`, exit 2, no file.
    assert.equal(r.code, 0, `${format}: ${r.stderr}`);
    assert.equal(r.stderr, '');
    assert.equal(readFileSync(out, 'utf8'), expected.stdout, format);
  }
});

test('a corpus of a thousand articles on a full disk: built in memory, whole, with one warning (SQLite\'s sorting spilled to files there too)', (t) => {
  // From some 1,000 articles, making the indexes of the database in memory outgrows SQLite's cache and
  // its sorter writes temporary files. Before, on the full disk that sent the build to memory, that
  // failed too: the warning twice, then 'internal error: disk I/O error', exit 2, for every command.
  const { corpus } = generated(t, 'gloss-faults-spill-', 1000);
  const expected = gloss(['--corpus', corpus, 'claims', '--json', '--limit', '5'], { env: { GLOSS_CACHE: '0' } });
  assert.equal(expected.code, 0, expected.stderr);
  const cache = scratch('gloss-faults-spill-cache-');
  t.after(() => rmSync(cache, { recursive: true, force: true }));
  const r = spawnSync('bash', ['-c', 'ulimit -f 64 && exec "$@"', 'bash', process.execPath, BIN, '--corpus', corpus, 'claims', '--json', '--limit', '5'], {
    env: { ...process.env, GLOSS_CACHE_DIR: cache, NO_COLOR: '1' }, encoding: 'utf8', timeout: 300_000,
  });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, expected.stdout);
  assert.match(r.stderr, /^gloss: warning: cannot write the corpus database .*; working without a cache/);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
});
