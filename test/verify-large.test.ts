// verify on a corpus above LARGE documents reads only the texts the word index says may hold the
// quote (store/quote-candidates.ts): its places must be those a search of every text finds, whatever
// the quote — one starting or ending inside a word, words in the index but not side by side, a quote
// of punctuation alone (no word to look up: every text is searched), and after a text is edited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gloss, ROOT, scratch } from './helpers.js';
import { openDatabase } from '../src/platform/sqlite.js';
import { bytesSum } from '../src/store/rows.js';
import { loadCorpus } from '../src/corpus/load.js';
import { actorIndex } from '../src/query/records.js';
import { checkQuote, checkRecord } from '../src/query/quote-check.js';
import { verdictOf } from '../src/query/verdict.js';
import { toJson } from '../src/output/json.js';
import { candidateLines } from '../src/store/quote-candidates.js';
import { requiredWords } from '../src/search/quote-words.js';

const dir = scratch('gloss-verify-large-');
const corpus = join(dir, 'corpus');
const made = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-corpus.mjs'), corpus, '--articles', '160', '--seed', '11'], { encoding: 'utf8' });
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const env = { GLOSS_CACHE_DIR: join(dir, 'cache') };

interface Verdict {
  verbatim: boolean;
  places?: { article: string; start: number; end: number; line: number; column: number; claims: { id: string }[] }[];
}

const verify = (quote: string) => {
  const r = gloss(['--corpus', corpus, 'verify', quote, '--json'], { env });
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return JSON.parse(r.stdout) as Verdict;
};

/** Every place of the quote, found by reading every text file: article, line and column (in code points). */
function placesInFiles(quote: string): string[] {
  const out: string[] = [];
  const files = readdirSync(join(corpus, 'articles')).filter((f) => f.endsWith('.txt')).sort();
  for (const f of files) {
    const text = readFileSync(join(corpus, 'articles', f), 'utf8');
    for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
      const before = text.slice(0, i);
      const line = before.split('\n').length;
      const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
      out.push(`${f.slice(0, -4)} ${line}:${column}`);
    }
  }
  return out;
}

const placesOf = (v: Verdict) => (v.verbatim ? v.places!.map((p) => `${p.article} ${p.line}:${p.column}`) : []);

test('the generated corpus is made', () => {
  assert.equal(made.status, 0, made.stderr);
});

test('a quote has the places a search of every text finds: common, starting or ending inside a word, of punctuation alone', () => {
  for (const q of ['a material downtick', 'aterial downtick', 'material downt', 'the law of the jungle', 'he law of th', '. ', '”']) {
    const expected = placesInFiles(q);
    assert.ok(expected.length > 0, q);
    assert.deepEqual(placesOf(verify(q)), expected, q);
  }
});

/** Each place's claims are those of its article overlapping it, in the article's order; how many places are inside a claim. */
function assertClaimsCover(v: Verdict): number {
  const r = gloss(['--corpus', corpus, 'claims', '--json'], { env });
  assert.equal(r.code, 0, r.stderr);
  const byArticle = new Map<string, { id: string; start: number; end: number }[]>();
  for (const c of JSON.parse(r.stdout) as { id: string; article: string; start: number; end: number }[]) {
    byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c]);
  }
  let covered = 0;
  for (const p of v.places!) {
    const ids = (byArticle.get(p.article) ?? []).filter((c) => c.start < p.end && p.start < c.end).map((c) => c.id);
    assert.deepEqual(p.claims.map((c) => c.id), ids, `${p.article} ${p.line}:${p.column}`);
    if (ids.length > 0) covered++;
  }
  return covered;
}

test('a quote of tens of thousands of places (its claims looked up in batches): every place, each with the claims that cover it', () => {
  const v = verify('e');
  const expected = placesInFiles('e');
  assert.ok(expected.length > 40_000, `${expected.length} places`);
  assert.deepEqual(placesOf(v), expected);
  const covered = assertClaimsCover(v);
  assert.ok(covered > 20_000, `${covered} places inside claims`);
});

test('a quote of whole words found through the lines that hold its rarest word: every place, each with the claims that cover it', () => {
  for (const q of [' the ', 'a material downtick', 'said the']) {
    const v = verify(q);
    assert.deepEqual(placesOf(v), placesInFiles(q), q);
    assert.ok(assertClaimsCover(v) > 0, q);
  }
  assert.ok(placesInFiles(' the ').length > 1_000);
});

/** The corpus's database in the cache folder. */
function database(): string {
  const cache = join(dir, 'cache');
  const folder = readdirSync(cache).find((f) => f.startsWith('corpus-') && readdirSync(join(cache, f)).includes('corpus.db'));
  assert.ok(folder, 'a corpus database');
  return join(cache, folder, 'corpus.db');
}

test('a stored line changed behind its checksum (a text, a claim, where it stands) is damage: the database is rebuilt, the answer right', () => {
  const quote = 'a material downtick';
  const expected = placesInFiles(quote);
  assert.ok(expected.length > 1);
  const edits = [
    "UPDATE lines SET text = replace(text, 'material downtick', 'material upswing') WHERE instr(text, 'material downtick') > 0",
    "UPDATE lines SET line = line + 1 WHERE instr(text, 'material downtick') > 0",
    "UPDATE lines SET claims = '[]' WHERE instr(text, 'material downtick') > 0 AND claims <> '[]'",
  ];
  for (const sql of edits) {
    const whole = verify(quote);
    assert.deepEqual(placesOf(whole), expected, 'before the edit');
    const db = openDatabase(database());
    assert.ok(Number(db.prepare(sql).run().changes) > 0, sql);
    db.close();
    const v = verify(quote);
    assert.deepEqual(placesOf(v), expected, sql);
    assert.deepEqual(v, whole, sql);
    assert.equal(verify('a material upswing').verbatim, false, sql);
  }
});

/**
 * The lines' starts (meta lines.d) rewritten behind their checksum, as a flipped page would leave them
 * that SQLite reads back whole: `change` gets the starts and the database (to find lines) and returns new ones.
 */
function rewriteLineStarts(change: (starts: number[], db: ReturnType<typeof openDatabase>) => number[]): void {
  const db = openDatabase(database());
  try {
    const row = db.prepare("SELECT value FROM meta WHERE key = 'lines.d'").get()!;
    const starts = Array.from(new Int32Array(new Uint8Array(row.value as Uint8Array).slice().buffer));
    const bytes = new Uint8Array(new Int32Array(change(starts, db)).buffer);
    db.prepare("UPDATE meta SET value = ?, sum = ? WHERE key = 'lines.d'").run(bytes, bytesSum(bytes));
  } finally {
    db.close();
  }
}

test('each line read must be one the word index led to: where the lines start, shifted behind its checksum, is damage', () => {
  const quote = 'a material downtick';
  const whole = verify(quote);
  assert.deepEqual(placesOf(whole), placesInFiles(quote));
  // Every line but the first starts a document later: each line read still checks, but not every document asked for is in one.
  rewriteLineStarts((starts) => starts.map((d, i) => (i === 0 ? d : d + 1)));
  assert.deepEqual(verify(quote), whole);
});

test('a line the lines start leave out (one start gone, behind its checksum) is damage: its places are not lost', () => {
  const quote = 'a material downtick';
  const whole = verify(quote);
  assert.deepEqual(placesOf(whole), placesInFiles(quote));
  // The start of a line holding the quote dropped: its documents now seem the line before's.
  rewriteLineStarts((starts, db) => {
    const held = db.prepare("SELECT d FROM lines WHERE instr(text, 'a material downtick') > 0 AND d > 0 ORDER BY d LIMIT 1").get()!.d as number;
    return starts.filter((d) => d !== held);
  });
  assert.deepEqual(verify(quote), whole);
});

test('the lines looked in hold a document with each of the quote\'s words: fewer than hold its rarest word, and every line the quote is on', () => {
  verify('a material downtick');
  const db = openDatabase(database(), { readOnly: true });
  try {
    const onLines = (q: string) => (db.prepare('SELECT d FROM lines WHERE instr(text, ?) > 0 ORDER BY d').all(q) as { d: number }[]).map((r) => r.d);
    // A run of words of one generated paragraph (its reshuffled words are common across the corpus, side by side rare).
    const text = readFileSync(join(corpus, 'articles', readdirSync(join(corpus, 'articles')).filter((f) => f.startsWith('gen-') && f.endsWith('.txt')).sort()[7]!), 'utf8');
    const last = text.trimEnd().split('\n').at(-1)!.split(' ');
    const quotes = ['a material downtick', 'the law of the jungle', last.slice(3, 8).join(' '), last.slice(10, 15).join(' ')];
    // The lines a word's documents are on (its postings, any case, mapped through the lines' first documents).
    const starts = Array.from(new Int32Array(new Uint8Array(db.prepare("SELECT value FROM meta WHERE key = 'lines.d'").get()!.value as Uint8Array).slice().buffer));
    const linesOfWord = (w: string) => {
      const out = new Set<number>();
      for (const r of db.prepare('SELECT postings FROM vocabulary WHERE lower(word) = ?').all(w)) {
        for (const d of new Int32Array(new Uint8Array(r.postings as Uint8Array).slice().buffer)) {
          const k = starts.findLastIndex((s) => s <= d);
          if (k >= 0) out.add(starts[k]!);
        }
      }
      return out;
    };
    let narrower = 0;
    for (const q of quotes) {
      const c = candidateLines(db, q, 50000);
      assert.ok(c, q);
      const looked = Array.from(c.lines, (k) => c.starts[k]!);
      const on = onLines(q);
      assert.ok(on.length > 0, q);
      assert.deepEqual(on.filter((d) => !looked.includes(d)), [], `${q}: every line it is on is looked in`);
      // Each looked-in line holds a document with each word; the rarest word alone led to more, or as many.
      // Its whole words: a quote's first and last may be the ends of longer words ("Canada material").
      const byWord = requiredWords(q).map((forms) => linesOfWord(forms[0]!));
      assert.ok(byWord.length >= 1, q);
      for (const d of looked) assert.ok(byWord.every((l) => l.has(d)), `${q}: line ${d}`);
      const rarest = Math.min(...byWord.map((l) => l.size));
      assert.ok(looked.length <= rarest, q);
      if (looked.length < rarest) narrower++;
    }
    assert.ok(narrower >= 2, `narrowed for ${narrower} quotes`);
  } finally {
    db.close();
  }
});

test('words that are all in the index, but not side by side, are not verbatim', () => {
  assert.equal(placesInFiles('downtick material a').length, 0);
  const v = verify('the downtick material a');
  assert.equal(v.verbatim, false);
});

test('a text edited between runs: the new words are found, the old ones no longer there', () => {
  const quote = 'the zebra quokka said';
  assert.equal(verify(quote).verbatim, false);
  const file = join(corpus, 'articles', readdirSync(join(corpus, 'articles')).filter((f) => f.endsWith('.txt')).sort()[3]!);
  // At the end of the text, so that no annotation's offsets move; its annotations told of the new text's hash.
  const hash = () => createHash('sha256').update(readFileSync(file)).digest('hex');
  const before = hash();
  appendFileSync(file, `\nThen the zebra quokka said nothing.\n`);
  const yaml = file.replace(/\.txt$/, '.yaml');
  assert.ok(readFileSync(yaml, 'utf8').includes(before));
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(before, hash()));
  assert.deepEqual(placesOf(verify(quote)), placesInFiles(quote));
  assert.equal(placesInFiles(quote).length, 1);
});

test('a draft whose quotations stand nowhere: each checked as against the whole corpus in memory (the closest passages from every text, read once for them all)', () => {
  // Two passages of one article each (the last two files), at the end of their texts, their annotations told of the new hashes.
  const files = readdirSync(join(corpus, 'articles')).filter((f) => f.endsWith('.txt')).sort().slice(-2);
  const passages = ['Our zebra quokka spoke of a marmalade horizon.', 'The walrus answered with a tangerine silence.'];
  files.forEach((f, i) => {
    const file = join(corpus, 'articles', f);
    const hash = () => createHash('sha256').update(readFileSync(file)).digest('hex');
    const before = hash();
    appendFileSync(file, `\n${passages[i]}\n`);
    const yaml = file.replace(/\.txt$/, '.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(before, hash()));
  });
  const c = loadCorpus(corpus).corpus;
  const actors = actorIndex(c);
  // Typos, a typography-only difference (marks inside the line: one quoted whole is checked without them), paraphrases, nothing close, one repeated, beside a verbatim
  // one and one verbatim without its closing full stop; two of them close to one passage only.
  const quotes = ['a materail downtick', 'zebra quokka spoke of a marmelade horizon', 'the law of the jungel', 'a material “downtick”', 'the jungle law is very destabilizing', 'the walrus answered with silence, a tangerine one', 'zzzz qqqq xxxx', 'a materail downtick', 'a material downtick', 'a material downtick.'];
  const expected = quotes.map((quote, i) => checkRecord(checkQuote(c, { quote, line: i + 1, column: 1, attributedTo: null }, actors)));
  assert.ok(expected.filter((r) => r.verdict === 'near').length >= 6, 'near passages found');
  assert.deepEqual([expected[1]!.article, expected[5]!.article], files.map((f) => f.slice(0, -4)));
  const r = gloss(['--corpus', corpus, 'verify', '-', '--format', 'json'], { env, input: `${quotes.join('\n')}\n` });
  assert.equal(r.code, 1, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), JSON.parse(toJson(expected)));
  // And one at a time, as `verify QUOTE` answers.
  for (const quote of ['a materail downtick', 'zebra quokka spoke of a marmelade horizon', 'the walrus answered with silence, a tangerine one', 'zzzz qqqq xxxx']) {
    const one = gloss(['--corpus', corpus, 'verify', quote, '--json'], { env });
    assert.equal(one.code, 1, one.stderr);
    assert.deepEqual(JSON.parse(one.stdout), JSON.parse(toJson(verdictOf(c, quote))), quote);
  }
});
