// A file saved by another program (a person's editor) while `draft --write` or `check --fix` works out
// its changes is never written over: the command writes nothing, fails naming the file, and the edit
// stays. The edit is made at a known moment: strace holds each fsync of the process for a while, so
// once gloss's temporary file for the annotation file appears (written, being synced), the edit lands
// after gloss read the file and before it would replace it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, CACHE_DIR, fixture, gloss, isGlossTemp, type Run, scratch } from './helpers.js';

const hasStrace = spawnSync('strace', ['-qq', '-o', '/dev/null', 'true']).status === 0;
const skip = hasStrace ? false : 'needs strace (to hold the write at a known point)';

/** Runs gloss with every fsync held 1.5 s; calls `edit` once a temporary file of gloss's shows in `folder`. */
function whileWriting(args: string[], folder: string, edit: () => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('strace', ['-f', '-qq', '-o', '/dev/null', '-e', 'trace=fsync', '-e', 'inject=fsync:delay_enter=1500000', process.execPath, BIN, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: CACHE_DIR },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = setInterval(() => {
      if (readdirSync(folder).some(isGlossTemp)) {
        clearInterval(poll);
        edit();
      }
    }, 5);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, stdout, stderr });
    });
  });
}

const NOTE = '# a note saved by an editor while gloss worked\n';

/** A corpus from `gloss init` with one article added, its database built: what draft proposes is a new actor, mentions and claims. */
function corpusWithStory(): string {
  const root = scratch('gloss-edited-');
  const dir = join(root, 'corpus');
  assert.equal(gloss(['init', dir]).code, 0);
  writeFileSync(join(root, 'story.txt'), 'Harbour plans approved\n\n“We will start in spring,” said Mayor Ada Lind on Tuesday.\n');
  assert.equal(gloss(['--corpus', dir, 'add', join(root, 'story.txt'), '--id', 'story', '--date', '2024-05-14', '--outlet', 'Harbour News']).code, 0);
  assert.equal(gloss(['--corpus', dir, 'check']).code, 0);
  return dir;
}

test('draft --write over an annotation file saved meanwhile by another program writes nothing and keeps the edit', { skip }, async () => {
  const dir = corpusWithStory();
  const story = join(dir, 'articles', 'story.yaml');
  const registry = join(dir, 'registry.yaml');
  const registryBefore = readFileSync(registry, 'utf8');
  const edited = `${readFileSync(story, 'utf8')}${NOTE}`;
  const r = await whileWriting(['--corpus', dir, 'draft', 'story', '--write'], join(dir, 'articles'), () => appendFileSync(story, NOTE));
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /^gloss: cannot write \S*story\.yaml: it changed since gloss read it .*nothing written.*\n$/);
  assert.equal(r.stdout, '');
  assert.equal(readFileSync(story, 'utf8'), edited, 'the edit stays, and no proposal is added');
  assert.equal(readFileSync(registry, 'utf8'), registryBefore, 'the registry is as it was: nothing written');
  assert.deepEqual([...readdirSync(dir), ...readdirSync(join(dir, 'articles'))].filter(isGlossTemp), [], 'no temporary file left');
  assert.ok(!existsSync(join(dir, '.gloss', 'write.lock')), 'the lock is released');
  // Run again, the proposals go in beside the edit.
  const again = gloss(['--corpus', dir, 'draft', 'story', '--write']);
  assert.equal(again.code, 0, again.stderr);
  assert.ok(readFileSync(story, 'utf8').includes(NOTE) && readFileSync(story, 'utf8').includes('review:'));
});

test('check --fix over an annotation file saved meanwhile by another program writes nothing and keeps the edit', { skip }, async () => {
  const dir = join(scratch('gloss-edited-'), 'corpus');
  cpSync(fixture('fixable'), dir, { recursive: true });
  const file = join(dir, 'articles', 'harbour.yaml');
  const edited = `${readFileSync(file, 'utf8')}${NOTE}`;
  const r = await whileWriting(['--corpus', dir, 'check', '--fix'], join(dir, 'articles'), () => appendFileSync(file, NOTE));
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /^gloss: cannot write \S*harbour\.yaml: it changed since gloss read it .*nothing written.*\n$/);
  assert.equal(readFileSync(file, 'utf8'), edited, 'the edit stays, and no slip is mended');
  assert.deepEqual(readdirSync(join(dir, 'articles')).filter(isGlossTemp), [], 'no temporary file left');
});
