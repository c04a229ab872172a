// The drafter's spans looked up by where they lie (src/draft/span-cells.ts) answer as a look at every
// span does: each question is asked of both, on spans of every length, some added twice, some empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpanCells } from '../src/draft/span-cells.js';
import { overlaps, type Range16 } from '../src/draft/proposal.js';
import { random } from './helpers.js';

test('spans near a range: some, filter and find answer as a scan of every span, in the order added', () => {
  const next = random(5);
  const span = (): { range: Range16; id: number } => {
    const from = Math.floor(next() * 1000);
    // Mostly names' widths, some paragraphs' (filed in many cells), some empty.
    const length = next() < 0.1 ? Math.floor(next() * 400) : next() < 0.1 ? 0 : Math.floor(next() * 20);
    return { range: { from, to: from + length }, id: Math.floor(next() * 3) };
  };
  for (let round = 0; round < 50; round++) {
    const spans = Array.from({ length: Math.floor(next() * 200) }, span);
    // The same span twice is found twice, as in a list.
    if (spans.length > 0) spans.push(spans[Math.floor(next() * spans.length)]!);
    const cells = new SpanCells<(typeof spans)[number]>((s) => s.range);
    const added: typeof spans = [];
    for (const s of spans) {
      cells.add(s);
      added.push(s);
      if (next() > 0.1) continue;
      for (let q = 0; q < 20; q++) {
        const r = span().range;
        const tests = [(o: (typeof spans)[number]) => overlaps(o.range, r), (o: (typeof spans)[number]) => o.range.from <= r.from && r.to <= o.range.to, (o: (typeof spans)[number]) => r.from <= o.range.from && o.range.to <= r.to && o.id === 1];
        for (const t of tests) {
          assert.equal(cells.some(r, t), added.some(t));
          assert.deepEqual(cells.filter(r, t), added.filter(t));
          assert.equal(cells.find(r, t), added.find(t));
        }
      }
    }
  }
});
