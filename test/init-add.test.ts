// Bring your own corpus: gloss init scaffolds one that passes check; gloss add brings a text in,
// byte for byte, with its checksum; failures leave nothing half-written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { gloss, scratch } from './helpers.js';
import { publishArticle } from '../src/corpus/publish.js';

function tmp(t: { after: (fn: () => void) => void }): string {
  const dir = scratch('gloss-init-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('init scaffolds a corpus that passes check, and search and claims work on it', (t) => {
  const dir = join(tmp(t), 'my-corpus');
  const r = gloss(['init', dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /created 3 files/);
  const check = gloss(['--corpus', dir, 'check']);
  assert.equal(check.code, 0, check.stderr);
  assert.equal(check.stderr, '');
  assert.match(check.stdout, /1 article, 3 actors, 1 agreement, 3 claims/);
  const hit = JSON.parse(gloss(['--corpus', dir, 'search', 'good strat', '--json']).stdout)[0];
  assert.ok(hit.id === 'harbour-talks:c1' || hit.claims.includes('harbour-talks:c1'), JSON.stringify(hit));
  const again = gloss(['init', dir]);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /exists and is not empty/);
});

test('init and add in a folder with a space and a quote in its name: each "next:" line names it so that a shell reads it whole', (t) => {
  const dir = join(tmp(t), "Lee's corpus");
  const r = gloss(['init', dir]);
  assert.equal(r.code, 0, r.stderr);
  // Before: "next: gloss --corpus /tmp/…/Lee's corpus check", which a shell splits at the space and the quote.
  const quoted = `'${dir.replace(/'/g, "'\\''")}'`;
  assert.ok(r.stdout.endsWith(`next: gloss --corpus ${quoted} check\n`), r.stdout);
  const text = join(tmp(t), 'a.txt');
  writeFileSync(text, 'A title\n\nA text.\n');
  const a = gloss(['--corpus', dir, 'add', text, '--id', 'a']);
  assert.equal(a.code, 0, a.stderr);
  assert.ok(a.stdout.endsWith(`then gloss --corpus ${quoted} check\n`), a.stdout);
});

test('add names the next step of the README: the draft command it prints runs as printed', (t) => {
  const dir = join(tmp(t), 'my corpus');
  gloss(['init', dir]);
  const text = join(tmp(t), 'story.txt');
  writeFileSync(text, 'Harbour plans approved\n\n“We will start in spring,” said Ann Lee on Tuesday.\n');
  const a = gloss(['--corpus', dir, 'add', text]);
  assert.equal(a.code, 0, a.stderr);
  // Before: "next: annotate articles/harbour-plans-approved.yaml, then …": no word of draft, the README's next step.
  const next = /^next: gloss --corpus '([^']+)' draft (\S+) \(proposals to review; --write saves them\), then gloss --corpus '[^']+' check$/m.exec(a.stdout);
  assert.ok(next, a.stdout);
  const d = gloss(['--corpus', next[1]!, 'draft', next[2]!]);
  assert.equal(d.code, 0, d.stderr);
  assert.match(d.stdout, /quote: "We will start in spring"\n\s+source: ann-lee/);
});

test('init "" is refused: an empty name never scaffolds into the current folder, empty or not', (t) => {
  const cwd = tmp(t);
  writeFileSync(join(cwd, 'notes.txt'), 'mine\n');
  const r = gloss(['init', ''], { cwd });
  assert.equal(r.code, 2, r.stdout);
  assert.equal(r.stderr, 'gloss: init: the folder name is empty; give a new folder\n');
  assert.deepEqual(readdirSync(cwd), ['notes.txt'], 'nothing written there');
});

test('add copies the text byte for byte, records its checksum, and check passes', (t) => {
  const base = tmp(t);
  const dir = join(base, 'c');
  gloss(['init', dir]);
  const text = 'Port deal signed\r\n\r\nThe mayor said the “deal” is done. 🚢\r\n';
  writeFileSync(join(base, 'story.txt'), text);
  const r = gloss(['--corpus', dir, 'add', join(base, 'story.txt'), '--date', '2024-06', '--outlet', 'Harbour News']);
  assert.equal(r.code, 0, r.stderr);
  const copied = readFileSync(join(dir, 'articles', 'port-deal-signed.txt'));
  assert.ok(copied.equals(Buffer.from(text)));
  const yaml = readFileSync(join(dir, 'articles', 'port-deal-signed.yaml'), 'utf8');
  assert.match(yaml, new RegExp(`sha256: "${createHash('sha256').update(text).digest('hex')}"`));
  assert.match(yaml, /title: "Port deal signed"/);
  assert.equal(gloss(['--corpus', dir, 'check']).code, 0);
  const listed = JSON.parse(gloss(['--corpus', dir, 'list', '--json']).stdout).map((a: { id: string; outlet: string }) => [a.id, a.outlet]);
  assert.deepEqual(listed, [['harbour-talks', 'Example Gazette'], ['port-deal-signed', 'Harbour News']]);
});

test('a date in an annotation file that the calendar does not have is an error, with its line and column; 29 February of a leap year is not', (t) => {
  const dir = join(tmp(t), 'c');
  gloss(['init', dir]);
  const file = join(dir, 'articles', 'harbour-talks.yaml');
  const yaml = readFileSync(file, 'utf8');
  writeFileSync(file, yaml.replace(/^date: .*$/m, 'date: "2023-02-29"'));
  const r = gloss(['--corpus', dir, 'check']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /harbour-talks\.yaml:\d+:7: date: no such day in the calendar\n/);
  writeFileSync(file, yaml.replace(/^date: .*$/m, 'date: "2024-02-29"'));
  assert.equal(gloss(['--corpus', dir, 'check']).code, 0);
});

test('add refuses bad input with one line and writes nothing', (t) => {
  const base = tmp(t);
  const dir = join(base, 'c');
  gloss(['init', dir]);
  const before = readdirSync(join(dir, 'articles')).sort();
  writeFileSync(join(base, 'bad.txt'), Buffer.from([0x41, 0xff, 0x42]));
  writeFileSync(join(base, 'ok.txt'), 'Fine text\n');
  const cases: [string[], RegExp][] = [
    [['add', join(base, 'bad.txt')], /bad\.txt: invalid UTF-8 at byte offset 1/],
    [['add', join(base, 'nope.txt')], /nope\.txt: no such file/],
    [['add', base], /is a directory/],
    [['add', join(base, 'ok.txt'), '--id', '../escape'], /--id "\.\.\/escape": an id is lower-case letters/],
    [['add', join(base, 'ok.txt'), '--date', 'June'], /--date "June"/],
    // A day the calendar does not have (before: added, and passed check).
    [['add', join(base, 'ok.txt'), '--date', '2024-02-30'], /^gloss: --date "2024-02-30": no such day in the calendar$/m],
    [['add', join(base, 'ok.txt'), '--date', '2023-02-29'], /no such day in the calendar/],
    [['add', join(base, 'ok.txt'), '--date', '2021-04-31'], /no such day in the calendar/],
    [['add', join(base, 'ok.txt'), '--id', 'harbour-talks'], /--id "harbour-talks": the article in .*harbour-talks\.yaml has that id already/],
    // An id whose ID.yaml cannot be named (before: 251 letters left ID.txt in the corpus, 300 a bare ENAMETOOLONG).
    [['add', join(base, 'ok.txt'), '--id', 'b'.repeat(251)], /^gloss: --id "b{20}…": an id is at most 250 characters \(251 given\): its annotation file's name, ID\.yaml, must fit in 255 bytes$/m],
    [['add', join(base, 'ok.txt'), '--id', 'c'.repeat(300)], /an id is at most 250 characters \(300 given\)/],
  ];
  for (const [args, expected] of cases) {
    const r = gloss(['--corpus', dir, ...args]);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, expected);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  }
  assert.deepEqual(readdirSync(join(dir, 'articles')).sort(), before);
  assert.ok(!existsSync(join(dir, 'articles', 'escape.txt')));
  const noCorpus = gloss(['add', join(base, 'ok.txt')]);
  assert.equal(noCorpus.code, 2);
  assert.match(noCorpus.stderr, /give --corpus DIR/);
});

test('an annotation file that cannot be linked for a reason of its own takes the text linked before it away too: nothing half-added', async (t) => {
  const dir = tmp(t);
  const articles = join(dir, 'articles');
  // The command refuses such an id first; here the name too long is the file system's, as another failure could be.
  const id = 'b'.repeat(251);
  await assert.rejects(publishArticle(articles, id, Buffer.from('Text\n'), 'id: x\n'), /cannot write \S+\.yaml: the name is too long/);
  assert.deepEqual(readdirSync(articles), [], 'no text left without its annotation file, no temporary file');
});

test('an id near the file system\'s limit (244 letters: ID.yaml is 249 bytes) is added: the temporary name is never the one too long', (t) => {
  const dir = tmp(t);
  const corpus = join(dir, 'c');
  assert.equal(gloss(['init', corpus]).code, 0);
  writeFileSync(join(dir, 's.txt'), 'T\n\nBody.\n');
  const id = 'b'.repeat(244);
  const r = gloss(['--corpus', corpus, 'add', join(dir, 's.txt'), '--id', id]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(existsSync(join(corpus, 'articles', `${id}.yaml`)));
  assert.deepEqual(readdirSync(join(corpus, 'articles')).filter((f) => f.endsWith('.tmp')), []);
  assert.equal(gloss(['--corpus', corpus, 'check']).code, 0);
});

test('add - with empty standard input (or a file of no text) is refused with one line, exit 2, nothing written', (t) => {
  const base = tmp(t);
  const dir = join(base, 'c');
  gloss(['init', dir]);
  const before = readdirSync(join(dir, 'articles')).sort();
  writeFileSync(join(base, 'empty.txt'), '');
  // Before: each was added (an empty ID.txt, a title of "-", the checksum of nothing), exit 0, and check passed it.
  const cases: [string[], string, string][] = [
    [['add', '-', '--id', 'piped'], '', 'gloss: standard input: empty: no article text to add; nothing written\n'],
    [['add', '-', '--id', 'piped'], '\uFEFF', 'gloss: standard input: empty: no article text to add; nothing written\n'],
    [['add', '-', '--id', 'piped'], '\n  \n\t\n', 'gloss: standard input: only blank space: no article text to add; nothing written\n'],
    [['add', join(base, 'empty.txt')], '', `gloss: ${join(base, 'empty.txt')}: empty: no article text to add; nothing written\n`],
  ];
  for (const [args, input, stderr] of cases) {
    const r = gloss(['--corpus', dir, ...args], { input });
    assert.equal(r.code, 2, JSON.stringify(input));
    assert.equal(r.stderr, stderr);
    assert.equal(r.stdout, '');
    assert.deepEqual(readdirSync(join(dir, 'articles')).sort(), before);
  }
  assert.equal(gloss(['--corpus', dir, 'add', '-', '--id', 'piped'], { input: 'Piped text\n' }).code, 0, 'text on standard input is added');
});

test('add: a title from a text with no line break is its first sentence (said on stderr); CR line ends end a line; the id is cut between words', (t) => {
  // Before: the whole 13,200-character text was the title (in list, cite, BibTeX), and the id ended "-deal-is-do".
  const base = tmp(t);
  const dir = join(base, 'c');
  gloss(['init', dir]);
  writeFileSync(join(base, 'one.txt'), 'The minister said the harbour deal is done. '.repeat(300));
  const r = gloss(['--corpus', dir, 'add', join(base, 'one.txt'), '--date', '2024-01-01', '--outlet', 'X']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, 'gloss: the text\'s first line is not a title (13199 characters): the title is "The minister said the harbour deal is done."; --title sets another\n');
  assert.match(r.stdout, /^added the-minister-said-the-harbour-deal-is: /);
  assert.match(readFileSync(join(dir, 'articles', 'the-minister-said-the-harbour-deal-is.yaml'), 'utf8'), /^title: "The minister said the harbour deal is done\."$/m);
  // No sentence end early enough: the first words, cut at a word.
  writeFileSync(join(base, 'long.txt'), `${'word '.repeat(100)}end\n`);
  const long = gloss(['--corpus', dir, 'add', join(base, 'long.txt'), '--id', 'long']);
  assert.equal(long.code, 0, long.stderr);
  assert.equal((parse(readFileSync(join(dir, 'articles', 'long.yaml'), 'utf8')) as { title: string }).title, `${'word '.repeat(29)}word…`);
  // Old Mac line ends: the first line is the title (before: the whole text, with raw CRs in the YAML).
  writeFileSync(join(base, 'cr.txt'), 'Title one\rbody\r');
  const cr = gloss(['--corpus', dir, 'add', join(base, 'cr.txt')]);
  assert.equal(cr.code, 0, cr.stderr);
  assert.equal(cr.stderr, '');
  assert.match(readFileSync(join(dir, 'articles', 'title-one.yaml'), 'utf8'), /^title: "Title one"$/m);
  assert.equal(gloss(['--corpus', dir, 'check']).code, 0);
});

test('add: a --corpus folder that does not exist is refused, not made; an id taken is said of the id as it came', (t) => {
  const base = tmp(t);
  writeFileSync(join(base, 'ok.txt'), 'Fine text\n');
  // Before: a mistyped folder was made, the article added into it, exit 0.
  const typo = gloss(['--corpus', join(base, 'my-corpsu'), 'add', join(base, 'ok.txt'), '--id', 'st']);
  assert.equal(typo.code, 2);
  assert.match(typo.stderr, /^gloss: .*my-corpsu: no such corpus folder \(gloss init .*my-corpsu makes one\); nothing written\n$/);
  assert.ok(!existsSync(join(base, 'my-corpsu')));
  const dir = join(base, 'c');
  gloss(['init', dir]);
  // Two titles of no Latin letters both make the id "article": no --id was given, so none is blamed.
  writeFileSync(join(base, 'a.txt'), '\u65e5\u672c\u8a9e\nx\n');
  writeFileSync(join(base, 'b.txt'), '\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac\nx\n');
  assert.equal(gloss(['--corpus', dir, 'add', join(base, 'a.txt')]).code, 0);
  const second = gloss(['--corpus', dir, 'add', join(base, 'b.txt')]);
  assert.equal(second.code, 2);
  assert.match(second.stderr, /^gloss: the id "article" \(made from the title; --id gives another\): the article in .*article\.yaml has that id already; give another --id\n$/);
  // A file named ht2.yaml that holds another article: the name is what is taken.
  writeFileSync(join(dir, 'articles', 'ht2.yaml'), readFileSync(join(dir, 'articles', 'harbour-talks.yaml')));
  const named = gloss(['--corpus', dir, 'add', join(base, 'ok.txt'), '--id', 'ht2']);
  assert.equal(named.code, 2);
  assert.match(named.stderr, /^gloss: --id "ht2": .*ht2\.yaml is taken by the article "harbour-talks"; give another --id\n$/);
});

test('init prints the folder it made inert: an escape in its name drives no terminal', (t) => {
  const base = tmp(t);
  const r = gloss(['init', join(base, 'esc\u001b[31mred')]);
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /\u001b/);
  assert.match(r.stdout, /esc\u241b\[31mred/);
});
