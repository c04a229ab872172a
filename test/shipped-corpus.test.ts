// The shipped corpus: article texts byte for byte as the sources printed them, every span exactly
// its quote, and `gloss check` clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gloss, ROOT, scratch, sliceCodePoints } from './helpers.js';

/** SHA-256 of the three seed articles as received (shared/seeds/), recorded once. */
const SEEDS: Record<string, { seed: string; sha256: string }> = {
  'collins-cyber-deal-2016': { seed: '000_a45e2eb591ef803d.txt', sha256: '4daf73d1fbf3ab30f3ed23d6333454c1ba803ffc4281e2f197551bf3b41695cc' },
  'et-cyber-deal-2017': { seed: '002_70f5b6e54c8b22d2.txt', sha256: '47a677064429a12396924532907a370893712c5451875fd54eb1342249158a62' },
  'mackay-beijing-2013': { seed: '003_1d0a00a97ba40e34.txt', sha256: '4bfa01a82eff51dc884b58b9f34d28764d3b1c2674b903763d41610d5c473b32' },
};

const sha = (buf: Buffer) => createHash('sha256').update(buf).digest('hex');

for (const [id, { seed, sha256 }] of Object.entries(SEEDS)) {
  test(`${id}: the text is the seed byte for byte`, () => {
    const text = readFileSync(join(ROOT, 'corpus', 'articles', `${id}.txt`));
    assert.equal(sha(text), sha256);
    const seedPath = join(ROOT, '..', 'shared', 'seeds', seed);
    if (existsSync(seedPath)) assert.ok(text.equals(readFileSync(seedPath)), 'differs from shared/seeds');
  });
}

test('gloss check passes the shipped corpus with no warnings', () => {
  // A cold cache under load takes more than a second: progress is then due, but goes only to a terminal.
  const r = gloss(['check'], { env: { GLOSS_CACHE_DIR: scratch('gloss-cold-') } });
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^ok 3 articles, \d+ actors, \d+ agreements, \d+ claims, \d+ mentions, \d+ regions: 0 errors, 0 warnings/);
});

test('every article is listed with the recorded checksum', () => {
  const articles = JSON.parse(gloss(['list', '--json']).stdout) as { id: string; sha256: string }[];
  assert.deepEqual(Object.fromEntries(articles.map((a) => [a.id, a.sha256])), Object.fromEntries(Object.entries(SEEDS).map(([id, s]) => [id, s.sha256])));
});

test('every span of the shipped corpus is exactly its quote (code point offsets)', () => {
  const doc = JSON.parse(gloss(['export', '--format', 'json']).stdout);
  const texts = new Map<string, string>(doc.articles.map((a: { id: string; text: string }) => [a.id, a.text]));
  const spans = [...doc.claims, ...doc.mentions, ...doc.regions];
  assert.ok(spans.length > 100, `only ${spans.length} spans`);
  for (const s of spans) assert.equal(sliceCodePoints(texts.get(s.article)!, s.start, s.end), s.quote, s.id);
});
