// Serializers in pieces: for any document, the pieces join to what serialising it whole gives; the
// writer holds one piece at a time, so output larger than V8's longest string goes through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { constants } from 'node:buffer';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { jsonChunks, ndjsonChunks, Streamed, taggedNdjsonChunks, toJson } from '../src/output/json.js';
import { csvChunks, toCsv, toTsv, tsvChunks } from '../src/output/delimited.js';
import { writeChunks, type Destination } from '../src/output/write.js';
import type { Row } from '../src/output/listing.js';

/** A JSON value in which some arrays are Streamed, and the same value with them plain. */
const streamedDoc = fc.letrec<{ node: [unknown, unknown] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 2 }).map((v) => [v, v] as [unknown, unknown]),
    fc.array(tie('node'), { maxLength: 4 }).chain((items) =>
      fc.boolean().map((streamed) => {
        const plain = items.map(([, p]) => p);
        const withStreams = items.map(([s]) => s);
        // The items of a streamed array are written whole: they hold no streamed array themselves.
        return [streamed ? new Streamed(plain) : withStreams, plain] as [unknown, unknown];
      }),
    ),
    fc.dictionary(fc.string({ maxLength: 5 }), tie('node'), { maxKeys: 4 }).map((d) => [
      Object.fromEntries(Object.entries(d).map(([k, [s]]) => [k, s])),
      Object.fromEntries(Object.entries(d).map(([k, [, p]]) => [k, p])),
    ] as [unknown, unknown]),
  ),
}));

test('jsonChunks joins to toJson of the whole, for any document with streamed arrays anywhere', () => {
  fc.assert(
    fc.property(streamedDoc.node, ([streamed, plain]) => {
      assert.equal([...jsonChunks(streamed)].join(''), `${toJson(plain)}\n`);
    }),
    { numRuns: 500 },
  );
});

test('taggedNdjsonChunks joins to ndjsonChunks of { kind, ...record }, for any records, a kind among their keys or not', () => {
  const record = fc.dictionary(fc.oneof(fc.string({ maxLength: 5 }), fc.constant('kind')), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 });
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.string({ maxLength: 8 }), fc.array(record, { maxLength: 6 })), { maxLength: 4 }), (parts) => {
      const expected = [...ndjsonChunks(parts.flatMap(([kind, records]) => records.map((r) => ({ kind, ...r }))))].join('');
      assert.equal([...taggedNdjsonChunks(parts)].join(''), expected);
    }),
    { numRuns: 500 },
  );
});

test('taggedNdjsonChunks: records are read only as the pieces are taken, a few thousand characters a piece', () => {
  let made = 0;
  function* rows() {
    for (let i = 0; i < 10_000; i++) {
      made++;
      yield { id: i, text: 'line\u2028two' };
    }
  }
  const pieces = taggedNdjsonChunks([['row', rows()]]);
  const first = pieces.next();
  assert.equal(first.done, false);
  assert.ok(made < 10_000, 'the first piece is given before every record is read');
  assert.ok(first.value.length < 32 * 1024);
  assert.match(first.value, /^\{"kind":"row","id":0,"text":"line\\u2028two"\}\n/);
});

test('jsonChunks: a streamed array is read one item per piece, only as the pieces are taken', () => {
  let made = 0;
  function* rows() {
    for (let i = 0; i < 1000; i++) {
      made++;
      yield { id: i, text: 'line\u2028two' };
    }
  }
  const pieces = jsonChunks({ head: 1, rows: new Streamed(rows()), tail: [] });
  const first = pieces.next();
  assert.equal(first.done, false);
  assert.equal(made, 0, 'nothing read before the first piece is taken');
  let count = 0;
  for (const p of pieces) {
    count++;
    assert.ok(p.length < 200, 'no piece holds more than one record');
  }
  assert.equal(made, 1000);
  assert.ok(count > 1000);
});

const rows: Row[] = [
  { id: 'a', quote: '=cmd', about: ['x', 'y'], n: 3 },
  { id: 'b', quote: 'line one\nline "two"\r\nthree\rfour', about: [], n: -1 },
  { id: 'c', quote: 'tab\there, back\\slash', about: ['z'], n: null },
];

test('csvChunks and tsvChunks join to the whole, across batches', () => {
  const many = Array.from({ length: 1234 }, (_, i) => rows[i % rows.length]!);
  const fields = ['id', 'quote', 'about', 'n'];
  const csv = [...csvChunks(many, fields)];
  assert.ok(csv.length > 2, 'more than one batch');
  assert.equal(csv.join(''), toCsv(many, fields));
  assert.equal((parse(csv.join(''), { columns: true }) as unknown[]).length, 1234);
  assert.equal([...tsvChunks(many, fields)].join(''), toTsv(many, fields));
  assert.equal(toTsv(many, fields).split('\n').length, 1234 + 2);
  assert.deepEqual([...ndjsonChunks(rows)].map((l) => JSON.parse(l) as unknown), rows);
});

function countingDestination(closeAfter = Number.POSITIVE_INFINITY) {
  const seen = { writes: 0, chars: 0, largest: 0, head: '', tail: '' };
  const to: Destination = {
    write(s) {
      seen.writes++;
      seen.chars += s.length;
      seen.largest = Math.max(seen.largest, s.length);
      if (seen.head.length < 100) seen.head += s.slice(0, 100);
      seen.tail = (seen.tail + s).slice(-100);
    },
    closed: () => seen.writes >= closeAfter,
    drained: () => Promise.resolve(),
  };
  return { seen, to };
}

test('writeChunks hands on pieces of about 64 KiB and stops producing once the reader has gone', async () => {
  let produced = 0;
  function* endless() {
    for (;;) {
      produced++;
      yield 'x'.repeat(1000);
    }
  }
  const { seen, to } = countingDestination(3);
  await writeChunks(endless(), to);
  assert.equal(seen.writes, 3);
  assert.ok(seen.largest <= 64 * 1024 + 1000);
  assert.ok(produced < 300, `${produced} pieces made for 3 writes`);
});

test('an export larger than the longest string V8 can make goes through, where one string cannot', async () => {
  // Records share one long text, so the rows cost little memory; their JSON is over the limit.
  const text = 'a'.repeat(1 << 20);
  const count = Math.ceil(constants.MAX_STRING_LENGTH / text.length) + 8;
  const records = { *[Symbol.iterator]() { for (let i = 0; i < count; i++) yield { id: `r${i}`, text }; } };
  // One string cannot hold it: what `export --format json` met past some 17,000 articles.
  assert.throws(() => 'a'.repeat(constants.MAX_STRING_LENGTH + 1), RangeError);
  const { seen, to } = countingDestination();
  await writeChunks(jsonChunks({ articles: new Streamed(records), claims: [] }), to);
  assert.ok(seen.chars > constants.MAX_STRING_LENGTH);
  assert.ok(seen.largest < 2 * text.length, 'one record at a time');
  assert.ok(seen.head.startsWith('{\n  "articles": [\n    {\n      "id": "r0",\n      "text": "aaa'), seen.head);
  assert.ok(seen.tail.endsWith('aaaa"\n    }\n  ],\n  "claims": []\n}\n'), seen.tail);
});
