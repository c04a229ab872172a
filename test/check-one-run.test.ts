// `gloss check` reports every problem in one run, named as a person would name them, with
// did-you-mean for ids; a broken article leaves the sound ones readable and searchable (exit 2, the
// problems once on stderr); filters take names and aliases; `add` makes up no date or outlet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { gloss, ROOT, scratch } from './helpers.js';

/** A copy of the shipped corpus with `faults` applied to its article files. */
function brokenCorpus(faults: Record<string, (yaml: string) => string>): string {
  const dir = scratch('gloss-broken-');
  cpSync(join(ROOT, 'corpus'), dir, { recursive: true });
  for (const [article, fault] of Object.entries(faults)) {
    const file = join(dir, 'articles', `${article}.yaml`);
    const before = readFileSync(file, 'utf8');
    const after = fault(before);
    assert.notEqual(after, before, `the fault applies to ${article}`);
    writeFileSync(file, after);
  }
  return dir;
}

const once = (s: string, what: string) => s.split(what).length === 2;

test('five mistakes in three files: one run of check reports them all', () => {
  const dir = brokenCorpus({
    'mackay-beijing-2013': (y) => `${y}\n  - {id: c99, quote: "unclosed\n`,
    'collins-cyber-deal-2016': (y) => y.replace(/type: opinion/, 'type: opinon').replace('the law of the jungle', 'the law of the jungel'),
    'et-cyber-deal-2017': (y) => y.replace('actor: daniel-jean', 'actor: daniel-fortie').replace(/source: government-of-canada/, 'source: government-of-canda'),
  });
  const r = gloss(['--corpus', dir, 'check']);
  assert.equal(r.code, 2);
  const lines = r.stderr.trimEnd().split('\n');
  const has = (re: RegExp, what: string) => assert.ok(lines.some((l) => re.test(l)), `${what}:\n${r.stderr}`);
  has(/mackay-beijing-2013\.yaml:\d+:\d+: /, 'the YAML syntax error');
  has(/collins-cyber-deal-2016\.yaml:\d+:\d+: claim c\d+: type: "opinon" is not one of .*; did you mean opinion\?$/, 'the schema error, named by claim');
  // The quote and the passage meant, each from a little before the slip (before: both "If there is a general feeling, ...").
  has(/collins-cyber-deal-2016\.yaml:\d+:\d+: quote "\.\.\. of the jungel, then .*" is not in the text; did you mean "\.\.\. of the jungle, then /, 'the mistyped quote in the same file as the schema error');
  has(/et-cyber-deal-2017\.yaml:\d+:\d+: unknown actor "daniel-fortie"; did you mean daniel-jean\?$/, 'the unknown actor, with a suggestion');
  has(/et-cyber-deal-2017\.yaml:\d+:\d+: unknown source "government-of-canda"; did you mean government-of-canada\b/, 'the unknown source');
  assert.ok(!lines.some((l) => /claims\.\d+\./.test(l)), 'no machine paths like claims.3.type');
});

test('a problem after a claim with a schema error is placed on its own line, not on the line of the claim before it', () => {
  let yaml = '';
  const dir = brokenCorpus({
    'collins-cyber-deal-2016': (y) => (yaml = y.replace(/type: opinion/, 'type: opinon').replace('the law of the jungle', 'the law of the jungel')),
  });
  const r = gloss(['--corpus', dir, 'check']);
  const typo = /collins-cyber-deal-2016\.yaml:(\d+):(\d+): quote "\.\.\. of the jungel/.exec(r.stderr);
  assert.ok(typo, r.stderr);
  // Where the mistyped quote is written in the file (before: the line of the quote one claim up).
  const expected = yaml.split('\n').findIndex((l) => l.includes('the law of the jungel')) + 1;
  assert.equal(Number(typo[1]), expected);
  assert.equal(yaml.split('\n')[expected - 1]!.indexOf('quote:') + 1 + 'quote: '.length, Number(typo[2]));
});

test('one broken article: the others are read, searched and listed; the problem once on stderr; exit 2', () => {
  const dir = brokenCorpus({ 'collins-cyber-deal-2016': (y) => y.replace('the law of the jungle', 'the law of the jungel') });
  const read = gloss(['--corpus', dir, 'read', 'mackay', '--no-pager']);
  assert.equal(read.code, 2);
  assert.match(read.stdout, /^MacKay presses Chinese minister/);
  assert.ok(once(read.stderr, 'is not in the text'), read.stderr);
  assert.match(read.stderr, /left out collins-cyber-deal-2016/);
  for (let run = 0; run < 2; run++) {
    // Twice: the second search reads the cached index, and still tells.
    const search = gloss(['--corpus', dir, 'search', 'trade', 'secrets', '--json']);
    assert.equal(search.code, 2);
    const hits = JSON.parse(search.stdout) as { article: string | null }[];
    assert.ok(hits.some((h) => h.article === 'et-cyber-deal-2017'));
    assert.ok(!hits.some((h) => h.article === 'collins-cyber-deal-2016'));
    assert.ok(once(search.stderr, 'left out collins-cyber-deal-2016'), search.stderr);
  }
  const claims = gloss(['--corpus', dir, 'claims', '--json']);
  assert.equal(claims.code, 2);
  const articles = new Set((JSON.parse(claims.stdout) as { article: string }[]).map((c) => c.article));
  assert.deepEqual([...articles].sort(), ['et-cyber-deal-2017', 'mackay-beijing-2013']);
  // The broken article itself is not there to read: the refusal comes with what was left out, and why.
  const left = gloss(['--corpus', dir, 'read', 'collins']);
  assert.equal(left.code, 2);
  assert.ok(once(left.stderr, 'left out collins-cyber-deal-2016'), left.stderr);
  assert.match(left.stderr, /is not in the text/);
  // export stands for the whole corpus: not written in part (README: Exit codes).
  const exported = gloss(['--corpus', dir, 'export', '--format', 'ndjson']);
  assert.equal(exported.code, 2);
  assert.equal(exported.stdout, '');
  assert.match(exported.stderr, /^gloss: cannot export a corpus with errors: .*collins-cyber-deal-2016\.yaml:\d+:\d+: quote .* is not in the text.*\n$/);
});

test('an article no article came of (an error in its file, as a title that is a list) is said to be left out, and read says why', () => {
  const dir = brokenCorpus({ 'collins-cyber-deal-2016': (y) => y.replace(/^title: .*$/m, 'title: [a]') });
  const list = gloss(['--corpus', dir, 'list', '--json']);
  assert.equal(list.code, 2);
  assert.deepEqual((JSON.parse(list.stdout) as { id: string }[]).map((a) => a.id).sort(), ['et-cyber-deal-2017', 'mackay-beijing-2013']);
  // Before: "nothing left out", and read said there was no such article.
  assert.ok(once(list.stderr, 'gloss: the corpus has 1 error; left out collins-cyber-deal-2016; gloss check lists every problem'), list.stderr);
  const read = gloss(['--corpus', dir, 'read', 'collins', '--no-pager']);
  assert.equal(read.code, 2);
  assert.match(read.stderr, /\ngloss: article "collins-cyber-deal-2016" is left out: its files have errors \(gloss check lists them\)\n$/);
  const check = gloss(['--corpus', dir, 'check']);
  assert.match(`${check.stdout}${check.stderr}`, /^3 articles, /m);
});

test('a prefix of an article left out for its errors and of one read is ambiguous, as in the corpus mended; one naming only the left-out article says so', () => {
  // Two articles, harbour-talks and harbour-tales (a copy with a type mistyped): "harbour-ta" is either.
  const dir = join(scratch('gloss-left-out-prefix-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const articles = join(dir, 'articles');
  cpSync(join(articles, 'harbour-talks.txt'), join(articles, 'harbour-tales.txt'));
  const yaml = readFileSync(join(articles, 'harbour-talks.yaml'), 'utf8');
  writeFileSync(join(articles, 'harbour-tales.yaml'), yaml.replace('id: harbour-talks', 'id: harbour-tales').replace('type: assessment', 'type: assesment'));
  const ambiguous = 'gloss: article "harbour-ta" is ambiguous: harbour-talks, harbour-tales\n';
  // Before: each took harbour-talks, the article left (exit 2 only for the corpus's errors).
  for (const args of [['cite', 'harbour-ta:c1'], ['read', 'harbour-ta'], ['claims', '--article', 'harbour-ta'], ['search', 'harbour', '--article', 'harbour-ta'], ['read', '--at', 'harbour-ta@0'], ['draft', 'harbour-ta']]) {
    const r = gloss(['--corpus', dir, ...args]);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    assert.ok(r.stderr.endsWith(ambiguous), `${args.join(' ')}: ${r.stderr}`);
  }
  const show = gloss(['--corpus', dir, 'show', 'harbour-ta']);
  assert.ok(show.stderr.endsWith('gloss: id "harbour-ta" is ambiguous: harbour-talks (article), harbour-tales (article)\n'), show.stderr);
  for (const args of [['show', 'harbour-tale'], ['cite', 'harbour-tale:c1']]) {
    const r = gloss(['--corpus', dir, ...args]);
    assert.equal(r.code, 2);
    assert.ok(r.stderr.endsWith('gloss: article "harbour-tales" is left out: its files have errors (gloss check lists them)\n'), r.stderr);
  }
  // The article read is still found by its own prefix.
  const read = gloss(['--corpus', dir, 'cite', 'harbour-talk:c1']);
  assert.match(read.stdout, /\[gloss harbour-talks:c1/);
});

test('--actor and --about take a registered name or alias; unknown ids get a suggestion', () => {
  const byAlias = JSON.parse(gloss(['claims', '--actor', 'MacKay', '--json']).stdout) as { source: string; reportedBy: string | null }[];
  assert.ok(byAlias.length > 0 && byAlias.every((c) => c.source === 'peter-mackay' || c.reportedBy === 'peter-mackay'));
  assert.deepEqual(gloss(['claims', '--actor', 'Peter MacKay', '--json']).stdout, gloss(['claims', '--actor', 'peter-mackay', '--json']).stdout);
  const about = gloss(['claims', '--about', 'Xi Jinping', '--json']);
  assert.equal(about.code, 0, about.stderr);
  const search = gloss(['search', 'hackers', '--actor', 'MacKay', '--json']);
  assert.equal(search.code, 0, search.stderr);
  const wrong = gloss(['actor', 'daniel-fortie']);
  assert.equal(wrong.code, 2);
  assert.equal(wrong.stderr, 'gloss: no actor "daniel-fortie"; did you mean daniel-jean?\n');
  assert.match(gloss(['cite', 'mackay:c2x']).stderr, /did you mean .*mackay-beijing-2013:c2\b/);
  assert.match(gloss(['agreement', 'canada-china-cyber-agreemnt']).stderr, /did you mean canada-china-cyber-agreement\?/);
});

test('add leaves date and outlet unset: check warns, cite says they are missing', () => {
  const dir = scratch('gloss-add-');
  assert.equal(gloss(['init', dir]).code, 0);
  const story = join(dir, 'story.txt');
  writeFileSync(story, 'Harbour talks resume\n\nThe talks resumed on Monday.\n');
  const r = gloss(['--corpus', dir, 'add', story]);
  assert.equal(r.code, 0, r.stderr);
  const yaml = readFileSync(join(dir, 'articles', 'harbour-talks-resume.yaml'), 'utf8');
  assert.match(yaml, /^outlet: null$/m);
  assert.match(yaml, /^date: null$/m);
  assert.doesNotMatch(yaml, /unknown|inferred|\d{4}-\d\d-\d\d/);
  const check = gloss(['--corpus', dir, 'check']);
  assert.equal(check.code, 0, check.stderr);
  // At the line and column of the value to fill in (before: the file alone).
  assert.match(check.stderr, /harbour-talks-resume\.yaml:4:9: warning: outlet is not set/);
  assert.match(check.stderr, /harbour-talks-resume\.yaml:6:7: warning: date is not set/);
  appendFileSync(join(dir, 'articles', 'harbour-talks-resume.yaml'), '');
});
