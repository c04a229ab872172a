// Passages (search/passages.ts): sentences, and a sentence longer than MAX_PASSAGE in bounded pieces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_PASSAGE, splitPassages } from '../src/search/passages.js';
import { passageAt } from '../src/query/resolve.js';
import { OffsetMap } from '../src/text/offsets.js';

test('sentences are passages as they were: short ones whole, an abbreviation mended', () => {
  const text = 'Gen. Chang Wanquan spoke. Critics said the accord was weak.\nA second paragraph';
  assert.deepEqual(splitPassages(text).map((p) => text.slice(p.from, p.to)), ['Gen. Chang Wanquan spoke.', 'Critics said the accord was weak.', 'A second paragraph']);
});

test('a sentence of 10,000 words with no full stop: pieces of at most MAX_PASSAGE, cut between words', () => {
  const text = `Ann Lee said ${'word '.repeat(10_000)}end`;
  const pieces = splitPassages(text);
  assert.ok(pieces.length > 1);
  for (const p of pieces) assert.match(text.slice(p.from, p.to), /^(?:Ann Lee said )?word(?: word)*(?: end)?$/);
  assert.equal(pieces.map((p) => text.slice(p.from, p.to)).join(' '), text);
});

// Long runs of words, of letters with no space (cut at the limit) and of astral characters (never cut
// between the halves of a surrogate pair), with spaces of several kinds between them.
const run = fc.tuple(fc.constantFrom('word', 'x', '\u{1F600}', 'é', ' ', '\u00a0', '  ', '\t', ', ', '. '), fc.nat({ max: 1500 })).map(([s, n]) => s.repeat(n));
const textArb = fc.array(run, { minLength: 1, maxLength: 8 }).map((xs) => xs.join(''));

test('for any text, every passage is at most MAX_PASSAGE long, trimmed, whole characters, in order, and together they hold every non-space', () => {
  fc.assert(
    fc.property(textArb, (text) => {
      const ps = splitPassages(text);
      let at = 0;
      for (const p of ps) {
        const s = text.slice(p.from, p.to);
        assert.ok(p.from >= at && p.to > p.from && p.to - p.from <= MAX_PASSAGE, `${p.from}-${p.to}`);
        assert.ok(s.trim() === s, `untrimmed ${JSON.stringify(s.slice(0, 20))}`);
        assert.ok(!/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(s), 'a surrogate pair cut in two');
        at = p.to;
      }
      assert.equal(ps.map((p) => text.slice(p.from, p.to)).join('').replace(/\s/g, ''), text.replace(/\s/g, ''));
    }),
    { numRuns: 200 },
  );
});

// A passage id (ARTICLE@N) is resolved from the lines around N (query/resolve.ts passageAt), not by
// splitting the whole article: the same passage as the first, whole-text rule gives, for any text and
// any offset, lines and astral characters included.
const linedText = fc.array(fc.oneof(run, fc.constantFrom('\n', '\n\n', 'Mr. Lee spoke. ', 'Gen. Chang said so.', '\u{1F600} ok. ')), { minLength: 1, maxLength: 10 }).map((xs) => xs.join(''));

test('for any text and code point offset, the passage found from its lines is the one the whole text gives', () => {
  fc.assert(
    fc.property(linedText, fc.nat(), (text, n) => {
      const map = new OffsetMap(text);
      const cp = n % (map.toCodePoint(text.length) + 1);
      const at = map.toUtf16(cp);
      assert.equal(map.toCodePoint(at), cp);
      const whole = splitPassages(text);
      const expected = whole.find((x) => map.toCodePoint(x.to) > cp) ?? whole.at(-1) ?? { from: 0, to: text.length };
      assert.deepEqual(passageAt(text, at), { from: expected.from, to: expected.to });
    }),
    { numRuns: 400 },
  );
});

test('an offset in a run of 400,000 empty lines finds the passage after them, and an offset past the last passage the last one', () => {
  const text = `Start here.${'\n'.repeat(400_000)}End here.${'\n'.repeat(400_000)}`;
  const end = text.indexOf('End');
  assert.deepEqual(passageAt(text, 20), { from: end, to: end + 'End here.'.length });
  assert.deepEqual(passageAt(text, text.length - 5), { from: end, to: end + 'End here.'.length });
  assert.deepEqual(passageAt(text, 0), { from: 0, to: 'Start here.'.length });
});
