// Short article ids in tables: the shortest prefix ending at a hyphen that no other id starts with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { articleAbbreviations, shortId } from '../src/query/short-ids.js';

/** The definition, comparing each id with every other: what the sorted-neighbours version must equal. */
function byDefinition(ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of ids) {
    const parts = id.split('-');
    let short = id;
    for (let n = 1; n < parts.length; n++) {
      const prefix = parts.slice(0, n).join('-');
      if (ids.every((other) => other === id || !other.startsWith(prefix))) {
        short = prefix;
        break;
      }
    }
    out.set(id, short);
  }
  return out;
}

test('the shipped articles and their neighbours', () => {
  const ids = ['collins-cyber-deal-2016', 'et-cyber-deal-2017', 'mackay-beijing-2013', 'mackay-beijing-2014', 'mackay'];
  const short = articleAbbreviations(ids);
  assert.deepEqual(Object.fromEntries(short), {
    'collins-cyber-deal-2016': 'collins',
    'et-cyber-deal-2017': 'et',
    mackay: 'mackay',
    'mackay-beijing-2013': 'mackay-beijing-2013',
    'mackay-beijing-2014': 'mackay-beijing-2014',
  });
  assert.equal(shortId('collins-cyber-deal-2016:c12', short), 'collins:c12');
  assert.equal(shortId('mackay-beijing-2013@40', short), 'mackay-beijing-2013@40');
});

test('equals the definition on any set of hyphenated ids (repeats included)', () => {
  const word = fc.constantFrom('a', 'ab', 'b', 'cyber', 'deal', '2016', '2017', 'x-y');
  const id = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join('-'));
  fc.assert(
    fc.property(fc.array(id, { maxLength: 30 }), (ids) => {
      assert.deepEqual(articleAbbreviations(ids), byDefinition([...new Set(ids)]));
    }),
    { numRuns: 500 },
  );
});
