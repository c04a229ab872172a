// The CLI as a script sees it: exit codes, stderr for diagnostics, colour rules, pipes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { BIN, fixture, gloss, ROOT } from './helpers.js';

const mini = ['--corpus', fixture('mini')];

test('a usage error exits 2 with one line, not commander\'s exit 1', () => {
  for (const args of [['claims', '--format', 'xml'], ['nosuch'], ['claims', '--bogus']]) {
    const r = gloss([...mini, ...args]);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.equal(r.stdout, '');
  }
});

test('--help and --version exit 0', () => {
  assert.equal(gloss(['--help']).code, 0);
  assert.match(gloss(['--version']).stdout, /^\d+\.\d+\.\d+/);
});

test('a missing corpus folder is a one-line error, exit 2', () => {
  const r = gloss(['--corpus', '/nonexistent/corpus', 'list']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^gloss: \/nonexistent\/corpus: cannot read corpus folder/);
});

test('GLOSS_CORPUS selects the corpus', () => {
  const r = gloss(['list', '--json'], { env: { GLOSS_CORPUS: fixture('mini') } });
  assert.equal(JSON.parse(r.stdout)[0].id, 'rocket-2020');
});
test('an empty GLOSS_CORPUS is unset (the shipped corpus), not the current folder', () => {
  const r = gloss(['list', '--json'], { env: { GLOSS_CORPUS: '' }, cwd: fixture('mini') });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).map((a: { id: string }) => a.id), JSON.parse(gloss(['list', '--json']).stdout).map((a: { id: string }) => a.id));
  assert.ok(JSON.parse(r.stdout).some((a: { id: string }) => a.id === 'mackay-beijing-2013'));
});


test('no colour when piped or with NO_COLOR; colour with --color=always unless NO_COLOR wins over auto', () => {
  const esc = /\u001b\[/;
  assert.doesNotMatch(gloss([...mini, 'claims']).stdout, esc);
  assert.match(gloss([...mini, '--color', 'always', 'claims']).stdout, esc);
  assert.doesNotMatch(gloss([...mini, 'claims'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout, esc);
  assert.match(gloss([...mini, 'claims'], { env: { FORCE_COLOR: '1' } }).stdout, esc);
});

test('piped into head, output ends quietly with exit 0 and no EPIPE trace', () => {
  const r = spawnSync('bash', ['--norc', '--noprofile', '-o', 'pipefail', '-c', `node ${BIN} --corpus ${fixture('mini')} export --format ndjson | head -1`], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout.split('\n').length, 2);
});

test('table width follows COLUMNS', () => {
  const narrow = gloss([...mini, 'claims'], { env: { COLUMNS: '50' } }).stdout;
  for (const line of narrow.trimEnd().split('\n')) assert.ok([...line].length <= 50, line);
  const wide = gloss([...mini, 'claims'], { env: { COLUMNS: '200' } }).stdout;
  assert.match(wide, /a good start for everyone 👍 involved/);
});

test('COLUMNS that is not a whole number ("60x", "1e2") is passed over, not read as 60 or 1', async () => {
  const { decideWidth } = await import('../src/output/terminal.js');
  assert.equal(decideWidth({ COLUMNS: '60' }, undefined), 60);
  assert.equal(decideWidth({ COLUMNS: ' 60 ' }, undefined), 60);
  assert.equal(decideWidth({ COLUMNS: '60x' }, undefined), 80);
  assert.equal(decideWidth({ COLUMNS: '1e2' }, 100), 100);
  assert.equal(decideWidth({ COLUMNS: '5' }, undefined), 20);
});

test('a search that finds nothing echoes at most the start of a long query', () => {
  const query = `zzqx ${'word '.repeat(6000)}`;
  const r = gloss(['search', query]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^gloss: nothing matches "zzqx word word .{0,80}…" \(try fewer words/);
  assert.ok(r.stderr.length < 300, `${r.stderr.length} characters`);
});
