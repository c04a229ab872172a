// One article with thousands of claims: anchoring them and indexing the article for search each did
// work for every claim over the whole article (every quote a scan of the text, every passage and line
// a scan of every claim), so doubling the claims made check and a first build four times slower. What
// is asserted is the work, counted as it is done, in the code as it runs: the characters of the
// article text read while it is loaded, and the reads of annotations' offsets while its search rows
// are made. Each must about double when the claims double. The fast paths must find what the slow
// ones do: each is checked against the plain scan it replaces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { random, scratch } from './helpers.js';
import { loadCorpus } from '../src/corpus/load.js';
import { anchorQuote, occurrencesOf, placesOfQuotes } from '../src/corpus/anchor.js';
import { SpanIndex } from '../src/corpus/span-index.js';
import { occurrencesOfAll } from '../src/text/many-needles.js';
import { ArticleRows, articleItem } from '../src/store/article-rows.js';
import type { SelectorInput } from '../src/schema.js';

const WORDS = ['harbour', 'accord', 'minister', 'fishing', 'quota', 'talks', 'coast', 'pledge', 'season', 'fleet'];
const code = (i: number) => [...String(i).padStart(5, '0')].map((d) => WORDS[Number(d)]).join(' ');

/** A corpus of one article with `n` claims, each a distinct quote that occurs once, five sentences a paragraph. */
function corpusWithClaims(n: number): { dir: string; text: string } {
  const dir = scratch('gloss-many-claims-');
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'registry.yaml'), 'actors:\n  - {id: ann-lee, name: Ann Lee, type: person}\nagreements: []\n');
  const quotes: string[] = [];
  let text = 'Harbour talks end with a pledge\n\n';
  for (let i = 0; i < n; i++) {
    quotes.push(`the ${code(i)} plan number ${i} was final`);
    text += `She said ${quotes[i]}, and critics disagreed.${i % 5 === 4 ? '\n\n' : ' '}`;
  }
  writeFileSync(join(dir, 'articles', 'talks.txt'), text);
  const claims = quotes.map((q, i) => `  - {id: c${i + 1}, quote: ${JSON.stringify(q)}, source: ann-lee, attribution: indirect, type: assertion, about: []}\n`);
  const sha = createHash('sha256').update(text).digest('hex');
  writeFileSync(join(dir, 'articles', 'talks.yaml'), `id: talks\ntitle: Talks\noutlet: Example\nauthor: null\ndate: "2024-05-14"\nsha256: ${sha}\nmentions: []\nclaims:\n${claims.join('')}`);
  return { dir, text };
}

/**
 * Characters of `text` read while `work` runs: what each indexOf on it passes over (to the match, or
 * to the end), and one per charCodeAt. The text is known by its length: no other string read has it.
 */
function charactersRead(text: string, work: () => void): number {
  const { indexOf, charCodeAt } = String.prototype;
  let read = 0;
  String.prototype.indexOf = function (this: string, needle: string, from?: number) {
    const at = indexOf.call(this, needle, from);
    if (this.length === text.length) read += (at === -1 ? this.length : at + needle.length) - Math.max(0, from ?? 0);
    return at;
  };
  String.prototype.charCodeAt = function (this: string, i: number) {
    if (this.length === text.length) read++;
    return charCodeAt.call(this, i);
  };
  try {
    work();
  } finally {
    Object.assign(String.prototype, { indexOf, charCodeAt });
  }
  return read;
}

const grows = (small: number, large: number, what: string) =>
  assert.ok(large <= 2.2 * small, `${what}: ${small} for 400 claims, ${large} for 800 (×${(large / small).toFixed(2)}; at most ×2.2 when the claims double)`);

test('loading an article reads its text about twice as much for twice the claims, not four times', () => {
  const work = [400, 800].map((n) => {
    const { dir, text } = corpusWithClaims(n);
    let claims = 0;
    const read = charactersRead(text, () => {
      const loaded = loadCorpus(dir);
      assert.deepEqual(loaded.problems.filter((p) => p.severity === 'error'), []);
      claims = loaded.corpus.claims.length;
    });
    assert.equal(claims, n);
    return read;
  });
  grows(work[0]!, work[1]!, 'characters of the text read');
});

test("an article's search rows read its annotations' offsets about twice as often for twice the claims", () => {
  const work = [400, 800].map((n) => {
    const { corpus } = loadCorpus(corpusWithClaims(n).dir);
    const item = articleItem(corpus.articles[0]!, corpus.claims, corpus.mentions, corpus.regions, 0);
    const rows = new ArticleRows({ run: () => {} });
    rows.take({ kind: 'start', registry: corpus });
    // The rows parse the claims they are sent: each parsed object counts the reads of its offsets.
    let reads = 0;
    const counted = (o: Record<string, unknown>) => {
      for (const key of ['from', 'to'] as const) {
        const value = o[key];
        Object.defineProperty(o, key, { get: () => (reads++, value), enumerable: true });
      }
      return o;
    };
    const parse = JSON.parse;
    JSON.parse = (t: string) => {
      const v = parse(t) as unknown;
      return v !== null && typeof v === 'object' && 'from' in v && 'to' in v ? counted(v as Record<string, unknown>) : v;
    };
    try {
      rows.take(item);
    } finally {
      JSON.parse = parse;
    }
    return reads;
  });
  grows(work[0]!, work[1]!, 'reads of annotation offsets');
});

test('every needle found at once is found where a scan of the text for it finds it', () => {
  const next = random(7);
  // A small alphabet, so needles overlap, repeat and hold one another; an emoji, so surrogate pairs are split and matched.
  const alphabet = ['a', 'b', 'a', 'c', ' ', '😀', '\n'];
  const word = (max: number) => Array.from({ length: 1 + Math.floor(next() * max) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  for (let round = 0; round < 200; round++) {
    const text = word(300);
    const needles = Array.from({ length: 1 + Math.floor(next() * 40) }, () => (next() < 0.7 ? text.slice(Math.floor(next() * text.length)).slice(0, 1 + Math.floor(next() * 8)) : word(6)));
    needles.push(text, `${text}a`, '\udc00', '\ud83d');
    const all = occurrencesOfAll(text, needles);
    for (const needle of needles) assert.deepEqual(all.get(needle), occurrencesOf(text, needle), `${JSON.stringify(needle)} in ${JSON.stringify(text)}`);
  }
});

test('needles by the thousand, past what one automaton is built for, are each found where a scan finds them', () => {
  const next = random(9);
  // Many children to a state (a table that grows), and over a million units of needles (two passes).
  const text = Array.from({ length: 200_000 }, () => 'abcdefghij klmnopqrstuvwxyz'[Math.floor(next() * 27)]).join('');
  const needles = Array.from({ length: 19_000 }, () => {
    const at = Math.floor(next() * (text.length - 64));
    return next() < 0.9 ? text.slice(at, at + 64) : text.slice(at, at + 1 + Math.floor(next() * 4));
  });
  const all = occurrencesOfAll(text, needles);
  for (let k = 0; k < needles.length; k += 95) assert.deepEqual(all.get(needles[k]!), occurrencesOf(text, needles[k]!), JSON.stringify(needles[k]));
});

test('an article of many quotes anchors each as it does alone: ranges and messages alike', () => {
  // Enough quotes in a long enough text to be found all at once (placesOfQuotes).
  const text = Array.from({ length: 1200 }, (_, i) => `Item ${i} said MacKay. Peter MacKay told “the jungle” story ${i}.`).join('\n');
  const sels: SelectorInput[] = [
    ...Array.from({ length: 1200 }, (_, i) => ({ quote: `story ${i}.` })),
    { quote: 'MacKay' },
    { quote: 'MacKay', prefix: 'Peter ', occurrence: 3 },
    { quote: 'MacKay', occurrence: 'all' },
    { quote: 'Peter', occurrence: 2, through: 'story' },
    { quote: 'MacKay', suffix: ' said' },
    { quote: '"the jungle"' },
    { quote: 'story 1200.' },
    { quote: 'Item 7 said MacKay.\r\nPeter' },
  ];
  const places = placesOfQuotes(text, sels.map((s) => s.quote));
  for (const sel of sels) assert.deepEqual(anchorQuote(text, sel, undefined, places), anchorQuote(text, sel), JSON.stringify(sel));
});

test('selectors answered from the places of their quotes, found once, anchor as each does alone', () => {
  // Short quotes of a small alphabet occur at dozens of places each, past what is looked at place by
  // place: their places beside a prefix or a suffix come from QuotePlaces's tables, asked many times.
  const next = random(13);
  const alphabet = ['a', 'b', 'a', ' ', 'c', '\n'];
  const word = (max: number) => Array.from({ length: 1 + Math.floor(next() * max) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  for (let round = 0; round < 40; round++) {
    const text = word(600);
    const piece = (max: number) => (next() < 0.8 ? text.slice(Math.floor(next() * text.length)).slice(0, 1 + Math.floor(next() * max)) : word(max));
    const sels: SelectorInput[] = Array.from({ length: 60 }, () => {
      const sel: SelectorInput = { quote: piece(3) };
      if (next() < 0.5) sel.prefix = next() < 0.1 ? '' : piece(4);
      if (next() < 0.5) sel.suffix = next() < 0.1 ? '' : piece(4);
      const r = next();
      if (r < 0.3) sel.occurrence = 1 + Math.floor(next() * 12);
      else if (r < 0.4) sel.occurrence = 'all';
      else if (r < 0.5) sel.occurrence = [1 + Math.floor(next() * 3), 4 + Math.floor(next() * 3)];
      return sel;
    });
    const places = placesOfQuotes(text, sels.map((s) => s.quote));
    // Each selector twice: the second is answered from the tables the first made.
    for (const sel of [...sels, ...sels]) assert.deepEqual(anchorQuote(text, sel, undefined, places), anchorQuote(text, sel), `${JSON.stringify(sel)} in ${JSON.stringify(text)}`);
  }
});

test('the spans overlapping a range are those a scan finds, in the order given', () => {
  const next = random(11);
  for (let round = 0; round < 100; round++) {
    const n = Math.floor(next() * 60);
    const spans = Array.from({ length: n }, () => {
      const from = Math.floor(next() * 200);
      return { from, to: from + Math.floor(next() * (next() < 0.1 ? 200 : 10)) };
    });
    if (next() < 0.5) spans.sort((a, b) => a.from - b.from);
    const index = new SpanIndex(spans);
    for (let q = 0; q < 30; q++) {
      const from = Math.floor(next() * 220);
      const to = from + Math.floor(next() * 20);
      assert.deepEqual(index.overlapping(from, to), spans.filter((s) => s.from < to && from < s.to));
    }
  }
});
