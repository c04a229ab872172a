// preview and previewPair (src/text/preview.ts): the short forms of a quote and the passage meant in
// one-line messages. A pair is cut where it differs, so a slip late in a long quote shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { preview, previewPair } from '../src/text/preview.js';

const MEANT = 'If there is a general feeling, an assessment on the part of some hackers, there are no rules, that this is the law of the jungle, then that is a very destabilizing thing';
const typed = (from: string, to: string) => MEANT.replace(from, to);

test('preview: a JSON string, cut after 57 characters', () => {
  assert.equal(preview('the accord was weak'), '"the accord was weak"');
  assert.equal(preview(MEANT), '"If there is a general feeling, an assessment on the part ..."');
  assert.equal(preview('a\nb'), '"a\\nb"');
});

const pairs: [string, string, string, [string, string]][] = [
  ['short strings are shown whole', 'the acord was weak', 'the accord was weak', ['"the acord was weak"', '"the accord was weak"']],
  // Before: "If there is a general feeling, an assessment on the part ..." twice.
  ['a slip at the end: the words before it and the rest', typed('destabilizing', 'destabilising'), MEANT, ['"... a very destabilising thing"', '"... a very destabilizing thing"']],
  ['a slip in the middle: cut after 57 characters too', typed('hackers', 'hakcers'), MEANT, ['"... of some hakcers, there are no rules, that this is the..."', '"... of some hackers, there are no rules, that this is the..."']],
  ['a slip near the start: as preview() shows them', typed('general', 'genral'), MEANT, [preview(typed('general', 'genral')), preview(MEANT)]],
  ['a quote running on past the passage: the words before where it does', `${MEANT} to all of us`, MEANT, ['"... very destabilizing thing to all of us"', '"... very destabilizing thing"']],
  ['no blank near the difference: LEAD characters before it', `${'x'.repeat(100)}a${'y'.repeat(10)}`, `${'x'.repeat(100)}b${'y'.repeat(10)}`, [`"...${'x'.repeat(30)}a${'y'.repeat(10)}"`, `"...${'x'.repeat(30)}b${'y'.repeat(10)}"`]],
];

for (const [name, a, b, shown] of pairs) test(`previewPair: ${name}`, () => assert.deepEqual(previewPair(a, b), shown));

test('previewPair never cuts a character in two', () => {
  for (let n = 20; n < 60; n++) {
    const [a, b] = previewPair(`${'😀'.repeat(n)}a${'😀'.repeat(n)}`, `${'😀'.repeat(n)}b${'😀'.repeat(n)}`);
    for (const s of [a, b]) assert.doesNotMatch(s, /\\ud[89a-f]/, s);
  }
});
