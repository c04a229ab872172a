// A rebuild after an edit takes the unchanged articles from the database it replaces (store/reuse.ts):
// it opens the edited article's files and not the others', and the database it makes is the one a
// build from nothing makes, row for row. What may not be taken is read again: an article referring to a
// registry entry that changed, an article with problems of its own, and every article when the old
// database turns out damaged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { BIN, random, ROOT, scratch } from './helpers.js';
import { openedRun } from './opened-files.js';
import { checksum } from '../src/store/sqlite.js';
import { attachEarlier } from '../src/store/earlier.js';
import { TABLES } from '../src/store/schema.js';
import { sealed } from '../src/store/rows.js';

const base = join(scratch('gloss-reuse-corpus-'), 'c');
const made = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-corpus.mjs'), base, '--articles', '40', '--seed', '3', '--yaml'], { encoding: 'utf8' });
assert.equal(made.status, 0, made.stderr);

/** A corpus of its own for a test, and a cache folder of its own. */
function setUp(from = base): { corpus: string; cache: string; env: NodeJS.ProcessEnv } {
  const corpus = join(scratch('gloss-reuse-'), 'c');
  cpSync(from, corpus, { recursive: true });
  const cache = scratch('gloss-reuse-cache-');
  return { corpus, cache, env: { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: cache } };
}

function run(env: NodeJS.ProcessEnv, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The article files (.yaml, .txt) a run opened, by name. */
function articleFilesOpened(corpus: string, env: NodeJS.ProcessEnv, args: string[]) {
  const r = openedRun(BIN, ['--corpus', corpus, ...args], env, join(scratch('gloss-reuse-log-'), 'opened.json'));
  const dir = join(corpus, 'articles');
  return { ...r, files: [...new Set(r.opened.filter((p) => p.startsWith(dir + '/')).map((p) => p.slice(dir.length + 1)))].sort() };
}

function databaseOf(cache: string): string {
  const [folder] = readdirSync(cache).filter((f) => f.startsWith('corpus-'));
  assert.ok(folder, `no corpus database in ${cache}`);
  return join(cache, folder, 'corpus.db');
}

/**
 * Every row of every table, in a form to compare: the database's whole content, but for its identity
 * (meta id, drawn at random for each build: rows.ts databaseId), which it must have.
 */
function dump(file: string): Map<string, string[]> {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    assert.match(String(db.prepare("SELECT value FROM meta WHERE key = 'id'").get()?.value), /^[0-9a-f]{32}$/, `the identity of ${file}`);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => String(r.name));
    const cell = (v: unknown) => (v instanceof Uint8Array ? `x'${Buffer.from(v).toString('hex')}'` : v);
    const rows = (t: string) => db.prepare(`SELECT * FROM "${t}"${t === 'meta' ? " WHERE key <> 'id'" : ''}`).all();
    return new Map(tables.map((t) => [t, rows(t).map((r) => JSON.stringify(Object.values(r).map(cell))).sort()]));
  } finally {
    db.close();
  }
}

/** The database in `cache` holds what a database built from nothing holds, table by table. */
function assertSameAsFresh(corpus: string, cache: string, args: string[]) {
  const fresh = setUpCache();
  const again = run(fresh, ['--corpus', corpus, ...args]);
  assert.equal(again.status, 0, again.stderr);
  const ours = dump(databaseOf(cache));
  const theirs = dump(databaseOf(fresh.GLOSS_CACHE_DIR!));
  assert.deepEqual([...ours.keys()], [...theirs.keys()]);
  for (const [table, rows] of theirs) {
    const mine = ours.get(table)!;
    assert.equal(mine.length, rows.length, `rows of ${table}`);
    const differing = rows.findIndex((r, i) => r !== mine[i]);
    assert.equal(differing, -1, `${table} differs: ${mine[differing]?.slice(0, 300)} against ${rows[differing]?.slice(0, 300)}`);
  }
  return again.stdout;
}

function setUpCache(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: scratch('gloss-reuse-fresh-') };
}

const articleFile = (corpus: string, n: number) => {
  const name = readdirSync(join(corpus, 'articles')).find((f) => f.startsWith(`gen-${String(n).padStart(5, '0')}-`) && f.endsWith('.yaml'));
  assert.ok(name);
  return join(corpus, 'articles', name);
};

/** Rewrites a file as an editor that saves through a new file does: written aside, renamed over it (the folder changes too). */
function saveAside(file: string, edit: (s: string) => string) {
  const text = edit(readFileSync(file, 'utf8'));
  writeFileSync(`${file}.swp`, text);
  renameSync(`${file}.swp`, file);
}

test('after one article is edited, the rebuild opens that article\'s files and no other, and makes the database a build from nothing makes', () => {
  const { corpus, cache, env } = setUp();
  const first = run(env, ['--corpus', corpus, 'claims', '--format', 'json']);
  assert.equal(first.status, 0, first.stderr);
  const edited = articleFile(corpus, 12);
  saveAside(edited, (s) => s.replace(/^title: .*$/m, 'title: An edited title'));
  const r = articleFilesOpened(corpus, env, ['list', '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const name = edited.split('/').pop()!;
  assert.deepEqual(r.files, [name, name.replace(/\.yaml$/, '.txt')].sort());
  assert.match(r.stdout, /An edited title/);
  assert.equal(assertSameAsFresh(corpus, cache, ['list', '--format', 'json']), r.stdout);

  // Edited in place this time (the folders keep their stamps): a claim's type changed.
  const other = articleFile(corpus, 30);
  writeFileSync(other, readFileSync(other, 'utf8').replace(/^(\s*)type: (\w+)$/m, (_, pad: string, t: string) => `${pad}type: ${t === 'opinion' ? 'denial' : 'opinion'}`));
  const again = articleFilesOpened(corpus, env, ['claims', '--format', 'json']);
  assert.equal(again.status, 0, again.stderr);
  const otherName = other.split('/').pop()!;
  assert.deepEqual(again.files, [otherName, otherName.replace(/\.yaml$/, '.txt')].sort());
  assert.equal(assertSameAsFresh(corpus, cache, ['claims', '--format', 'json']), again.stdout);
});

/** The annotation files (by name) that refer to one of these registry ids, as a value anywhere in them. */
function referring(corpus: string, ids: string[]): string[] {
  const dir = join(corpus, 'articles');
  const value = new RegExp(`(?::|-|\\[|,) *(?:${ids.join('|')})(?:$|,|\\])`, 'm');
  return readdirSync(dir).filter((f) => f.endsWith('.yaml') && value.test(readFileSync(join(dir, f), 'utf8'))).sort();
}

test('a registry edited: the articles that refer to an entry that changed are read again, and no other', () => {
  const { corpus, cache, env } = setUp();
  assert.equal(run(env, ['--corpus', corpus, 'actors', '--format', 'json']).status, 0);
  const yamlOpened = (r: { files: string[] }) => r.files.filter((f) => f.endsWith('.yaml'));

  // A name changed: the articles whose claims or mentions name the actor (search documents carry a source's name).
  saveAside(join(corpus, 'actors.yaml'), (s) => s.replace(/^(\s*)name: Peter MacKay$/m, '$1name: Peter Gordon MacKay'));
  const renamed = articleFilesOpened(corpus, env, ['claims', '--format', 'json']);
  assert.equal(renamed.status, 0, renamed.stderr);
  const mackay = referring(corpus, ['peter-mackay']);
  assert.ok(mackay.length > 0 && mackay.length < 40, `${mackay.length} articles refer to peter-mackay`);
  assert.deepEqual(yamlOpened(renamed), mackay);
  assert.match(renamed.stdout, /Peter Gordon MacKay/);
  assert.equal(assertSameAsFresh(corpus, cache, ['claims', '--format', 'json']), renamed.stdout);

  // An actor added that no article refers to yet: no article is read.
  saveAside(join(corpus, 'actors.yaml'), (s) => s.replace(/^actors:\n/m, 'actors:\n  - id: ann-newcomer\n    name: Ann Newcomer\n    type: person\n    aliases: []\n'));
  const added = articleFilesOpened(corpus, env, ['actors', '--format', 'json']);
  assert.equal(added.status, 0, added.stderr);
  assert.deepEqual(yamlOpened(added), []);
  assert.match(added.stdout, /Ann Newcomer/);
  assert.equal(assertSameAsFresh(corpus, cache, ['actors', '--format', 'json']), added.stdout);

  // A government's link to its state removed: both were one agent, so every article referring to either is read.
  saveAside(join(corpus, 'actors.yaml'), (s) => s.replace(/^\s*governs: canada\n/m, ''));
  const unlinked = articleFilesOpened(corpus, env, ['list', '--format', 'json']);
  assert.equal(unlinked.status, 0, unlinked.stderr);
  const canada = referring(corpus, ['canada', 'government-of-canada']);
  assert.ok(canada.length > 0 && canada.length < 40, `${canada.length} articles refer to canada or its government`);
  assert.deepEqual(yamlOpened(unlinked), canada);
  assert.equal(assertSameAsFresh(corpus, cache, ['list', '--format', 'json']), unlinked.stdout);

  // An actor articles refer to removed: they are read again, and check reports each reference.
  saveAside(join(corpus, 'actors.yaml'), (s) => s.replace(/^ {2}- id: peter-mackay\n(?: {4}.*\n|\n(?= {4}))*/m, ''));
  const removed = articleFilesOpened(corpus, env, ['check']);
  assert.equal(removed.status, 2, removed.stderr);
  assert.deepEqual(yamlOpened(removed), mackay);
  assert.match(removed.stdout + removed.stderr, /unknown (actor|source) "peter-mackay"/);
});

test('an entry an article names only in a claim\'s chain or subjects counts as one it refers to', () => {
  // The generated corpus mentions every relay and subject it names in a chain or in `about` as well;
  // here one actor is only a relay (its name is in the claim's search document), one only a subject,
// one only a writer.
  const corpus = join(scratch('gloss-reuse-chain-'), 'c');
  mkdirSync(join(corpus, 'articles'), { recursive: true });
  const actors = (relay: string, subject: boolean) =>
    `actors:\n  - id: wire\n    name: The Wire\n    type: outlet\n  - id: sam\n    name: Sam Speaker\n    type: person\n  - id: rita\n    name: ${relay}\n    type: person\n` +
    (subject ? '  - id: acme\n    name: Acme Holdings\n    type: company\n  - id: pat\n    name: Pat Pen\n    type: person\n' : '');
  writeFileSync(join(corpus, 'actors.yaml'), actors('Rita Relay', true));
  const article = (id: string, claim: string, writer = 'wire') => {
    const text = `Sam Speaker said the plan was sound.\n`;
    writeFileSync(join(corpus, 'articles', `${id}.txt`), text);
    writeFileSync(join(corpus, 'articles', `${id}.yaml`), `id: ${id}\ntitle: ${id}\noutlet: The Wire\nauthor: null\nwriter: ${writer}\ndate: 2016-01-01\nsha256: ${createHash('sha256').update(text).digest('hex')}\nmentions:\n  - actor: sam\n    quote: Sam Speaker\nclaims:${claim === '' ? ' []\n' : `\n${claim}`}`);
  };
  article('relayed', '  - id: c1\n    quote: the plan was sound\n    source: sam\n    via: [wire, rita]\n    attribution: second-hand\n    type: assessment\n    about: [acme]\n');
  // And one whose writer it names nowhere else.
  article('bylined', '', 'pat');
  article('plain', '  - id: c1\n    quote: the plan was sound\n    source: sam\n    via: [wire]\n    attribution: indirect\n    type: assessment\n');
  const cache = scratch('gloss-reuse-cache-');
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: cache };
  const first = run(env, ['--corpus', corpus, 'check']);
  assert.equal(first.status, 0, first.stdout + first.stderr);

  saveAside(join(corpus, 'actors.yaml'), () => actors('Rita R. Relay', true));
  const renamed = articleFilesOpened(corpus, env, ['list', '--format', 'json']);
  assert.equal(renamed.status, 0, renamed.stderr);
  assert.deepEqual(renamed.files, ['relayed.txt', 'relayed.yaml']);
  assert.equal(assertSameAsFresh(corpus, cache, ['list', '--format', 'json']), renamed.stdout);
  // The claim is found by its relay's new name, as a build from nothing finds it.
  const found = run(env, ['--corpus', corpus, 'search', 'Rita R. Relay', '--format', 'json']);
  assert.equal(found.status, 0, found.stderr);
  assert.match(found.stdout, /Rita R\. Relay/);

  saveAside(join(corpus, 'actors.yaml'), () => actors('Rita R. Relay', false));
  const gone = articleFilesOpened(corpus, env, ['check']);
  assert.equal(gone.status, 2);
  // check hashes every text, every run: the annotation files say what was read again.
  assert.deepEqual(gone.files.filter((f) => f.endsWith('.yaml')), ['bylined.yaml', 'relayed.yaml']);
  assert.match(gone.stdout + gone.stderr, /relayed\.yaml:\d+:\d+.*unknown actor or agreement "acme"/);
  assert.match(gone.stdout + gone.stderr, /bylined\.yaml:\d+:\d+.*unknown writer "pat"/);
});

test('an article with a problem of its own (a proposal to review) is read again, with its problem where it was', () => {
  const { corpus, cache, env } = setUp();
  const troubled = articleFile(corpus, 5);
  writeFileSync(troubled, readFileSync(troubled, 'utf8').replace(/^(\s*)- actor: (.*)$/m, '$1- actor: $2\n$1  review: proposed by gloss draft'));
  const check = run(env, ['--corpus', corpus, 'check']);
  assert.match(check.stderr, /to review/);
  const edited = articleFile(corpus, 20);
  writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: Edited again'));
  const r = articleFilesOpened(corpus, env, ['check']);
  const names = [troubled, edited].map((f) => f.split('/').pop()!);
  assert.deepEqual(r.files, [...names, ...names.map((n) => n.replace(/\.yaml$/, '.txt'))].sort());
  assert.equal(r.stderr, check.stderr);
  assertSameAsFresh(corpus, cache, ['check']);
});

test('an old database with a damaged row or a row gone lends nothing: the rebuild reads every file', () => {
  for (const damage of ["UPDATE claims SET json = replace(json, 'a', 'b') WHERE n = 3", 'DELETE FROM mentions WHERE n = 7']) {
    const { corpus, cache, env } = setUp();
    assert.equal(run(env, ['--corpus', corpus, 'claims']).status, 0);
    const db = new DatabaseSync(databaseOf(cache));
    db.exec(damage);
    db.close();
    const edited = articleFile(corpus, 33);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: Edited'));
    const r = articleFilesOpened(corpus, env, ['claims', '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(r.files.filter((f) => f.endsWith('.yaml')).length, 40, damage);
    assert.equal(assertSameAsFresh(corpus, cache, ['claims', '--format', 'json']), r.stdout);
  }
});

// The writer takes an unchanged article's search documents from the old database too, copied by
// SQLite. Seen by a record altered there under a checksum made to fit (what no build makes, and
// what a command would serve as long as that database stood): it is in the new database, where a
// document made again would not be. On the building thread below 200 articles, on the writer's
// thread from 200 on.
for (const articles of [40, 210]) {
  test(`an unchanged article's search documents are copied from the old database, not made again (${articles} articles)`, () => {
    const { corpus, cache, env } = setUp();
    if (articles !== 40) {
      const more = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-corpus.mjs'), corpus, '--articles', String(articles), '--seed', '3', '--yaml'], { encoding: 'utf8' });
      assert.equal(more.status, 0, more.stderr);
    }
    assert.equal(run(env, ['--corpus', corpus, 'list']).status, 0);
    const file = databaseOf(cache);
    const db = new DatabaseSync(file);
    const row = db.prepare("SELECT n, record FROM search_docs WHERE code = 'p' AND article = 3 ORDER BY n LIMIT 1").get()!;
    const forged = String(row.record).replace('"text":"', '"text":"ZQXJ ');
    db.prepare('UPDATE search_docs SET record = ?, sum = ? WHERE n = ?').run(forged, checksum(forged), row.n as number);
    db.close();
    const edited = articleFile(corpus, 20);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: Edited'));
    const r = run(env, ['--corpus', corpus, 'list']);
    assert.equal(r.status, 0, r.stderr);
    const rebuilt = new DatabaseSync(databaseOf(cache), { readOnly: true });
    const copies = rebuilt.prepare("SELECT count(*) AS c FROM search_docs WHERE record LIKE '%ZQXJ%'").get()!.c;
    rebuilt.close();
    assert.equal(copies, 1);
    // Undone, the database is the one a build from nothing makes.
    const again = new DatabaseSync(databaseOf(cache));
    again.prepare('UPDATE search_docs SET record = ?, sum = ? WHERE record = ?').run(String(row.record), checksum(String(row.record)), forged);
    again.close();
    assertSameAsFresh(corpus, cache, ['list']);
  });
}

// Edits of every kind an annotator makes, and some only an accident makes, one after another on one
// corpus and one cache: after each, check answers as it does from a cache made from nothing, and the
// database holds what a build from nothing holds. Articles interact (an id taken twice, an agreement's
// history naming an article, a registry edited), so what one rebuild took unchanged must still be what
// reading it would give. Seeded: a failure names its seed and step, to be replayed. From 200 articles
// the writer's thread copies the unchanged articles' documents (renumbered): fewer steps there, as
// each build is longer.
for (const [size, seed, most] of [[9, 46, Infinity], [210, 47, 6]] as const) {
  test(`a sequence of random edits (${size} articles): after each, check and the database are what a build from nothing gives`, () => {
    const next = random(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const small = join(scratch('gloss-reuse-small-'), 'c');
    const gen = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-corpus.mjs'), small, '--articles', String(size), '--seed', '5', '--yaml'], { encoding: 'utf8' });
    assert.equal(gen.status, 0, gen.stderr);
    const { corpus, cache, env } = setUp(small);
    const articles = join(corpus, 'articles');
    const pairs = () => readdirSync(articles).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(articles, f.replace(/\.yaml$/, '')));
    const original = new Map(pairs().map((p) => [p, { yaml: readFileSync(`${p}.yaml`, 'utf8'), txt: readFileSync(`${p}.txt`, 'utf8') }]));
    const idOf = (p: string) => /^id: (.*)$/m.exec(readFileSync(`${p}.yaml`, 'utf8'))?.[1];
    let made = 0;
    const registries = ['actors.yaml', 'agreements.yaml'].map((f) => join(corpus, f));
    const originalRegistries = registries.map((f) => readFileSync(f, 'utf8'));
    const registry = (edit: (s: string) => string) => saveAside(registries[0]!, edit);
    const edits: Record<string, (p: string) => void> = {
      'a claim retyped': (p) => writeFileSync(`${p}.yaml`, readFileSync(`${p}.yaml`, 'utf8').replace(/^(\s*)type: (\w+)$/m, (_, pad: string, t: string) => `${pad}type: ${t === 'opinion' ? 'denial' : 'opinion'}`)),
      "another article's id taken": (p) => {
        const other = idOf(pick(pairs()));
        if (other) saveAside(`${p}.yaml`, (s) => s.replace(/^id: .*$/m, `id: ${other}`));
      },
      'the id changed': (p) => saveAside(`${p}.yaml`, (s) => s.replace(/^id: (.*)$/m, (_, id: string) => `id: ${id}-x`)),
      'a proposal to review added': (p) => writeFileSync(`${p}.yaml`, readFileSync(`${p}.yaml`, 'utf8').replace(/^(\s*)- actor: (.*)$/m, '$1- actor: $2\n$1  review: proposed by gloss draft')),
      'the YAML broken': (p) => writeFileSync(`${p}.yaml`, `${readFileSync(`${p}.yaml`, 'utf8')}\nclaims: [\n`),
      'the text shifted': (p) => writeFileSync(`${p}.txt`, `Lorem. ${readFileSync(`${p}.txt`, 'utf8')}`),
      'a letter of the text changed, size and mtime kept': (p) => {
        const text = readFileSync(`${p}.txt`, 'utf8');
        const at = text.search(/[a-z]/);
        const stamp = new Date(Date.now() - 86_400_000);
        writeFileSync(`${p}.txt`, `${text.slice(0, at)}${text[at] === 'q' ? 'z' : 'q'}${text.slice(at + 1)}`);
        utimesSync(`${p}.txt`, stamp, stamp);
      },
      'touched, nothing changed': (p) => utimesSync(`${p}.yaml`, new Date(), new Date(Date.now() + 5000)),
      'deleted': (p) => {
        rmSync(`${p}.yaml`);
        rmSync(`${p}.txt`);
      },
      'copied as a new article': (p) => {
        const to = join(articles, `zz-copy-${++made}`);
        writeFileSync(`${to}.txt`, readFileSync(`${p}.txt`));
        writeFileSync(`${to}.yaml`, readFileSync(`${p}.yaml`, 'utf8').replace(/^id: (.*)$/m, `id: zz-copy-${made}`));
      },
      'renamed': (p) => {
        const to = join(articles, `zz-renamed-${++made}`);
        renameSync(`${p}.txt`, `${to}.txt`);
        renameSync(`${p}.yaml`, `${to}.yaml`);
      },
      // The registries too (rewritten as they were, whether or not an edit changed them: their stamps change either way).
      'restored as it was': (p) => {
        registries.forEach((f, i) => writeFileSync(f, originalRegistries[i]!));
        const was = original.get(p);
        if (!was) return;
        writeFileSync(`${p}.yaml`, was.yaml);
        writeFileSync(`${p}.txt`, was.txt);
      },
      'a registry edited': () => saveAside(join(corpus, 'actors.yaml'), (s) => s.replace(/^(\s*)name: (.*)$/m, (_, pad: string, name: string) => `${pad}name: ${name.endsWith(' Jr') ? name.slice(0, -3) : `${name} Jr`}`)),
      "an actor's name changed": () => registry((s) => s.replace(/^(\s*)name: Peter MacKay( Jr)?$/m, (_, pad: string, jr?: string) => `${pad}name: Peter MacKay${jr ? '' : ' Jr'}`)),
      "an actor's type changed": () => registry((s) => s.replace(/^( {2}- id: chang-wanquan\n(?: {4}.*\n)*? {4}type: )([\w-]+)$/m, (_, head: string, t: string) => `${head}${t === 'person' ? 'unspecified-source' : 'person'}`)),
      'a government link changed': () => registry((s) => (/^ {4}governs: china$/m.test(s) ? s.replace(/^ {4}governs: china\n/m, '') : s.replace(/^( {2}- id: government-of-china\n)/m, '$1    governs: china\n'))),
      'an actor added': () => registry((s) => s.replace(/^actors:\n/m, `actors:\n  - id: added-${++made}\n    name: Added ${made}\n    type: person\n    aliases: []\n`)),
      'an actor removed': () => registry((s) => s.replace(/^ {2}- id: (?!added-)[a-z-]+\n(?: {4}.*\n|\n(?= {4}))*/m, '')),
      'an agreement renamed': () => saveAside(join(corpus, 'agreements.yaml'), (s) => s.replace(/^(\s*)name: (.*)$/m, (_, pad: string, name: string) => `${pad}name: ${name.endsWith(' (renamed)') ? name.slice(0, -10) : `${name} (renamed)`}`)),
    };
    // Every kind of edit, in a seeded order on a seeded article, undone half the time, so that the corpus
    // keeps coming back to clean and its articles are taken unchanged again. A proposal first, never
    // undone: an article with a problem of its own stands through the edits of the others.
    const order = Object.keys(edits).filter((k) => k !== 'restored as it was' && k !== 'a proposal to review added').sort(() => next() - 0.5);
    const steps = ['a proposal to review added', ...order.flatMap((kind) => (next() < 0.5 ? [kind, 'restored as it was'] : [kind]))];
    assert.equal(run(env, ['--corpus', corpus, 'check']).status, 0);
    let target = '';
    for (const [i, kind] of steps.slice(0, most).entries()) {
      const step = i + 1;
      // A restore undoes the edit before it; any other edit is made to an article there now.
      if (kind !== 'restored as it was') target = pick(pairs());
      edits[kind]!(target);
      const at = `seed ${seed}, step ${step}: ${kind} (${target.split('/').pop()})`;
      if (process.env.GLOSS_TEST_TRACE) process.stderr.write(`${at}\n`);
      const ours = run(env, ['--corpus', corpus, 'check']);
      const fresh = setUpCache();
      const theirs = run(fresh, ['--corpus', corpus, 'check']);
      assert.deepEqual(ours, theirs, at);
      const mine = dump(databaseOf(cache));
      const other = dump(databaseOf(fresh.GLOSS_CACHE_DIR!));
      assert.deepEqual([...mine.keys()], [...other.keys()], at);
      for (const [table, rows] of other) {
        const differing = rows.findIndex((r, i) => r !== mine.get(table)![i]);
        assert.equal(mine.get(table)!.length === rows.length && differing === -1, true, `${at}: ${table} differs (${mine.get(table)!.length} rows against ${rows.length}): ${mine.get(table)![differing]?.slice(0, 200)} against ${rows[differing]?.slice(0, 200)}`);
      }
    }
  });
}

test('the database a rebuild replaces is attached to copy from only while it is the one meant: one renamed into its place meanwhile is not', (t) => {
  const dir = scratch('gloss-reuse-earlier-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // A name with what a URI escapes: the database is attached by URI (read-only).
  const file = join(dir, 'old db?#%20.db');
  const old = new DatabaseSync(file);
  old.exec(TABLES);
  old.prepare('INSERT INTO meta VALUES (?, ?, ?)').run('id', ...sealed('a'.repeat(32)));
  old.close();
  const db = new DatabaseSync(':memory:');
  const attached = () => db.prepare("SELECT name FROM pragma_database_list WHERE name = 'earlier'").all().length === 1;
  assert.equal(attachEarlier(db, { file, id: 'b'.repeat(32) }), false, 'another identity: a racing rebuild renamed another database into place');
  assert.equal(attached(), false, 'and nothing is left attached');
  assert.equal(attachEarlier(db, { file: join(dir, 'gone.db'), id: 'a'.repeat(32) }), false, 'no database at the name');
  assert.equal(attached(), false);
  assert.equal(existsSync(join(dir, 'gone.db')), false, 'and no file is made at the name');
  assert.equal(attachEarlier(db, { file, id: 'a'.repeat(32) }), true, 'the one meant');
  assert.equal(attached(), true);
  db.close();
});
