// The width fast path (src/output/width.ts) must agree with string-width wherever it answers alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import { displayWidth, loadWidth, NARROW, needsWidthLibrary } from '../src/output/width.js';

test('every character the fast path measures is as wide as string-width says', async () => {
  await loadWidth();
  let checked = 0;
  for (let cp = 0; cp <= 0xffff; cp++) {
    const c = String.fromCharCode(cp);
    if (!NARROW.test(c) || c === '\n') continue;
    assert.equal(stringWidth(c), 1, `U+${cp.toString(16).padStart(4, '0')}`);
    checked++;
  }
  assert.ok(checked > 900, `${checked} characters checked`);
  assert.equal(displayWidth('⟦c1 “It’s like terrorism” ⟧ │ → end\n'), stringWidth('⟦c1 “It’s like terrorism” ⟧ │ → end'));
});

test('anything else goes to the library: wide, zero-width, combining, emoji', async () => {
  await loadWidth();
  for (const s of ['中国', 'e\u0301', 'a\u200bb', '🇨🇦', 'soft\u00adhyphen', '\u2b05']) {
    assert.equal(needsWidthLibrary(s), true, s);
    assert.equal(displayWidth(s), stringWidth(s), s);
  }
  assert.equal(displayWidth('中国'), 4);
});
