// inert (src/output/inert.ts): what untrusted text becomes on its way to a terminal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inert, inertPiece } from '../src/output/inert.js';

test('inert: controls become visible notation; tab, LF and the CR of a CRLF line end are line layout', () => {
  const cases: [string, string][] = [
    ['a\tb\nc', 'a\tb\nc'],
    ['\u001b[31mred\u0007', '␛[31mred␇'],
    ['\u007f \u009b \u202e', '␡ <U+009B> <U+202E>'],
    // Line and paragraph separators: no terminal's line end, shown (before: raw). Marks and joiners stay.
    ['a\u2028b\u2029c \u2066d\u2069', 'a<U+2028>b<U+2029>c <U+2066>d<U+2069>'],
    ['\u200f\u200e\u061c\u200d\u200c', '\u200f\u200e\u061c\u200d\u200c'],
    // A CRLF line end is a line end, however many there are in a row.
    ['one\r\ntwo\r\n\r\nthree\r\n', 'one\ntwo\n\nthree\n'],
    // A CR with no LF right after it is a stray control, wherever it is.
    ['Tues\rday', 'Tues␍day'],
    ['end\r', 'end␍'],
    ['\r\r\n', '␍\n'],
    ['\n\r', '\n␍'],
  ];
  for (const [text, shown] of cases) assert.equal(inert(text), shown, JSON.stringify(text));
});

test('inertPiece: a piece ending between the CR and LF of a line end leaves the line end to the LF', () => {
  assert.equal(inertPiece('involved.”\r', '\n\r\nCritics'), 'involved.”');
  assert.equal(inertPiece('involved.”\r', ' Critics'), 'involved.”␍');
  assert.equal(inertPiece('involved.”\r', ''), 'involved.”␍');
  assert.equal(inertPiece('a\r\nb', 'c'), 'a\nb');
});
