// Texts that repeat, run through the real CLI: a long quote of a paragraph printed twice, an article
// naming an actor thousands of times (drafted, then its drafted mentions checked), and a passage
// printed hundreds of times across CRLF line ends, quoted with LF. What is asserted is the work,
// counted as the spawned gloss does it (work-count.ts: characters of the article's text compared or
// read, elements of arrays visited): it must about double when the text doubles. A search that
// compares a long quote anew at every place a text repeats, or a scan of every mention for each
// mention, would make it four times as much.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, scratch } from './helpers.js';
import { countedRun, type Work } from './work-count.js';

/** A corpus from `gloss init` whose one article is `text`, annotated with `annotations` (the YAML from "mentions:" on). */
function corpus(text: string, annotations: string): string {
  const dir = join(scratch('gloss-repetition-'), 'c');
  const r = spawnSync(process.execPath, [BIN, 'init', dir], { encoding: 'utf8', env: { PATH: process.env.PATH, GLOSS_CACHE: '0' } });
  assert.equal(r.status, 0, r.stderr);
  writeFileSync(join(dir, 'articles', 'harbour-talks.txt'), text);
  const yamlFile = join(dir, 'articles', 'harbour-talks.yaml');
  const yaml = readFileSync(yamlFile, 'utf8').replace(/^sha256: .*$/m, `sha256: ${createHash('sha256').update(text).digest('hex')}`);
  writeFileSync(yamlFile, `${yaml.slice(0, yaml.indexOf('mentions:'))}${annotations}`);
  return dir;
}

function grows(t: { diagnostic: (message: string) => void }, what: string, small: number, large: number): void {
  tell(t, what, small, large);
  atMostDoubles(what, small, large);
}

function tell(t: { diagnostic: (message: string) => void }, what: string, small: number, large: number): void {
  t.diagnostic(`${what}: ${small}, then ${large} (×${(large / small).toFixed(2)})`);
}

function atMostDoubles(what: string, small: number, large: number): void {
  assert.ok(large <= 2.2 * small, `${what}: ${small}, then ${large} for twice the text (×${(large / small).toFixed(2)}; at most ×2.2)`);
}

test("check of a claim quoting a paragraph printed twice: the work about doubles with the paragraph's length", { timeout: 600_000 }, (t) => {
  const works: Work[] = [16, 32].map((kb) => {
    const paragraph = 'word '.repeat((kb * 1024) / 5).trimEnd();
    const text = `Harbour talks\n\nA ${paragraph}\n\nB ${paragraph}\n`;
    // The second printing, chosen by its number, by the words before it, and (the first) by those after.
    const claim = (id: string, selector: string) => `  - {id: ${id}, quote: ${JSON.stringify(paragraph)}, ${selector}, source: ann-lee, attribution: direct, type: assertion, about: []}\n`;
    const dir = corpus(text, `mentions: []\nclaims:\n${claim('c1', 'occurrence: 2')}${claim('c2', 'prefix: "B "')}${claim('c3', 'suffix: "\\n\\nB"')}`);
    const r = countedRun(BIN, dir, text.length, ['--corpus', dir, 'check']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /3 claims, 0 mentions, 0 regions: 0 errors, 0 warnings/);
    return r.work;
  });
  grows(t, 'characters of the text compared or read', works[0]!.characters, works[1]!.characters);
});

/**
 * A text naming Ann Lee (gloss init's registered actor) `n` times, five sentences a paragraph, the same
 * few sentences over and over: every proposal's quote is one of thousands alike ("Lee", occurrence k),
 * and one sentence in four reports her speech (a claim, its speaker found among the mentions).
 */
function namesText(n: number): string {
  const sentences = ['Fisheries Minister Ann Lee met the harbour board.', 'Lee spoke again.', 'Later Lee said the plan was sound.', 'The board thanked Lee.'];
  const paragraphs: string[] = [];
  for (let i = 0; i < n; i += 5) paragraphs.push(Array.from({ length: Math.min(5, n - i) }, (_, k) => sentences[(i + k) % sentences.length]).join(' '));
  return `Harbour talks end with a pledge\n\n${paragraphs.join('\n\n')}\n`;
}

// Four times the work for twice the names would come of a proposal's selector finding its quote's
// places anew (or trying a prefix at every one of them), of a name held against every mention made, of
// each paragraph searching the rest of the text for a quotation mark, or of check finding each
// mention's quote anew.
test('draft of an article naming an actor thousands of times, and check of the drafted mentions: the work about doubles with the names', { timeout: 600_000 }, (t) => {
  const works = [1000, 2000].map((n) => {
    const text = namesText(n);
    const dir = corpus(text, 'mentions: []\nclaims: []\n');
    const article = join(dir, 'articles', 'harbour-talks.yaml');
    const draft = countedRun(BIN, dir, text.length, ['--corpus', dir, 'draft', 'harbour-talks']);
    assert.equal(draft.status, 0, draft.stderr);
    assert.equal(draft.stdout.match(/^ {2}- quote: /gm)?.length, n, 'a mention for each name');
    assert.equal(draft.stdout.match(/^ {2}- id: c\d+$/gm)?.length, n / 4, 'a claim for each "said"');
    // The drafted mentions, accepted as a person would (each "review:" line deleted), then checked.
    const write = spawnSync(process.execPath, [BIN, '--corpus', dir, 'draft', 'harbour-talks', '--write'], { encoding: 'utf8', env: { PATH: process.env.PATH, GLOSS_CACHE: '0' } });
    assert.equal(write.status, 0, write.stderr);
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^ {4}review: .*\n/gm, ''));
    const check = countedRun(BIN, dir, text.length, ['--corpus', dir, 'check']);
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, new RegExp(`${n / 4} claims, ${n} mentions, 0 regions: 0 errors, 0 warnings`));
    return { draft: draft.work, check: check.work };
  });
  // Every count is told before any is asserted: a failure shows which of the two runs grew, and in what.
  const counts = (['draft', 'check'] as const).flatMap((run) => [
    [`${run}: characters of the text compared or read`, works[0]![run].characters, works[1]![run].characters] as const,
    [`${run}: elements of arrays visited`, works[0]![run].elements, works[1]![run].elements] as const,
  ]);
  for (const [what, small, large] of counts) tell(t, what, small, large);
  for (const [what, small, large] of counts) atMostDoubles(what, small, large);
});

// A quote not in the text as typed is reported with the passage probably meant, and finding that
// passage reads the whole text (the closest passage, or a character the quote cuts). A quote typed
// with LF line ends in an article with CRLF ones is found up to encoding instead, and nothing of that
// search may be done first: it would read the text again for every such quote, to be thrown away.
test('check of claims found only up to CRLF line ends reads the text no more for twice the claims: no suggestion is looked for', { timeout: 600_000 }, (t) => {
  const passage = 'The minister read the report.\r\nThe board heard it in silence.';
  const text = `Harbour talks\r\n\r\n${Array.from({ length: 400 }, (_, i) => `Session ${i}. ${passage}`).join('\r\n\r\n')}\r\n`;
  // The same passage at each of its places, quoted with LF: found through the CRLF equivalence.
  const quote = JSON.stringify(passage.replace('\r\n', '\n'));
  const claim = (i: number) => `  - {id: c${i}, quote: ${quote}, occurrence: ${i}, source: ann-lee, attribution: indirect, type: assertion, about: []}\n`;
  const works = [20, 40].map((n) => {
    const dir = corpus(text, `mentions: []\nclaims:\n${Array.from({ length: n }, (_, i) => claim(i + 1)).join('')}`);
    const r = countedRun(BIN, dir, text.length, ['--corpus', dir, 'check']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`${n} claims, 0 mentions, 0 regions: 0 errors, 0 warnings`));
    return r.work.characters;
  });
  const readings = (works[1]! - works[0]!) / text.length;
  t.diagnostic(`characters of the text read: ${works[0]} for 20 claims, ${works[1]} for 40 (${readings.toFixed(2)} readings of the text more)`);
  assert.ok(readings < 1, `20 more claims found through the CRLF fallback read the text ${readings.toFixed(2)} times more (a suggestion made for each and thrown away): less than once expected`);
});
