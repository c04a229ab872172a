import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OffsetMap, codePointLength } from '../src/text/offsets.js';

test('code point offsets differ from UTF-16 after an emoji', () => {
  const text = 'a🚀b\nc👍d';
  const map = new OffsetMap(text);
  assert.equal(map.toCodePoint(text.indexOf('b')), 2);
  assert.equal(map.toCodePoint(text.indexOf('d')), 6);
  assert.equal(map.toCodePoint(text.length), codePointLength(text));
  assert.deepEqual(map.lineColumn(text.indexOf('d')), { line: 2, column: 3 });
});

test('plain text maps offsets one to one', () => {
  const map = new OffsetMap('abc\ndef');
  assert.equal(map.toCodePoint(5), 5);
  assert.deepEqual(map.lineColumn(4), { line: 2, column: 1 });
  assert.deepEqual(map.lineColumn(0), { line: 1, column: 1 });
});

test('toUtf16 is the inverse of toCodePoint at every code point, an emoji at the end included', () => {
  for (const text of ['', 'abc', 'a🚀b\nc👍d', '🚀', '🚀🚀x🚀', 'x\ud800y', 'x\udc00y']) {
    const map = new OffsetMap(text);
    const starts = [...text].reduce<number[]>((xs, ch) => [...xs, xs.at(-1)! + ch.length], [0]);
    starts.forEach((u16, cp) => assert.equal(map.toUtf16(cp), u16, `${JSON.stringify(text)} @${cp}`));
  }
});
