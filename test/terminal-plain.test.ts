// output/terminal.ts's PLAIN_CHALK stands in for chalk at level 0 (uncoloured output never loads
// chalk): for any chain of styles and colour models, and any text, it gives what chalk gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { backgroundColorNames, Chalk, type ChalkInstance, foregroundColorNames, modifierNames } from 'chalk';
import { closeSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { linuxMajor, PLAIN_CHALK, openTerminal } from '../src/output/terminal.js';
import { BIN, scratch } from './helpers.js';

const chalk = new Chalk({ level: 0 });
// (visible, which gives '' at level 0 and is not used by gloss, is in none of these lists.)
const STYLES = [...modifierNames, ...foregroundColorNames, ...backgroundColorNames];
const MODELS = ['ansi256', 'bgAnsi256', 'underlineAnsi256', 'rgb', 'bgRgb', 'underlineRgb', 'hex', 'bgHex', 'underlineHex'] as const;
type Step = { style: string } | { model: (typeof MODELS)[number]; n: number };

function chain(c: ChalkInstance, steps: readonly Step[]): ChalkInstance {
  let at = c as unknown as Record<string, unknown>;
  for (const s of steps) {
    if ('style' in s) at = at[s.style] as Record<string, unknown>;
    else {
      const model = at[s.model] as (...a: unknown[]) => Record<string, unknown>;
      const numbers = /rgb/i.test(s.model) ? [s.n, s.n, s.n] : /hex/i.test(s.model) ? [`#${s.n.toString(16).padStart(6, '0')}`] : [s.n];
      at = model.apply(at, numbers);
    }
  }
  return at as unknown as ChalkInstance;
}

test('PLAIN_CHALK gives what chalk gives at level 0, for any styles and any text', () => {
  const step = fc.oneof(
    fc.constantFrom(...STYLES).map((style): Step => ({ style })),
    fc.record({ model: fc.constantFrom(...MODELS), n: fc.integer({ min: 0, max: 255 }) }),
  );
  const args = fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(undefined), fc.constant(null)), { maxLength: 3 });
  fc.assert(
    fc.property(fc.array(step, { minLength: 1, maxLength: 4 }), args, (steps, text) => {
      assert.equal(chain(PLAIN_CHALK, steps)(...text), chain(chalk, steps)(...text));
      assert.equal(PLAIN_CHALK(...text), chalk(...text));
    }),
    { numRuns: 1000 },
  );
  assert.equal(PLAIN_CHALK.level, 0);
  assert.equal(PLAIN_CHALK.bold.level, 0);
});

test('an uncoloured terminal takes PLAIN_CHALK; a coloured one before loadChalk() is an error', () => {
  assert.equal(openTerminal('never').chalk, PLAIN_CHALK);
  assert.equal(openTerminal('auto', { NO_COLOR: '1' }).chalk, PLAIN_CHALK);
  assert.throws(() => openTerminal('always'), /loadChalk/);
});

test('output to /dev/null (`if gloss verify "…" >/dev/null`) is answered as no terminal without loading node:tty (and net and stream behind it); a pipe neither', (t) => {
  if (process.platform !== 'linux') return t.skip('the memory devices are told by their Linux major number');
  assert.equal(linuxMajor(statSync('/dev/null').rdev), 1);
  assert.equal(linuxMajor(statSync('/dev/zero').rdev), 1);
  // glibc's makedev(1, 3) and makedev(136, 0) (a pseudo-terminal), and a major beyond twelve bits.
  assert.equal(linuxMajor(0x103), 1);
  assert.equal(linuxMajor(0x8800), 136);
  assert.equal(linuxMajor(0x0000_1000_0000_0000 + 0x100), 0x1001);
  const dir = scratch('gloss-devnull-');
  const probe = join(dir, 'probe.mjs');
  const report = join(dir, 'loaded.txt');
  // Run before gloss: at exit, whether node:tty was ever loaded.
  writeFileSync(probe, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, String(process.moduleLoadList.includes('NativeModule tty'))));\nimport { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n`);
  const devNull = openSync('/dev/null', 'w');
  try {
    for (const stdout of [devNull, 'pipe'] as const) {
      const r = spawnSync(process.execPath, ['--import', pathToFileURL(probe).href, BIN, 'search', 'trade secrets'], { stdio: ['ignore', stdout, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined } });
      assert.equal(r.status, 0, r.stderr);
      // Before: true for /dev/null (a character device, so node:tty was asked).
      assert.equal(readFileSync(report, 'utf8'), 'false', String(stdout));
    }
  } finally {
    closeSync(devNull);
  }
});
