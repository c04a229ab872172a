// The published output contract: field names, code point offsets, line/column, on a fixture whose
// text holds emoji (outside the BMP) so code points and UTF-16 units differ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, gloss, sliceCodePoints } from './helpers.js';

const mini = (...args: string[]) => gloss(['--corpus', fixture('mini'), ...args]);
const json = (...args: string[]) => {
  const r = mini(...args);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
};

test('claims --format json: the documented fields, offsets in code points', () => {
  const claims = json('claims', '--format', 'json');
  assert.equal(claims.length, 3);
  assert.deepEqual(Object.keys(claims[0]), ['id', 'article', 'start', 'end', 'line', 'column', 'quote', 'source', 'sourceName', 'reportedBy', 'cue', 'attribution', 'type', 'about', 'note', 'via']);
  const [c1] = claims;
  assert.deepEqual(
    { id: c1.id, start: c1.start, end: c1.end, line: c1.line, column: c1.column, source: c1.source, sourceName: c1.sourceName, about: c1.about },
    // The 🚀 before it counts once in code points (twice in UTF-16); the 👍 inside it likewise.
    { id: 'rocket-2020:c1', start: 105, end: 141, line: 3, column: 47, source: 'ann-lee', sourceName: 'Ann Lee', about: ['harbour-accord'] },
  );
});

test('export --format json: every span slices out of the text by code points', () => {
  const doc = json('export', '--format', 'json');
  assert.deepEqual(Object.keys(doc), ['articles', 'actors', 'agreements', 'claims', 'mentions', 'regions']);
  const text = doc.articles[0].text as string;
  assert.ok(text.includes('🚀'));
  for (const span of [...doc.claims, ...doc.mentions, ...doc.regions]) {
    assert.equal(sliceCodePoints(text, span.start, span.end), span.quote, span.id);
    // line and column (1-based, code points) point at the same place as start.
    const before = [...text].slice(0, span.start).join('');
    assert.equal(before.split('\n').length, span.line, span.id);
    assert.equal([...before.slice(before.lastIndexOf('\n') + 1)].length + 1, span.column, span.id);
  }
});

test('actors and agreements --json carry the documented fields and counts', () => {
  const actors = json('actors', '--json');
  const lee = actors.find((a: { id: string }) => a.id === 'ann-lee');
  assert.deepEqual(
    { id: lee.id, name: lee.name, type: lee.type, aliases: lee.aliases, role: lee.role, mentions: lee.mentions, claimsMade: lee.claimsMade },
    { id: 'ann-lee', name: 'Ann Lee', type: 'person', aliases: ['Lee'], role: 'Minister', mentions: 3, claimsMade: 2 },
  );
  const [accord] = json('agreements', '--json');
  assert.deepEqual(
    { id: accord.id, name: accord.name, parties: accord.parties, date: accord.date, status: accord.status },
    { id: 'harbour-accord', name: 'Harbour Accord', parties: ['ruritania'], date: '2020', status: 'signed' },
  );
  assert.deepEqual(accord.history, [{ status: 'signed', date: '2020-01', article: 'rocket-2020', source: null, note: null }]);
});

test('filters narrow the claims, and an empty result exits 1', () => {
  assert.deepEqual(json('claims', '--actor', 'ann', '--json').map((c: { id: string }) => c.id), ['rocket-2020:c1', 'rocket-2020:c3']);
  assert.deepEqual(json('claims', '--about', 'critics', '--json').map((c: { id: string }) => c.id), ['rocket-2020:c3']);
  assert.deepEqual(json('claims', '--type', 'denial', '--json').map((c: { id: string }) => c.id), ['rocket-2020:c3']);
  const none = mini('claims', '--type', 'prediction', '--json');
  assert.equal(none.code, 1);
  assert.equal(none.stdout.trim(), '[]');
});

test('quotes lists the direct quotations with their speakers', () => {
  const quotes = json('quotes', '--json');
  assert.deepEqual(quotes.map((q: { quote: string; sourceName: string }) => [q.sourceName, q.quote]), [['Ann Lee', 'a good start for everyone 👍 involved']]);
});

test('an unambiguous prefix of an id works wherever an id does', () => {
  const r = json('show', 'rock:c2', '--json');
  assert.equal(r.id, 'rocket-2020:c2');
  assert.equal(r.kind, 'claim');
  assert.match(r.context.paragraph, /^Critics said the accord was weak\./);
  assert.equal(json('claims', '--article', 'roc', '--json').length, 3);
  const bad = mini('claims', '--article', 'zz');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^gloss: no article "zz"/);
});
