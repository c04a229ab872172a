// The benchmarks are run by hand and take minutes to an hour: --help says what they take, and a
// mistyped option stops them at once instead of starting a run with the defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, scratch } from './helpers.js';

const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { encoding: 'utf8', timeout: 60_000 });

test('bench and bench-large: --help prints the options and exits 0', () => {
  for (const [script, option] of [['bench.mjs', '--large'], ['bench-large.mjs', '--sizes']] as const) {
    const r = run(script, '--help');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^usage: /);
    assert.ok(r.stdout.includes(option), r.stdout);
  }
});

test('bench and bench-large: an unknown option exits 2 naming it, before anything runs', () => {
  for (const [script, args] of [['bench.mjs', ['--lareg']], ['bench-large.mjs', ['--sizse', '1000']], ['bench-large.mjs', ['--sizes']]] as const) {
    const r = run(script, ...args);
    assert.equal(r.status, 2, `${script} ${args.join(' ')}: ${r.stdout}`);
    assert.match(r.stderr, args.length === 1 && args[0] === '--sizes' ? /--sizes needs a value/ : new RegExp(`unknown option ${args[0]}`));
    assert.equal(r.stdout, '');
  }
});

test('bench-draft: a src/ newer than dist/ stops it with exit 2 before it measures the old build', () => {
  // The script in a folder of its own, with a src/ and a dist/ whose times the test sets.
  const dir = scratch('gloss-bench-draft-guard-');
  try {
    mkdirSync(join(dir, 'scripts'));
    mkdirSync(join(dir, 'src', 'draft'), { recursive: true });
    mkdirSync(join(dir, 'dist'));
    copyFileSync(join(ROOT, 'scripts', 'bench-draft.mjs'), join(dir, 'scripts', 'bench-draft.mjs'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    writeFileSync(join(dir, 'src', 'draft', 'rule.ts'), 'export {};\n');
    writeFileSync(join(dir, 'dist', 'gloss.js'), '\n');
    const guard = (srcTime: number, distTime: number) => {
      utimesSync(join(dir, 'src', 'draft', 'rule.ts'), srcTime, srcTime);
      utimesSync(join(dir, 'dist', 'gloss.js'), distTime, distTime);
      return spawnSync(process.execPath, [join(dir, 'scripts', 'bench-draft.mjs'), '--corpus', join(dir, 'none')], { encoding: 'utf8', timeout: 60_000 });
    };
    const stale = guard(2_000_000_000, 1_000_000_000);
    assert.equal(stale.status, 2, stale.stderr);
    assert.match(stale.stderr, /^bench-draft: dist\/ is older than src\/ \(or missing\): run `node scripts\/build\.mjs` first/);
    assert.equal(stale.stdout, '');
    // Built after the last change: past the guard (here it then fails for want of a gloss to run).
    const built = guard(1_000_000_000, 2_000_000_000);
    assert.doesNotMatch(built.stderr, /is older than src/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
