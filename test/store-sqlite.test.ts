// node:sqlite is loaded with its ExperimentalWarning (Node 22) silenced, and only that warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers.js';

test('loading node:sqlite prints nothing, and other warnings still reach stderr', () => {
  const sqlite = pathToFileURL(join(ROOT, '.test-build', 'src', 'store', 'sqlite.js')).href;
  const script = `
    const { openDatabase } = await import(${JSON.stringify(sqlite)});
    const db = openDatabase(':memory:');
    console.log(JSON.stringify(db.prepare('SELECT 6 * 7 AS x').get()));
    process.emitWarning('still shown', 'ExperimentalWarning');
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), '{"x":42}');
  assert.doesNotMatch(r.stderr, /SQLite/);
  assert.match(r.stderr, /ExperimentalWarning: still shown/);
});
