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

/**
 * A preload that kills its process (SIGKILL: no handler runs, as kill -9 or a power cut) just before
 * the second rename into the folder GLOSS_TEST_KILL_IN: between draft --write's two renames, whichever
 * file goes first. A breakpoint at a known point, without timing.
 */
const KILL_BEFORE_SECOND_RENAME = `import fs from 'node:fs';
import { resolve, sep } from 'node:path';
import { syncBuiltinESMExports } from 'node:module';
const dir = resolve(process.env.GLOSS_TEST_KILL_IN) + sep;
const real = fs.renameSync;
let seen = 0;
fs.renameSync = function (from, to) {
  if (resolve(String(to)).startsWith(dir) && ++seen === 2) process.kill(process.pid, 'SIGKILL');
  return real.call(this, from, to);
};
syncBuiltinESMExports();
`;

test('draft --write killed between its two renames leaves a corpus check passes: the new actors registered, the annotation file as it was; draft again adds the rest', () => {
  const dir = corpusWithStory();
  const story = join(dir, 'articles', 'story.yaml');
  const registry = join(dir, 'registry.yaml');
  const storyBefore = readFileSync(story, 'utf8');
  const hook = join(scratch('gloss-kill-hook-'), 'kill-before-second-rename.mjs');
  writeFileSync(hook, KILL_BEFORE_SECOND_RENAME);
  const killed = spawnSync(process.execPath, ['--import', hook, BIN, '--corpus', dir, 'draft', 'story', '--write'], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: CACHE_DIR, GLOSS_TEST_KILL_IN: dir },
    encoding: 'utf8',
  });
  assert.equal(killed.signal, 'SIGKILL', `killed between the renames: ${killed.stderr}`);
  // Before: the annotation file was renamed first, so it named the actor ada-lind that the registry
  // lacked: check exit 2 ("unknown actor"), and draft could no longer load the article.
  const check = gloss(['--corpus', dir, 'check']);
  assert.equal(check.code, 0, check.stderr);
  assert.doesNotMatch(check.stderr, /unknown/);
  assert.equal(readFileSync(story, 'utf8'), storyBefore, 'the annotation file as it was');
  assert.match(readFileSync(registry, 'utf8'), /- id: ada-lind\n[^]*review: /, 'the new actor is registered, to review');
  const again = gloss(['--corpus', dir, 'draft', 'story', '--write']);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /^added \d+ mentions?, \d+ nonMentions? and 1 claim to \S*story\.yaml, each/, 'the rest added, no second actor');
  assert.equal(readFileSync(registry, 'utf8').match(/- id: ada-lind\n/g)?.length, 1);
  assert.match(readFileSync(story, 'utf8'), /actor: ada-lind/);
  assert.equal(gloss(['--corpus', dir, 'check']).code, 0);
  assert.deepEqual([...readdirSync(dir), ...readdirSync(join(dir, 'articles'))].filter(isGlossTemp), [], 'the killed run\'s temporary file is swept by the next');
});
