// A first run on a large corpus takes seconds: stderr says what is being done once a second has
// passed (src/cli/context.ts progressOnStderr), for each task the loader and the indexer report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { progressOnStderr } from '../src/cli/context.js';
import { Store } from '../src/store/open.js';
import { ROOT, scratch } from './helpers.js';

function fake(isTTY: boolean, env: NodeJS.ProcessEnv = {}) {
  let now = 0;
  const written: string[] = [];
  const progress = progressOnStderr(() => ({ isTTY, write: (s: string) => written.push(s) }), () => now, env);
  return { progress, written, at: (ms: number) => (now = ms) };
}

test('nothing is said in the first second', () => {
  for (const tty of [true, false]) {
    const f = fake(tty);
    for (let i = 0; i <= 100; i++) {
      f.at(i * 9);
      f.progress('reading the corpus', i, 100);
    }
    assert.deepEqual(f.written, []);
  }
});

test('in a log, progress is not shown: stderr holds only warnings and errors', () => {
  const f = fake(false);
  f.at(5000);
  for (let i = 0; i <= 50; i++) f.progress('reading the corpus', i, 50);
  f.progress('saving it for next time', 0, 1);
  assert.deepEqual(f.written, []);
});

test('in a log with GLOSS_PROGRESS=1: one line for each task, said once, with its size', () => {
  const f = fake(false, { GLOSS_PROGRESS: '1' });
  f.at(1500);
  for (let i = 0; i <= 50; i++) f.progress('reading the corpus', i, 50);
  f.progress('saving it for next time', 0, 1);
  f.progress('saving it for next time', 1, 1);
  for (let i = 0; i <= 50; i++) f.progress('indexing it', i, 50);
  assert.deepEqual(f.written, ['gloss: reading the corpus (50 articles)\n', 'gloss: saving it for next time\n', 'gloss: indexing it (50 articles)\n']);
});

test('at a terminal: one line redrawn at most five times a second, a new task at once, wiped at the end', () => {
  const f = fake(true);
  for (let ms = 1000; ms < 1500; ms += 50) {
    f.at(ms);
    f.progress('reading the corpus', (ms - 1000) / 50, 40);
  }
  // 1000, 1200, 1400: every 200 ms.
  assert.deepEqual(f.written, ['\r\x1b[Kgloss: reading the corpus: 0/40 articles', '\r\x1b[Kgloss: reading the corpus: 4/40 articles', '\r\x1b[Kgloss: reading the corpus: 8/40 articles']);
  f.written.length = 0;
  f.at(1450);
  f.progress('reading the corpus', 40, 40);
  f.progress('saving it for next time', 0, 1);
  f.at(1460);
  f.progress('saving it for next time', 1, 1);
  assert.deepEqual(f.written, ['\r\x1b[K', '\r\x1b[Kgloss: saving it for next time', '\r\x1b[K']);
  f.written.length = 0;
  f.progress('indexing it', 3, 3);
  assert.deepEqual(f.written, [], 'nothing drawn, nothing to wipe');
});

test('the first run reports reading (with indexing, article by article) and saving, each to its end', async () => {
  const cache = scratch('gloss-progress-');
  const saved = process.env.GLOSS_CACHE_DIR;
  process.env.GLOSS_CACHE_DIR = cache;
  try {
    const calls: [string, number, number][] = [];
    await Store.open(join(ROOT, 'corpus'), (task, done, total) => calls.push([task, done, total]));
    const tasks = [...new Set(calls.map((c) => c[0]))];
    assert.deepEqual(tasks, ['reading and indexing the corpus', 'saving it for next time']);
    for (const task of tasks) {
      const mine = calls.filter((c) => c[0] === task);
      const total = task === 'saving it for next time' ? 1 : 3;
      assert.deepEqual(mine.at(-1), [task, total, total], `${task} ends done`);
      assert.ok(mine.every(([, done, t], i) => t === total && done >= (mine[i - 1]?.[1] ?? 0)), `${task}: counts only go up`);
    }
    // Warm: nothing to report.
    calls.length = 0;
    await Store.open(join(ROOT, 'corpus'), (task, done, total) => calls.push([task, done, total]));
    assert.deepEqual(calls, []);
  } finally {
    if (saved === undefined) delete process.env.GLOSS_CACHE_DIR;
    else process.env.GLOSS_CACHE_DIR = saved;
    rmSync(cache, { recursive: true, force: true });
  }
});
