// `gloss check` catches each problem, one fixture corpus per problem, reported as file:line:col.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, fixture, gloss, ROOT, scratch } from './helpers.js';

const errors: [string, RegExp][] = [
  ['quote-missing', /rocket-2020\.yaml:30:12: quote "the acord was weak" is not in the text; did you mean "the accord was weak"/],
  ['quote-straight', /rocket-2020\.yaml:23:12: .*did you mean "“a good start for everyone 👍 involved”" \(curly vs straight quotes/],
  ['quote-ambiguous', /rocket-2020\.yaml:16:29: ambiguous quote "Lee": it occurs 3×/],
  ['unknown-actor', /rocket-2020\.yaml:31:13: unknown source "pundits"/],
  ['unknown-agreement', /rocket-2020\.yaml:20:17: unknown agreement "harbor-accord"/],
  ['duplicate-id', /registry\.yaml:10:9: duplicate id "ann-lee": already used by the actor at .*registry\.yaml:2/],
  ['claim-no-source', /rocket-2020\.yaml:29:5: claim c2: missing required field "source"/],
  ['unknown-party', /registry\.yaml:16:26: unknown party "atlantis"/],
  ['text-changed', /rocket-2020\.yaml:8:9: article text .*rocket-2020\.txt has changed: its SHA-256 is e2f43625/],
  ['yaml-syntax', /rocket-2020\.yaml:2:21: YAML: Missing closing "quote/],
  ['unknown-field', /rocket-2020\.yaml:33:5: claim c2: unknown field "sorce"/],
];

for (const [name, expected] of errors) {
  test(`check fails on ${name}`, () => {
    const r = gloss(['--corpus', fixture(name), 'check']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, expected);
    assert.equal(r.stdout, '');
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });
}

const warnings: [string, RegExp][] = [
  ['alias-untagged', /rocket-2020\.txt:5:35: warning: "Lee" \(ann-lee\) occurs here with no mention tagged/],
  ['quotation-uncovered', /rocket-2020\.txt:3:47: warning: quotation "a good start for everyone 👍 involved" is covered by no claim or region/],
];
for (const [name, expected] of warnings) {
  test(`check warns, but passes, on ${name}`, () => {
    const r = gloss(['--corpus', fixture(name), 'check']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, expected);
    assert.match(r.stdout, /0 errors, 1 warning/);
    const strict = gloss(['--corpus', fixture(name), 'check', '--strict']);
    assert.equal(strict.code, 2);
    // "0 errors" and a failure, said why (before: nothing said that --strict failed the warning).
    assert.match(strict.stderr, /: 0 errors, 1 warning \(--strict: the warning counts as an error\)\n$/);
  });
}

test("a claim or region id of a mention's form (m and an offset) is an error: one id would name two annotations", () => {
  const dir = join(scratch('gloss-check-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const file = join(dir, 'articles', 'harbour-talks.yaml');
  const sound = readFileSync(file, 'utf8');
  for (const [from, to] of [['  - id: c1\n', '  - id: m43\n'], ['mentions:\n', 'regions:\n  - {id: m5-2, kind: byline, quote: "HALIFAX"}\nmentions:\n']] as const) {
    assert.ok(sound.includes(from), from);
    writeFileSync(file, sound.replace(from, to));
    const r = gloss(['--corpus', dir, 'check']);
    // Before: "ok", and the exports carried two annotations with the id harbour-talks:m43.
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /harbour-talks\.yaml:\d+:\d+: (claim|region) id "m(43|5-2)" has the form of a mention's id/);
  }
  writeFileSync(file, sound);
  assert.equal(gloss(['--corpus', dir, 'check']).code, 0);
});

// root reads any folder: take away the capabilities that let it, where setpriv can.
const asUser = spawnSync('setpriv', ['--help']).status === 0 && process.getuid?.() === 0 ? ['setpriv', '--inh-caps=-all', '--bounding-set=-dac_override,-dac_read_search'] : [];
test('an articles folder that cannot be read is said so, not called missing', { skip: process.getuid?.() === 0 && asUser.length === 0 && 'running as root without setpriv' }, (t) => {
  const dir = join(scratch('gloss-check-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const articles = join(dir, 'articles');
  chmodSync(articles, 0o000);
  t.after(() => chmodSync(articles, 0o755));
  const cmd = [...asUser, process.execPath, BIN, '--corpus', dir, 'check'];
  const r = spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8', env: { PATH: process.env.PATH, GLOSS_CACHE: '0' } });
  // Before: "no articles folder in the corpus".
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stderr, `gloss: ${articles}: cannot read the articles folder (permission denied)\n`);
});

test('check passes a sound corpus with no output on stderr', () => {
  const r = gloss(['--corpus', fixture('mini'), 'check']);
  assert.equal(r.code, 0);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^ok 1 article, 3 actors, 1 agreement, 3 claims, 8 mentions, 1 region: 0 errors, 0 warnings/);
});

test('other commands leave out an article with errors, say so once on stderr, and exit 2', () => {
  const r = gloss(['--corpus', fixture('unknown-actor'), 'claims', '--json']);
  assert.equal(r.code, 2);
  assert.deepEqual(JSON.parse(r.stdout), []);
  assert.match(r.stderr, /^\S*rocket-2020\.yaml:31:13: unknown source "pundits"/);
  assert.match(r.stderr, /\ngloss: the corpus has 1 error; left out rocket-2020; gloss check lists every problem\n$/);
});

/** `gloss check` on a fresh `gloss init` corpus whose mention of the critics is replaced by `mentions`. */
function checkWithCritics(mentions: string) {
  const dir = join(scratch('gloss-check-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const file = join(dir, 'articles', 'harbour-talks.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('  - {actor: critics, quote: "Critics"}\n', mentions));
  return gloss(['--corpus', dir, 'check']);
}

test("an agreement's registered name with no mention tagged is a warning, as an actor's is", (t) => {
  const dir = join(scratch('gloss-check-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const file = join(dir, 'articles', 'harbour-talks.yaml');
  const tagged = readFileSync(file, 'utf8');
  writeFileSync(file, tagged.replace('  - {agreement: harbour-accord, quote: "the Harbour Accord"}\n', ''));
  const r = gloss(['--corpus', dir, 'check']);
  // Before: "0 warnings": only actors' names were looked for, though gloss draft proposes agreements' too.
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /harbour-talks\.txt:3:55: warning: "Harbour Accord" \(harbour-accord\) occurs here with no mention tagged/);
  assert.match(r.stdout, /0 errors, 1 warning/);
  assert.equal(gloss(['--corpus', dir, 'check', '--strict']).code, 2);
  writeFileSync(file, tagged);
  assert.equal(gloss(['--corpus', dir, 'check', '--strict']).code, 0, 'tagged, no warning');
  t.diagnostic('the untagged agreement name is found and located');
});

test('check warns about a text no annotation file names and a folder of annotation files inside articles/, which no command reads', () => {
  const dir = join(scratch('gloss-check-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  assert.equal(gloss(['--corpus', dir, 'check', '--strict']).code, 0, 'clean to start with (and its database built)');
  const articles = join(dir, 'articles');
  const text = readFileSync(join(articles, 'harbour-talks.txt'));
  // Copied in by hand, where gloss add writes both files; and last year's articles kept in a folder.
  writeFileSync(join(articles, 'copied.txt'), text);
  mkdirSync(join(articles, '2016'));
  writeFileSync(join(articles, '2016', 'old.yaml'), 'id: old\n');
  // Not strays: a hidden file, a folder of other files, a text whose annotation file is there (broken).
  writeFileSync(join(articles, '.notes.txt'), 'mine\n');
  mkdirSync(join(articles, 'scans'));
  writeFileSync(join(articles, 'scans', 'page1.pdf'), '%PDF');
  writeFileSync(join(articles, 'broken.txt'), text);
  writeFileSync(join(articles, 'broken.yaml'), 'id: broken\ntitle: "unclosed\n');
  const r = gloss(['--corpus', dir, 'check']);
  assert.equal(r.code, 2, r.stderr);
  const lines = r.stderr.split('\n').filter((l) => !/\/broken\.yaml:|^\d+ articles, /.test(l) && l !== '');
  // Before: no word of either; "ok" once broken.yaml is mended, with the copied text and old.yaml unread.
  assert.deepEqual(lines, [
    `${join(articles, 'copied.txt')}: warning: a text no annotation file names, so not in the corpus (gloss add brings a text in with its annotation file)`,
    `${join(articles, '2016')}: warning: a folder holding 1 annotation file, which gloss does not read: an article's files go directly in articles/`,
  ]);
  rmSync(join(articles, 'broken.txt'));
  rmSync(join(articles, 'broken.yaml'));
  assert.equal(gloss(['--corpus', dir, 'check']).code, 0);
  assert.equal(gloss(['--corpus', dir, 'check', '--strict']).code, 2);
  rmSync(join(articles, 'copied.txt'));
  rmSync(join(articles, '2016'), { recursive: true });
  assert.equal(gloss(['--corpus', dir, 'check', '--strict']).code, 0, 'gone when they are');
});

test('annotation files copied into, or taken out of, a folder already in articles/ are seen by the next check', () => {
  // Before: the database stamped only the corpus and articles/ folders, so a folder's contents could
  // change unseen: check --strict passed with an article left out unsaid, or failed on one gone.
  const dir = join(scratch('gloss-check-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const folder = join(dir, 'articles', '2024');
  mkdirSync(folder);
  assert.equal(gloss(['--corpus', dir, 'check', '--strict']).code, 0, 'an empty folder: nothing to say (and the database built)');
  writeFileSync(join(folder, 'old.yaml'), 'id: old\n');
  const r = gloss(['--corpus', dir, 'check', '--strict']);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /2024: warning: a folder holding 1 annotation file, which gloss does not read/);
  rmSync(join(folder, 'old.yaml'));
  const again = gloss(['--corpus', dir, 'check', '--strict']);
  assert.equal(again.code, 0, again.stderr);
  assert.doesNotMatch(again.stderr, /warning/);
});

test('a registry list left empty is set aside alone, in plain words; an empty prefix is said plainly too', () => {
  // Before: "agreements:" with nothing under it (YAML's null) dropped the whole registry, every actor
  // was then reported unknown, the article left out, and the message was zod's ("expected array, received null").
  const dir = join(scratch('gloss-check-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const registry = join(dir, 'registry.yaml');
  const text = readFileSync(registry, 'utf8');
  writeFileSync(registry, `${text.slice(0, text.indexOf('\nagreements:'))}\nagreements:\n`);
  const file = join(dir, 'articles', 'harbour-talks.yaml');
  const article = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => !l.includes('agreement: harbour-accord'))
    .join('\n')
    .replaceAll('about: [harbour-accord]', 'about: []')
    .replaceAll('harbour-accord, ', '')
    .replaceAll(', harbour-accord', '')
    .replace('  - {actor: critics, quote: "Critics"}', '  - {actor: critics, quote: "Critics", prefix: ""}');
  writeFileSync(file, article);
  const r = gloss(['--corpus', dir, 'check']);
  assert.equal(r.code, 2);
  const lines = r.stderr.split('\n').filter(Boolean);
  assert.match(lines[0]!, /registry\.yaml:\d+:\d+: agreements: empty: list its items, or write \[\] for none$/);
  assert.match(lines[1]!, /harbour-talks\.yaml:\d+:\d+: mention 3 \("Critics"\): prefix: must not be empty$/);
  assert.match(lines[2]!, /^1 article, 3 actors, 0 agreements, 3 claims, 2 mentions, 0 regions: 2 errors, 0 warnings$/);
  assert.equal(lines.length, 3, r.stderr);
});

test('a problem quoting a span across paragraphs is still one line: its line breaks shown as \\n', () => {
  // A mention stretched (through) from the first paragraph into the next overlaps "Critics".
  const r = checkWithCritics('  - {actor: critics, quote: "Critics"}\n  - {actor: critics, quote: "Ann Lee", through: "Critics"}\n');
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0]!, /^.*harbour-talks\.txt:\d+:\d+: warning: "Critics" overlaps another mention of critics \("Ann Lee said .*involved\.”\\n\\nCritics"\): tagged twice$/);
});

test('a quote of spaces alone, and an occurrence list naming a number twice, are errors with their places', () => {
  // Before: both passed check (the mention counted twice; the blank quote "ambiguous" in 193 places).
  const r = checkWithCritics('  - {actor: critics, quote: "Critics", occurrence: [1, 1]}\n  - {actor: critics, quote: " "}\n');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /harbour-talks\.yaml:\d+:\d+: mention 3 \("Critics"\): occurrence: occurrence names a number twice\n/);
  assert.match(r.stderr, /harbour-talks\.yaml:\d+:\d+: mention 4 \(" "\): quote: quote must hold more than spaces and zero-width characters\n/);
});

test('a quote of zero-width characters alone is an error with its place, found at once', () => {
  // Before: compared without them (anchor.ts), it was an empty needle, which the search for its places
  // never finished: every command ran out of memory ("internal error: Invalid array length").
  const r = checkWithCritics('  - {actor: critics, quote: "\\u200b"}\n  - {actor: critics, quote: "\\u2060 \\u200d"}\n');
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /harbour-talks\.yaml:\d+:\d+: mention 3 \("\u200b"\): quote: quote must hold more than spaces and zero-width characters\n/);
  assert.match(r.stderr, /harbour-talks\.yaml:\d+:\d+: mention 4 \(.*\): quote: quote must hold more than spaces and zero-width characters\n/);
  assert.doesNotMatch(r.stderr, /internal error/);
});

test('a slip late in a long quote: the quote and the passage meant are both shown from just before it, so they differ', () => {
  const dir = join(scratch('gloss-check-'), 'c');
  cpSync(join(ROOT, 'corpus'), dir, { recursive: true });
  const file = join(dir, 'articles', 'collins-cyber-deal-2016.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('then that is a very destabilizing thing', 'then that is a very destabilising thing'));
  const r = gloss(['--corpus', dir, 'check']);
  assert.equal(r.code, 2, r.stderr);
  // Before: quote "If there is a general feeling, an assessment on the part ..." is not in the text; did you mean the same string.
  const problem = `${file}:477:12: quote "... a very destabilising thing" is not in the text; did you mean "... a very destabilizing thing" (1 character differs, line 24)?\n`;
  assert.ok(r.stderr.startsWith(problem), r.stderr);
  assert.equal(r.stderr.split('\n').length, 3, 'the problem on one line, then the summary');
  // --fix mends it as before, and what it cannot mend is told the same way.
  const fix = gloss(['--corpus', dir, 'check', '--fix', '--dry-run']);
  assert.match(fix.stdout, /^\+ {4}quote: 'If there is a general feeling, .* a very destabilizing thing'$/m);
  assert.ok(fix.stderr.includes(problem), fix.stderr);
});

test('an annotation file or corpus folder named with a line break is read (it was passed over, check ok), each problem one line, the break shown as \\n', () => {
  const corpus = join(scratch('gloss-check-nl-'), 'my\ncorpus');
  cpSync(fixture('mini'), corpus, { recursive: true });
  const bad = join(corpus, 'articles', 'rocket\n2020.yaml');
  writeFileSync(bad, `${readFileSync(join(corpus, 'articles', 'rocket-2020.yaml'), 'utf8')}\nid: again\n`);
  const r = gloss(['--corpus', corpus, 'check']);
  assert.equal(r.code, 2);
  const lines = r.stderr.trimEnd().split('\n');
  // Every line but the summary is one whole problem, file:line:col first.
  for (const line of lines.slice(0, -1)) assert.match(line, /^\S.*\.yaml:\d+:\d+: /, line);
  assert.ok(lines.some((l) => l.startsWith(`${corpus.replace('\n', '\\n')}/articles/rocket\\n2020.yaml:`)), r.stderr);
});

test('an annotation file whose name is not UTF-8 is said so, in one line (it was "no such file")', () => {
  const corpus = join(scratch('gloss-check-bytes-'), 'c');
  cpSync(fixture('mini'), corpus, { recursive: true });
  writeFileSync(Buffer.concat([Buffer.from(join(corpus, 'articles', 'bad')), Buffer.from([0xff]), Buffer.from('.yaml')]), readFileSync(join(corpus, 'articles', 'rocket-2020.yaml')));
  const r = gloss(['--corpus', corpus, 'check']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /articles\/bad\uFFFD\.yaml: its name is not valid UTF-8, so it cannot be opened by it \(rename it\)\n/);
});
