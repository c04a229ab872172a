// Which command lines start the freshness thread as gloss starts (cli/early-thread.ts): a command that
// checks every file of a corpus whose database is large; never the shipped corpus, another command or
// a small corpus, which would pay for a thread they do not use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusNamed } from '../src/cli/command-line.js';
import { wantsEarlyThread } from '../src/cli/early-thread.js';
import { corpusRoot, databaseFile } from '../src/store/location.js';

const MB = 1024 * 1024;
const env = { GLOSS_CACHE_DIR: '/tmp/gloss-early-thread-test' };

test('the corpus a command line names: --corpus DIR, --corpus=DIR, wherever it stands, else $GLOSS_CORPUS', () => {
  assert.equal(corpusNamed(['--corpus', 'big', 'search', 'x'], {}), 'big');
  assert.equal(corpusNamed(['--corpus=big', 'verify', 'x'], {}), 'big');
  assert.equal(corpusNamed(['search', 'x', '--corpus', 'big'], {}), 'big');
  assert.equal(corpusNamed(['search', 'x'], { GLOSS_CORPUS: 'env' }), 'env');
  assert.equal(corpusNamed(['search', 'x'], {}), undefined, 'the shipped corpus');
  assert.equal(corpusNamed(['verify', '--', '--corpus', 'x'], {}), undefined, 'a quote after --');
});

test('search, verify and export of a corpus whose database is large start the thread early, on that database; nothing else does', () => {
  const size = (bytes: number | undefined) => () => bytes;
  const database = databaseFile(corpusRoot('big'), env);
  assert.match(database ?? '', /corpus\.db$/);
  for (const command of ['search', 'verify', 'export']) {
    assert.equal(wantsEarlyThread(['--corpus', 'big', command, 'x'], env, size(200 * MB)), database, command);
  }
  assert.equal(wantsEarlyThread(['search', 'x'], { ...env, GLOSS_CORPUS: 'big' }, size(200 * MB)), database, '$GLOSS_CORPUS');
  for (const command of ['read', 'show', 'cite', 'claims', 'check', 'list']) {
    assert.equal(wantsEarlyThread(['--corpus', 'big', command, 'x'], env, size(200 * MB)), null, command);
  }
  assert.equal(wantsEarlyThread(['search', 'x'], env, size(200 * MB)), null, 'the shipped corpus');
  assert.equal(wantsEarlyThread(['--corpus', 'small', 'search', 'x'], env, size(2 * MB)), null, 'a small database');
  assert.equal(wantsEarlyThread(['--corpus', 'new', 'search', 'x'], env, size(undefined)), null, 'no database yet: it is built first');
  assert.equal(wantsEarlyThread(['--corpus', 'big', 'search', 'x'], { GLOSS_CACHE: '0' }, size(200 * MB)), null, 'no cache');
  assert.equal(wantsEarlyThread(['--help'], env, size(200 * MB)), null);
});
