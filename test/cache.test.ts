// The corpus cache: used when fresh, rebuilt when any file changes, safe when processes race.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, fixture, gloss } from './helpers.js';

function setup(t: { after: (fn: () => void) => void }) {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(fixture('mini'), join(dir, 'corpus'), { recursive: true });
  const env = { GLOSS_CACHE_DIR: join(dir, 'cache') };
  const run = (...args: string[]) => gloss(['--corpus', join(dir, 'corpus'), ...args], { env });
  return { dir, env, run, corpus: join(dir, 'corpus') };
}

test('a fresh cache is written once and then used; a changed text is noticed', (t) => {
  const { dir, run, corpus } = setup(t);
  assert.equal(run('check').code, 0);
  const [folder] = readdirSync(join(dir, 'cache')).filter((f) => f.startsWith('corpus-'));
  const files = readdirSync(join(dir, 'cache', folder!)).sort();
  assert.deepEqual(files.map((f) => f.replace(/-[a-z0-9]+\.ndjson$/, '')), ['corpus', 'manifest.json']);
  assert.equal(run('claims', '--json').code, 0);
  assert.deepEqual(readdirSync(join(dir, 'cache', folder!)).sort(), files, 'a fresh cache is not rewritten');

  appendFileSync(join(corpus, 'articles', 'rocket-2020.txt'), ' An extra sentence.');
  const r = run('check');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /rocket-2020\.txt has changed/);
});

test('a corpus cache cut short or garbled is not used: the corpus is read again, with the same answers', (t) => {
  const { dir, run } = setup(t);
  const before = run('claims', '--json');
  assert.equal(before.code, 0);
  const [folder] = readdirSync(join(dir, 'cache')).filter((f) => f.startsWith('corpus-'));
  // Each run that finds the cache broken writes a new one: break the one there is now.
  const current = () => join(dir, 'cache', folder!, readdirSync(join(dir, 'cache', folder!)).find((f) => f.startsWith('corpus-'))!);
  const breakings: ((whole: string) => string)[] = [
    (whole) => `${whole.split('\n').slice(0, -5).join('\n')}\n`,
    (whole) => whole.slice(0, -3),
    (whole) => whole.replace(/\n\{/, '\n{"'),
    (whole) => `${whole}{"extra": 1}\n`,
  ];
  for (const breaking of breakings) {
    const file = current();
    const whole = readFileSync(file, 'utf8');
    assert.ok(whole.split('\n').length > 10, 'a line for each article, actor, agreement, claim, mention and region');
    writeFileSync(file, breaking(whole));
    const again = run('claims', '--json');
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout, before.stdout);
    assert.notEqual(current(), file, 'the broken cache was replaced');
  }
});

test('an added annotation file, or a changed one of the same size, is noticed', (t) => {
  const { run, corpus } = setup(t);
  assert.equal(JSON.parse(run('list', '--json').stdout).length, 1);
  cpSync(join(corpus, 'articles', 'rocket-2020.txt'), join(corpus, 'articles', 'copy-2020.txt'));
  const yaml = join(corpus, 'articles', 'rocket-2020.yaml');
  writeFileSync(join(corpus, 'articles', 'copy-2020.yaml'), readFileSync(yaml, 'utf8').replace('id: rocket-2020', 'id: copy-2020').replace(/history:[\s\S]*/, ''));
  assert.equal(JSON.parse(run('list', '--json').stdout).length, 2);
  // Same size, different content: the modification time (and inode, on rewrite) give it away.
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('Fixture Times', 'Fixture Tymes'));
  assert.equal(JSON.parse(run('list', '--json').stdout).find((a: { id: string }) => a.id === 'rocket-2020').outlet, 'Fixture Tymes');
});

test('processes racing to build the cache all succeed with the same result', async (t) => {
  const { env, corpus } = setup(t);
  const once = () =>
    new Promise<string>((resolve, reject) => {
      const p = spawn(process.execPath, [BIN, '--corpus', corpus, 'claims', '--json'], { env: { PATH: process.env.PATH, ...env } });
      let out = '';
      p.stdout.on('data', (d) => (out += d));
      p.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
    });
  const outputs = await Promise.all(Array.from({ length: 6 }, once));
  for (const o of outputs) assert.deepEqual(JSON.parse(o), JSON.parse(outputs[0]!));
});

test('GLOSS_CACHE=0 turns the cache off', (t) => {
  const { dir, corpus } = setup(t);
  const r = gloss(['--corpus', corpus, 'list'], { env: { GLOSS_CACHE: '0', GLOSS_CACHE_DIR: join(dir, 'cache') } });
  assert.equal(r.code, 0);
  assert.throws(() => readdirSync(join(dir, 'cache')));
});

test('the search index text is stored a byte a character when it can be, else as UTF-16, and reads back the same', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, 'corpus');
  cpSync(fixture('hostile-escapes'), corpus, { recursive: true });
  const search = (env: NodeJS.ProcessEnv) => gloss(['--corpus', corpus, 'search', 'Ann', 'Lee', '--format', 'json', '--limit', '0'], { env });
  const cached = () => search({ GLOSS_CACHE_DIR: join(dir, 'cache') });
  const encodings = () => {
    const [folder] = readdirSync(join(dir, 'cache')).filter((f) => f.startsWith('corpus-'));
    const heads = readdirSync(join(dir, 'cache', folder!)).filter((f) => /^search-.*\.json$/.test(f));
    return heads.map((h) => JSON.parse(readFileSync(join(dir, 'cache', folder!, h), 'utf8')).encoding);
  };
  const first = cached();
  assert.equal(first.code, 0, first.stderr);
  assert.deepEqual(encodings(), ['latin1']);
  assert.equal(cached().stdout, search({ GLOSS_CACHE: '0' }).stdout);
  // An ellipsis (U+2026) is beyond Latin-1: then the whole text is stored as UTF-16.
  const registry = join(corpus, 'registry.yaml');
  writeFileSync(registry, readFileSync(registry, 'utf8').replace('aliases: [Lee]', 'aliases: [Lee, "A. Lee…"]'));
  const again = cached();
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(encodings(), ['utf16le']);
  assert.equal(cached().stdout, search({ GLOSS_CACHE: '0' }).stdout);
  assert.ok(JSON.parse(again.stdout).length > 0);
});

test('a search index that cannot be built leaves no part of itself in the cache', (t) => {
  const { dir, run, corpus } = setup(t);
  const yaml = join(corpus, 'articles', 'rocket-2020.yaml');
  // A claim whose quote is not in the text: the corpus loads with an error, and search refuses it.
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/quote: "([^"]+)"/, 'quote: "words the article never printed"'));
  const r = run('search', 'rocket');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /problem.*run gloss check/);
  const [folder] = readdirSync(join(dir, 'cache')).filter((f) => f.startsWith('corpus-'));
  assert.deepEqual(readdirSync(join(dir, 'cache', folder!)).filter((f) => f.startsWith('search-')), []);
});
