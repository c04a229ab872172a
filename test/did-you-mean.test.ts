// An id typed with a slip gets the id meant: two letters swapped (chian), a prefix misspelt (colins),
// a registered name or alias misspelt (mackey for MacKay), through the CLI as a person types them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { didYouMean } from '../src/query/did-you-mean.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gloss, scratch } from './helpers.js';

test('didYouMean: swaps count as one slip, a misspelt prefix finds its id, a misspelt name its actor; the likeliest kind first', () => {
  const ids = ['china', 'chang-wanquan', 'chinese-government-hackers', 'collins-cyber-deal-2016', 'peter-mackay'];
  assert.deepEqual(didYouMean('chian', ids), ['china'], 'a near whole id before near prefixes');
  assert.deepEqual(didYouMean('colins', ids), ['collins-cyber-deal-2016']);
  assert.deepEqual(didYouMean('mackey', ids, 3, new Map([['mackay', ['peter-mackay']]])), ['peter-mackay']);
  assert.deepEqual(didYouMean('mackey', ids), [], 'without the names, nothing near');
  assert.deepEqual(didYouMean('zzzz', ids), []);
});

test('the CLI suggests the id meant for a slip in --about, --party, --article, and a profile', () => {
  // Before: only "(gloss actors and gloss agreements list them)" for each.
  for (const [args, meant] of [
    [['claims', '--about', 'chian'], 'china'],
    [['agreements', '--party', 'chian'], 'china'],
    [['search', 'jungle', '--article', 'colins'], 'collins-cyber-deal-2016'],
    [['actor', 'mackey'], 'peter-mackay'],
  ] as const) {
    const r = gloss([...args]);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, new RegExp(`; did you mean ${meant}\\?\\n$`), args.join(' '));
  }
});

test("a W3C URN's kind is part of what it names: urn:gloss:agreement:canada is no actor, urn:gloss:article:china no article", () => {
  // Before: each resolved to whatever id matched, of any kind ("actor canada", "actor china", exit 0).
  const agreement = gloss(['show', 'urn:gloss:agreement:canada']);
  assert.equal(agreement.code, 2);
  assert.match(agreement.stderr, /^gloss: agreement "canada" is ambiguous: canada-china-cyber-agreement, /);
  const article = gloss(['show', 'urn:gloss:article:china']);
  assert.equal(article.code, 2);
  assert.match(article.stderr, /^gloss: no article "china"/);
  const actor = gloss(['show', 'urn:gloss:actor:china', '--json']);
  assert.equal(actor.code, 0, actor.stderr);
  assert.equal(JSON.parse(actor.stdout).kind, 'actor');
  assert.equal(gloss(['show', 'urn:gloss:actor:mackay-beijing-2013']).code, 2);
});

test("a URN names what its kind says: a claim is no article's URN, an article no annotation's, and an unknown kind is said so", () => {
  const dir = join(scratch('gloss-urn-kind-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  // Before: cite and show took each as if the kind were not written (the claim cited, the article
  // shown, exit 0), and an unknown kind was read as an article "urn" ("no article \"urn\"").
  const refused: [string[], string][] = [
    [['cite', 'urn:gloss:article:harbour:c1'], 'urn:gloss:article:harbour:c1 names a claim, not an article: its URN is urn:gloss:annotation:harbour-talks:c1'],
    [['show', 'urn:gloss:actor:harbour:c1'], 'urn:gloss:actor:harbour:c1 names a claim, not an actor: its URN is urn:gloss:annotation:harbour-talks:c1'],
    [['show', 'urn:gloss:annotation:harbour-t'], 'urn:gloss:annotation:harbour-t names an article, not an annotation: its URN is urn:gloss:article:harbour-talks'],
    // Ambiguous among the entities, or nothing's: no annotation either way.
    [['show', 'urn:gloss:annotation:harbour'], "urn:gloss:annotation:harbour names no annotation: an annotation's URN is urn:gloss:annotation:ARTICLE:LOCAL"],
    [['show', 'urn:gloss:annotation:ann-lee'], 'urn:gloss:annotation:ann-lee names an actor, not an annotation: its URN is urn:gloss:actor:ann-lee'],
    [['show', 'urn:gloss:article:harbour@0'], 'urn:gloss:article:harbour@0 names a passage, not an article: a passage has no URN: give harbour-talks@0'],
    [['read', '--at', 'urn:gloss:agreement:harbour-talks:c1'], 'urn:gloss:agreement:harbour-talks:c1 names a claim, not an agreement: its URN is urn:gloss:annotation:harbour-talks:c1'],
    [['show', 'urn:gloss:bogus:x'], 'unknown URN kind bogus: a gloss URN is urn:gloss:annotation:ARTICLE:LOCAL, urn:gloss:article:ID, urn:gloss:actor:ID or urn:gloss:agreement:ID'],
    [['cite', 'urn:gloss:claim:harbour-talks:c1'], 'unknown URN kind claim: a gloss URN is urn:gloss:annotation:ARTICLE:LOCAL, urn:gloss:article:ID, urn:gloss:actor:ID or urn:gloss:agreement:ID'],
  ];
  for (const [args, message] of refused) {
    const r = gloss(['--corpus', dir, ...args]);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr, `gloss: ${message}\n`, args.join(' '));
  }
  // Each kind's own URN still names it.
  assert.equal(gloss(['--corpus', dir, 'cite', 'urn:gloss:annotation:harbour:c1']).code, 0);
  for (const [urn, kind] of [['urn:gloss:article:harbour', 'article'], ['urn:gloss:actor:ann-lee', 'actor'], ['urn:gloss:agreement:harbour-accord', 'agreement']]) {
    const r = gloss(['--corpus', dir, 'show', urn!, '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { kind: string }).kind, kind);
  }
});

test('an id shared by an actor and an article: check warns, show asks which with the URNs, and an ambiguous prefix names each kind', () => {
  // Before: the actor stood for both (the article could not be shown by its id), check said nothing,
  // and "harbour" was ambiguous among "harbour-talks, harbour-accord, harbour-talks".
  const dir = join(scratch('gloss-shared-id-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const registry = join(dir, 'registry.yaml');
  writeFileSync(registry, readFileSync(registry, 'utf8').replace(/^agreements:/m, '  - {id: harbour-talks, name: Talks Org, type: organisation}\nagreements:'));
  const check = gloss(['--corpus', dir, 'check']);
  assert.equal(check.code, 0, check.stderr);
  assert.match(check.stderr, /harbour-talks\.yaml:2:5: warning: article id "harbour-talks" is also the id of the actor at .*registry\.yaml:\d+: gloss show asks which is meant\n/);
  const show = gloss(['--corpus', dir, 'show', 'harbour-talks']);
  assert.equal(show.code, 2);
  assert.equal(show.stderr, 'gloss: "harbour-talks" is the id of an actor and an article: say which, as urn:gloss:actor:harbour-talks or urn:gloss:article:harbour-talks\n');
  const article = gloss(['--corpus', dir, 'show', 'urn:gloss:article:harbour-talks']);
  assert.equal(article.code, 0, article.stderr);
  assert.match(article.stdout, /^article harbour-talks\n/);
  assert.match(gloss(['--corpus', dir, 'show', 'urn:gloss:actor:harbour-talks']).stdout, /^actor harbour-talks\n/);
  const prefix = gloss(['--corpus', dir, 'show', 'harbour']);
  assert.equal(prefix.stderr, 'gloss: id "harbour" is ambiguous: harbour-talks (actor), harbour-accord (agreement), harbour-talks (article)\n');
  assert.equal(gloss(['--corpus', dir, 'show', 'harbour-tlks']).stderr, 'gloss: no id "harbour-tlks"; did you mean harbour-talks?\n');
});

test('an article id used twice: the second file is named as left out, not "nothing left out"', () => {
  const dir = join(scratch('gloss-shared-id-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const articles = join(dir, 'articles');
  for (const ext of ['yaml', 'txt']) writeFileSync(join(articles, `ht2.${ext}`), readFileSync(join(articles, `harbour-talks.${ext}`)));
  const r = gloss(['--corpus', dir, 'list', '--format', 'tsv']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /ht2\.yaml:2:5: duplicate article id "harbour-talks": already used by .*harbour-talks\.yaml\n/);
  assert.match(r.stderr, /left out harbour-talks \(ht2\.yaml\);/);
  assert.match(r.stdout, /^harbour-talks\t/m, 'the first is still listed');
});
