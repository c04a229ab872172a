// The bin runs the bundle through V8's code cache (src/cli/launch.ts). The cache may be missing,
// foreign or garbage: gloss must give the same answers every time, and heal where it can.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gloss, ROOT } from './helpers.js';

const KEY = `${process.version}-${process.arch}.bin`;

/** Whether V8 takes `cacheFile` for `bundle`, asked in a plain node process (the test runner's flags differ). */
function accepted(installDir: string, cacheFile: string): string {
  const launch = JSON.stringify(join(installDir, 'dist', 'launch.js'));
  const bundle = JSON.stringify(join(installDir, 'dist', 'gloss.js'));
  const code = `const { compile } = require(${launch}); const { script } = compile(${bundle}, require('node:fs').readFileSync(${JSON.stringify(cacheFile)})); process.stdout.write(String(!script.cachedDataRejected));`;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

/** A copy of the installed package, to break its cache without touching the real one. */
function install(t: { after: (f: () => void) => void }): { dir: string; cache: string; run: (args: string[], env?: NodeJS.ProcessEnv) => ReturnType<typeof spawnSync> } {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-install-'));
  const cache = join(dir, '.cache');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const part of ['bin', 'dist', 'corpus', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [join(dir, 'bin', 'gloss.js'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, GLOSS_CACHE_DIR: cache, ...env } });
  return { dir, cache, run };
}

const expected = gloss(['search', 'trade', 'secrets', '--format', 'json']);

test('the build ships a code cache for this Node.js, and V8 takes it', () => {
  const file = join(ROOT, 'dist', 'code-cache', KEY);
  assert.ok(existsSync(file), file);
  assert.equal(accepted(ROOT, file), 'true');
  assert.equal(expected.code, 0);
});

test('without a shipped cache (another Node.js), the first run saves one in the cache folder and the next uses it', (t) => {
  const { dir, cache, run } = install(t);
  rmSync(join(dir, 'dist', 'code-cache'), { recursive: true });
  const first = run(['search', 'trade', 'secrets', '--format', 'json']);
  assert.equal(first.status, 0, String(first.stderr));
  assert.equal(first.stdout, expected.stdout);
  const saved = readdirSync(join(cache, 'code'));
  assert.equal(saved.length, 1);
  assert.match(saved[0]!, new RegExp(`^[0-9a-f]{16}-${KEY.replace(/\./g, '\\.')}$`));
  assert.equal(accepted(dir, join(cache, 'code', saved[0]!)), 'true');
  const second = run(['search', 'trade', 'secrets', '--format', 'json']);
  assert.equal(second.stdout, expected.stdout);
});

test('a garbage or truncated cache is refused by V8 and gloss answers the same', (t) => {
  const { dir, run } = install(t);
  const file = join(dir, 'dist', 'code-cache', KEY);
  for (const bytes of [Buffer.from('not a code cache at all'), Buffer.alloc(0)]) {
    writeFileSync(file, bytes);
    const r = run(['search', 'trade', 'secrets', '--format', 'json']);
    assert.equal(r.status, 0, String(r.stderr));
    assert.equal(r.stdout, expected.stdout);
    assert.equal(r.stderr, '');
  }
});

test('GLOSS_CACHE=0 writes no cache of any kind', (t) => {
  const { dir, cache, run } = install(t);
  rmSync(join(dir, 'dist', 'code-cache'), { recursive: true });
  const r = run(['claims', '--format', 'json'], { GLOSS_CACHE: '0' });
  assert.equal(r.status, 0, String(r.stderr));
  assert.equal(JSON.parse(String(r.stdout)).length, 92);
  assert.equal(existsSync(cache), false);
});
