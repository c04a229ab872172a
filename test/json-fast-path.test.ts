// Annotation files that are JSON are read by JSON.parse (src/corpus/yaml-source.ts), which keeps the
// last of duplicate keys silently: the keys written are counted against the keys parsed, and any
// difference sends the file to the YAML parser, which reports it with its position.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countJsonKeys, parseYaml } from '../src/corpus/yaml-source.js';

function keysOf(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + keysOf(x), 0);
  if (v !== null && typeof v === 'object') return Object.entries(v).reduce((n, [, x]) => n + 1 + keysOf(x), 0);
  return 0;
}

test('keys are counted, not strings that look like keys inside values', () => {
  const cases: [string, number][] = [
    ['{}', 0],
    ['{"a": 1}', 1],
    ['{"a" \n\t : "b: c", "d": ["e", "f:"]}', 2],
    ['{"say \\"hi\\"": "x\\\\", "y": "\\\\\\"z\\":"}', 2],
    ['{"path": "C:\\\\", "q": "\\"", "r": {"s": {"t": null}}}', 5],
    ['["a", "b", {"c": ":"}]', 1],
    ['{"\\u0022": "\\u0022:", "k\\\\": 1}', 2],
  ];
  for (const [src, n] of cases) {
    assert.equal(keysOf(JSON.parse(src)), n, src);
    assert.equal(countJsonKeys(src), n, src);
  }
});

test('on generated JSON of any shape and spacing, the count is the number of keys', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pieces = ['a', '"', '\\', ':', ' ', '\n', '{', '}', '[', ']', ',', '\u201c', 'é', '\\"', '":'];
  const str = () => Array.from({ length: Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
  const value = (depth: number): unknown => {
    const r = random();
    if (depth > 3 || r < 0.4) return r < 0.2 ? str() : Math.floor(r * 100);
    if (r < 0.7) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, (_, i) => [`${str()}${i}`, value(depth + 1)]));
  };
  for (let i = 0; i < 500; i++) {
    const v = { root: value(0) };
    for (const space of [0, 2, '\t']) {
      const src = JSON.stringify(v, null, space);
      assert.equal(countJsonKeys(src), keysOf(v), src);
    }
  }
});

test('a JSON file with a duplicate key is reported where the key is, as in YAML', () => {
  const parsed = parseYaml('{\n  "id": "a",\n  "title": "T",\n  "id": "b"\n}\n');
  assert.equal(parsed.problems.length, 1);
  assert.match(parsed.problems[0]!.message, /unique|duplicate/i);
  assert.deepEqual([parsed.problems[0]!.line, parsed.problems[0]!.column], [4, 3]);
  // Without duplicates the fast path gives the data.
  assert.deepEqual(parseYaml('{"id": "a", "about": ["x", "y"]}').data, { id: 'a', about: ['x', 'y'] });
});
