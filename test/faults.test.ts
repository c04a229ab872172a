// Faults an unlucky user or an attacker meets, through the real CLI: racing and interrupted adds,
// devices, Ctrl-C during long work, closed pipes, full disks, unreadable files, absurd nesting, a
// folder swapped under gloss, half characters. Each is a clean, documented outcome.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, CACHE_DIR, fixture, gloss, ROOT, scratch } from './helpers.js';
import { readCorpusText } from '../src/corpus/files.js';

function tmp(t: { after: (fn: () => void) => void }, name = 'gloss-faults-'): string {
  const dir = scratch(name);
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function newCorpus(t: { after: (fn: () => void) => void }): { base: string; corpus: string } {
  const base = tmp(t);
  const corpus = join(base, 'c');
  assert.equal(gloss(['init', corpus]).code, 0);
  return { base, corpus };
}

/** Runs gloss asynchronously (so two can race); resolves with its exit. */
function glossAsync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: CACHE_DIR, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

// --- add: whole or nothing, never over a file, ids across the corpus, regular files only ----------

test('add refuses a device and reads nothing from it (the size is asked of the open descriptor)', (t) => {
  const { corpus } = newCorpus(t);
  const r = spawnSync(process.execPath, [BIN, '--corpus', corpus, 'add', '/dev/zero', '--id', 'zero'], { encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH, GLOSS_CACHE_DIR: CACHE_DIR } });
  assert.equal(r.status, 2, `exit ${r.status} ${r.signal ?? ''}`);
  assert.match(r.stderr, /^gloss: \/dev\/zero: not a regular file$/m);
  assert.ok(!existsSync(join(corpus, 'articles', 'zero.yaml')));
});

test('add --id of an id another file holds is refused; nothing is written', (t) => {
  const { base, corpus } = newCorpus(t);
  const articles = join(corpus, 'articles');
  // The same article under another file name: its id, not its name, is what counts.
  renameSync(join(articles, 'harbour-talks.yaml'), join(articles, 'renamed.yaml'));
  writeFileSync(join(articles, 'renamed.yaml'), readFileSync(join(articles, 'renamed.yaml'), 'utf8').replace('id: harbour-talks', 'id: harbour-talks\ntext: harbour-talks.txt'));
  writeFileSync(join(base, 'story.txt'), 'Another story\n');
  const before = readdirSync(articles).sort();
  const r = gloss(['--corpus', corpus, 'add', join(base, 'story.txt'), '--id', 'harbour-talks']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--id "harbour-talks": the article in .*renamed\.yaml has that id already/);
  assert.deepEqual(readdirSync(articles).sort(), before);
  assert.equal(gloss(['--corpus', corpus, 'check']).code, 0);
});

test('two adds of one id at once: one wins whole, the other fails cleanly, never a mix', async (t) => {
  const { base, corpus } = newCorpus(t);
  writeFileSync(join(base, 'a.txt'), 'Story A\n\nThe text of A.\n');
  writeFileSync(join(base, 'b.txt'), 'Story B\n\nThe text of B, longer than A.\n');
  for (let round = 0; round < 4; round++) {
    const id = `race-${round}`;
    const [a, b] = await Promise.all([
      glossAsync(['--corpus', corpus, 'add', join(base, 'a.txt'), '--id', id]),
      glossAsync(['--corpus', corpus, 'add', join(base, 'b.txt'), '--id', id]),
    ]);
    assert.deepEqual([a.code, b.code].sort(), [0, 2], `round ${round}: ${a.stderr} ${b.stderr}`);
    const loser = a.code === 2 ? a : b;
    // Refused at the link, or, when the winner was done first, by the id check.
    assert.match(loser.stderr, /already exists|another text|has that id already/);
    assert.equal(loser.stderr.trim().split('\n').length, 1);
    const text = readFileSync(join(corpus, 'articles', `${id}.txt`));
    const yaml = readFileSync(join(corpus, 'articles', `${id}.yaml`), 'utf8');
    assert.ok(yaml.includes(createHash('sha256').update(text).digest('hex')), 'the annotations are those of the text that won');
  }
  assert.deepEqual(readdirSync(join(corpus, 'articles')).filter((f) => f.endsWith('.tmp')), []);
  const check = gloss(['--corpus', corpus, 'check']);
  assert.equal(check.code, 0, check.stderr);
});

test('an add killed between its steps blocks no retry, and its temporary files are cleaned', (t) => {
  const { base, corpus } = newCorpus(t);
  const articles = join(corpus, 'articles');
  const text = 'Port story\n\nThe port reopened.\n';
  writeFileSync(join(base, 'story.txt'), text);
  // What a kill leaves: the text linked without its annotation file, and a temporary file of a dead process.
  writeFileSync(join(articles, 'port-story.txt'), text);
  writeFileSync(join(articles, '.port-story.yaml.gloss-999999999.tmp'), 'half');
  // A user's own files that only look like temporary ones (a year, a number before ".tmp") are not gloss's.
  writeFileSync(join(articles, 'interview.2024.tmp'), 'notes');
  writeFileSync(join(articles, 'scan.77777.tmp'), 'more notes');
  const r = gloss(['--corpus', corpus, 'add', join(base, 'story.txt')]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(existsSync(join(articles, 'port-story.yaml')));
  assert.ok(!existsSync(join(articles, '.port-story.yaml.gloss-999999999.tmp')));
  assert.equal(readFileSync(join(articles, 'interview.2024.tmp'), 'utf8'), 'notes');
  assert.equal(readFileSync(join(articles, 'scan.77777.tmp'), 'utf8'), 'more notes');
  assert.equal(gloss(['--corpus', corpus, 'check']).code, 0);
  // A different text is never written over what is there.
  writeFileSync(join(articles, 'other.txt'), 'left by someone\n');
  writeFileSync(join(base, 'other.txt'), 'Other\n');
  const other = gloss(['--corpus', corpus, 'add', join(base, 'other.txt'), '--id', 'other']);
  assert.equal(other.code, 2);
  assert.match(other.stderr, /other\.txt: already exists with another text, and no other\.yaml refers to it/);
  assert.equal(readFileSync(join(articles, 'other.txt'), 'utf8'), 'left by someone\n');
});

// --- Ctrl-C -----------------------------------------------------------------------------------------

test('Ctrl-C (SIGINT) during a long first load stops gloss at once, prints nothing, and a later run cleans up', { timeout: 300_000 }, async (t) => {
  const base = tmp(t);
  const corpus = join(base, 'corpus');
  const made = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-corpus.mjs'), corpus, '--articles', '2000', '--seed', '3'], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  const cache = join(base, 'cache');
  mkdirSync(cache);
  writeFileSync(join(cache, 'leftover.gloss-999999999-abc.tmp'), 'from a killed run');
  // GLOSS_PROGRESS=1: progress lines in a log too (they go only to a terminal otherwise), the test's sign of a long load.
  const child = spawn(process.execPath, [BIN, '--corpus', corpus, 'claims', '--json'], { env: { PATH: process.env.PATH, GLOSS_CACHE_DIR: cache, GLOSS_PROGRESS: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  // Progress is reported once the work has gone on for a second: then it is deep in synchronous loading.
  await new Promise<void>((resolve) => {
    child.stderr.on('data', (d) => {
      stderr += d;
      if (/gloss: reading and indexing the corpus/.test(stderr)) resolve();
    });
    child.on('close', () => resolve());
  });
  child.kill('SIGINT');
  const { code, signal } = await exited;
  assert.ok(signal === 'SIGINT' || code === 130, `ended by SIGINT (a shell shows 130), not exit ${code}`);
  assert.equal(stdout, '', 'nothing printed after Ctrl-C');
  // The next run works (nothing half-written is taken for a cache) and removes the leftovers.
  const next = gloss(['--corpus', corpus, 'list', '--json'], { env: { GLOSS_CACHE_DIR: cache } });
  assert.equal(next.code, 0, next.stderr);
  assert.equal(JSON.parse(next.stdout).length, 2000);
  const temps = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? temps(join(dir, e.name)) : e.name.endsWith('.tmp') ? [e.name] : []));
  assert.deepEqual(temps(cache), []);
});

test('a shell sees exit status 130 after Ctrl-C', { timeout: 120_000 }, async (t) => {
  const base = tmp(t);
  const corpus = join(base, 'corpus');
  assert.equal(spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-corpus.mjs'), corpus, '--articles', '1500', '--seed', '5']).status, 0);
  // bash runs gloss in the foreground and reports its status; the SIGINT goes to gloss alone.
  const sh = spawn('bash', ['-c', `"${process.execPath}" "${BIN}" --corpus "${corpus}" claims --json > /dev/null & pid=$!; sleep 1.5; kill -INT $pid; wait $pid; echo "status $?"`], {
    env: { PATH: process.env.PATH, GLOSS_CACHE_DIR: join(base, 'cache') },
  });
  let out = '';
  sh.stdout.on('data', (d) => (out += d));
  await new Promise((resolve) => sh.on('close', resolve));
  assert.match(out, /^status 130$/m);
});

// --- exit codes, closed pipes, full disks, unreadable files -------------------------------------------

const bash = (script: string, env: NodeJS.ProcessEnv = {}) =>
  spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: CACHE_DIR, G: `"${process.execPath}" "${BIN}"`, ...env } });

test('help into a closed pipe: no stack trace, exit 0 (every time)', () => {
  for (let i = 0; i < 5; i++) {
    const r = bash('eval "$G --help" | head -c 1 > /dev/null; echo "status ${PIPESTATUS[0]}"');
    assert.match(r.stdout, /^status 0$/m);
    assert.equal(r.stderr, '');
  }
});

test('check with its diagnostics into a closed pipe keeps its exit code', (t) => {
  const { corpus } = newCorpus(t);
  // Warnings only: exit 0; an error: exit 2 — whether or not anyone reads stderr.
  writeFileSync(join(corpus, 'articles', 'harbour-talks.txt'), `${readFileSync(join(corpus, 'articles', 'harbour-talks.txt'), 'utf8')}`);
  const yaml = join(corpus, 'articles', 'harbour-talks.yaml');
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/nonMentions:\n.*\n/, 'nonMentions: []\n'));
  const warned = bash(`eval "$G --corpus '${corpus}' check" 2>&1 | head -c 1 > /dev/null; echo "status \${PIPESTATUS[0]}"`);
  assert.match(warned.stdout, /^status 0$/m);
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('quote: "denied that"', 'quote: "denied this"'));
  const failed = bash(`eval "$G --corpus '${corpus}' check" 2>&1 | head -c 1 > /dev/null; echo "status \${PIPESTATUS[0]}"`);
  assert.match(failed.stdout, /^status 2$/m);
});

test('a full disk on stdout is one line and exit 2; GLOSS_DEBUG=1 adds the stack', () => {
  const r = bash('eval "$G claims" > /dev/full; echo "status $?"');
  assert.match(r.stdout, /^status 2$/m);
  // (A busy machine may add progress lines first: the error is the last line, and the only one of its kind.)
  assert.match(r.stderr, /^gloss: cannot write the output: no space left on device \(ENOSPC\)\n$/m);
  assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
  const debug = bash('eval "$G claims" > /dev/full', { GLOSS_DEBUG: '1' });
  assert.match(debug.stderr, /^gloss: cannot write the output/);
  assert.match(debug.stderr, /\n\s+at /, 'a stack trace');
});

// --- a write that fails half-way (a full disk, a file size limit) --------------------------------------

/**
 * Runs gloss with a file size limit of 16 KiB unless told (ulimit -f): a write past it fails with
 * EFBIG (Node ignores SIGXFSZ), half-way through the file, as on a full disk.
 */
const underSizeLimit = (args: string[], kib = 16) =>
  spawnSync('bash', ['-c', `ulimit -f ${kib} && exec "$@"`, 'bash', process.execPath, BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: CACHE_DIR, NO_COLOR: '1' },
  });

/** Every file under `dir`, hidden ones included, with its bytes: equal before and after means nothing made, nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) files[join(e.parentPath, e.name).slice(dir.length)] = readFileSync(join(e.parentPath, e.name), 'base64');
  }
  return files;
}

/** Comment lines enough to take a file past the limit (40 KiB), so that rewriting it fails part-way. */
const PADDING = '# a note kept with the annotations, long enough to matter\n'.repeat(700);

test('add of an article past a file size limit: one line naming the file, exit 2, the corpus as it was (no temporary file)', (t) => {
  const { base, corpus } = newCorpus(t);
  const story = join(base, 'long.txt');
  writeFileSync(story, `A long story\n\n${'The minister spoke about the harbour for a long time.\n'.repeat(800)}`);
  const before = snapshot(corpus);
  const r = underSizeLimit(['--corpus', corpus, 'add', story, '--id', 'long']);
  assert.equal(r.status, 2, r.stderr);
  assert.deepEqual(snapshot(corpus), before, 'no temporary file left, every file as it was');
  assert.match(r.stderr, /^gloss: cannot write \S*long\.txt: file too large[^\n]*\n$/);
  assert.equal(r.stdout, '');
});

test('check --fix that cannot write its file (a size limit): one line, exit 2, no word of a fix, the file as it was (no temporary file)', (t) => {
  const corpus = join(tmp(t), 'c');
  cpSync(fixture('fixable'), corpus, { recursive: true });
  appendFileSync(join(corpus, 'articles', 'harbour.yaml'), PADDING);
  // Checked once unlimited: its database is built, so the limited run has only the fix to write.
  assert.equal(gloss(['--corpus', corpus, 'check']).code, 2, 'the fixture starts broken');
  const before = snapshot(corpus);
  const r = underSizeLimit(['--corpus', corpus, 'check', '--fix']);
  assert.equal(r.status, 2, r.stderr);
  assert.deepEqual(snapshot(corpus), before, 'no temporary file left, every file as it was');
  assert.match(r.stderr, /^gloss: cannot write \S*harbour\.yaml: file too large[^\n]*\n$/);
  assert.equal(r.stdout, '', 'no diff of a change that was not made');
  // Unlimited, the same fix is written (what failed was the write, not the fix).
  const fixed = gloss(['--corpus', corpus, 'check', '--fix']);
  assert.equal(fixed.code, 0, fixed.stderr);
  assert.match(fixed.stderr, /^fixed 4 problems in 1 file$/m);
});

test('check --fix that cannot write its lock\'s process id (a full disk): one line naming the lock, and no empty lock left to hold the next writer up', (t) => {
  const corpus = join(tmp(t), 'c');
  cpSync(fixture('fixable'), corpus, { recursive: true });
  assert.equal(gloss(['--corpus', corpus, 'check']).code, 2, 'the fixture starts broken');
  // No byte may be written: the lock is made, its process id cannot go in.
  const r = underSizeLimit(['--corpus', corpus, 'check', '--fix'], 0);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /^gloss: cannot write \S*write\.lock: file too large[^\n]*\n$/m);
  assert.deepEqual(readdirSync(join(corpus, '.gloss')), [], 'no lock left behind');
  // Before, the empty lock stood for a writer being made, and the next one waited 5 s to take it over.
  const fixed = gloss(['--corpus', corpus, 'check', '--fix']);
  assert.equal(fixed.code, 0, fixed.stderr);
});

test('draft --write that cannot write the annotation file (a size limit): one line, exit 2, nothing claimed, the corpus as it was', (t) => {
  const corpus = join(tmp(t), 'c');
  mkdirSync(join(corpus, 'articles'), { recursive: true });
  writeFileSync(join(corpus, 'registry.yaml'), 'actors:\n  - id: ann-lee\n    name: Ann Lee\n    type: person\n    role: Fisheries Minister\n    aliases: [Lee]\n');
  const text = 'Harbour talks\n\nFisheries Minister Ann Lee said on Tuesday that the talks had gone well.\n\n\u201cWe have made a good start,\u201d Lee said.\n';
  writeFileSync(join(corpus, 'articles', 'story.txt'), text);
  const sha = createHash('sha256').update(text).digest('hex');
  writeFileSync(join(corpus, 'articles', 'story.yaml'), `id: story\ntitle: "Harbour talks"\noutlet: "Test Gazette"\nauthor: null\ndate: "2024-05-14"\nsha256: ${sha}\nmentions: []\nclaims: []\n${PADDING}`);
  // Checked once unlimited, its database built, so the limited run has only the proposals to write.
  assert.equal(gloss(['--corpus', corpus, 'check']).code, 0);
  assert.equal(gloss(['--corpus', corpus, 'draft', 'story']).code, 0, 'there is something to propose');
  const before = snapshot(corpus);
  const r = underSizeLimit(['--corpus', corpus, 'draft', 'story', '--write']);
  assert.equal(r.status, 2, r.stderr);
  assert.deepEqual(snapshot(corpus), before, 'no temporary file left, every file as it was');
  // Taking the write lock changes the corpus folder, so draft --write builds the database again, and
  // that fails under the limit too: its warning (store-faults.test.ts) may come first.
  const stderr = r.stderr.replace(/^gloss: warning: cannot write the corpus database .*\n/, '');
  assert.match(stderr, /^gloss: cannot write \S*story\.yaml: file too large[^\n]*\n$/);
  assert.equal(r.stdout, '');
});

test('draft --write and check --fix on a --corpus that is a file, under one, or not there: the reading error every command gives, exit 2, nothing made', (t) => {
  const base = tmp(t);
  writeFileSync(join(base, 'FILE'), 'mine\n');
  const cases: [string, RegExp][] = [
    [join(base, 'FILE'), /: not a directory \(--corpus wants a corpus folder\)$/],
    [join(base, 'FILE', 'c'), /: cannot read corpus folder \(a part of the path is a file, not a folder\)$/],
    [join(base, 'not-there'), /: cannot read corpus folder \(no such folder\)$/],
  ];
  for (const [corpus, why] of cases) {
    for (const args of [['draft', 'story', '--write'], ['check', '--fix']]) {
      const r = gloss(['--corpus', corpus, ...args]);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stderr.split('\n').length, 2, `one line: ${r.stderr}`);
      assert.ok(r.stderr.startsWith(`gloss: ${corpus}: `), r.stderr);
      assert.match(r.stderr.trimEnd(), why);
    }
  }
  // A mistyped --corpus made no folder (draft --write made not-there/.gloss for its lock).
  assert.deepEqual(readdirSync(base), ['FILE']);
  assert.equal(readFileSync(join(base, 'FILE'), 'utf8'), 'mine\n');
});

test('a loop of symbolic links, or a name too long: worded errors, never an internal error', (t) => {
  const { base, corpus } = newCorpus(t);
  // In the corpus, an article and a registry that each point at themselves: problems of their own,
  // the rest of the corpus read (every command before: "internal error: ELOOP", from the stamps).
  symlinkSync('self.yaml', join(corpus, 'articles', 'self.yaml'));
  symlinkSync('loop.yaml', join(corpus, 'loop.yaml'));
  const checked = gloss(['--corpus', corpus, 'check']);
  assert.equal(checked.code, 2, checked.stderr);
  assert.match(checked.stdout + checked.stderr, /articles\/self\.yaml: refused: a loop of symbolic links/);
  assert.match(checked.stdout + checked.stderr, /loop\.yaml: refused: a loop of symbolic links/);
  assert.doesNotMatch(checked.stderr, /internal error|cannot write the corpus database/);
  for (const args of [['list'], ['search', 'accord'], ['claims', '--format', 'json']]) {
    const r = gloss(['--corpus', corpus, ...args]);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^gloss: the corpus has 2 errors; /m, args.join(' '));
    assert.doesNotMatch(r.stderr, /internal error|cannot write the corpus database/, args.join(' '));
    assert.notEqual(r.stdout, '', `${args.join(' ')}: the sound part is still shown`);
  }
  // The corpus folder itself a loop, or a name too long: the folder error every command gives.
  symlinkSync(join(base, 'loop-b'), join(base, 'loop-a'));
  symlinkSync(join(base, 'loop-a'), join(base, 'loop-b'));
  const long = join(base, 'y'.repeat(300));
  for (const [dir, why] of [[join(base, 'loop-a'), 'a loop of symbolic links'], [long, 'the name is too long']] as const) {
    const r = gloss(['--corpus', dir, 'list']);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stderr, `gloss: ${dir}: cannot read corpus folder (${why})\n`);
  }
  // Written to such a path: the reason in words, not an error code.
  const out = gloss(['export', '--format', 'json', '-o', join(base, 'loop-a')]);
  assert.equal(out.code, 2);
  assert.equal(out.stderr, `gloss: cannot write ${join(base, 'loop-a')}: a loop of symbolic links\n`);
  const tooLong = gloss(['export', '--format', 'json', '-o', `${long}.json`]);
  assert.equal(tooLong.code, 2);
  assert.match(tooLong.stderr, /^gloss: cannot write \S+\.json: the name is too long \(over 255 bytes, or the whole path over the system limit\)\n$/);
});

test('init onto a file, or under one: a clear error, exit 2', (t) => {
  const base = tmp(t);
  writeFileSync(join(base, 'file'), '');
  const onto = gloss(['init', join(base, 'file')]);
  assert.equal(onto.code, 2);
  assert.match(onto.stderr, /^gloss: .*file: exists and is not a folder; give a new folder\n$/);
  const under = gloss(['init', join(base, 'file', 'sub')]);
  assert.equal(under.code, 2);
  assert.equal(under.stderr, `gloss: cannot write ${join(base, 'file', 'sub', 'registry.yaml')}: a part of the path is a file, not a folder\n`);
});

test('init that cannot write its files (a size limit): one line naming the file, exit 2, no folder or file left, and init then works', (t) => {
  const base = tmp(t);
  const corpus = join(base, 'new', 'c');
  // 1 KiB: the registry and the text fit, the example's annotation file does not.
  const r = underSizeLimit(['init', corpus], 1);
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stderr, `gloss: cannot write ${join(corpus, 'articles', 'harbour-talks.yaml')}: file too large (past a file size limit: ulimit -f, or the file system's)\n`);
  assert.equal(r.stdout, '');
  assert.deepEqual(readdirSync(base), [], 'the folders init made are gone with its files');
  assert.equal(gloss(['init', corpus]).code, 0);
});

// root reads any file: take away the capabilities that let it, where setpriv can.
const asUser = spawnSync('setpriv', ['--help']).status === 0 && process.getuid?.() === 0 ? ['setpriv', '--inh-caps=-all', '--bounding-set=-dac_override,-dac_read_search'] : [];
const unreadableSkip = process.getuid?.() === 0 && asUser.length === 0 ? 'running as root without setpriv: an unreadable file cannot be made' : false;

test('an unreadable file is a located one-line problem, and check goes on listing', { skip: unreadableSkip }, (t) => {
  const { corpus } = newCorpus(t);
  const articles = join(corpus, 'articles');
  cpSync(join(articles, 'harbour-talks.yaml'), join(articles, 'second.yaml'));
  writeFileSync(join(articles, 'second.yaml'), readFileSync(join(articles, 'second.yaml'), 'utf8').replace('id: harbour-talks', 'id: second\ntext: harbour-talks.txt'));
  writeFileSync(join(articles, 'third.yaml'), 'id: third\n  bad: [');
  chmodSync(join(articles, 'harbour-talks.yaml'), 0o000);
  const cmd = [...asUser, process.execPath, BIN, '--corpus', corpus, 'check'];
  const r = spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8', env: { PATH: process.env.PATH, GLOSS_CACHE: '0' } });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /harbour-talks\.yaml: cannot read it \(permission denied\)$/m);
  assert.match(r.stderr, /third\.yaml:2:\d+: YAML/m, 'the files after it are still checked');
  assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
});

test('annotations nested thousands deep: a located error, not a stack overflow', (t) => {
  const { corpus } = newCorpus(t);
  const depth = 5000;
  writeFileSync(join(corpus, 'articles', 'deep.yaml'), `{"id": "deep", "x": ${'['.repeat(depth)}${']'.repeat(depth)}}`);
  writeFileSync(join(corpus, 'articles', 'deeper.yaml'), `id: deeper\nx: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
  const r = gloss(['--corpus', corpus, 'check']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /deep\.yaml:1:1020: nested too deeply to read \(more than 1000 levels of lists, maps or brackets\)$/m);
  assert.match(r.stderr, /deeper\.yaml:2:1004: nested too deeply to read/);
  assert.doesNotMatch(r.stderr, /internal error|Maximum call stack/);
});

// --- the corpus folder swapped while it is read ----------------------------------------------------------

test('a folder swapped for a symlink while gloss reads never leaks the file outside', async (t) => {
  const base = tmp(t);
  const corpus = join(base, 'corpus');
  mkdirSync(join(corpus, 'articles'), { recursive: true });
  writeFileSync(join(corpus, 'articles', 'doc.txt'), 'inside\n');
  mkdirSync(join(base, 'outside'));
  writeFileSync(join(base, 'outside', 'doc.txt'), 'SECRET\n');
  // Another process swaps articles/ between the real folder and a link out of the corpus, as fast as
  // it can: a check of the path, then a read of it, would now and then read through the link.
  const swapper = spawn(process.execPath, ['-e', `
    const { renameSync, symlinkSync, unlinkSync } = require('node:fs');
    const a = ${JSON.stringify(join(corpus, 'articles'))}, parked = a + '.parked', link = a + '.link';
    symlinkSync(${JSON.stringify(join(base, 'outside'))}, link);
    for (;;) { renameSync(a, parked); renameSync(link, a); renameSync(a, link); renameSync(parked, a); }
  `]);
  // Stopped before the folders are removed (hooks run in the order they were added: the removal first).
  const stopped = new Promise((resolve) => swapper.on('exit', resolve));
  const stop = async () => {
    swapper.kill();
    await stopped;
  };
  t.after(stop);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const root = { dir: corpus, realDir: corpus };
  const seen = { inside: 0, refused: 0, secret: 0 };
  const until = Date.now() + 3000;
  while (Date.now() < until) {
    for (let i = 0; i < 200; i++) {
      try {
        const { text } = readCorpusText(root, join(corpus, 'articles', 'doc.txt'), 'doc.txt');
        if (text.includes('SECRET')) seen.secret++;
        else seen.inside++;
      } catch {
        seen.refused++;
      }
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  await stop();
  assert.ok(seen.inside > 0 && seen.refused > 0, `both states were met: ${JSON.stringify(seen)}`);
  assert.equal(seen.secret, 0, `the outside file was read ${seen.secret} times`);
});

// --- text fidelity ------------------------------------------------------------------------------------

test('a quote ending in half a character (a lone surrogate) is refused by check', (t) => {
  const { corpus } = newCorpus(t);
  const articles = join(corpus, 'articles');
  writeFileSync(join(articles, 'ship.txt'), 'Ship \u{1F6A2} now & then\n');
  const sha = createHash('sha256').update(readFileSync(join(articles, 'ship.txt'))).digest('hex');
  writeFileSync(join(articles, 'ship.yaml'), `id: ship\ntitle: "Tom &amp; Jerry \\u202e reversed"\noutlet: "X"\nauthor: null\ndate: "2021"\nsha256: ${sha}\nmentions: []\nclaims:\n  - {id: c1, quote: "Ship \\ud83d", source: ann-lee, attribution: direct, type: assertion, about: []}\n`);
  const r = gloss(['--corpus', corpus, 'check']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /ship\.yaml:9:\d+: quote "Ship \\ud83d" holds half a character/);
});

test('JSON and NDJSON escape bidi controls; read keeps a title\'s "&amp;" as printed', (t) => {
  const { corpus } = newCorpus(t);
  const articles = join(corpus, 'articles');
  writeFileSync(join(articles, 'ship.txt'), 'Ship now\n');
  const sha = createHash('sha256').update('Ship now\n').digest('hex');
  writeFileSync(join(articles, 'ship.yaml'), `id: ship\ntitle: "Tom &amp; Jerry \\u202e reversed \\u2066x\\u2069"\noutlet: "X"\nauthor: null\ndate: "2021"\nsha256: ${sha}\nmentions: []\nclaims: []\n`);
  for (const format of ['json', 'ndjson']) {
    const r = gloss(['--corpus', corpus, 'list', '--format', format]);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /[\u202a-\u202e\u2066-\u2069]/, format);
    assert.match(r.stdout, /Tom &amp; Jerry \\u202e reversed \\u2066x\\u2069/);
  }
  const read = gloss(['--corpus', corpus, 'read', 'ship', '--no-pager']);
  assert.equal(read.code, 0, read.stderr);
  assert.match(read.stdout, /Tom &amp; Jerry <U\+202E> reversed/);
});

test('check --fix and draft --write over a read-only annotation file: one line naming it, exit 2, the file as it was', { skip: unreadableSkip }, (t) => {
  // One corpus with slips to mend, one with an article to draft (added as root, before the file is made read-only).
  const fixable = join(tmp(t), 'c');
  cpSync(fixture('fixable'), fixable, { recursive: true });
  const { base, corpus: drafted } = newCorpus(t);
  writeFileSync(join(base, 'story.txt'), 'Harbour plans approved\n\n\u201cWe will start in spring,\u201d said Mayor Ada Lind on Tuesday.\n');
  assert.equal(gloss(['--corpus', drafted, 'add', join(base, 'story.txt'), '--id', 'story']).code, 0);
  for (const [corpus, file, args] of [
    [fixable, join(fixable, 'articles', 'harbour.yaml'), ['check', '--fix']],
    [drafted, join(drafted, 'articles', 'story.yaml'), ['draft', 'story', '--write']],
  ] as const) {
    chmodSync(file, 0o444);
    const before = snapshot(corpus);
    const cmd = [...asUser, process.execPath, BIN, '--corpus', corpus, ...args];
    const r = spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8', env: { PATH: process.env.PATH, GLOSS_CACHE: '0', NO_COLOR: '1' } });
    // Before, the file was replaced by a rename, which asks only the folder's permission.
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^gloss: cannot write \S*\.yaml: permission denied\n$/m, args.join(' '));
    assert.equal(r.stdout, '', 'no word of a change not made');
    assert.deepEqual(snapshot(corpus), before, `${args.join(' ')}: every file as it was, no temporary file`);
    assert.equal(statSync(file).mode & 0o777, 0o444);
  }
});
