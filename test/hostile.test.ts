// Untrusted corpora: escape sequences, encodings, broken or malicious YAML, paths out of the corpus,
// binary and huge files. Each must give the exact behaviour documented, never a crash or a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, gloss, scratch, sliceCodePoints } from './helpers.js';

const ESC = /[\u001b\u0007\u009b]/;
const run = (name: string, ...args: string[]) => gloss(['--corpus', fixture(name), ...args], { env: { COLUMNS: '400' } });

test('escape sequences in text and annotations never reach the terminal raw', () => {
  for (const args of [['claims'], ['actors', '--fields', 'id,role'], ['show', 'doc:c1'], ['show', 'doc:c2'], ['claims', '--color', 'always']]) {
    const r = run('hostile-escapes', ...args);
    assert.equal(r.code, 0, r.stderr);
    const withoutOurColours = r.stdout.replace(/\u001b\[[0-9;]*m/g, (m) => (args.includes('always') ? '' : m));
    assert.doesNotMatch(withoutOurColours, ESC, args.join(' '));
    assert.match(r.stdout, /\u241b/, 'ESC shown as a control picture');
  }
  const shown = run('hostile-escapes', 'show', 'doc:c2').stdout;
  assert.match(shown, /␛\]52;c;ZXZpbA==␇ copied and <U\+009B>2J cleared/);
});

test('JSON keeps escape sequences as data, escaped; CSV neutralises formulas', () => {
  const r = run('hostile-escapes', 'claims', '--json');
  assert.doesNotMatch(r.stdout, ESC);
  const claims = JSON.parse(r.stdout);
  assert.equal(claims[0].quote, '\u001b[31mRED ALERT\u001b[0m and \u001b]8;;http://evil.example\u0007click here\u001b]8;;\u0007');
  const csv = run('hostile-escapes', 'claims', '--format', 'csv', '--fields', 'id,note').stdout;
  assert.match(csv, /doc:c1,"'=HYPERLINK\(""http:\/\/evil.example"",""x""\) /);
  const role = run('hostile-escapes', 'actors', '--format', 'tsv', '--fields', 'role').stdout;
  assert.match(role, /^role\n'=cmd\|/);
});

test('BOM and CRLF: offsets count the text without the BOM, CRLF kept, a multi-line quote anchors', () => {
  const doc = JSON.parse(run('hostile-bom-crlf', 'export').stdout);
  const text = doc.articles[0].text as string;
  assert.ok(!text.startsWith('\ufeff'));
  assert.ok(text.includes('\r\n'));
  const [claim] = doc.claims;
  assert.equal(claim.quote, 'the port\r\nwould reopen 🚢 soon');
  assert.equal(sliceCodePoints(text, claim.start, claim.end), claim.quote);
  assert.deepEqual([claim.line, claim.column], [3, 14]);
});

// The sample article with CRLF line ends, one lone CR in a word ("Tues\rday"), and claims across a
// blank line (c2), ending between the CR and the LF of a line end (c9), and holding the lone CR (c10).
function crlfCorpus(t: { after: (fn: () => void) => void }): string {
  const dir = scratch('gloss-crlf-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, 'c');
  assert.equal(gloss(['init', corpus]).code, 0);
  const text = join(corpus, 'articles', 'harbour-talks.txt');
  writeFileSync(text, readFileSync(text, 'utf8').replace(/\n/g, '\r\n').replace('Tuesday', 'Tues\rday'));
  const sha256 = createHash('sha256').update(readFileSync(text)).digest('hex');
  const file = join(corpus, 'articles', 'harbour-talks.yaml');
  writeFileSync(file, readFileSync(file, 'utf8')
    .replace(/sha256: \w+/, `sha256: ${sha256}`)
    .replace('quote: "the accord was too weak to matter"', 'quote: "involved.”\\r\\n\\r\\nCritics said"')
    .replace('claims:\n', 'claims:\n  - {id: c9, quote: "involved.”\\r", source: critics, attribution: indirect, type: opinion, about: []}\n  - {id: c10, quote: "said Tues\\rday", source: ann-lee, attribution: indirect, type: assertion, about: []}\n'));
  const check = gloss(['--corpus', corpus, 'check']);
  assert.equal(check.code, 0, check.stderr);
  return corpus;
}

test('CRLF line ends are line ends in show --context and cite (plain, Markdown, BibTeX); a lone CR stays ␍; JSON keeps both', (t) => {
  const corpus = crlfCorpus(t);
  const out = (...args: string[]) => {
    const r = gloss(['--corpus', corpus, ...args], { env: { COLUMNS: '400' } });
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /\r/, `no raw CR: ${args.join(' ')}`);
    return r.stdout;
  };
  // Before: "involved.]”␍\n␍\n\nCritics said" and "involved.”␍\n␍\nCritics said".
  const context = out('show', 'harbour-talks:c1', '--context', '1');
  assert.match(context, /said Tues␍day the Harbour Accord was “\[a good start for everyone involved\.\]”\n\nCritics said the accord/);
  assert.match(out('show', 'harbour-talks:c2'), /quote +involved\.”\n +\n +Critics said\n[^]*everyone \[involved\.”\n\nCritics said\] the accord/);
  // A span ending between the CR and the LF: the line end is shown once, after the mark.
  assert.match(out('show', 'harbour-talks:c9'), /everyone \[involved\.”\]\n\nCritics said the accord/);
  assert.match(out('cite', 'harbour-talks:c2'), /^Critics \(“said”, paraphrased\): involved\.”\n\nCritics said — “Harbour talks/);
  assert.match(out('cite', 'harbour-talks:c10'), /^Ann Lee, Fisheries Minister \(paraphrased\): said Tues␍day — /);
  assert.match(out('cite', 'harbour-talks:c2', '--style', 'markdown'), /paraphrased: involved\.” Critics said\n$/);
  // BibTeX: a field on one line, each line end a space, as BibTeX reads it.
  assert.match(out('cite', 'harbour-talks:c2', '--style', 'bibtex'), /^ {2}note = \{Critics \(“said”, paraphrased\): involved\.” Critics said\. Inferred/m);
  assert.match(out('claims', '--fields', 'id,quote'), /harbour:c2 +involved\.” Critics said\n/);
  // JSON is the data: every CR kept, escaped.
  assert.equal(JSON.parse(out('cite', 'harbour-talks:c2', '--json')).quote, 'involved.”\r\n\r\nCritics said');
  const shown = JSON.parse(out('show', 'harbour-talks:c1', '--context', '1', '--json'));
  assert.match(shown.context.before, /Tues\rday the Harbour Accord was “$/);
  assert.match(shown.context.after, /^”\r\n\r\nCritics said/);
});

test('NFD text anchors a quote typed in NFC; zero-width characters do not stop a match', () => {
  const doc = JSON.parse(run('hostile-nfd', 'export').stdout);
  const text = doc.articles[0].text as string;
  const [c1, c2] = doc.claims;
  assert.equal(c1.quote.normalize('NFC'), 'met the mayor of Montréal');
  assert.equal(c2.quote, 'a fine\u200b day');
  for (const c of doc.claims) assert.equal(sliceCodePoints(text, c.start, c.end), c.quote);
});

const refused: [string, RegExp][] = [
  ['hostile-invalid-utf8', /^test\/fixtures\/hostile-invalid-utf8\/articles\/doc\.txt: invalid UTF-8 at byte offset 8$/m],
  ['hostile-binary', /articles\/doc\.txt: binary file \(NUL byte at byte offset 3\)$/m],
  ['hostile-yaml-bomb', /doc\.yaml:1:1: YAML: Excessive alias count/],
  ['hostile-yaml-proto', /doc\.yaml:8:1: the key "__proto__" is not allowed/],
  ['hostile-yaml-dupkey', /doc\.yaml:3:1: YAML: Map keys must be unique/],
  ['hostile-json-dupkey', /doc\.yaml:2:18: YAML: Map keys must be unique/],
  ['json-article', /doc\.yaml:21:4: claim c1: unknown field "sorce"/],
  ['hostile-yaml-merge', /doc\.yaml:9:5: claim c1: unknown field "<<"/],
  ['hostile-traversal', /doc\.yaml:7:7: .*refused: it resolves outside the corpus folder/],
  ['hostile-wrong-types', /doc\.yaml:8:52: mention 1 \("Ann Lee"\): occurrence: occurrence is a whole number from 1, a list of them, or all/],
  ['hostile-hash-comment', /doc\.yaml:11:12: unquoted value "We're" is followed by a " #" comment/],
];
test('a comment after a one-token value (an id, a type, a list of ids) is a comment; after free text it is still an error', () => {
  const dir = join(scratch('gloss-hash-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const file = join(dir, 'articles', 'harbour-talks.yaml');
  const tidy = readFileSync(file, 'utf8');
  writeFileSync(file, tidy.replace('    type: assessment\n', '    type: assessment   # borderline: an opinion?\n').replace('    source: critics\n', '    source: critics  # unnamed\n').replace('    about: [harbour-accord]\n', '    about:\n      - harbour-accord  # the accord\n'));
  const reg = join(dir, 'registry.yaml');
  writeFileSync(reg, readFileSync(reg, 'utf8').replace('    type: state\n', '    type: state   # a kingdom\n'));
  const r = gloss(['--corpus', dir, 'check']);
  // Before: four errors, 'unquoted value "assessment" is followed by a " #" comment; quote the value …'.
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  const c = JSON.parse(gloss(['--corpus', dir, 'show', 'harbour-talks:c1', '--json']).stdout);
  assert.equal(c.type, 'assessment');
  // A note is free text: "# 1" may be its own, lost as a comment, so quoting it is still asked for.
  writeFileSync(file, tidy.replace('    type: assessment\n', '    type: assessment\n    note: ranked # 1 by critics\n'));
  const note = gloss(['--corpus', dir, 'check']);
  assert.equal(note.code, 2);
  assert.match(note.stderr, /harbour-talks\.yaml:\d+:11: unquoted value "ranked" is followed by a " #" comment/);
});

for (const [name, expected] of refused) {
  test(`${name}: a clear located error, exit 2, no stack, for check and the other commands`, () => {
    const check = run(name, 'check');
    assert.equal(check.code, 2);
    assert.match(check.stderr, expected);
    assert.doesNotMatch(check.stderr, /\n\s+at |Error:/);
    // The listings go on without what is broken, say so once and exit 2.
    const claims = run(name, 'claims', '--json');
    assert.equal(claims.code, 2);
    assert.match(claims.stderr, /\ngloss: the corpus has \d+ errors?(?: \(\d+ more not shown\))?; .*gloss check lists every problem\n$/, claims.stderr);
    assert.equal(claims.stderr.split('gloss check lists').length, 2);
    assert.doesNotMatch(claims.stderr, /\n\s+at |Error:/);
    assert.doesNotThrow(() => JSON.parse(claims.stdout));
    // export stands for the whole corpus: nothing is exported, and one line says why.
    const exported = run(name, 'export');
    assert.equal(exported.code, 2);
    assert.equal(exported.stdout, '');
    // The first problem, located as check locates it.
    const first = check.stderr.split('\n')[0]!;
    assert.equal(exported.stderr.replace(/ \(and \d+ more: gloss check lists every problem\)\n$/, '\n'), `gloss: cannot export a corpus with errors: ${first}\n`);
    assert.equal(exported.stderr.trim().split('\n').length, 1);
  });
}

function copyFixture(name: string): string {
  const dir = scratch('gloss-hostile-');
  cpSync(fixture(name), dir, { recursive: true });
  return dir;
}

test('a symlink out of the corpus is refused', (t) => {
  const dir = copyFixture('mini');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const outside = scratch('gloss-outside-');
  t.after(() => rmSync(outside, { recursive: true, force: true }));
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  rmSync(join(dir, 'articles', 'rocket-2020.txt'));
  symlinkSync(join(outside, 'secret.txt'), join(dir, 'articles', 'rocket-2020.txt'));
  const r = gloss(['--corpus', dir, 'check']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /rocket-2020\.txt: refused: it resolves outside the corpus folder/);
});

test('a path out of the corpus is refused whether or not its target exists on this machine', (t) => {
  for (const target of ['../../../../../../../../../../etc/hostname', '../../no-such-file-outside.txt', '/etc/hostname']) {
    const dir = copyFixture('mini');
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const yaml = join(dir, 'articles', 'rocket-2020.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^id: .*$/m, (line) => `${line}\ntext: ${JSON.stringify(target)}`));
    const r = gloss(['--corpus', dir, 'check']);
    assert.equal(r.code, 2, target);
    assert.match(r.stderr, /rocket-2020\.yaml:\d+:\d+: .*refused: it resolves outside the corpus folder/, target);
    assert.doesNotMatch(r.stderr, /no such file/, target);
  }
});

test('a directory given as a file, and a file over the size limit, are refused', (t) => {
  const dir = copyFixture('mini');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  rmSync(join(dir, 'articles', 'rocket-2020.txt'));
  cpSync(fixture('mini'), join(dir, 'articles', 'rocket-2020.txt'), { recursive: true });
  assert.match(gloss(['--corpus', dir, 'check']).stderr, /rocket-2020\.txt: is a directory, not a file/);
  rmSync(join(dir, 'articles', 'rocket-2020.txt'), { recursive: true });
  writeFileSync(join(dir, 'articles', 'rocket-2020.txt'), '');
  truncateSync(join(dir, 'articles', 'rocket-2020.txt'), 17 * 1024 * 1024); // sparse: cheap to make
  const r = gloss(['--corpus', dir, 'check']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /rocket-2020\.txt: 17825792 bytes is over the 16 MiB limit for a corpus file/);
});

test('GLOSS_DEBUG is the only way to a stack trace', () => {
  const r = gloss(['--corpus', fixture('hostile-binary'), 'list']);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test('search on hostile text: results are inert on the terminal and escaped in JSON', () => {
  const human = run('hostile-escapes', 'search', 'RED ALERT');
  assert.equal(human.code, 0, human.stderr);
  assert.doesNotMatch(human.stdout, ESC);
  assert.match(human.stdout, /␛\[31mRED ALERT␛\[0m/);
  const json = run('hostile-escapes', 'search', 'RED ALERT', '--json');
  assert.doesNotMatch(json.stdout, ESC);
  assert.ok(JSON.parse(json.stdout)[0].text.includes('\u001b[31mRED ALERT'));
});

test('search and export on BOM, CRLF and NFD texts keep offsets right', () => {
  const crlf = JSON.parse(run('hostile-bom-crlf', 'search', 'reopen', '--json').stdout);
  const text = JSON.parse(run('hostile-bom-crlf', 'export').stdout).articles[0].text as string;
  for (const h of crlf) assert.equal(sliceCodePoints(text, h.start, h.end), h.text);
  const nfd = JSON.parse(run('hostile-nfd', 'search', 'Montreal mayor', '--json').stdout);
  assert.ok(nfd.length > 0);
  assert.ok(nfd[0].text.normalize('NFC').includes('Montréal'));
});

test('hidden files in the corpus are not read: an editor\'s lock (a link to nowhere), macOS\'s ._ file, a hidden YAML', () => {
  const dir = copyFixture('mini');
  const articles = join(dir, 'articles');
  const id = readdirSync(articles).find((f) => f.endsWith('.yaml'))!.replace(/\.yaml$/, '');
  symlinkSync('root@host.123:1700000000', join(articles, `.#${id}.yaml`));
  writeFileSync(join(articles, `._${id}.yaml`), Buffer.from([0, 5, 22, 7, 77, 97, 99]));
  writeFileSync(join(dir, '.hidden.yaml'), 'actors: [oops');
  const check = gloss(['--corpus', dir, 'check']);
  assert.equal(check.code, 0, check.stderr);
  const out = join(dir, '..', 'e.json');
  const e = gloss(['--corpus', dir, 'export', '-o', out]);
  assert.equal(e.code, 0, e.stderr);
  assert.ok(JSON.parse(readFileSync(out, 'utf8')).articles.length > 0);
});

/** A copy of the mini fixture whose minister's role is written as `role` (YAML as typed). */
function miniWithRole(role: string): { dir: string; registry: string } {
  const dir = copyFixture('mini');
  const registry = join(dir, 'registry.yaml');
  writeFileSync(registry, readFileSync(registry, 'utf8').replace('    role: Minister', `    role: ${role}`));
  return { dir, registry };
}

test('half a character ("\\ud83d", an escape) in a registry name or note is an error at its line and column, in YAML and in JSON, not U+FFFD in one format and the escape in another', () => {
  const { dir, registry } = miniWithRole('"Minister \\ud83d"');
  const r = gloss(['--corpus', dir, 'check']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /registry\.yaml:5:11: "role" holds half a character \(a lone surrogate, written as an escape\)/);
  writeFileSync(registry, JSON.stringify({ actors: [{ id: 'ann-lee', name: 'Ann Lee', type: 'person', role: 'Minister', aliases: ['Lee'], note: 'x\ud83d' }] }).replace('\ud83d', '\\ud83d'));
  const j = gloss(['--corpus', dir, 'check']);
  assert.equal(j.code, 2);
  assert.match(j.stderr, /registry\.yaml:1:\d+: "note" holds half a character/);
});

test('a registry that does not parse leaves every article out: check names the file, line and column, exit 2, no internal error (Node 22 refused the database\'s empty index)', () => {
  const { dir } = miniWithRole('[Minister');
  const r = gloss(['--corpus', dir, 'check']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /registry\.yaml:\d+:\d+: YAML: /);
  assert.doesNotMatch(r.stderr, /internal error|cannot write the corpus database/);
  const s = gloss(['--corpus', dir, 'search', 'minister']);
  assert.doesNotMatch(s.stderr, /internal error/);
});

// The sample article with line and paragraph separators (U+2028, U+2029) and bidi controls in its
// title and claims, a separator and an isolate in a note, and a separator in an actor's role.
function separatorsCorpus(t: { after: (fn: () => void) => void }): string {
  const dir = scratch('gloss-separators-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, 'c');
  assert.equal(gloss(['init', corpus]).code, 0);
  const text = join(corpus, 'articles', 'harbour-talks.txt');
  writeFileSync(text, readFileSync(text, 'utf8')
    .replace('Harbour talks end', 'Harbour\u2028talks end')
    .replace('a good start for everyone involved.', 'a good start\u2028for everyone\u2029involved\u202e.')
    .replace('too weak to matter', 'too weak\u2066 to\u2069 matter'));
  const sha256 = createHash('sha256').update(readFileSync(text)).digest('hex');
  const file = join(corpus, 'articles', 'harbour-talks.yaml');
  writeFileSync(file, readFileSync(file, 'utf8')
    .replace(/sha256: \w+/, `sha256: ${sha256}`)
    .replace('title: "Harbour talks end with a pledge"', 'title: "Harbour\\u2028talks end\\u202e with a pledge"')
    .replace('"a good start for everyone involved."', '"a good start\\u2028for everyone\\u2029involved\\u202e."\n    note: "a note\\u2029with a\\u2067 separator"')
    .replace('"the accord was too weak to matter"', '"the accord was too weak\\u2066 to\\u2069 matter"'));
  const registry = join(corpus, 'registry.yaml');
  writeFileSync(registry, readFileSync(registry, 'utf8').replace('role: Fisheries Minister', 'role: "Fisheries\\u2028Minister\\u202b"'));
  const check = gloss(['--corpus', corpus, 'check']);
  assert.equal(check.code, 0, check.stderr);
  return corpus;
}

test('line and paragraph separators and bidi controls in the corpus never reach the terminal raw: show, read, cite, claims, actor, check', (t) => {
  const corpus = separatorsCorpus(t);
  const RAW = /[\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
  const outputs: Record<string, string> = {};
  for (const args of [['show', 'harbour-talks:c1'], ['show', 'harbour-talks:c2', '--context', '1'], ['show', 'harbour-talks'], ['show', 'ann-lee'], ['read', 'harbour-talks'], ['cite', 'harbour-talks:c1'], ['cite', 'harbour-talks:c1', '--style', 'plain'], ['claims'], ['claims', '--fields', 'id,quote,note'], ['quotes'], ['actor', 'ann-lee'], ['search', 'good start'], ['check']]) {
    const r = gloss(['--corpus', corpus, ...args], { env: { COLUMNS: '200' } });
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
    assert.doesNotMatch(r.stdout, RAW, args.join(' '));
    assert.doesNotMatch(r.stderr, RAW, args.join(' '));
    outputs[args.join(' ')] = r.stdout;
  }
  // Before: the separators went out raw (show, read, cite, actor), the bidi controls already as notation.
  assert.match(outputs['show harbour-talks:c1']!, /^quote +a good start<U\+2028>for everyone<U\+2029>involved<U\+202E>\.$/m);
  assert.match(outputs['show harbour-talks:c1']!, /^note +a note<U\+2029>with a<U\+2067> separator$/m);
  assert.match(outputs['show harbour-talks']!, /Harbour<U\+2028>talks end<U\+202E> with a pledge/);
  assert.match(outputs['show ann-lee']!, /Fisheries<U\+2028>Minister<U\+202B>/);
  assert.match(outputs['read harbour-talks']!, /^Harbour<U\+2028>talks end with a pledge$/m);
  assert.match(outputs['read harbour-talks']!, /⟦c2 the accord was too weak<U\+2066> to<U\+2069> matter⟧/);
  assert.match(outputs['cite harbour-talks:c1']!, /a good start<U\+2028>for everyone<U\+2029>involved<U\+202E>\./);
  // JSON is the data: the separators kept, escaped (json.ts).
  const json = gloss(['--corpus', corpus, 'show', 'harbour-talks:c1', '--json']);
  assert.match(json.stdout, /a good start\\u2028for everyone\\u2029involved\\u202e\./);
});

test('cite of a span that stops between the CR and the LF of a line end: the words without half a line end in every text style, no ␍; JSON keeps the span', (t) => {
  const corpus = crlfCorpus(t);
  // c9 ("involved.”\r", a paraphrase) is the fixture's; c11 is the same end quoted directly, c12 with the whole line end.
  const file = join(corpus, 'articles', 'harbour-talks.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('claims:\n', 'claims:\n  - {id: c11, quote: "a good start for everyone involved.”\\r", source: ann-lee, cue: said, attribution: direct, type: assessment, about: []}\n  - {id: c12, quote: "a good start for everyone involved.”\\r\\n", source: ann-lee, cue: said, attribution: direct, type: assessment, about: []}\n'));
  const out = (...args: string[]) => {
    const r = gloss(['--corpus', corpus, ...args], { env: { COLUMNS: '400' } });
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /[\r␍]/, `no CR, raw or shown: ${args.join(' ')}`);
    return r.stdout;
  };
  // Before: "involved.”␍ — “Harbour…" and "involved.’␍”; BibTeX the same; Markdown's closing mark on a line of its own ("> ”").
  assert.match(out('cite', 'harbour-talks:c9'), /^Critics \(paraphrased\): involved\.” — “Harbour talks/);
  assert.match(out('cite', 'harbour-talks:c11'), /^Ann Lee, Fisheries Minister \(“said”, quoted directly\): “a good start for everyone involved\.’” — “Harbour talks/);
  assert.match(out('cite', 'harbour-talks:c11', '--style', 'markdown'), /^> “a good start for everyone involved\.’”\n>\n> — \*\*Ann Lee\*\*/);
  assert.match(out('cite', 'harbour-talks:c9', '--style', 'markdown'), /paraphrased: involved\.”\n$/);
  assert.match(out('cite', 'harbour-talks:c11', '--style', 'bibtex'), /quoted directly\): “a good start for everyone involved\.’” Inferred/);
  // A whole line end at the end of the words: the closing mark stays on the line (before: on the next).
  assert.match(out('cite', 'harbour-talks:c12'), /^Ann Lee, Fisheries Minister \(“said”, quoted directly\): “a good start for everyone involved\.’” — “Harbour talks/);
  // A CR with no LF after it is no line end: still shown (c10, "said Tues␍day", in the test above).
  // JSON is the data: the span as it is.
  const r = gloss(['--corpus', corpus, 'cite', 'harbour-talks:c11', '--json']);
  assert.equal(JSON.parse(r.stdout).quote, 'a good start for everyone involved.”\r');
});

test('a plain citation of a span that starts with line ends gives the line of its first word, LF or CRLF; JSON the line where the span starts', (t) => {
  for (const corpus of [crlfCorpus(t), (() => {
    const dir = scratch('gloss-cite-line-');
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    assert.equal(gloss(['init', join(dir, 'c')]).code, 0);
    return join(dir, 'c');
  })()]) {
    const file = join(corpus, 'articles', 'harbour-talks.yaml');
    const text = readFileSync(join(corpus, 'articles', 'harbour-talks.txt'), 'utf8');
    const lineEnd = text.includes('\r\n') ? '\\r\\n' : '\\n';
    writeFileSync(file, readFileSync(file, 'utf8').replace('claims:\n', `claims:\n  - {id: c13, quote: "${lineEnd}${lineEnd}Critics said", source: critics, attribution: direct, type: assertion, about: []}\n`));
    assert.equal(gloss(['--corpus', corpus, 'check']).code, 0);
    const words = text.slice(0, text.indexOf('Critics said')).split('\n').length;
    const r = gloss(['--corpus', corpus, 'cite', 'harbour-talks:c13']);
    assert.equal(r.code, 0, r.stderr);
    // Before: the line of the line end the span starts at, two above its words.
    assert.match(r.stdout, new RegExp(`: “Critics said” — .*\\[gloss harbour-talks:c13, line ${words}\\]\\n$`));
    assert.equal(JSON.parse(gloss(['--corpus', corpus, 'cite', 'harbour-talks:c13', '--json']).stdout).line, words - 2);
  }
});

test('YAML the parser loses its way in gets one clear error where it goes wrong: a control character, nesting by indentation, a second document', () => {
  const dir = join(scratch('gloss-hostile-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const check = () => gloss(['--corpus', dir, 'check'], { env: { GLOSS_CACHE: '0' } });
  const article = join(dir, 'articles', 'harbour-talks.yaml');
  const sound = readFileSync(article, 'utf8');
  // A BEL pasted after a name: before, 38 errors about flow maps and indentation, none naming it.
  writeFileSync(article, sound.replace('mentions:\n', 'mentions:\n  - {actor: critics\u0007, quote: "Critics"}\n'));
  let r = check();
  assert.equal(r.code, 2);
  const line = sound.split('\n').indexOf('mentions:') + 2;
  const errors = r.stderr.split('\n').filter((l) => l.includes('harbour-talks.yaml'));
  assert.equal(errors.length, 1, r.stderr);
  assert.ok(errors[0]!.endsWith(`harbour-talks.yaml:${line}:20: a control character (U+0007) is not allowed in YAML: delete it, or write it as an escape ("\\u0007") inside double quotes`), errors[0]);
  writeFileSync(article, sound);
  // Nested 1,200 deep by indentation: before, "levels of brackets" at 1:1, then a regular expression's "Stack overflow".
  const deep = join(dir, 'more.yaml');
  writeFileSync(deep, `actors:\n${Array.from({ length: 1199 }, (_, i) => `${' '.repeat(i + 1)}- \n`).join('')}`);
  r = check();
  assert.equal(r.code, 2);
  const deepErrors = r.stderr.split('\n').filter((l) => l.includes('more.yaml'));
  assert.equal(deepErrors.length, 1, r.stderr);
  assert.match(deepErrors[0]!, /more\.yaml:(\d+):\d+: nested too deeply to read \(more than 1000 levels of lists, maps or brackets\)$/);
  assert.ok(Number(/more\.yaml:(\d+)/.exec(deepErrors[0]!)![1]) > 900, 'where it goes too deep, not 1:1');
  rmSync(deep);
  // Two documents: before, "please use YAML.parseAllDocuments()" (the library's advice to a programmer).
  writeFileSync(join(dir, 'two.yaml'), 'actors: []\n---\nactors: []\n');
  r = check();
  assert.equal(r.code, 2);
  assert.match(r.stderr, /two\.yaml:2:1: YAML: a second document starts here \("---" or "\.\.\."\): an annotation or registry file holds one\n/);
});
