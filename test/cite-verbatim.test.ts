// Citations quote only what the source said or wrote word for word; inner quotation marks nest as
// single ones; `quotes` lists direct quotations only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gloss, scratch } from './helpers.js';
import { nestQuotes } from '../src/text/nest-quotes.js';

test('a paraphrase is not put in quotation marks under the source’s name, in any style', () => {
  const md = gloss(['cite', 'mackay:c2', '--style', 'markdown']).stdout;
  assert.doesNotMatch(md, /^>/m, 'no block quotation');
  assert.doesNotMatch(md, /“he laid down/);
  assert.match(md, /paraphrased: he laid down clear “markers” Monday/);
  const plain = gloss(['cite', 'mackay:c17']).stdout;
  assert.match(plain, /\(“noted”, reported second-hand\): his country has also been the victim of hackers —/);
  assert.match(gloss(['cite', 'mackay:c17', '--style', 'bibtex']).stdout, /: his country has also been the victim of hackers\./);
  const json = JSON.parse(gloss(['cite', 'mackay:c2', '--json']).stdout) as { verbatim: boolean };
  assert.equal(json.verbatim, false);
});

test('the source’s own words are quoted, with the quotation marks inside them made single', () => {
  const direct = gloss(['cite', 'mackay:c4']).stdout;
  assert.match(direct, /: “I did lay down markers with my defence counterpart/);
  const md = gloss(['cite', 'collins:c39', '--style', 'markdown']).stdout;
  assert.match(md, /^> “What ‘deterrents’ might the Canadian government have in its ‘toolbox’ versus the Chicoms\?”$/m);
  assert.doesNotMatch(md, /““|””/);
  assert.equal((JSON.parse(gloss(['cite', 'mackay:c4', '--json']).stdout) as { verbatim: boolean }).verbatim, true);
  // Profiles follow the same rule.
  const profile = gloss(['actor', 'peter-mackay'], { env: { COLUMNS: '200' } }).stdout;
  assert.match(profile, /mackay:c2 +Peter MacKay, indirect assertion: he laid down/);
  assert.match(profile, /mackay:c4 +Peter MacKay, direct assertion: “I did lay down/);
});

test('nestQuotes: curly and straight double marks become single ones, apostrophes stay', () => {
  assert.equal(nestQuotes('the “candid” talks'), 'the ‘candid’ talks');
  assert.equal(nestQuotes('he said "no" and "yes"'), 'he said ‘no’ and ‘yes’');
  assert.equal(nestQuotes('it’s Trudeau’s'), 'it’s Trudeau’s');
  // A straight mark is nested only as one of a pair around words: an inch mark stays as it is.
  assert.equal(nestQuotes('A 12" record and 5\' 11" tall'), 'A 12" record and 5\' 11" tall');
  assert.equal(nestQuotes('"Go" and a 12" pipe, said "Lee".'), '‘Go’ and a 12" pipe, said ‘Lee’.');
  assert.equal(nestQuotes('a 12" and (“14"”)'), 'a 12" and (‘14"’)');
  assert.equal(nestQuotes('(-"x") "y'), '(-‘x’) "y');
});

test('cite leaves a straight inch mark in a title or a quotation as it is, in every style (it curled them as if quotation marks)', (t) => {
  const dir = scratch('gloss-cite-inch-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, 'c');
  assert.equal(gloss(['init', corpus]).code, 0);
  const quote = 'The 12" pipes and "new" valves.';
  const text = join(corpus, 'articles', 'harbour-talks.txt');
  writeFileSync(text, `${readFileSync(text, 'utf8').trimEnd()}\n\nLee said: “${quote}”\n`);
  const file = join(corpus, 'articles', 'harbour-talks.yaml');
  const sha256 = createHash('sha256').update(readFileSync(text)).digest('hex');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace(/sha256: \w+/, `sha256: ${sha256}`)
      .replace(/^title: .*$/m, `title: ${JSON.stringify('A 12" record and 5\' 11" tall')}`)
      .replace('claims:\n', `claims:\n  - {id: c9, quote: ${JSON.stringify(quote)}, source: ann-lee, cue: said, attribution: direct, type: assertion, about: []}\n`),
  );
  const check = gloss(['--corpus', corpus, 'check']);
  assert.equal(check.code, 0, check.stderr);
  const cite = (style: string) => gloss(['--corpus', corpus, 'cite', 'harbour-talks:c9', '--style', style]).stdout;
  // Before: “A 12‘ record and 5' 11’ tall” and “The 12‘ pipes and ’new‘ valves.’”.
  assert.match(cite('plain'), /: “The 12" pipes and ‘new’ valves\.” — “A 12" record and 5' 11" tall”, /);
  assert.match(cite('markdown'), /^> “The 12" pipes and ‘new’ valves\.”$/m);
  assert.match(cite('bibtex'), /“The 12" pipes and ‘new’ valves\.” Inferred/);
});

test('quotes lists the direct quotations, and only them', () => {
  const quotes = JSON.parse(gloss(['quotes', '--json']).stdout) as { id: string; attribution: string }[];
  const direct = JSON.parse(gloss(['claims', '--attribution', 'direct', '--json']).stdout) as { id: string }[];
  assert.ok(quotes.length > 10);
  assert.deepEqual(quotes.map((q) => q.id), direct.map((d) => d.id));
  assert.ok(quotes.every((q) => q.attribution === 'direct'));
});
