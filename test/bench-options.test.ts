// The benchmarks are run by hand and take minutes to an hour: --help says what they take, and a
// mistyped option stops them at once instead of starting a run with the defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

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
