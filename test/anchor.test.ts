import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorQuote } from '../src/corpus/anchor.js';
import type { SelectorInput } from '../src/schema.js';

const TEXT = 'MacKay said. Peter MacKay told “the jungle” story. MacKay’s visit. MacKayan.';

const found = (sel: SelectorInput) => {
  const r = anchorQuote(TEXT, sel);
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.ranges.map((x) => TEXT.slice(x.from, x.to) + '@' + x.from);
};
const failure = (sel: SelectorInput) => {
  const r = anchorQuote(TEXT, sel);
  assert.ok(!r.ok, 'expected an anchoring error');
  return r.message;
};

const cases: [string, () => void][] = [
  ['a unique quote', () => assert.deepEqual(found({ quote: 'Peter MacKay' }), ['Peter MacKay@13'])],
  ['by prefix', () => assert.deepEqual(found({ quote: 'MacKay', prefix: 'Peter ' }), ['MacKay@19'])],
  ['by suffix', () => assert.deepEqual(found({ quote: 'MacKay', suffix: '’s' }), ['MacKay@51'])],
  ['by occurrence', () => assert.deepEqual(found({ quote: 'MacKay', occurrence: 2 }), ['MacKay@19'])],
  ['by occurrence list', () => assert.deepEqual(found({ quote: 'MacKay', occurrence: [1, 3] }), ['MacKay@0', 'MacKay@51'])],
  ['all whole-word occurrences, not MacKayan', () => assert.equal(found({ quote: 'MacKay', occurrence: 'all' }).length, 3)],
  ['through extends the span', () => assert.deepEqual(found({ quote: 'Peter', through: 'story.' }), ['Peter MacKay told “the jungle” story.@13'])],
  ['ambiguous', () => assert.match(failure({ quote: 'MacKay' }), /ambiguous quote "MacKay": it occurs 4×/)],
  ['occurrence out of range', () => assert.match(failure({ quote: 'Peter', occurrence: 2 }), /occurs only 1×/)],
  ['prefix that never matches', () => assert.match(failure({ quote: 'MacKay', prefix: 'Paul ' }), /never with that prefix/)],
  ['straight quotes suggest the curly ones', () => assert.match(failure({ quote: '"the jungle"' }), /did you mean "“the jungle”" \(curly vs straight quotes/)],
  ['a typo suggests the passage', () => assert.match(failure({ quote: 'the jungel' }), /did you mean "the jungle"/)],
  ['spacing', () => assert.match(failure({ quote: 'Peter  MacKay' }), /did you mean "Peter MacKay" \(spacing/)],
  ['nothing near', () => assert.doesNotMatch(failure({ quote: 'completely unrelated words here' }), /did you mean/)],
];
for (const [name, run] of cases) test(`anchor: ${name}`, run);
