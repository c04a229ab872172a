// Read mode's sweep over spans (read/sweep.ts): for ranges that only move forward, the spans it gives
// are the ones a filter over every span gives, in the same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Sweep } from '../src/read/sweep.js';

const span = fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 25 })).map(([from, n]) => ({ from, to: from + n }));

test('for any spans and any forward-moving ranges, the spans overlapping each range as a filter finds them', () => {
  fc.assert(
    fc.property(fc.array(span, { maxLength: 30 }), fc.array(fc.tuple(fc.nat({ max: 8 }), fc.nat({ max: 12 })), { maxLength: 20 }), (spans, steps) => {
      const sweep = new Sweep(spans);
      let from = 0;
      let to = 0;
      for (const [ahead, width] of steps) {
        from += ahead;
        to = Math.max(to, from + width);
        assert.deepEqual(sweep.overlapping(from, to), spans.filter((s) => s.from < to && s.to > from), `${from}–${to}`);
      }
    }),
    { numRuns: 500 },
  );
});
