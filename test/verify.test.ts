// gloss verify over the shipped corpus: verbatim quotes, misquotes (typography, typos, paraphrase),
// the word-level marks plain and in colour, JSON, exit codes; and the pieces it is built from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gloss, scratch } from './helpers.js';
import { changedWords, diffWords } from '../src/search/diff.js';
import { typographyOnly } from '../src/text/typography.js';
import { keyOf, StretchFinder } from '../src/search/closest.js';
import { fold } from '../src/text/fold.js';
import fc from 'fast-check';

interface Verdict {
  verbatim: boolean;
  places?: { article: string; line: number; column: number; text: string; claims: { id: string; source: string }[] }[];
  closest?: { article: string; line: number; column: number; text: string; difference: string | null; diff: { op: string; text: string }[] } | null;
}
const verify = (quote: string) => {
  const r = gloss(['verify', quote, '--json']);
  return { code: r.code, v: JSON.parse(r.stdout) as Verdict };
};

test('a verbatim quote exits 0 with where it stands and who says it', () => {
  const r = gloss(['verify', 'a material downtick in what can be considered cyberespionage']);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, 'verbatim  collins-cyber-deal-2016  22:61  collins-cyber-deal-2016:c18 (a U.S. private-sector cybersecurity expert, indirect)\n');
  const { code, v } = verify('the law of the jungle');
  assert.equal(code, 0);
  assert.equal(v.verbatim, true);
  assert.deepEqual(v.places!.map((p) => [p.article, p.line, p.text, p.claims.map((c) => c.source)]), [['collins-cyber-deal-2016', 24, 'the law of the jungle', ['Michael Walma']]]);
});

test('a quote found twice lists both places', () => {
  const { code, v } = verify('the U.S.-China accord');
  assert.equal(code, 0);
  assert.deepEqual(v.places!.map((p) => `${p.line}:${p.column}`), ['22:129', '30:27']);
});

test('straight quotes where the source prints curly ones: not verbatim, and it says only the typography differs', () => {
  const r = gloss(['verify', "It's like terrorism. It's like domestic criminal activity"]);
  assert.equal(r.code, 1);
  assert.equal(
    r.stdout,
    'not verbatim: only the typography differs (curly vs straight quotes); closest: mackay-beijing-2013  31:2  mackay-beijing-2013:c21 (Peter MacKay, direct)\n' +
      "  [-It's-] {+It’s+} like terrorism. [-It's-] {+It’s+} like domestic criminal activity\n" +
      '  [-…-]: as you typed it; {+…+}: as the source prints it\n',
  );
  const { v } = verify('it’s like  terrorism');
  assert.equal(v.closest!.difference, 'spacing, case');
});

test('a typo: the closest words, the mistyped one marked', () => {
  const { code, v } = verify('a materal downtick');
  assert.equal(code, 1);
  assert.equal(v.closest!.text, 'a material downtick');
  assert.equal(v.closest!.difference, null);
  assert.deepEqual(v.closest!.diff, [
    { op: 'same', text: 'a' },
    { op: 'removed', text: 'materal' },
    { op: 'added', text: 'material' },
    { op: 'same', text: 'downtick' },
  ]);
});

test('a paraphrase: the stretch of the source it paraphrases, with the words added and left out', () => {
  const r = gloss(['verify', 'the law of the jungle is very destabilizing']);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^not verbatim; closest: collins-cyber-deal-2016 {2}24:\d+ {2}collins-cyber-deal-2016:c22 \(Michael Walma, direct\)\n/);
  assert.match(r.stdout, /\n {2}the law of the \[-jungle-\] \{\+jungle, then that\+\} is \{\+a\+\} very destabilizing\n/);
  const { v } = verify('Mr. Walma quipped loudly');
  assert.equal(v.closest!.text, 'Mr. Walma quipped');
  assert.deepEqual(v.closest!.diff.filter((p) => p.op !== 'same'), [{ op: 'removed', text: 'loudly' }]);
});

test('on a colour terminal the differences are struck out and underlined, without the text marks', () => {
  const r = gloss(['verify', 'a materal downtick', '--color', 'always']);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /\x1b\[9m[^\n]*materal/);
  assert.match(r.stdout, /\x1b\[4m[^\n]*material/);
  assert.doesNotMatch(r.stdout, /\[-|\{\+/);
});

test('nothing close: exit 1, one line on stderr; JSON says closest null', () => {
  const r = gloss(['verify', 'purple elephants dance']);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, 'gloss: not in the corpus, and nothing close to it\n');
  const { code, v } = verify('purple elephants dance');
  assert.equal(code, 1);
  assert.deepEqual(v, { verbatim: false, quote: 'purple elephants dance', closest: null });
});

test('an empty quote or a bad format exits 2 with one line', () => {
  for (const args of [['verify', '  '], ['verify', 'x', '--format', 'xml']]) {
    const r = gloss(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
});

test('diffWords: removed is what was typed, added what the source prints; same words run together', () => {
  assert.deepEqual(diffWords('a b c d', 'a x c d e'), [
    { op: 'same', text: 'a' },
    { op: 'removed', text: 'b' },
    { op: 'added', text: 'x' },
    { op: 'same', text: 'c d' },
    { op: 'added', text: 'e' },
  ]);
  assert.equal(changedWords(diffWords('a b c d', 'a x c d e')), 3);
});

test('typographyOnly names what differs, and nothing when a word differs', () => {
  assert.equal(typographyOnly('"Cyber" deal - 2016', '“Cyber” deal – 2016'), 'curly vs straight quotes, dashes');
  assert.equal(typographyOnly('Cyber  Deal', 'cyber deal'), 'spacing, case');
  assert.equal(typographyOnly('cyber deal', 'cyber\u00a0deal'), 'spacing');
  assert.equal(typographyOnly('cyber deal', 'cyber deals'), null);
});

test('a word\'s key is its folded letters and digits, by the quick path for ASCII as by the general one', () => {
  const general = (t: string) => fold(t).replace(/[^\p{L}\p{N}]/gu, '');
  for (const t of ['jungle,', 'U.S.', "don't", '\u201cthe', 'Caf\u00e9', '\u0130stanbul', '\u03a3\u039f\u03a3', '42%', '--']) assert.equal(keyOf(t), general(t), t);
  const unit = fc.constantFrom('a', 'Z', '0', '.', "'", '-', '\u00e9', '\u0130', '\u03a3', '\u2019', '\ud83d\ude00', '\u00bd');
  fc.assert(fc.property(fc.array(unit, { minLength: 1, maxLength: 12 }).map((a) => a.join('')), (t) => keyOf(t) === general(t)), { numRuns: 3000 });
});

test('the closest stretch: the window with most words in order, trimmed to its first and last common word', () => {
  const closestStretch = (articles: { id: string; text: string }[], quote: string) => {
    const finder = new StretchFinder(quote);
    for (const a of articles) finder.add(a);
    const best = finder.best();
    return best && { article: best.article.id, from: best.from, to: best.to, common: best.common };
  };
  const articles = [
    { id: 'a', text: 'Nothing here.\nThe minister said the deal was a good deal for both countries, she said.' },
    { id: 'b', text: 'A deal, the minister said.' },
  ];
  const s = closestStretch(articles, 'the deal was good for both');
  assert.ok(s);
  assert.equal(s.article, 'a');
  assert.equal(articles[0]!.text.slice(s.from, s.to), 'the deal was a good deal for both');
  assert.equal(s.common, 6);
  assert.equal(closestStretch(articles, 'unrelated words entirely'), null);
});

test('blanks typed around a quote are part of it (" the " finds the word), and the verdict says they are all that differs', () => {
  const r = gloss(['verify', ' a material downtick ']);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^not verbatim: only the typography differs \(blanks around the quote\); closest: collins-cyber-deal-2016 {2}22:61/);
  const json = JSON.parse(gloss(['verify', ' a material downtick', '--json']).stdout);
  assert.equal(json.verbatim, false);
  assert.equal(json.closest.difference, 'blanks around the quote');
  assert.equal(gloss(['verify', 'a material downtick']).code, 0);
});


test('verify fits its lines to the terminal (here COLUMNS=60), a long one going on under itself; piped with no COLUMNS, one line each for grep', () => {
  const narrow = (args: string[], input?: string) => gloss(args, { env: { COLUMNS: '60' }, input });
  for (const r of [narrow(['verify', 'a material downtick']), narrow(['verify', 'a materail downtick']), narrow(['verify', '-'], 'a material downtick\nthe law of the jungel\n')]) {
    assert.ok(r.stdout.length > 0, r.stderr);
    for (const line of r.stdout.split('\n')) assert.ok(line.length <= 60, `${line.length}: ${line}`);
  }
  const piped = gloss(['verify', 'a material downtick']);
  assert.equal(piped.stdout.trimEnd().split('\n').length, 1);
  assert.ok(piped.stdout.length > 60);
});

test('a misquote near a place inside a run of letters with no space (a text of no words): the closest passage is the near match, not the whole run', (t) => {
  const dir = scratch('gloss-verify-run-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, 'c');
  assert.equal(gloss(['init', corpus]).code, 0);
  const file = join(dir, 'run.txt');
  writeFileSync(file, `${'x'.repeat(200_000)}abcdefghij${'y'.repeat(50_000)}\n`);
  const add = gloss(['--corpus', corpus, 'add', file, '--id', 'run', '--date', '2024-01-01']);
  assert.equal(add.code, 0, add.stderr);
  const r = gloss(['--corpus', corpus, 'verify', 'abcdefghiz', '--json']);
  assert.equal(r.code, 1, r.stderr);
  const closest = (JSON.parse(r.stdout) as { closest: { article: string; text: string; start: number } }).closest;
  assert.equal(closest.article, 'run');
  // Before, widened to the whole "word": 250,010 characters of closest passage (and of terminal output).
  assert.ok(closest.text.length <= 'abcdefghiz'.length + 2 * 64, `${closest.text.length} characters`);
  assert.ok(closest.text.startsWith('abcdefghi'), closest.text.slice(0, 40));
  assert.equal(closest.start, 200_000);
  const shown = gloss(['--corpus', corpus, 'verify', 'abcdefghiz']);
  assert.ok(shown.stdout.length < 1000, `${shown.stdout.length} characters printed`);
});

test('verify -: a line quoted whole is checked without its marks, as --in reads them; a near miss is followed by the diff\'s legend', () => {
  const r = gloss(['verify', '-'], { input: '\u201cthe law of the jungle\u201d\n"a material downtick"\nthe law of the jungel\n' });
  assert.equal(r.code, 1);
  const lines = r.stdout.trimEnd().split('\n');
  // Before: the first two were near misses ([-“the-] {+the+} …), and no line said what [- -] and {+ +} mean.
  assert.match(lines[0]!, /^-:1 +verbatim +\u201cthe law of the jungle\u201d/);
  assert.match(lines[1]!, /^-:2 +verbatim +\u201ca material downtick\u201d/);
  assert.match(lines[2]!, /^-:3 +near +/);
  assert.equal(lines[3], '[-…-]: as you typed it; {+…+}: as the source prints it');
});
