// The search cache keeps each document's record without what the index already knows: its article,
// and that article's id at the head of its own id and its annotations' (src/search/documents.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadCorpus } from '../src/corpus/load.js';
import { documents, readRecord, recordFrom, storedRecord, buildSearchIndex, type SearchRecord, type StoredRecord } from '../src/search/documents.js';
import { ROOT } from './helpers.js';

const corpus = loadCorpus(join(ROOT, 'corpus'));

test('every record comes back whole from its stored form, which no longer repeats its article', () => {
  let saved = 0;
  for (const { f: _f, ...record } of documents(corpus.corpus)) {
    const r = record as SearchRecord;
    const stored = storedRecord(r);
    assert.deepEqual(recordFrom(JSON.parse(JSON.stringify(stored)) as StoredRecord, r.article), r);
    assert.equal('article' in stored, false);
    if (r.article !== null) {
      assert.ok(!stored.id.startsWith(r.article) && [...stored.annotations].every((a) => !a.startsWith(r.article!)), r.id);
      saved += JSON.stringify(r).length - JSON.stringify(stored).length;
    } else assert.equal(stored.id, r.id, 'actors and agreements keep their ids');
  }
  assert.ok(saved > 10_000, `${saved} characters saved`);
});

test('an id is shortened only where its article heads it, so no other id can be mistaken for one', () => {
  const r: SearchRecord = {
    kind: 'passage', id: 'a-b@12', article: 'a-b', order: 0, text: 't', names: '', remark: '', start: 0, end: 1, line: 1, column: 1, furniture: false,
    annotations: ['a-b:c1', 'a-bc:c2', 'other:m3', 'a-b:m4'], notes: [], actors: [], about: [],
  };
  const s = storedRecord(r);
  assert.deepEqual([s.id, s.annotations], ['@12', [':c1', 'a-bc:c2', 'other:m3', ':m4']]);
  assert.deepEqual(recordFrom(s, 'a-b'), r);
});

test('the index gives each stored record its article back', () => {
  const stored: StoredRecord[] = [];
  const { value } = buildSearchIndex(corpus, (r) => stored.push(r), () => {});
  const records = { count: stored.length, get: (i: number) => stored[i] };
  const all = [...documents(corpus.corpus)];
  assert.equal(stored.length, all.length);
  all.forEach((d, i) => {
    const r = readRecord(value, records, i);
    assert.equal(r.article, d.article);
    assert.equal(r.id, d.id);
    assert.deepEqual(r.annotations, d.annotations);
  });
});
