// The cache folder is trusted only when it is the user's own: code loaded from a folder another user
// can write would be code they chose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, chownSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { homedir } from 'node:os';
import { cacheDir, cacheFolderIsPrivate } from '../src/corpus/cache-dir.js';
import { scratch } from './helpers.js';

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
