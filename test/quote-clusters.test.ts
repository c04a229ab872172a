// A quote stands only on whole characters as a reader sees them: "mayor of Montre" is not verbatim in
// a source printing "Montréal" with a combining accent (NFD), though its UTF-16 units are there; nor is
// a quote that starts with the accent, or half an emoji sequence. verify (one quote, --json, standard
// input, a draft) and check judge it alike; a quote ending between two characters is found as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, gloss, scratch } from './helpers.js';

// The fixture's text is NFD: "Ann Lee met the mayor of Montre\u0301al. ..."
const NFD = fixture('hostile-nfd');

test('verify: a quote cut before a combining accent is not verbatim; its closest passage is the whole character', () => {
  const r = gloss(['--corpus', NFD, 'verify', 'mayor of Montre']);
  assert.equal(r.code, 1, r.stdout);
  assert.match(r.stdout, /^not verbatim; closest: doc {2}1:17 /);
  assert.match(r.stdout, /mayor of \[-Montre-\] \{\+Montre\u0301\+\}/);

  const json = gloss(['--corpus', NFD, 'verify', 'mayor of Montre', '--json']);
  assert.equal(json.code, 1);
  const v = JSON.parse(json.stdout) as { verbatim: boolean; closest: { text: string; start: number; end: number } };
  assert.equal(v.verbatim, false);
  assert.equal(v.closest.text, 'mayor of Montre\u0301');
  assert.deepEqual([v.closest.start, v.closest.end], [16, 32]);
});

test('verify: a quote starting with a combining mark, or holding half an emoji sequence, is not verbatim', () => {
  const corpus = join(scratch('gloss-clusters-'), 'c');
  assert.equal(gloss(['init', corpus]).code, 0);
  const text = 'The crew \u{1F469}\u200D\u{1F52C} waved a \u{1F1E8}\u{1F1E6} flag and a \u{1F44D}\u{1F3FD} sign at Montre\u0301al.\n';
  const add = gloss(['--corpus', corpus, 'add', '-', '--id', 'crew', '--outlet', 'Example Gazette', '--date', '2024-05-15'], { input: text });
  assert.equal(add.code, 0, add.stderr);
  for (const quote of ['\u0301al', 'crew \u{1F469}', '\u{1F52C} waved', 'a \u{1F1E8}', '\u{1F1E6} flag', 'a \u{1F44D}']) {
    const r = gloss(['--corpus', corpus, 'verify', quote, '--json']);
    assert.equal(r.code, 1, `${JSON.stringify(quote)}: ${r.stdout}`);
    assert.equal((JSON.parse(r.stdout) as { verbatim: boolean }).verbatim, false, JSON.stringify(quote));
  }
  // Whole characters, however they are made, are found as before.
  for (const quote of ['crew \u{1F469}\u200D\u{1F52C} waved', 'a \u{1F1E8}\u{1F1E6} flag', 'a \u{1F44D}\u{1F3FD} sign', 'at Montre\u0301al', 'Montre\u0301']) {
    const r = gloss(['--corpus', corpus, 'verify', quote]);
    assert.equal(r.code, 0, `${JSON.stringify(quote)}: ${r.stdout}`);
    assert.match(r.stdout, /^verbatim {2}crew {2}1:/);
  }
});

test('verify - and verify --in: a quotation cut inside a character is near, not verbatim', () => {
  const lines = gloss(['--corpus', NFD, 'verify', '-', '--json'], { input: 'mayor of Montre\nthe mayor of Montre\u0301al\n' });
  assert.equal(lines.code, 1, lines.stdout);
  const recs = JSON.parse(lines.stdout) as { verdict: string; diff: string | null }[];
  assert.deepEqual(recs.map((x) => x.verdict), ['near', 'verbatim']);
  assert.equal(recs[0]!.diff, 'mayor of [-Montre-] {+Montre\u0301+}');

  const draft = join(scratch('gloss-clusters-draft-'), 'draft.md');
  writeFileSync(draft, 'Lee said she "met the mayor of Montre" that day.\n');
  const report = gloss(['--corpus', NFD, 'verify', '--in', draft]);
  assert.equal(report.code, 1, report.stdout);
  assert.match(report.stdout, /\n1 quotations?: 0 verbatim, 1 near, 0 not found, 0 misattributed\n$/);
});

test('check: a claim whose quote stops inside a character is an error naming the character and the word meant', () => {
  const corpus = join(scratch('gloss-clusters-check-'), 'c');
  cpSync(NFD, corpus, { recursive: true });
  const yaml = join(corpus, 'articles', 'doc.yaml');
  const claim = (quote: string) => `  - id: c3\n    quote: "${quote}"\n    source: ann-lee\n    attribution: author\n    type: report\n`;
  const original = readFileSync(yaml, 'utf8');

  writeFileSync(yaml, original + claim('the mayor of Montre'));
  const cut = gloss(['--corpus', corpus, 'check']);
  assert.equal(cut.code, 2, cut.stderr);
  assert.match(cut.stderr, /doc\.yaml:\d+:\d+: quote "the mayor of Montre" is not in the text: it ends inside the character "e\u0301" \(line 1\); did you mean "the mayor of Montre\u0301al"\?/);
  assert.match(cut.stderr, /: 1 error, 0 warnings\n?$/);

  writeFileSync(yaml, original + claim('\\u0301al. Lee'));
  const starts = gloss(['--corpus', corpus, 'check']);
  assert.equal(starts.code, 2);
  assert.match(starts.stderr, /it starts inside the character "e\u0301" \(line 1\); did you mean "Montre\u0301al\. Lee"\?/);

  // Ending after the accent, the same words anchor.
  writeFileSync(yaml, original + claim('the mayor of Montre\\u0301'));
  const whole = gloss(['--corpus', corpus, 'check']);
  assert.equal(whole.code, 0, whole.stderr);
});
