// gloss verify --in: every quotation of a draft report checked, with the draft's line numbers —
// verbatim, altered (near), invented (not found), misattributed — in every format, and the exit
// codes; and the finder of a draft's quotations and their speakers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { spawnSync } from 'node:child_process';
import { BIN, fixture, gloss, scratch } from './helpers.js';
import { draftQuotations } from '../src/text/draft-quotations.js';
import { unnestedQuotes } from '../src/query/quote-check.js';

const DRAFT = `${fixture('drafts')}/report.md`;

interface Rec { line: number; column: number; verdict: string; quote: string; attributedTo: string | null; speaker: string | null; claim: string | null; article: string | null; articleLine: number | null; diff: string | null }

test('a draft with verbatim, altered, invented and misattributed quotations: each reported at its line and column', () => {
  const r = gloss(['verify', '--in', DRAFT, '--json']);
  assert.equal(r.code, 1, r.stderr);
  const recs = JSON.parse(r.stdout) as Rec[];
  assert.deepEqual(
    recs.map((x) => [x.line, x.column, x.verdict, x.attributedTo, x.claim]),
    [
      [3, 35, 'verbatim', 'Walma', 'collins-cyber-deal-2016:c22'],
      [7, 16, 'near', null, 'collins-cyber-deal-2016:c18'],
      [9, 27, 'not found', 'MacKay', null],
      [11, 38, 'misattributed', 'MacKay', 'collins-cyber-deal-2016:c22'],
      [13, 3, 'verbatim', 'Peter MacKay', 'mackay-beijing-2013:c4'],
    ],
  );
  const text = readFileSync(DRAFT, 'utf8').split('\n');
  // The line and column point at the quotation's first character in the draft.
  for (const x of recs) assert.equal([...text[x.line - 1]!].slice(x.column - 1).join('').slice(0, 8), x.quote.slice(0, 8), `${x.line}:${x.column}`);
  assert.equal(recs[1]!.diff, 'a [-materal-] {+material+} downtick in what can be considered cyberespionage');
  assert.equal(recs[3]!.speaker, 'Michael Walma');
  assert.equal(recs[0]!.articleLine, 24);
});

test('the table for people: the draft\'s file:line:col, the verdict, where the words stand and who says them', () => {
  const r = gloss(['verify', '--in', DRAFT]);
  assert.equal(r.code, 1);
  const lines = r.stdout.split('\n');
  assert.match(lines[0]!, /report\.md:3:35 +verbatim +“If there is a general feeling/);
  assert.match(lines[1]!, /collins-cyber-deal-2016 {2}24:2 {2}collins-cyber-deal-2016:c22 \(Michael Walma, direct\)/);
  assert.ok(lines.some((l) => /report\.md:7:16 +near +“a materal downtick/.test(l)));
  assert.ok(lines.some((l) => l.includes('a [-materal-] {+material+} downtick')));
  assert.ok(lines.some((l) => /report\.md:9:27 +not found/.test(l)));
  assert.ok(lines.some((l) => /report\.md:11:38 +misattributed/.test(l)));
  assert.ok(lines.some((l) => l.includes('the draft says MacKay; the corpus: collins-cyber-deal-2016')));
  assert.match(r.stdout, /5 quotations: 2 verbatim, 1 near, 1 not found, 1 misattributed\n$/);
  assert.doesNotMatch(r.stdout, /code sample|a deal/);
});

test('csv, tsv and ndjson carry the same records; --all adds the short quotation', () => {
  const csv = parse(gloss(['verify', '--in', DRAFT, '--format', 'csv']).stdout, { columns: true }) as Record<string, string>[];
  assert.deepEqual(csv.map((x) => x.verdict), ['verbatim', 'near', 'not found', 'misattributed', 'verbatim']);
  const tsv = gloss(['verify', '--in', DRAFT, '--format', 'tsv', '--no-header', '--fields', 'line,verdict']).stdout;
  assert.equal(tsv, '3\tverbatim\n7\tnear\n9\tnot found\n11\tmisattributed\n13\tverbatim\n');
  const nd = gloss(['verify', '--in', DRAFT, '--format', 'ndjson']).stdout.trim().split('\n').map((l) => JSON.parse(l) as Rec);
  assert.equal(nd.length, 5);
  const all = JSON.parse(gloss(['verify', '--in', DRAFT, '--json', '--all']).stdout) as Rec[];
  assert.ok(all.some((x) => x.quote === 'a deal' && x.line === 16));
});

test('exit 0 only when every quotation is verbatim and rightly attributed; the draft may come on standard input', () => {
  const ok = gloss(['verify', '--in', '-'], { input: 'Walma warned of “the law of the jungle” online.\n' });
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /^-:1:18 +verbatim/);
  const wrong = gloss(['verify', '--in', '-'], { input: 'Collins wrote that “the law of the jungle” had come.\n' });
  assert.equal(wrong.code, 1);
  assert.match(wrong.stdout, /misattributed/);
  const none = gloss(['verify', '--in', '-'], { input: 'No quotations here.\n' });
  assert.equal(none.code, 1);
  assert.equal(none.stderr, 'gloss: no quotations to check in standard input (quotations of fewer than three words are skipped unless --all)\n');
  const missing = gloss(['verify', '--in', 'no-such-draft.md']);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, 'gloss: no-such-draft.md: no such file\n');
});

test('--in a pipe (<(cmd)) is read as a draft; --in a device that never ends is refused at the size limit', () => {
  // A converter's output handed over by the shell's process substitution.
  const piped = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" verify --in <(printf 'Walma warned of \u201cthe law of the jungle\u201d online.\n')`], { encoding: 'utf8' });
  assert.equal(piped.status, 0, piped.stderr);
  assert.match(piped.stdout, /^\/dev\/fd\/\d+:1:18 +verbatim/);
  // /dev/zero: before, read until memory ran out (23 GB in seconds).
  const zero = spawnSync(process.execPath, [BIN, 'verify', '--in', '/dev/zero'], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(zero.status, 2);
  assert.equal(zero.stderr, 'gloss: /dev/zero: 16777217 bytes is over the 16 MiB limit for a draft\n');
  const folder = gloss(['verify', '--in', fixture('drafts')]);
  assert.equal(folder.code, 2);
  assert.match(folder.stderr, /^gloss: .*drafts: is a directory, not a file\n$/);
});

test('a draft of one long paragraph (3,000 lines, 6,000 quotations, no blank line): each quotation at its line and column, with its speaker', (t) => {
  // Each quotation's line, column and paragraph were looked for from the draft's start, and its speaker in
  // the whole paragraph: 2,000 such lines took 22 s, 20,000 lines hours. Now one pass (draft-quotations.ts);
  // its speed is measured by hand (the commit says how), not timed here: a test holds what is right.
  const dir = scratch('gloss-verify-long-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const draft = join(dir, 'long.md');
  const lines = Array.from({ length: 3000 }, (_, i) => `Walma said \u201cthe law of the jungle\u201d on day ${i}, and \u201cit is a material downtick\u201d too.`);
  writeFileSync(draft, `${lines.join('\n')}\n`);
  const r = spawnSync(process.execPath, [BIN, 'verify', '--in', draft, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  // 1: "it is a material downtick" is not verbatim (the article has "a material downtick").
  assert.equal(r.status, 1, r.stderr);
  const recs = JSON.parse(r.stdout) as Rec[];
  assert.equal(recs.length, 6000);
  assert.deepEqual(recs.slice(-2).map((x) => [x.line, x.column, x.quote, x.attributedTo]), [
    [3000, 13, 'the law of the jungle', 'Walma'],
    [3000, 54, 'it is a material downtick', 'Walma'],
  ]);
});

test('quotations of a draft: curly and straight marks, block quotes with a byline, speakers before and after', () => {
  const q = draftQuotations('A “one two three,” said Walma. "four five six" he said.\n\nMacKay told reporters: “seven eight nine”.\n\n> ten eleven\n> twelve\n> -- Chang Wanquan\n\n“unclosed\n\nnext “x y z” according to Collins.');
  assert.deepEqual(q.map((x) => [x.quote, x.line, x.column, x.attributedTo]), [
    ['one two three,', 1, 4, 'Walma'],
    ['four five six', 1, 33, null],
    ['seven eight nine', 3, 25, 'MacKay'],
    ['ten eleven twelve', 5, 3, 'Chang Wanquan'],
    ['x y z', 11, 7, 'Collins'],
  ]);
});

test('the speaker a draft names: after "According to" opening a sentence, a title ("Mr.", "Dr."), a description ending in a position, an initial', () => {
  const said = (s: string) => draftQuotations(s).map((q) => q.attributedTo);
  assert.deepEqual(said('According to Hagel, “the law of the jungle” rules.'), ['Hagel']);
  assert.deepEqual(said('“the law of the jungle” is back, said Mr. Walma.'), ['Walma']);
  assert.deepEqual(said('Dr. Lee said: “the law of the jungle”.'), ['Lee']);
  assert.deepEqual(said('“the law of the jungle” is back, said Global Affairs official Michael Walma.'), ['Michael Walma']);
  assert.deepEqual(said('“the law of the jungle,” said foreign minister Stéphane Dion.'), ['Stéphane Dion']);
  assert.deepEqual(said('“the law of the jungle,” said Foreign Minister Stéphane Dion.'), ['Stéphane Dion']);
  assert.deepEqual(said('“the law of the jungle,” said Michael J. Walma on Monday.'), ['Michael J. Walma']);
  // A place after "said" is no speaker.
  assert.deepEqual(said('“the law of the jungle,” he said in Ottawa.'), [null]);
});

test('verify --in: a sentence opening "According to X," and a speaker named with a title are checked like any other', (t) => {
  const dir = scratch('gloss-verify-said-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'report.md');
  // Walma said it (collins-cyber-deal-2016:c22), not Hagel.
  writeFileSync(file, 'According to Hagel, “the law of the jungle” rules.\n\n“the law of the jungle” is back, said Mr. Walma.\n\n“the law of the jungle,” said Global Affairs official Michael J. Walma.\n');
  const r = gloss(['verify', '--in', file, '--format', 'tsv', '--fields', 'line,verdict,attributedTo', '--no-header']);
  assert.equal(r.code, 1, r.stderr);
  // Before: line 1 verbatim (no speaker read), lines 3 and 5 misattributed ("Mr", "Global Affairs").
  assert.equal(r.stdout, '1\tmisattributed\tHagel\n3\tverbatim\tWalma\n5\tverbatim\tMichael J. Walma\n');
});

test('inner quotation marks made single, as citations nest them, are read as the double marks the source prints', () => {
  assert.deepEqual(unnestedQuotes('Whether ‘naming and shaming’ works'), ['Whether “naming and shaming” works', 'Whether "naming and shaming" works']);
  assert.deepEqual(unnestedQuotes("clear 'markers' Monday"), ['clear “markers” Monday', 'clear "markers" Monday']);
  // Apostrophes are not marks: inside a pair, or with no pair at all.
  assert.deepEqual(unnestedQuotes('the ‘it’s over’ line'), ['the “it’s over” line', 'the "it’s over" line']);
  assert.deepEqual(unnestedQuotes('Xi’s visit, the hackers’ tools'), []);
});

test('a citation gloss wrote, pasted into a report, verifies: its inner marks, made single, are not held against it', (t) => {
  const dir = scratch('gloss-verify-cite-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'report.md');
  // c37's words hold “naming and shaming”, which cite writes ‘naming and shaming’.
  const cited = gloss(['cite', 'collins-cyber-deal-2016:c37', '--style', 'markdown']);
  assert.equal(cited.code, 0, cited.stderr);
  assert.match(cited.stdout, /‘naming and shaming’/);
  writeFileSync(file, `${cited.stdout}\nMacKay said he laid down “clear ‘markers’ Monday in talks in Beijing” on the trip.\n`);
  const r = gloss(['verify', '--in', file, '--format', 'tsv', '--fields', 'verdict,quote', '--no-header']);
  // Before: "near", exit 1, the diff [-‘naming-] {+“naming+}.
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(r.stdout.trim().split('\n').map((l) => l.split('\t')[0]).join(','), 'verbatim,verbatim');
});

test('verify --in: "X said Y should …" is X\'s quotation, each clause after a semicolon its own speaker\'s, and a block quote in marks is the "— Name" line\'s', () => {
  const said = (line: string) => draftQuotations(`${line}\n`).map((q) => [q.quote, q.attributedTo]);
  // Before: "China" and "Canada" (the reported clauses' subjects), so correct drafts failed as misattributed.
  assert.deepEqual(said('MacKay said China should become \u201cmore engaged in a rules-based framework\u201d.'), [['more engaged in a rules-based framework', 'MacKay']]);
  assert.deepEqual(said('Walma said Canada needs \u201ca toolbox that allows them to respond\u201d.'), [['a toolbox that allows them to respond', 'Walma']]);
  // "said Walma" before the quotation still names him where the name ends the clause.
  assert.deepEqual(said('As said Walma: \u201ca toolbox that allows them to respond\u201d.'), [['a toolbox that allows them to respond', 'Walma']]);
  // Before: "markers" was Walma's and "toolbox" MacKay's, the nearest names across the semicolon.
  assert.deepEqual(said('MacKay said talks had an \u201copen ear\u201d and \u201cmarkers\u201d were laid; Walma called it \u201ctimely\u201d and spoke of a \u201ctoolbox\u201d.'), [
    ['open ear', 'MacKay'], ['markers', 'MacKay'], ['timely', 'Walma'], ['toolbox', 'Walma'],
  ]);
  // Before: null, so Walma's words credited to Mark Collins passed as verbatim (exit 0).
  assert.deepEqual(draftQuotations('> \u201cI think that kind of points to the way we should all be working.\u201d\n> \u2014 Mark Collins\n').map((q) => [q.quote, q.attributedTo]), [['I think that kind of points to the way we should all be working.', 'Mark Collins']]);
  const r = gloss(['verify', '--in', '-'], { input: '> \u201cI think that kind of points to the way we should all be working.\u201d\n> \u2014 Mark Collins\n' });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /misattributed +\u201cI think/);
});

test('verify --in: a quotation mark never closed in its paragraph is said at its place and the draft not passed; a near miss in another\'s words says so too', () => {
  const draft = 'MacKay put it bluntly. \u201cIt\u2019s like terrorism. It\u2019s like domestic crime when it starts to spill out across your borders.\n\n\u201cPiracy is another example where it requires yes, vigilance, from within your own territory.\u201d\n';
  const r = gloss(['verify', '--in', '-'], { input: draft });
  // Before: the misquoted first paragraph was passed over in silence, and exit 0.
  assert.equal(r.code, 1);
  assert.equal(r.stderr, '-:1:24: warning: a quotation mark opened here is not closed in its paragraph: its words are not checked\n');
  assert.match(r.stdout, /1 quotation: 1 verbatim/);
  const alone = gloss(['verify', '--in', '-'], { input: 'MacKay put it bluntly: \u201cIt\u2019s like terrorism. It\u2019s like domestic crime when it starts to spill out.\n' });
  assert.equal(alone.code, 1);
  // Before: "(quotations of fewer than three words are skipped unless --all)" of a 16-word quotation.
  assert.match(alone.stderr, /gloss: no quotations to check in standard input \(a quotation mark is not closed: above\)\n$/);
  const near = gloss(['verify', '--in', '-'], { input: '\u201cThat is a very destabilizing thing,\u201d said Mr. MacKay.\n' });
  assert.equal(near.code, 1);
  // Before: only "near" (the case); the wrong speaker came out once the capital was mended.
  assert.match(near.stdout, /near .*\n.*\n.*\n {4}and misattributed: the draft says MacKay; the closest passage is Michael Walma's words\n/);
});

test('verify --in: the full stop inside the closing mark is not held against a near miss either: its diff and typography are the words\'', () => {
  const r = gloss(['verify', '--in', '-', '--format', 'json'], { input: 'MacKay said: "It\'s like terrorism. It\'s like domestic criminal activity."\n' });
  const [k] = JSON.parse(r.stdout) as { verdict: string; difference: string | null; diff: string }[];
  // Before: difference null and "[-activity.-] {+activity+}", a difference that is not there.
  assert.equal(k!.verdict, 'near');
  assert.equal(k!.difference, 'curly vs straight quotes');
  assert.doesNotMatch(k!.diff, /activity\./);
});
