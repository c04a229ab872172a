// An id typed with a slip gets the id meant: two letters swapped (chian), a prefix misspelt (colins),
// a registered name or alias misspelt (mackey for MacKay), through the CLI as a person types them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { didYouMean } from '../src/query/did-you-mean.js';
import { gloss } from './helpers.js';

test('didYouMean: swaps count as one slip, a misspelt prefix finds its id, a misspelt name its actor; the likeliest kind first', () => {
  const ids = ['china', 'chang-wanquan', 'chinese-government-hackers', 'collins-cyber-deal-2016', 'peter-mackay'];
  assert.deepEqual(didYouMean('chian', ids), ['china'], 'a near whole id before near prefixes');
  assert.deepEqual(didYouMean('colins', ids), ['collins-cyber-deal-2016']);
  assert.deepEqual(didYouMean('mackey', ids, 3, new Map([['mackay', ['peter-mackay']]])), ['peter-mackay']);
  assert.deepEqual(didYouMean('mackey', ids), [], 'without the names, nothing near');
  assert.deepEqual(didYouMean('zzzz', ids), []);
});

test('the CLI suggests the id meant for a slip in --about, --party, --article, and a profile', () => {
  // Before: only "(gloss actors and gloss agreements list them)" for each.
  for (const [args, meant] of [
    [['claims', '--about', 'chian'], 'china'],
    [['agreements', '--party', 'chian'], 'china'],
    [['search', 'jungle', '--article', 'colins'], 'collins-cyber-deal-2016'],
    [['actor', 'mackey'], 'peter-mackay'],
  ] as const) {
    const r = gloss([...args]);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, new RegExp(`; did you mean ${meant}\\?\\n$`), args.join(' '));
  }
});

test("a W3C URN's kind is part of what it names: urn:gloss:agreement:canada is no actor, urn:gloss:article:china no article", () => {
  // Before: each resolved to whatever id matched, of any kind ("actor canada", "actor china", exit 0).
  const agreement = gloss(['show', 'urn:gloss:agreement:canada']);
  assert.equal(agreement.code, 2);
  assert.match(agreement.stderr, /^gloss: agreement "canada" is ambiguous: canada-china-cyber-agreement, /);
  const article = gloss(['show', 'urn:gloss:article:china']);
  assert.equal(article.code, 2);
  assert.match(article.stderr, /^gloss: no article "china"/);
  const actor = gloss(['show', 'urn:gloss:actor:china', '--json']);
  assert.equal(actor.code, 0, actor.stderr);
  assert.equal(JSON.parse(actor.stdout).kind, 'actor');
  assert.equal(gloss(['show', 'urn:gloss:actor:mackay-beijing-2013']).code, 2);
});
