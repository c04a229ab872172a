// An article of one long paragraph, drafted: each pronoun's speaker is looked for among the mentions
// before it, in its sentence and paragraph, and each quotation's cue in the words before it in its
// paragraph. Read back from each place (where its sentence starts, which mentions lie before it), a
// 250 KB paragraph took six minutes, and one of 2 MB did not finish. Asserted here: the work, counted
// as the spawned gloss does it (work-count.ts), about doubles when the paragraph doubles; the starts
// looked up (starts.ts) are those the reading back found; and a 250 KB paragraph is drafted at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lastBlankLine, lineStart, sentenceStart } from '../src/draft/starts.js';
import { BIN, CACHE_DIR, random, scratch } from './helpers.js';
import { countedRun } from './work-count.js';

/** One paragraph of about `bytes` of news sentences: quotations, cues, pronouns, unnamed sources, documents. */
function paragraph(bytes: number, seed: number): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  // A few people, each named many times even in the shorter paragraph: the names looked for are the
  // same whatever its length.
  const people = ['Defence Minister Peter MacKay', 'Senator Anna Chen', 'Councilwoman Maria Okafor', 'Congressman David Baker', 'Mrs. Joan Peck', 'Mr. Paul Harvey'];
  const sentences = [
    (n: string) => `${n} said \u201cwe will talk.\u201d`,
    () => 'He added that talks would go on.',
    () => '\u201cIt is fine,\u201d she said.',
    () => 'An official said the deal was close.',
    (n: string) => `"We are ready for anything," ${n} told reporters.`,
    () => 'They said the plan would fail.',
    () => 'The statement said the ministry would respond.',
    (n: string) => `According to ${n}, the vote is next week.`,
    () => '"Nobody knows," he said, "what comes next."',
    (n: string) => `${n}, a lawyer, said she expected a ruling.`,
    () => 'It said the talks were over.',
    () => 'Both said they would meet again.',
    () => 'Critics warned that costs were rising.',
  ];
  const out: string[] = [];
  for (let length = 0; length < bytes; ) {
    const s = pick(sentences)(pick(people));
    out.push(s);
    length += s.length + 1;
  }
  return out.join(' ');
}

/** A corpus from `gloss init` with the article `id` added from `text`. */
function corpusWith(text: string, id: string): string {
  const root = scratch('gloss-draft-scale-');
  const dir = join(root, 'c');
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: CACHE_DIR };
  assert.equal(spawnSync(process.execPath, [BIN, 'init', dir], { encoding: 'utf8', env }).status, 0);
  const file = join(root, `${id}.txt`);
  writeFileSync(file, text);
  const r = spawnSync(process.execPath, [BIN, '--corpus', dir, 'add', file, '--id', id, '--date', '2024-01-01'], { encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  return dir;
}

/** Where the sentence holding `at` starts, read back from `at` as the drafter did. */
function sentenceStartReadBack(text: string, at: number): number {
  const paragraph = text.lastIndexOf('\n', at - 1) + 1;
  let start = paragraph;
  for (const m of text.slice(paragraph, at).matchAll(/[.!?][\u201d"]?\s+(?=[\p{Lu}\u201c"])/gu)) start = paragraph + m.index + m[0].length;
  return start;
}

test('the sentence, line and blank line before each place of random texts are where reading back from it finds them', () => {
  // Stops, marks, capitals (one of two UTF-16 units), spaces of several kinds, line feeds.
  const characters = ['a', 'b', 'A', 'Z', '\u00c9', '\u{1d400}', '.', '!', '?', ' ', ' ', '\t', '\u00a0', '\u2028', '\r', '\n', '\n', '\u201c', '\u201d', '"'];
  const next = random(20261207);
  for (let k = 0; k < 2000; k++) {
    let text = '';
    for (let n = Math.floor(next() * 40); n > 0; n--) text += characters[Math.floor(next() * characters.length)];
    for (let at = 0; at <= text.length + 1; at++) {
      const where = `at ${at} of ${JSON.stringify(text)}`;
      assert.equal(sentenceStart(text, at), sentenceStartReadBack(text, at), where);
      assert.equal(lineStart(text, at), text.lastIndexOf('\n', at - 1) + 1, where);
      assert.equal(lastBlankLine(text, at - 1), text.lastIndexOf('\n\n', at - 1), where);
    }
  }
});

// Four times the work for twice the paragraph would come of a sentence's start read back from each
// mention before a pronoun, of every mention of the article filtered for each pronoun, or of a
// person's sex read from all their mentions for each pronoun.
test('draft of an article of one long paragraph: the work about doubles with the paragraph', { timeout: 600_000 }, (t) => {
  const works = [12_000, 24_000].map((bytes) => {
    const text = `Talks go on\n\n${paragraph(bytes, 7)}\n`;
    const dir = corpusWith(text, 'long');
    const r = countedRun(BIN, dir, text.length, ['--corpus', dir, 'draft', 'long']);
    assert.equal(r.status, 0, r.stderr);
    assert.ok((r.stdout.match(/taken to be/g) ?? []).length > bytes / 200, 'pronouns taken back to a speaker throughout');
    return r.work;
  });
  const counts = [
    ['characters of the text compared or read', works[0]!.characters, works[1]!.characters],
    ['elements of arrays visited', works[0]!.elements, works[1]!.elements],
  ] as const;
  for (const [what, small, large] of counts) t.diagnostic(`${what}: ${small}, then ${large} (×${(large / small).toFixed(2)})`);
  for (const [what, small, large] of counts) assert.ok(large <= 2.2 * small, `${what}: ${small}, then ${large} for twice the paragraph (×${(large / small).toFixed(2)}; at most ×2.2)`);
});

// Six minutes before; a few seconds now. The limit only keeps a run that would not end from holding
// up the suite: what is asserted is that the draft is made.
test('draft of a 250 KB article of one paragraph is made', { timeout: 120_000 }, () => {
  const text = `Talks go on\n\n${paragraph(250_000, 11)}\n`;
  const dir = corpusWith(text, 'long');
  const r = spawnSync(process.execPath, [BIN, '--corpus', dir, 'draft', 'long'], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 60_000, env: { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: CACHE_DIR } });
  assert.equal(r.signal, null, 'the draft did not end within a minute');
  assert.equal(r.status, 0, r.stderr);
  assert.ok((r.stdout.match(/^ {2}- id: c\d+$/gm) ?? []).length > 1000, 'a claim for each quotation and report');
});
