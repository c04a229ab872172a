// Property (fast-check): for any text and any claims on it, read mode's layout — the text a person
// sees, marks aside — holds every character but whitespace, in order, none lost; and the bracket
// form marks each claim exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadWidth } from '../src/output/width.js';
import { inert } from '../src/output/inert.js';
import { layoutArticle } from '../src/read/layout.js';

await loadWidth();

const textArb = fc.string({ unit: fc.constantFrom(...'ab cd\nEF *_[#%s “”’ 中文 👍\t\u001b\u00e9x'.split('')), minLength: 1, maxLength: 300 })
  .map((s) => s.replace(/[\ud800-\udfff]/g, 'x'));
const visible = (s: string) => s.replace(/\s+/g, '');

test('every word of any text is shown, in order, at any width', () => {
  fc.assert(
    fc.property(textArb, fc.integer({ min: 20, max: 120 }) /* gloss never lays out narrower than 20 columns (terminal.ts) */, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }), fc.boolean(), (text, width, raw, brackets) => {
      const claims = raw.map(([a, b], i) => {
        const from = a % text.length;
        const to = Math.min(text.length, from + 1 + (b % 40));
        return { key: `c${i + 1}`, from, to };
      });
      const paras = layoutArticle(text, { claims, mentions: [], regions: [] }, { width, brackets });
      const shown = paras.flatMap((p) => p.lines.flatMap((l) => l.pieces.filter((x) => !x.mark).map((x) => x.text))).join('');
      assert.equal(visible(shown), visible(inert(text).replace(/\t/g, ' ')));
      for (const l of paras.flatMap((p) => p.lines)) assert.ok(l.width <= width);
    }),
    { numRuns: 300 },
  );
});
