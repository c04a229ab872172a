// A corpus database build interrupted by a catchable signal (Ctrl-C, SIGTERM, SIGHUP), through the
// real CLI on a generated corpus large enough for the worker thread that writes the database
// (store/build.ts, writer.ts): the temporary database and its journal are removed before gloss ends,
// and the corpus folder a first build made with them; the process dies of the signal (a shell shows
// 128 + its number); a database being replaced stays as it was, and the next run answers from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, isGlossTemp, ROOT, scratch } from './helpers.js';

const dir = scratch('gloss-store-interrupt-');
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const corpus = join(dir, 'corpus');
// Past WORKER_FROM (200): the database is written by a worker thread, which holds it open.
const made = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-corpus.mjs'), corpus, '--articles', '400', '--seed', '11'], { encoding: 'utf8' });

const env = (cache: string) => ({ PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: cache });
const glossIn = (cache: string, ...args: string[]) => spawnSync(process.execPath, [BIN, '--corpus', corpus, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: env(cache) });

/** The corpus folders in a cache folder. */
const corpusFolders = (cache: string) => readdirSync(cache).filter((f) => f.startsWith('corpus-'));

/** Every file under `folder`, as paths relative to it. */
function allFiles(folder: string, under = ''): string[] {
  return readdirSync(join(folder, under), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(folder, join(under, e.name)) : [join(under, e.name)]));
}

/** A temporary database being built in `cache`, if there is one now. */
function buildingIn(cache: string): string | undefined {
  try {
    for (const folder of corpusFolders(cache)) {
      const temp = readdirSync(join(cache, folder)).find((f) => isGlossTemp(f) && !f.endsWith('-journal'));
      if (temp) return join(cache, folder, temp);
    }
  } catch {
    // The cache or the corpus folder not made yet.
  }
  return undefined;
}

/**
 * Runs `gloss list` on `cache` and stops it (SIGSTOP) as soon as a temporary database is seen there,
 * polling the folder rather than waiting a set time: the signal under test then arrives while the
 * database is being built, however slow or busy the machine. Resolves once it has died of `signal`.
 */
async function interruptedBuild(cache: string, signal: NodeJS.Signals) {
  const child = spawn(process.execPath, [BIN, '--corpus', corpus, 'list'], { env: env(cache), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; by: NodeJS.Signals | null }>((resolve) => child.on('close', (code, by) => resolve({ code, by })));
  let ended = false;
  void exited.then(() => (ended = true));
  let temp: string | undefined;
  while (!(temp = buildingIn(cache))) {
    assert.ok(!ended, `gloss ended before its database build was seen: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  child.kill('SIGSTOP');
  assert.ok(existsSync(temp), 'caught while building');
  const started = performance.now();
  child.kill(signal);
  child.kill('SIGCONT');
  const { code, by } = await exited;
  return { temp, code, by, stdout, stderr, ms: performance.now() - started };
}

for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  test(`${signal} during a first build: no temporary database, no journal, no empty corpus folder; the process dies of ${signal} (a shell shows ${status})`, async () => {
    assert.equal(made.status, 0, made.stderr);
    const cache = join(dir, `first-${signal}`);
    // A file of someone else's in the cache folder, which is no business of gloss's.
    mkdirSync(cache, { mode: 0o700 });
    writeFileSync(join(cache, 'notes.txt'), 'mine');
    const run = await interruptedBuild(cache, signal);
    assert.equal(run.by, signal, `died of ${signal}, not exit ${run.code}: ${run.stderr}`);
    assert.equal(run.stdout, '');
    assert.deepEqual(corpusFolders(cache), [], 'the corpus folder this run made is gone with the files in it');
    assert.deepEqual(allFiles(cache).filter((f) => isGlossTemp(f) || /\.tmp/.test(f)), []);
    assert.equal(readFileSync(join(cache, 'notes.txt'), 'utf8'), 'mine');
    // At once: well within the time the build goes on for (seconds), not after it.
    assert.ok(run.ms < 10_000, `ended ${Math.round(run.ms)} ms after the signal`);
    // The next run builds and answers.
    const next = glossIn(cache, 'list', '--json');
    assert.equal(next.status, 0, next.stderr);
    assert.equal((JSON.parse(next.stdout) as unknown[]).length, 400);
  });
}

test('a rebuild after an edit, interrupted (SIGINT, then SIGTERM): the database it replaces is byte for byte as it was, and later commands answer from the edited corpus', async () => {
  assert.equal(made.status, 0, made.stderr);
  const cache = join(dir, 'rebuild');
  assert.equal(glossIn(cache, 'list').status, 0);
  const [folder] = corpusFolders(cache);
  assert.ok(folder);
  const db = join(cache, folder, 'corpus.db');
  const digest = () => createHash('sha256').update(readFileSync(db)).digest('hex');
  const before = { files: readdirSync(join(cache, folder)).sort(), sha: digest() };

  // One article's title edited (the generated annotation files are JSON): the next command rebuilds.
  const file = join(corpus, 'articles', readdirSync(join(corpus, 'articles')).filter((f) => f.endsWith('.yaml')).sort()[200]!);
  const article = JSON.parse(readFileSync(file, 'utf8')) as { id: string; title: string };
  const title = `Edited: ${article.title}`;
  writeFileSync(file, JSON.stringify({ ...article, title }));

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const run = await interruptedBuild(cache, signal);
    assert.equal(run.by, signal, `died of ${signal}, not exit ${run.code}: ${run.stderr}`);
    assert.deepEqual(readdirSync(join(cache, folder)).sort(), before.files, `${signal}: the temporary database and its journal are gone, the rest as it was`);
    assert.equal(digest(), before.sha, `${signal}: the database being replaced is untouched`);
  }

  const shown = glossIn(cache, 'show', article.id, '--json');
  assert.equal(shown.status, 0, shown.stderr);
  assert.equal((JSON.parse(shown.stdout) as { title: string }).title, title);
  const listed = glossIn(cache, 'list', '--json');
  assert.equal(listed.status, 0, listed.stderr);
  assert.equal((JSON.parse(listed.stdout) as unknown[]).length, 400);
  assert.notEqual(digest(), before.sha, 'rebuilt');
  assert.deepEqual(allFiles(join(cache, folder)).filter(isGlossTemp), []);
});
