// gloss export --output FILE: the file appears whole or not at all. It is written under a temporary
// name beside FILE and renamed over it once complete; a failed export leaves FILE as it was and no
// temporary file behind. (Interrupted exports: export-large.test.ts, which has a corpus big enough.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, cpSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, gloss, isGlossTemp, ROOT, scratch } from './helpers.js';

const dir = scratch('gloss-output-');
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const mini = ['--corpus', fixture('mini')];
const leftovers = (folder: string) => readdirSync(folder).filter(isGlossTemp);

for (const format of ['json', 'ndjson', 'csv', 'tsv', 'w3c', 'table']) {
  test(`--format ${format} --output FILE holds exactly what stdout gets, and replaces FILE`, () => {
    const file = join(dir, `out.${format}`);
    writeFileSync(file, 'an older export, longer than nothing\n'.repeat(5000));
    const r = gloss([...mini, 'export', '--format', format, '--output', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    const piped = gloss([...mini, 'export', '--format', format]);
    assert.equal(piped.code, 0);
    assert.ok(piped.stdout.length > 0);
    assert.equal(readFileSync(file, 'utf8'), piped.stdout);
    assert.deepEqual(leftovers(dir), []);
  });
}

test('-o is --output, and the default format (json) is written to the file too', () => {
  const file = join(dir, 'short.json');
  assert.equal(gloss([...mini, 'export', '-o', file]).code, 0);
  assert.equal(readFileSync(file, 'utf8'), gloss([...mini, 'export']).stdout);
});

test('-o - is stdout; for sqlite it is refused like no --output at all', () => {
  assert.equal(gloss([...mini, 'export', '--format', 'ndjson', '-o', '-']).stdout, gloss([...mini, 'export', '--format', 'ndjson']).stdout);
  const r = gloss([...mini, 'export', '--format', 'sqlite', '-o', '-']);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /give --output FILE/);
});

test('a folder that does not exist: one line naming the file, exit 2, nothing made', () => {
  const file = join(dir, 'no-such-folder', 'out.json');
  const r = gloss([...mini, 'export', '--output', file]);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, `gloss: cannot write ${file}: no such folder\n`);
  assert.equal(r.stdout, '');
});

test('a path through a regular file (FILE/x.json): one line naming it, exit 2, FILE as it was, in every format', () => {
  const parent = join(dir, 'through-a-file');
  mkdirSync(parent);
  const file = join(parent, 'FILE');
  writeFileSync(file, 'mine\n');
  for (const format of ['json', 'ndjson', 'csv', 'tsv', 'w3c', 'table', 'sqlite']) {
    for (const target of [join(file, `x.${format}`), join(file, 'deeper', `x.${format}`)]) {
      const r = gloss([...mini, 'export', '--format', format, '-o', target]);
      assert.equal(r.code, 2, `${format}: ${r.stderr}`);
      assert.equal(r.stderr, `gloss: cannot write ${target}: a part of the path is a file, not a folder\n`);
      assert.equal(r.stdout, '');
    }
  }
  assert.deepEqual(readdirSync(parent), ['FILE']);
  assert.equal(readFileSync(file, 'utf8'), 'mine\n');
});

test('a name ending in "/" with no folder there: refused in one line, nothing made', () => {
  const parent = join(dir, 'slash');
  mkdirSync(parent);
  for (const format of ['json', 'sqlite']) {
    const target = join(parent, 'not-yet') + '/';
    const r = gloss([...mini, 'export', '--format', format, '-o', target]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `gloss: cannot write ${target}: a name ending in "/" is a folder's; give a file's name\n`);
  }
  assert.deepEqual(readdirSync(parent), []);
});

for (const format of ['json', 'sqlite']) {
  test(`--format ${format}: FILE a folder is refused before anything is written: no temporary file, the folder as it was`, () => {
    const parent = join(dir, `fails-${format}`);
    const target = join(parent, 'target');
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'keep.txt'), 'mine');
    const r = gloss([...mini, 'export', '--format', format, '--output', target]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^gloss: cannot write .*target: it is a folder\n$/);
    assert.deepEqual(readdirSync(parent), ['target']);
    assert.deepEqual(readdirSync(target), ['keep.txt']);
  });
}

test('a corpus with errors stops the export before FILE is touched', () => {
  const file = join(dir, 'kept.json');
  writeFileSync(file, 'previous\n');
  const r = gloss(['--corpus', fixture('quote-missing'), 'export', '--output', file]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^gloss: .*\n$/);
  assert.equal(readFileSync(file, 'utf8'), 'previous\n');
  assert.deepEqual(leftovers(dir), []);
});

test('temporary files left in the folder by killed writers (their process gone) are removed by the next export there, whatever file they were for; others are not', () => {
  const folder = join(dir, 'sweep');
  mkdirSync(folder);
  // pid 2^22 + 1 is above Linux's pid_max limit: certainly no running process.
  const dead = join(folder, `.out.json.gloss-${2 ** 22 + 1}-0badc0de.tmp`);
  const otherFile = join(folder, `.other.json.gloss-${2 ** 22 + 1}-0badc0de.tmp`);
  const alive = `.out.json.gloss-${process.pid}-0badc0de.tmp`;
  // A user's files that only look temporary (a year, a number before ".tmp") are not gloss's.
  const mine = ['notes.2024.tmp', 'scan.77777.tmp'];
  for (const f of [dead, `${dead}-journal`, otherFile, join(folder, alive), ...mine.map((f) => join(folder, f))]) writeFileSync(f, 'half');
  assert.equal(gloss([...mini, 'export', '--output', join(folder, 'out.json')]).code, 0);
  assert.deepEqual(readdirSync(folder).sort(), [alive, ...mine, 'out.json'].sort());
});

test('temporary files of an older gloss\'s export (.FILE.PID.RANDOM.gloss-tmp) left by a killed one are removed too; a live one\'s, and look-alikes, are not', () => {
  const folder = join(dir, 'sweep-old');
  mkdirSync(folder);
  const gone = 2 ** 22 + 1;
  // What an export of that version killed outright left: its file, SQLite's journal, and the name a FILE near the length limit got.
  const dead = [`.out.json.${gone}.0badc0de.gloss-tmp`, `.data.sqlite.${gone}.1234abcd.gloss-tmp`, `.data.sqlite.${gone}.1234abcd.gloss-tmp-journal`, `.gloss-export.${gone}.ffffffff.gloss-tmp`];
  const alive = `.out.json.${process.pid}.0badc0de.gloss-tmp`;
  // Not exactly that shape: a user's, or anyone's but gloss's.
  const mine = [
    'notes.tmp',
    'interview.2024.tmp',
    `scan.${gone}.0badc0de.tmp`,
    `out.json.${gone}.0badc0de.gloss-tmp`,
    `.out.json.${gone}.0BADC0DE.gloss-tmp`,
    `.out.json.${gone}.0badc0.gloss-tmp`,
    `.out.json.${gone}.0badc0de.gloss-tmp.bak`,
    `.${gone}.0badc0de.gloss-tmp`,
    'report.gloss-tmp',
  ];
  for (const f of [...dead, alive, ...mine]) writeFileSync(join(folder, f), 'half');
  const r = gloss([...mini, 'export', '--output', join(folder, 'other.json')]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(readdirSync(folder).sort(), [alive, ...mine, 'other.json'].sort());
});

// --- what --output names is not always a regular file -----------------------------------------

test('a FIFO (or >(cmd)) given to --output is written into, not replaced by a regular file', async () => {
  const fifo = join(dir, 'pipe');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  const got = join(dir, 'from-pipe.csv');
  // The reader writes to a file: this process is held by spawnSync meanwhile and reads no pipe.
  const out = openSync(got, 'w');
  const reader = spawn('cat', [fifo], { stdio: ['ignore', out, 'ignore'] });
  closeSync(out);
  const read = new Promise((done) => reader.on('close', done));
  const r = gloss([...mini, 'export', '--format', 'csv', '-o', fifo]);
  const stillFifo = lstatSync(fifo).isFIFO();
  // A FIFO replaced by a file leaves its reader waiting for a writer for ever.
  if (!stillFifo) reader.kill();
  await read;
  assert.equal(r.code, 0, r.stderr);
  assert.ok(stillFifo, 'still a FIFO');
  assert.equal(readFileSync(got, 'utf8'), gloss([...mini, 'export', '--format', 'csv']).stdout);
  assert.deepEqual(leftovers(dir), []);
  // A database cannot be written into a pipe: said, and the pipe left as it is.
  const db = gloss([...mini, 'export', '--format', 'sqlite', '-o', fifo]);
  assert.equal(db.code, 2);
  assert.match(db.stderr, /^gloss: cannot write .*pipe: a database needs a file, not a device or a pipe\n$/);
  assert.ok(lstatSync(fifo).isFIFO());
});

test('a character device given to --output (as /dev/null) is written into and stays a device', { skip: process.getuid?.() !== 0 && 'mknod needs root' }, () => {
  const device = join(dir, 'null');
  // A null device of the test's own (1,3 is /dev/null's), so that no failure here can touch the system's.
  if (spawnSync('mknod', ['-m', '666', device, 'c', '1', '3']).status !== 0) return;
  const r = gloss([...mini, 'export', '--format', 'json', '-o', device]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(lstatSync(device).isCharacterDevice(), 'still a character device');
  rmSync(device);
});

test('a link given to --output: the file it points to is replaced and the link kept; a link to no file yet makes it', () => {
  const real = join(dir, 'real.ndjson');
  writeFileSync(real, 'older\n');
  const link = join(dir, 'link.ndjson');
  symlinkSync('real.ndjson', link);
  const r = gloss([...mini, 'export', '--format', 'ndjson', '-o', link]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(lstatSync(link).isSymbolicLink(), 'the link stays a link');
  assert.equal(readFileSync(real, 'utf8'), gloss([...mini, 'export', '--format', 'ndjson']).stdout);
  const dangling = join(dir, 'dangling.json');
  symlinkSync('made-through-link.json', dangling);
  assert.equal(gloss([...mini, 'export', '-o', dangling]).code, 0);
  assert.ok(lstatSync(dangling).isSymbolicLink());
  assert.equal(readFileSync(join(dir, 'made-through-link.json'), 'utf8'), gloss([...mini, 'export']).stdout);
  assert.deepEqual(leftovers(dir), []);
});

test('a folder given to --output is refused in one line', () => {
  const folder = join(dir, 'a-folder');
  mkdirSync(folder);
  for (const target of [folder, `${folder}/`]) {
    const r = gloss([...mini, 'export', '-o', target]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `gloss: cannot write ${target}: it is a folder\n`);
  }
  assert.deepEqual(readdirSync(folder), []);
});

test('a file --output replaces keeps its permissions, as a shell\'s ">" leaves them (json and sqlite)', () => {
  for (const format of ['json', 'sqlite']) {
    const file = join(dir, `private.${format}`);
    writeFileSync(file, 'older');
    chmodSync(file, 0o600);
    const r = gloss([...mini, 'export', '--format', format, '-o', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(statSync(file).mode & 0o777, 0o600, format);
  }
});

// root writes any file: take away the capability that lets it, where setpriv can.
const asUser = spawnSync('setpriv', ['--help']).status === 0 && process.getuid?.() === 0 ? ['setpriv', '--inh-caps=-all', '--bounding-set=-dac_override'] : [];
const readOnlySkip = process.getuid?.() === 0 && asUser.length === 0 ? 'running as root without setpriv: a read-only file is writable' : false;

test('a read-only file given to --output is refused in one line, as a shell\'s ">" refuses it, and left as it was (json and sqlite)', { skip: readOnlySkip }, () => {
  for (const format of ['json', 'sqlite']) {
    const file = join(dir, `read-only.${format}`);
    writeFileSync(file, 'older');
    chmodSync(file, 0o444);
    const cmd = [...asUser, process.execPath, join(ROOT, 'bin', 'gloss.js'), ...mini, 'export', '--format', format, '-o', file];
    const r = spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8', env: { PATH: process.env.PATH, GLOSS_CACHE: '0' } });
    // Before, the rename (which asks only the folder's permission) replaced it: exit 0.
    assert.equal(r.status, 2, `${format}: ${r.stderr}`);
    assert.equal(r.stderr, `gloss: cannot write ${file}: permission denied\n`);
    assert.equal(readFileSync(file, 'utf8'), 'older', format);
    assert.deepEqual(leftovers(dir), []);
  }
});

test('a FILE named near the file system\'s limit (250 bytes) is written; its temporary file goes by a shorter name and is gone after', () => {
  const file = join(dir, `${'e'.repeat(245)}.json`);
  const r = gloss([...mini, 'export', '-o', file]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readFileSync(file, 'utf8'), gloss([...mini, 'export']).stdout);
  assert.deepEqual(leftovers(dir), []);
});

test('a corpus with nothing to export: exit 1 in every format, the document still whole (as a listing\'s JSON [] is)', () => {
  const empty = join(dir, 'empty-corpus');
  mkdirSync(join(empty, 'articles'), { recursive: true });
  const none = ['--corpus', empty];
  const outputs: Record<string, string> = {};
  for (const format of ['json', 'ndjson', 'csv', 'tsv', 'w3c', 'table', 'sqlite']) {
    const file = join(dir, `empty.${format}`);
    const r = gloss([...none, 'export', '--format', format, '--output', file]);
    // Before, json, ndjson, w3c and sqlite said 0 and csv, tsv and table 1: the format decided.
    assert.equal(r.code, 1, `${format}: ${r.stderr}`);
    assert.equal(r.stderr, '', format);
    outputs[format] = readFileSync(file, format === 'sqlite' ? 'latin1' : 'utf8');
    if (format !== 'sqlite' && format !== 'table') assert.equal(gloss([...none, 'export', '--format', format]).code, 1, format);
  }
  const json = JSON.parse(outputs.json!) as Record<string, unknown[]>;
  assert.deepEqual(Object.values(json).map((v) => v.length), Object.keys(json).map(() => 0));
  assert.equal(outputs.ndjson, '');
  assert.equal(outputs.csv!.trimEnd().split('\n').length, 1, 'the header alone');
  assert.equal((JSON.parse(outputs.w3c!) as { total: number }).total, 0);
  const py = spawnSync('python3', ['-c', 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from claims").fetchone()[0])', join(dir, 'empty.sqlite')], { encoding: 'utf8' });
  assert.equal(py.stdout.trim(), '0', py.stderr);
  // A listing with nothing in it says so on stderr, as every diagnostic does, with gloss's name.
  const listing = gloss([...none, 'claims']);
  assert.equal(listing.code, 1);
  assert.equal(listing.stderr, 'gloss: no results\n');
});

test('-o onto a file of the corpus (an article, its annotations, a registry, a new file in articles/) is refused, exit 2, the corpus as it was', () => {
  const corpus = join(dir, 'own-corpus');
  cpSync(fixture('mini'), corpus, { recursive: true });
  const before = (name: string) => readFileSync(join(corpus, name), 'utf8');
  const text = before('articles/rocket-2020.txt');
  const annotations = before('articles/rocket-2020.yaml');
  const registry = before('registry.yaml');
  const cases: [string, string][] = [
    [join(corpus, 'articles', 'rocket-2020.txt'), 'articles folder'],
    [join(corpus, 'articles', 'rocket-2020.yaml'), 'articles folder'],
    [join(corpus, 'articles', 'new.json'), 'articles folder'],
    [join(corpus, 'registry.yaml'), 'registry'],
  ];
  for (const [target, part] of cases) {
    for (const format of ['json', 'csv', 'sqlite']) {
      const r = gloss(['--corpus', corpus, 'export', '--format', format, '-o', target]);
      assert.equal(r.code, 2, `${target} ${format}: ${r.stderr}`);
      assert.equal(r.stderr, `gloss: cannot write ${target}: it is in the corpus's ${part}, which gloss reads the corpus from; write the export outside it\n`);
      assert.equal(r.stdout, '');
    }
  }
  // Through a link from outside, too: the file it would replace is the article's.
  const link = join(dir, 'link-to-article.txt');
  symlinkSync(join(corpus, 'articles', 'rocket-2020.txt'), link);
  assert.equal(gloss(['--corpus', corpus, 'export', '-o', link]).code, 2);
  assert.equal(before('articles/rocket-2020.txt'), text);
  assert.equal(before('articles/rocket-2020.yaml'), annotations);
  assert.equal(before('registry.yaml'), registry);
  assert.deepEqual(readdirSync(join(corpus, 'articles')).sort(), ['rocket-2020.txt', 'rocket-2020.yaml']);
  assert.equal(gloss(['--corpus', corpus, 'check']).code, 0);
  // Beside the corpus (not in articles/, not a registry) is an export's place.
  const beside = join(corpus, 'export.json');
  assert.equal(gloss(['--corpus', corpus, 'export', '-o', beside]).code, 0);
  assert.equal(gloss(['--corpus', corpus, 'check']).code, 0);
});

test('an article added but not yet annotated is exported: json, ndjson and sqlite hold it (exit 0); csv, tsv and w3c hold annotations only (exit 1)', () => {
  const corpus = join(dir, 'unannotated');
  mkdirSync(join(corpus, 'articles'), { recursive: true });
  assert.equal(gloss(['--corpus', corpus, 'add', '-', '--id', 'plain', '--date', '2024-01-02'], { input: 'A headline\n\nA body with no annotation.\n' }).code, 0);
  for (const format of ['json', 'ndjson']) {
    const r = gloss(['--corpus', corpus, 'export', '--format', format]);
    assert.equal(r.code, 0, `${format}: ${r.stderr}`);
    assert.match(r.stdout, /"plain"/);
  }
  const db = join(dir, 'unannotated.db');
  assert.equal(gloss(['--corpus', corpus, 'export', '--format', 'sqlite', '-o', db]).code, 0);
  for (const format of ['csv', 'tsv', 'w3c']) assert.equal(gloss(['--corpus', corpus, 'export', '--format', format]).code, 1, format);
});
