// places.ts gathers ranked hits by place. It looks for a claim's host among its own article's hits
// only; it must gather exactly as the rule written over all hits does (below, as first written).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { byPlace } from '../src/search/places.js';
import type { Hit } from '../src/search/engine.js';
import type { SearchDoc } from '../src/search/documents.js';

const overlaps = (a: Hit, b: Hit) =>
  a.doc.article !== null && a.doc.article === b.doc.article && a.doc.start! < b.doc.end! && b.doc.start! < a.doc.end!;

function reference(ranked: readonly Hit[]): Hit[] {
  const isClaim = (h: Hit) => h.doc.kind === 'quote' || h.doc.kind === 'claim';
  const passages = ranked.filter((h) => h.doc.kind === 'passage');
  const results = new Map<Hit, Hit[]>();
  const home = new Map<Hit, Hit>();
  for (const h of ranked) {
    if (!isClaim(h)) continue;
    const host = passages.find((p) => overlaps(p, h)) ?? [...results.keys()].find((r) => isClaim(r) && overlaps(r, h));
    if (host) {
      home.set(h, host);
      results.set(host, [...(results.get(host) ?? []), h]);
    } else results.set(h, []);
  }
  const out: Hit[] = [];
  const seen = new Set<Hit>();
  for (const h of ranked) {
    const place = home.get(h) ?? h;
    if (seen.has(place)) continue;
    seen.add(place);
    const held = results.get(place) ?? [];
    out.push({ ...place, score: Math.min(place.score, ...held.map((x) => x.score)), held });
  }
  return out;
}

const hitArb = fc
  .record({
    kind: fc.constantFrom<SearchDoc['kind']>('passage', 'passage', 'quote', 'claim', 'claim', 'actor', 'agreement'),
    article: fc.constantFrom('a', 'b', 'c'),
    start: fc.integer({ min: 0, max: 60 }),
    length: fc.integer({ min: 1, max: 25 }),
    score: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ kind, article, start, length, score }) => {
    const registry = kind === 'actor' || kind === 'agreement';
    const doc = { kind, id: '', article: registry ? null : article, start: registry ? null : start, end: registry ? null : start + length } as unknown as SearchDoc;
    return { doc, score, matches: [], nameMatches: [], remarkMatches: [], held: [] } satisfies Hit;
  });

test('byPlace gathers claims under the same places, in the same order, with the same scores, as the rule over all hits', () => {
  fc.assert(
    fc.property(fc.array(hitArb, { maxLength: 60 }), (hits) => {
      const ranked = [...hits].sort((x, y) => x.score - y.score);
      const got = byPlace(ranked);
      const want = reference(ranked);
      assert.equal(got.length, want.length);
      got.forEach((g, i) => {
        const w = want[i]!;
        assert.equal(g.doc, w.doc, `result ${i} is the same place`);
        assert.equal(g.score, w.score);
        assert.deepEqual(g.held.map((x) => x.doc), w.held.map((x) => x.doc));
      });
    }),
    { numRuns: 3000 },
  );
});

test('byPlace: a claim goes under the best passage of its own article that it overlaps, never another article\'s', () => {
  const hit = (kind: SearchDoc['kind'], article: string, start: number, end: number, score: number): Hit =>
    ({ doc: { kind, id: `${article}${kind}${start}`, article, start, end } as unknown as SearchDoc, score, matches: [], nameMatches: [], remarkMatches: [], held: [] });
  const otherPassage = hit('passage', 'b', 0, 50, 0.1);
  const passage = hit('passage', 'a', 0, 50, 0.3);
  const claim = hit('quote', 'a', 10, 20, 0.2);
  const sameSpan = hit('claim', 'a', 60, 70, 0.25);
  const sameSpan2 = hit('claim', 'a', 60, 70, 0.4);
  const out = byPlace([otherPassage, claim, sameSpan, passage, sameSpan2]);
  assert.deepEqual(out.map((r) => r.doc.id), ['bpassage0', 'apassage0', 'aclaim60']);
  assert.deepEqual(out[1]!.held.map((x) => x.doc.id), ['aquote10']);
  assert.equal(out[1]!.score, 0.2, 'a place keeps its best member\'s score');
  assert.deepEqual(out[2]!.held.map((x) => x.doc.id), ['aclaim60']);
});
