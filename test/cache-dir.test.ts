// The cache folder is trusted only when it is the user's own: code loaded from a folder another user
// can write would be code they chose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, chownSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { homedir } from 'node:os';
import { cacheDir, cacheFolderIsPrivate } from '../src/corpus/cache-dir.js';
import { BIN, CACHE_DIR, scratch } from './helpers.js';

test('cacheFolderIsPrivate: own and closed yes; group- or other-writable, a link, a file, missing, or someone else\'s no', (t) => {
  const base = scratch('gloss-cache-dir-');
  t.after(() => rmSync(base, { recursive: true, force: true }));
  const dir = join(base, 'gloss');
  mkdirSync(dir, { mode: 0o700 });
  chmodSync(dir, 0o700);
  assert.equal(cacheFolderIsPrivate(dir), true);
  chmodSync(dir, 0o755);
  assert.equal(cacheFolderIsPrivate(dir), true, 'readable by others is fine: writable is not');
  chmodSync(dir, 0o775);
  assert.equal(cacheFolderIsPrivate(dir), false);
  chmodSync(dir, 0o757);
  assert.equal(cacheFolderIsPrivate(dir), false);
  chmodSync(dir, 0o1777);
  assert.equal(cacheFolderIsPrivate(dir), false, 'sticky /tmp-like folders too');
  chmodSync(dir, 0o700);
  symlinkSync(dir, join(base, 'link'));
  assert.equal(cacheFolderIsPrivate(join(base, 'link')), false);
  writeFileSync(join(base, 'file'), '');
  chmodSync(join(base, 'file'), 0o600);
  assert.equal(cacheFolderIsPrivate(join(base, 'file')), false);
  assert.equal(cacheFolderIsPrivate(join(base, 'missing')), false);
  if (process.getuid?.() === 0) {
    // Only root can give a folder away: then it is someone else's.
    chownSync(dir, 65534, 65534);
    assert.equal(cacheFolderIsPrivate(dir), false);
  }
});

test('cacheDir: GLOSS_CACHE_DIR, then an absolute XDG_CACHE_HOME; a relative one is ignored (the XDG spec), not made in the current folder', () => {
  assert.equal(cacheDir({ GLOSS_CACHE_DIR: '/tmp/g' }), '/tmp/g');
  assert.equal(cacheDir({ XDG_CACHE_HOME: '/var/cache/me' }), join('/var/cache/me', 'gloss'));
  assert.equal(cacheDir({ XDG_CACHE_HOME: 'relcache' }), join(homedir(), '.cache', 'gloss'));
  assert.equal(cacheDir({ XDG_CACHE_HOME: '' }), join(homedir(), '.cache', 'gloss'));
  assert.equal(cacheDir({ GLOSS_CACHE: '0' }), null);
});

test('a cache folder that cannot be made where its parent refuses with ENOENT (procfs): one warning, the answer, exit 0', { skip: !existsSync('/proc/1') && 'no procfs here' }, () => {
  // Node's own recursive mkdir loops for ever there: gloss spun at full CPU with no output.
  for (const dir of ['/proc/1/gloss-cache', '/proc/1/a/b']) {
    const r = spawnSync(process.execPath, [BIN, 'search', 'trade secrets'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: dir }, encoding: 'utf8', timeout: 60_000,
    });
    assert.equal(r.signal, null, `${dir}: gloss did not end`);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /trade secrets/);
    assert.equal(r.stderr, `gloss: warning: cannot use the cache folder ${dir} (it cannot be made there); working without a cache (set GLOSS_CACHE_DIR to another folder, of your own)\n`);
  }
});

test('run from a deleted folder: the embedded corpus still answers; a relative path is one line, exit 2', (t) => {
  const base = scratch('gloss-gone-');
  t.after(() => rmSync(base, { recursive: true, force: true }));
  const gone = join(base, 'gone');
  mkdirSync(gone);
  // The child starts in the folder, which is then removed under it, as `rm -r` from another shell does.
  const sh = (args: string) => spawnSync('sh', ['-c', `cd "$1" && rmdir "$1" && exec "$2" "$3" ${args}`, 'sh', gone, process.execPath, BIN], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: CACHE_DIR }, encoding: 'utf8', timeout: 60_000,
  });
  const embedded = sh('search "trade secrets"');
  assert.equal(embedded.status, 0, embedded.stderr);
  assert.match(embedded.stdout, /trade secrets/);
  mkdirSync(gone);
  const relative = sh('search "trade secrets" --corpus mine');
  assert.equal(relative.status, 2);
  assert.equal(relative.stdout, '');
  assert.equal(relative.stderr, 'gloss: the current folder no longer exists (it was deleted or moved): cd to one that does, or give absolute paths\n');
});
