// A corpus above LARGE documents takes the large-corpus path: search narrows by the word index and
// reads only the documents it ranks. Its answers must not depend on the path: cached (the database on
// disk) or uncached (built in memory), first run or warm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gloss, ROOT, scratch } from './helpers.js';
import { LARGE } from '../src/search/documents.js';
import { openDatabase } from '../src/store/sqlite.js';

const dir = scratch('gloss-large-');
const corpus = join(dir, 'corpus');
const made = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-corpus.mjs'), corpus, '--articles', '160', '--seed', '7'], { encoding: 'utf8' });
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

interface Hit { kind: string; id: string; text: string; score: number; matches: [number, number][] }
const search = (args: string[], env: NodeJS.ProcessEnv) => {
  const r = gloss(['--corpus', corpus, 'search', ...args, '--json', '--limit', '0'], { env });
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return JSON.parse(r.stdout || '[]') as Hit[];
};

test('the generated corpus is a large one', () => {
  assert.equal(made.status, 0, made.stderr);
  assert.ok(search(['materal', 'downtick'], { GLOSS_CACHE_DIR: join(dir, 'count') }).length > 0);
  const all = gloss(['--corpus', corpus, 'list', '--json'], { env: { GLOSS_CACHE_DIR: join(dir, 'count') } });
  assert.equal(JSON.parse(all.stdout).length, 160);
  // Passages, claims, actors, agreements: well above the threshold.
  const db = openDatabase(join(readdirSync(join(dir, 'count')).filter((f) => f.startsWith('corpus-')).map((f) => join(dir, 'count', f))[0]!, 'corpus.db'), { readOnly: true });
  assert.ok((db.prepare('SELECT count(*) AS n FROM search_docs').get()!.n as number) > LARGE);
  assert.ok((db.prepare('SELECT count(*) AS n FROM vocabulary').get()!.n as number) > 0, `a word index is stored above ${LARGE} documents`);
  db.close();
});

test('cached, uncached, first run and warm: the same results', () => {
  const cache = { GLOSS_CACHE_DIR: join(dir, 'cache') };
  for (const q of [['materal', 'downtick'], ['law', 'of', 'the', 'jungel'], ['Wang', 'Yongquing'], ["'downtick"], ['Obama', '|', 'Cameron'], ['rules', 'based', 'framwork'], ['cyber', 'espionage', '!intelligence']]) {
    const first = search(q, cache);
    const warm = search(q, cache);
    const uncached = search(q, { GLOSS_CACHE: '0' });
    assert.ok(first.length > 0, q.join(' '));
    assert.deepEqual(warm, first, q.join(' '));
    assert.deepEqual(uncached, first, q.join(' '));
  }
});

test('the expected passage and quote come first, as in the shipped corpus', () => {
  const env = { GLOSS_CACHE_DIR: join(dir, 'cache') };
  const top = (q: string[]) => search(q, env)[0]!;
  assert.match(top(['materal', 'downtick']).text, /material downtick/);
  assert.match(top(['law', 'of', 'the', 'jungel']).text, /law of the jungle/);
  assert.equal(top(['Wang', 'Yongquing', '--kind', 'actor']).id, 'wang-yongqing');
  assert.equal(search(['zzzzqqqq'], env).length, 0);
});

test('a capped search says so on stderr; a --limit above what the ranked documents give ranks every candidate, never fewer results than there are', () => {
  const env = { GLOSS_CACHE_DIR: join(dir, 'count') };
  const run = (...args: string[]) => gloss(['--corpus', corpus, 'search', 'canada', '--json', ...args], { env });
  const every = JSON.parse(run('--limit', '0').stdout) as Hit[];
  assert.ok(every.length > 500 && every.length < 1500, `${every.length} results for canada`);
  const capped = run('--limit', '10');
  assert.equal(JSON.parse(capped.stdout).length, 10);
  assert.match(capped.stderr, /^gloss: ranked the 1000 of \d+ candidate documents whose words match best; results in the others are not shown \(--limit 0 ranks them all\)\n$/);
  // Before: --limit 1500 gave the results of the 1,000 documents ranked (590 of 874), and said it had capped them.
  const wide = run('--limit', '1500');
  assert.equal(wide.stderr, '');
  assert.deepEqual((JSON.parse(wide.stdout) as Hit[]).map((h) => h.id), every.map((h) => h.id));
});
