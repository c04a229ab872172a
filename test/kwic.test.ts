// Keyword in context: a search result's line is the part of the passage around its match that fits
// the width it is given, whatever the match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { kwic } from '../src/search/kwic.js';
import { loadWidth } from '../src/output/width.js';

const plain = new Chalk({ level: 0 });

test('a match wider than the window is cut to it, from the match\'s start, with an ellipsis; a narrow one is centred in its context', async () => {
  await loadWidth();
  const words = 'the minister said that a comprehensive bilateral agreement on cyber-enabled theft of trade secrets had been reached after long talks';
  const text = `Before all this, ${words}, and the press was told.`;
  const start = text.indexOf(words);
  for (const width of [20, 33, 60]) {
    const line = kwic(text, [[start, start + words.length]], width, plain);
    // Before, the whole match was shown whatever the width: 130 columns in a 20-column window.
    assert.ok(stringWidth(line) <= width, `${width}: ${line} (${stringWidth(line)})`);
    assert.ok(line.startsWith('…the minister'), line);
    assert.ok(line.endsWith('…'), line);
  }
  // Wide characters count two columns each, and a pair of surrogates is never split.
  const cjk = `${'中文'.repeat(40)}😀${'字'.repeat(30)}`;
  const line = kwic(cjk, [[0, cjk.length]], 21, plain);
  assert.ok(stringWidth(line) <= 21, line);
  assert.ok(!/[\ud800-\udbff]$|[\ud800-\udbff]…$/.test(line), 'no lone high surrogate at the cut');
  const short = kwic(text, [[text.indexOf('bilateral'), text.indexOf('bilateral') + 9]], 40, plain);
  assert.ok(stringWidth(short) <= 40 && short.includes('bilateral'), short);
});
