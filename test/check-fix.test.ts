// `gloss check --fix` mends exactly the slips with one answer, in place, and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, cpSync, lstatSync, mkdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, gloss, scratch } from './helpers.js';
import { mend } from '../src/corpus/fix.js';
import { meantValue, oneSlipApart } from '../src/corpus/fix-values.js';

const copy = () => {
  const dir = join(scratch('gloss-fix-'), 'corpus');
  cpSync(fixture('fixable'), dir, { recursive: true });
  return dir;
};
const file = (dir: string) => join(dir, 'articles', 'harbour.yaml');

test('check --fix mends each fixable slip: the file then passes check and differs only on those lines', () => {
  const dir = copy();
  const before = readFileSync(file(dir), 'utf8');
  assert.equal(gloss(['--corpus', dir, 'check']).code, 2, 'the fixture starts broken');
  const r = gloss(['--corpus', dir, 'check', '--fix']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /fixed 4 problems in 1 file/);
  assert.match(r.stdout, /ok 1 article, .*: 0 errors, 0 warnings/);
  const after = readFileSync(file(dir), 'utf8');
  const a = before.split('\n');
  const b = after.split('\n');
  assert.equal(b.length, a.length);
  const changed = a.map((line, i) => (line === b[i] ? 0 : i + 1)).filter(Boolean);
  assert.deepEqual(changed, [12, 14, 30, 37]);
  assert.equal(b[11], '  - {actor: ann-lee, quote: "Lee", prefix: "weak. "}   # slip: the prefix lacks the space after it');
  assert.equal(b[13], '    quote: "Canada\u2019s"    # slip: straight apostrophe, the text has a curly one');
  assert.equal(b[29], "    quote: 'the accord was weak'   # slip: two spaces");
  assert.equal(b[36], '    quote: "would be a destabilizing thing."   # slip: one letter');
  const clean = gloss(['--corpus', dir, 'check']);
  assert.equal(clean.code, 0, clean.stderr);
  assert.equal(clean.stderr, '');
});

test('check --fix prints each change as a diff; --dry-run writes nothing', () => {
  const dir = copy();
  const before = readFileSync(file(dir), 'utf8');
  const r = gloss(['--corpus', dir, 'check', '--fix', '--dry-run']);
  assert.equal(r.code, 2, 'the corpus is still broken');
  assert.match(r.stderr, /would fix 4 problems in 1 file/);
  assert.match(r.stdout, /^--- .*harbour\.yaml\n\+\+\+ .*harbour\.yaml \(not written: --dry-run\)\n/);
  assert.match(r.stdout, /@@ .*harbour\.yaml:14:12: quote: curly vs straight quotes\n- {4}quote: "Canada's" .*\n\+ {4}quote: "Canada\u2019s" /);
  assert.match(r.stdout, /@@ .*harbour\.yaml:37:12: quote: 1 character differs\n/);
  assert.equal((r.stdout.match(/^@@ /gm) ?? []).length, 4);
  assert.equal(readFileSync(file(dir), 'utf8'), before);
});

test('check --dry-run without --fix is refused: it was passed over, and a plain check ran', () => {
  const dir = copy();
  const r = gloss(['--corpus', dir, 'check', '--dry-run']);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'gloss: --dry-run shows what --fix would change: give both (gloss check --fix --dry-run)\n');
  assert.equal(r.stdout, '');
});

test('check --fix leaves what has no single answer as it was', () => {
  const text = 'He said \u201cyes\u201d and she said \u201cyes\u201d. The talks were long. The walks were long.';
  // Straight quotes that match two places; a typo one character from two passages; a case difference.
  assert.deepEqual(mend(text, { quote: '"yes"' }), []);
  assert.deepEqual(mend(text, { quote: 'The xalks were long' }), []);
  assert.deepEqual(mend(text, { quote: 'the talks were long' }), []);
  // One place: mended.
  assert.deepEqual(mend(text, { quote: '"yes" and' }), [{ field: 'quote', value: '\u201cyes\u201d and', reason: 'curly vs straight quotes' }]);
  assert.deepEqual(mend(text, { quote: 'The talks were lung' }), [{ field: 'quote', value: 'The talks were long', reason: '1 character differs' }]);
  // A quote that anchors needs nothing.
  assert.deepEqual(mend(text, { quote: 'talks' }), []);
});

test('check --fix never writes a quote that cuts a word, nor picks one of several passages one character away', () => {
  const text = '\u201cNobody asked us what the trucks would do to our streets.\u201d The port said nothing.';
  // "our street." is one character from "our streets." (added), "our streets" (typed) and "our street" (dropped, cutting "streets").
  assert.deepEqual(mend(text, { quote: 'what the trucks would do to our street.' }), []);
  // One letter dropped inside a word, one passage: mended, whole words.
  assert.deepEqual(mend(text, { quote: 'what the trucks would do to our strets.' }), [
    { field: 'quote', value: 'what the trucks would do to our streets.', reason: '1 character differs' },
  ]);
  // A match ending inside a word is no fix ("The por" of "The port").
  assert.deepEqual(mend(text, { quote: 'The pot' }), []);
});

test('check --fix keeps a file\'s permissions (a private 0600 file stays private) and a linked file a link, mending where it points', () => {
  const dir = copy();
  chmodSync(file(dir), 0o600);
  assert.equal(gloss(['--corpus', dir, 'check', '--fix']).code, 0);
  assert.equal(statSync(file(dir)).mode & 0o777, 0o600);
  const linked = copy();
  mkdirSync(join(linked, 'keep'));
  renameSync(file(linked), join(linked, 'keep', 'harbour.yaml'));
  symlinkSync(join('..', 'keep', 'harbour.yaml'), file(linked));
  const r = gloss(['--corpus', linked, 'check', '--fix']);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(lstatSync(file(linked)).isSymbolicLink(), 'the link stays a link');
  assert.match(readFileSync(join(linked, 'keep', 'harbour.yaml'), 'utf8'), /quote: "would be a destabilizing thing\."/, 'the file it points to is mended');
});

test('check --fix keeps the byte order mark a file starts with: only the mended values change', () => {
  const dir = copy();
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  const before = Buffer.concat([bom, readFileSync(file(dir))]);
  writeFileSync(file(dir), before);
  const r = gloss(['--corpus', dir, 'check', '--fix']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /fixed 4 problems in 1 file/);
  const after = readFileSync(file(dir));
  assert.deepEqual(after.subarray(0, 3), bom, 'the byte order mark stays');
  const changed = (a: Buffer, b: Buffer) => a.toString('utf8').split('\n').map((line, i) => (line === b.toString('utf8').split('\n')[i] ? 0 : i + 1)).filter(Boolean);
  assert.deepEqual(changed(before, after), [12, 14, 30, 37]);
});

test('check --fix leaves a quote written as a block scalar (">-", "|-") to a person: the other fixes are made, no internal error', () => {
  const dir = copy();
  const before = readFileSync(file(dir), 'utf8');
  // Straight quotes where the text has curly ones: a slip with one answer, but in a folded block.
  const block = '  - id: c9\n    quote: >-\n      fleet "can live\n      with the accord."\n    source: ann-lee\n    attribution: direct\n    type: assessment\n';
  writeFileSync(file(dir), `${before.trimEnd()}\n${block}`);
  const r = gloss(['--corpus', dir, 'check', '--fix']);
  assert.doesNotMatch(r.stderr, /internal error/);
  assert.match(r.stderr, /fixed 4 problems in 1 file/);
  assert.ok(readFileSync(file(dir), 'utf8').endsWith(block), 'the block scalar is as it was');
  // Named as left to a person, at its line (before: passed over in silence, "fixed 0 problems" where it was the only one).
  const line = readFileSync(file(dir), 'utf8').split('\n').indexOf('    quote: >-') + 1;
  assert.match(r.stderr, new RegExp(`^\\S*harbour\\.yaml:${line}:12: quote: curly vs straight quotes: left for you to mend \\(a block scalar, which --fix does not rewrite\\)$`, 'm'));
});

test('check --fix in a flow mapping: a plain value the fix gives a comma is written double-quoted (plain, the comma would end it); one with none stays plain', () => {
  const dir = copy();
  const before = readFileSync(file(dir), 'utf8');
  // One slip each: a semicolon for the text's comma; two spaces.
  const withSlips = before.replace("  - {actor: critics, quote: 'Critics'}\n", "  - {actor: critics, quote: 'Critics'}\n  - {actor: ann-lee, quote: Lee denied it; saying}\n  - {actor: critics, quote: Critics  said}\n");
  assert.notEqual(withSlips, before);
  writeFileSync(file(dir), withSlips);
  const r = gloss(['--corpus', dir, 'check', '--fix']);
  // Before: "internal error: check --fix: rewriting … would change more than the mended values", nothing fixed.
  assert.doesNotMatch(r.stderr, /internal error/);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /fixed 6 problems in 1 file/);
  const lines = readFileSync(file(dir), 'utf8').split('\n');
  assert.ok(lines.includes('  - {actor: ann-lee, quote: "Lee denied it, saying"}'), lines.join('\n'));
  assert.ok(lines.includes('  - {actor: critics, quote: Critics said}'));
  assert.equal(gloss(['--corpus', dir, 'check']).code, 0);
});

test('check --fix\'s diff shows every line a value ran over, and each later change at its line in the rewritten file', () => {
  const dir = copy();
  // A plain scalar over two lines with a slip (two spaces), then one more slip after it.
  const extra = '  - id: c9\n    quote: the  accord\n      was weak\n    source: ann-lee\n    attribution: indirect\n    type: assessment\n  - id: c10\n    quote: "Canada\'s fishing"\n    source: ann-lee\n    attribution: indirect\n    type: assessment\n';
  writeFileSync(file(dir), `${readFileSync(file(dir), 'utf8').trimEnd()}\n${extra}`);
  const r = gloss(['--corpus', dir, 'check', '--fix']);
  assert.equal(r.code, 0, r.stderr);
  const hunks = r.stdout.split(/^@@ /m).slice(1);
  const two = hunks.find((h) => h.includes('the  accord'))!;
  assert.deepEqual(two.split('\n').slice(1).filter(Boolean), ['-    quote: the  accord', '-      was weak', '+    quote: the accord was weak']);
  const after = readFileSync(file(dir), 'utf8').split('\n');
  const last = hunks.at(-1)!.split('\n');
  const at = Number(/:(\d+):\d+: quote/.exec(last[0]!)![1]);
  assert.equal(`+${after[at - 2]}`, last.find((l) => l.startsWith('+')), 'the "+" line is the rewritten file\'s line, one up since the value above lost a line');
});

// The fixture with its lines edited: [old line, new line] pairs, each old line found once.
const edited = (dir: string, pairs: [string, string][]) => {
  let s = readFileSync(file(dir), 'utf8');
  for (const [a, b] of pairs) {
    assert.equal(s.split(a).length, 2, a);
    s = s.replace(a, b);
  }
  writeFileSync(file(dir), s);
  return s;
};

test('check --fix never changes a value an alias shares: an anchored value still aliased is left to a person, the file otherwise fixed', () => {
  const dir = copy();
  // The slip "Canada's" is anchored (&q) and its alias is a note elsewhere: a splice at the anchor would change the note.
  const before = edited(dir, [
    [`    quote: "Canada's"    # slip`, `    quote: &q "Canada's"    # slip`],
    [`  - {actor: critics, quote: 'Critics'}`, `  - {actor: critics, quote: 'Critics', note: *q}`],
  ]);
  const r = gloss(['--corpus', dir, 'check', '--fix']);
  assert.doesNotMatch(r.stderr, /internal error/);
  assert.match(r.stderr, /harbour\.yaml:14:15: quote: curly vs straight quotes: left for you to mend \(the value is shared through the YAML anchor &q, used by the alias on line 18, which a fix here would change too\)\n/);
  assert.match(r.stderr, /fixed 3 problems in 1 file/);
  const a = before.split('\n');
  const b = readFileSync(file(dir), 'utf8').split('\n');
  assert.deepEqual(a.map((line, i) => (line === b[i] ? 0 : i + 1)).filter(Boolean), [12, 30, 37], 'the anchor and its alias as they were');
  assert.equal(b[13], `    quote: &q "Canada's"    # slip: straight apostrophe, the text has a curly one`);
  assert.equal(b[17], `  - {actor: critics, quote: 'Critics', note: *q}`);
});

test('check --fix mends a value written as an alias where it stands, the alias become a plain value there, the anchor\'s value unchanged', () => {
  const dir = copy();
  // The slip is an alias (*n) to an anchored note: the note keeps "Canada's", the quote gets the text's "Canada’s".
  edited(dir, [
    [`    quote: "Canada's"    # slip`, `    quote: *n    # slip`],
    [`  - {actor: ann-lee, quote: "Minister Ann Lee", occurrence: all}`, `  - {actor: ann-lee, quote: "Minister Ann Lee", occurrence: all, note: &n "Canada's"}`],
  ]);
  const r = gloss(['--corpus', dir, 'check', '--fix']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /fixed 4 problems in 1 file/);
  assert.match(r.stdout, /@@ .*harbour\.yaml:14:12: quote: curly vs straight quotes\n- {4}quote: \*n .*\n\+ {4}quote: "Canada\u2019s" /);
  const b = readFileSync(file(dir), 'utf8').split('\n');
  assert.equal(b[10], `  - {actor: ann-lee, quote: "Minister Ann Lee", occurrence: all, note: &n "Canada's"}`);
  assert.equal(b[13], '    quote: "Canada\u2019s"    # slip: straight apostrophe, the text has a curly one');
});

test('check --fix mends an anchored quote and the alias that repeats it as a quote: both shown in the diff', () => {
  const dir = copy();
  edited(dir, [
    [`    quote: "Canada's"    # slip`, `    quote: &q "Canada's"    # slip`],
    [`  - {actor: critics, quote: 'Critics'}`, `  - {actor: critics, quote: 'Critics'}\n  - {actor: canada, quote: *q, note: the same slip through the alias}`],
  ]);
  const r = gloss(['--corpus', dir, 'check', '--fix', '--dry-run']);
  assert.match(r.stderr, /would fix 5 problems in 1 file/);
  assert.match(r.stdout, /@@ .*harbour\.yaml:14:15: quote: curly vs straight quotes\n- {4}quote: &q "Canada's" .*\n\+ {4}quote: &q "Canada\u2019s" /);
  assert.match(r.stdout, /@@ .*harbour\.yaml:19:28: quote: curly vs straight quotes\n- {2}- {actor: canada, quote: \*q, note: the same slip through the alias}\n\+ {2}- {actor: canada, quote: "Canada\u2019s", note: the same slip through the alias}\n/);
  assert.equal((r.stdout.match(/^@@ /gm) ?? []).length, 5);
});

test('check --fix mends a closed-list value one slip from one allowed value, in the registry and an article; others are left', () => {
  const dir = copy();
  const registry = join(dir, 'registry.yaml');
  const reg = readFileSync(registry, 'utf8');
  // An American spelling, a letter missing (in a flow mapping), a status with two letters swapped, and one too far to say.
  writeFileSync(
    registry,
    reg
      .replace('    type: state\n', '    type: organization\n')
      .replace('  - id: critics\n    name: Critics\n    type: unnamed-source\n', '  - {id: critics, name: Critics, type: grup}\n  - id: the-fleet\n    name: The fleet\n    type: org\n')
      .replace('    status: under-discussion\n', '    status: under-discussion\n    history:\n      - {status: singed, date: "2024-05", article: harbour}\n'),
  );
  const article = file(dir);
  const art = readFileSync(article, 'utf8');
  const claimType = /^( {4}type: )(\w+)$/m.exec(art)!;
  writeFileSync(article, art.replace(claimType[0], `${claimType[1]}${claimType[2]!.toUpperCase()}`));
  const before = [readFileSync(registry, 'utf8'), readFileSync(article, 'utf8')];
  const r = gloss(['--corpus', dir, 'check', '--fix']);
  // Before: none of these was mended ("would fix" only the article's selectors), each left as an error.
  assert.match(r.stdout, /\n\+ {4}type: organisation\n/);
  assert.match(r.stdout, /@@ .*registry\.yaml:\d+:\d+: type: "organization" is not a type, and one slip from organisation alone\n/);
  const [regAfter, artAfter] = [readFileSync(registry, 'utf8'), readFileSync(article, 'utf8')];
  const changed = (a: string, b: string) => a.split('\n').map((l, i) => (l === b.split('\n')[i] ? null : [l, b.split('\n')[i]])).filter(Boolean);
  assert.deepEqual(changed(before[0]!, regAfter), [
    ['    type: organization', '    type: organisation'],
    ['  - {id: critics, name: Critics, type: grup}', '  - {id: critics, name: Critics, type: group}'],
    ['      - {status: singed, date: "2024-05", article: harbour}', '      - {status: signed, date: "2024-05", article: harbour}'],
  ]);
  // The article's own selector slips (the fixture's) are mended as ever; its claim type besides.
  assert.deepEqual(changed(before[1]!, artAfter).filter((p) => / type: /.test(p![0]!)), [[`${claimType[1]}${claimType[2]!.toUpperCase()}`, claimType[0]]]);
  assert.equal(changed(before[1]!, artAfter).length, 5);
  // "org" is near no one value: left as it was, with check's error and its suggestions.
  assert.match(regAfter, /\n {4}type: org\n/);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /registry\.yaml:\d+:\d+: actor the-fleet: type: "org" is not one of /);
});

test('the reason for mending a value reads as English: "is not an attribution"', () => {
  const dir = join(scratch('gloss-fix-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const article = join(dir, 'articles', 'harbour-talks.yaml');
  writeFileSync(article, readFileSync(article, 'utf8').replace('attribution: indirect', 'attribution: Indirect'));
  const r = gloss(['--corpus', dir, 'check', '--fix', '--dry-run']);
  // Before: 'attribution: "Indirect" is not a attribution'.
  assert.match(r.stdout, /: attribution: "Indirect" is not an attribution, and one slip from indirect alone\n/);
});

test('meantValue: one slip from exactly one allowed value, else none', () => {
  const types = ['person', 'organisation', 'state', 'group'];
  assert.equal(meantValue('organization', types), 'organisation');
  assert.equal(meantValue('Person', types), 'person');
  assert.equal(meantValue('preson', types), 'person', 'two neighbours swapped');
  assert.equal(meantValue('stat', types), 'state', 'a letter missing');
  assert.equal(meantValue('groups', types), 'group', 'a letter extra');
  assert.equal(meantValue('person', types), undefined, 'allowed as it is');
  assert.equal(meantValue('org', types), undefined, 'too far');
  assert.equal(meantValue('ab', ['abc', 'abd']), undefined, 'near two');
  assert.equal(oneSlipApart('abcd', 'acbd'), true);
  assert.equal(oneSlipApart('abcd', 'dcba'), false);
});
