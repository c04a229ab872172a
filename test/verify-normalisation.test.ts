// gloss verify of a quote that differs from the source only in Unicode normalisation ("é" as one
// character or as "e" and a combining accent): verbatim, for one quote, `verify -` and `verify --in`,
// each place on the source's own characters; and a quote that also differs in typography is near,
// with the normalisation named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, gloss, scratch, sliceCodePoints } from './helpers.js';
import { typographyOnly } from '../src/text/typography.js';
import { canonicalForm, canonicalOccurrences } from '../src/corpus/anchor.js';
import fc from 'fast-check';

interface Place { article: string; start: number; end: number; line: number; column: number; text: string; claims: { id: string }[] }
interface Rec { verdict: string; quote: string; claim: string | null; start: number | null; end: number | null; articleLine: number | null; articleColumn: number | null; difference: string | null }

const nfd = (s: string) => s.normalize('NFD');

// The fixture's text is NFD: "Montre\u0301al".
const NFD_CORPUS = fixture('hostile-nfd');
const NFD_TEXT = readFileSync(join(NFD_CORPUS, 'articles', 'doc.txt'), 'utf8');

/** A corpus whose one article is NFC, with accents on every side of a quote. */
function nfcCorpus(): { corpus: string; text: string } {
  const corpus = join(scratch('gloss-nfc-'), 'c');
  assert.equal(gloss(['init', corpus]).code, 0);
  const text = 'Caf\u00e9 owners and fishermen\n\nRen\u00e9e C\u00f4t\u00e9, who runs a caf\u00e9 on the wharf, called the deal \u201ca r\u00e9sum\u00e9 of old promises.\u201d\n';
  assert.equal(text, text.normalize('NFC'));
  const r = gloss(['--corpus', corpus, 'add', '-', '--id', 'cafe-owners', '--outlet', 'Example Gazette', '--date', '2024-05-15'], { input: text });
  assert.equal(r.code, 0, r.stderr);
  return { corpus, text };
}

test('an NFC quote of an NFD source is verbatim, its place on the source\'s own characters and claim', () => {
  const quote = 'met the mayor of Montr\u00e9al';
  const r = gloss(['--corpus', NFD_CORPUS, 'verify', quote, '--json']);
  assert.equal(r.code, 0, r.stdout);
  const v = JSON.parse(r.stdout) as { verbatim: boolean; quote: string; places: Place[] };
  assert.equal(v.verbatim, true);
  assert.equal(v.quote, quote);
  assert.equal(v.places.length, 1);
  const [p] = v.places;
  assert.deepEqual([p!.article, p!.line, p!.column, p!.claims.map((c) => c.id)], ['doc', 1, 9, ['doc:c1']]);
  assert.equal(p!.text, nfd(quote), 'the text as the source prints it');
  assert.equal(sliceCodePoints(NFD_TEXT, p!.start, p!.end), p!.text, 'offsets in code points of the source');
  assert.equal(p!.end - p!.start, [...nfd(quote)].length);

  const people = gloss(['--corpus', NFD_CORPUS, 'verify', quote]);
  assert.equal(people.code, 0);
  assert.equal(people.stdout, 'verbatim  doc  1:9  doc:c1 (Ann Lee, author)\n');
});

test('an NFD quote of an NFC source is verbatim: one quote, verify - and verify --in, in every place after the accents', () => {
  const { corpus, text } = nfcCorpus();
  const quote = nfd('a r\u00e9sum\u00e9 of old promises');
  assert.notEqual(quote, quote.normalize('NFC'));
  const one = gloss(['--corpus', corpus, 'verify', quote, '--json']);
  assert.equal(one.code, 0, one.stdout);
  const [p] = (JSON.parse(one.stdout) as { places: Place[] }).places;
  assert.equal(p!.text, quote.normalize('NFC'));
  assert.equal(sliceCodePoints(text, p!.start, p!.end), p!.text);
  // Line 3, after "Renée Côté, who runs a café on the wharf, called the deal “": columns count the source's code points.
  assert.deepEqual([p!.line, p!.column], [3, 1 + [...'Ren\u00e9e C\u00f4t\u00e9, who runs a caf\u00e9 on the wharf, called the deal \u201c'].length]);

  // Standard input, one a line: this and a quote of accents alone ("Renée Côté"), both verbatim.
  const lines = gloss(['--corpus', corpus, 'verify', '-', '--json'], { input: `${quote}\n${nfd('Ren\u00e9e C\u00f4t\u00e9')}\n` });
  assert.equal(lines.code, 0, lines.stdout);
  const recs = JSON.parse(lines.stdout) as Rec[];
  assert.deepEqual(recs.map((x) => [x.verdict, x.articleLine, x.articleColumn, x.difference]), [['verbatim', 3, p!.column, null], ['verbatim', 3, 1, null]]);
  assert.deepEqual([recs[0]!.start, recs[0]!.end], [p!.start, p!.end]);
  assert.equal(sliceCodePoints(text, recs[1]!.start!, recs[1]!.end!), 'Ren\u00e9e C\u00f4t\u00e9');

  // A draft, its closing full stop inside the marks as the source has it, and one without.
  const draft = join(corpus, '..', 'draft.md');
  writeFileSync(draft, nfd('C\u00f4t\u00e9 called it \u201ca r\u00e9sum\u00e9 of old promises.\u201d She runs \u201ca caf\u00e9 on the wharf,\u201d she said.\n'));
  const report = gloss(['--corpus', corpus, 'verify', '--in', draft]);
  assert.equal(report.code, 0, report.stdout);
  assert.match(report.stdout, /\n2 quotations: 2 verbatim, 0 near, 0 not found, 0 misattributed\n$/);
});

test('canonicalOccurrences: ranges of the text\'s own characters, never splitting a letter from its accents', () => {
  const at = (text: string, quote: string) => canonicalOccurrences(text, canonicalForm(quote)).map((r) => text.slice(r.from, r.to));
  assert.deepEqual(at('the Montre\u0301al office', 'Montr\u00e9al'), ['Montre\u0301al']);
  assert.deepEqual(at('the Montr\u00e9al office', nfd('Montr\u00e9al office')), ['Montr\u00e9al office']);
  assert.deepEqual(at('the Montre\u0301al office', 'Montre'), [], '"Montre" is not in "Montréal"');
  // "x" has no precomposed form with an acute: the mark stays in the NFC view, and a quote ending before it is not there.
  assert.deepEqual(at('Ren\u00e9e x\u0301', nfd('Ren\u00e9e x')), []);
  assert.deepEqual(at('Ren\u00e9e x\u0301', nfd('Ren\u00e9e x\u0301')), ['Ren\u00e9e x\u0301']);
  // Any text and quote of these pieces: each range found is the quote once both are NFC, on whole
  // characters; and every place the quote stands as typed on whole characters is found.
  const piece = fc.constantFrom('a', 'e', 'x', ' ', '\u0301', '\u0302', '\u0323', '\u00e9', '\u00ea', '\u1ec7');
  const str = (max: number) => fc.array(piece, { maxLength: max }).map((a) => a.join(''));
  const mark = /^\p{M}/u;
  const whole = (t: string, i: number) => i === 0 || i === t.length || !mark.test(t[i]!);
  fc.assert(
    fc.property(str(14), str(4), fc.boolean(), (text, quote, decompose) => {
      const typed = decompose ? nfd(quote) : quote.normalize('NFC');
      if (typed === '') return;
      const ranges = canonicalOccurrences(text, canonicalForm(typed));
      for (const r of ranges) {
        assert.equal(text.slice(r.from, r.to).normalize('NFC'), typed.normalize('NFC'));
        assert.ok(whole(text, r.from) && whole(text, r.to), JSON.stringify([text, typed, r]));
      }
      for (let i = text.indexOf(typed); i !== -1; i = text.indexOf(typed, i + 1)) {
        if (whole(text, i) && whole(text, i + typed.length)) assert.ok(ranges.some((r) => r.from === i && r.to === i + typed.length), JSON.stringify([text, typed, i]));
      }
    }),
    { numRuns: 3000 },
  );
});

test('a quote that differs in typography as well: near, and the difference names the normalisation', () => {
  const { corpus } = nfcCorpus();
  const quote = nfd('A r\u00e9sum\u00e9 of old promises');
  const r = gloss(['--corpus', corpus, 'verify', quote, '--json']);
  assert.equal(r.code, 1);
  const v = JSON.parse(r.stdout) as { verbatim: boolean; closest: { text: string; difference: string | null } };
  assert.equal(v.closest.text, 'a r\u00e9sum\u00e9 of old promises');
  assert.equal(v.closest.difference, 'case, Unicode normalisation');
  const people = gloss(['--corpus', corpus, 'verify', quote]);
  assert.match(people.stdout, /^not verbatim: only the typography differs \(case, Unicode normalisation\); closest: cafe-owners {2}3:/);

  assert.equal(typographyOnly(nfd('"Caf\u00e9"'), '\u201cCaf\u00e9\u201d'), 'curly vs straight quotes, Unicode normalisation');
  assert.equal(typographyOnly('"Caf\u00e9"', '\u201cCaf\u00e9\u201d'), 'curly vs straight quotes');
  assert.equal(typographyOnly(nfd('caf\u00e9'), nfd('cafe')), null);
});

test('a quote without the zero-width characters or CR of its source is verbatim to verify, as check anchors it', () => {
  // Before: check anchored "the accord was weak" where the text has "ac\u200bcord", but verify said
  // not verbatim and named another article as closest.
  const { corpus } = nfcCorpus();
  const text = 'Zero width\r\n\r\nCritics said the ac\u200bcord was weak,\r\nand said it \u2060twice.\r\n';
  const add = gloss(['--corpus', corpus, 'add', '-', '--id', 'zero-width', '--outlet', 'Example Gazette', '--date', '2024-05-16'], { input: text });
  assert.equal(add.code, 0, add.stderr);
  const one = gloss(['--corpus', corpus, 'verify', 'Critics said the accord was weak', '--json']);
  assert.equal(one.code, 0, one.stdout);
  const v = JSON.parse(one.stdout) as { verbatim: boolean; places: Place[] };
  assert.equal(v.places.length, 1);
  assert.equal(v.places[0]!.article, 'zero-width');
  // The place is the source's own characters, the zero-width space among them.
  assert.equal(v.places[0]!.text, 'Critics said the ac\u200bcord was weak');
  assert.equal(sliceCodePoints(text, v.places[0]!.start, v.places[0]!.end), v.places[0]!.text);
  // Past a word joiner, in the other forms of verify as well.
  const lines = gloss(['--corpus', corpus, 'verify', '-', '--format', 'json'], { input: 'the accord was weak,\nand said it twice\n' });
  assert.equal(lines.code, 0, lines.stdout);
  const recs = JSON.parse(lines.stdout) as Rec[];
  assert.deepEqual(recs.map((x) => x.verdict), ['verbatim', 'verbatim']);
  const draft = join(scratch('gloss-nfc-'), 'draft.md');
  writeFileSync(draft, 'The critics “said the accord was weak,” and “said it twice.”\n');
  const inDraft = gloss(['--corpus', corpus, 'verify', '--in', draft, '--format', 'json']);
  assert.equal(inDraft.code, 0, inDraft.stdout);
  assert.deepEqual((JSON.parse(inDraft.stdout) as Rec[]).map((x) => x.verdict), ['verbatim', 'verbatim']);
});
