// Read mode's heading is rendered by marked-terminal's renderer driven without marked (src/read/header.ts
// renderTokens): for any title and byline, any width, coloured or not, it gives what marked's own parser
// gives with the marked-terminal extension.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Chalk } from 'chalk';
import { Marked } from 'marked';
import { markedTerminal } from 'marked-terminal';
import type { Article } from '../src/model.js';
import { headingTokens, renderTokens, terminalOptions } from '../src/read/header.js';
import { PLAIN_CHALK } from '../src/output/terminal.js';

// Words, every kind of space, and what marked-terminal treats specially: hard breaks ("<br />" and a
// carriage return, made visible by inert), its colon placeholder, entities, wide and combining characters.
const piece = fc.constantFrom('MacKay', 'a', 'Xi', 'cyber-espionage', ' ', '  ', '\t', '\n', '\r', '<br />', '*#COLON|*', '&amp;', ':', '·', '中国', '👍🏽', 'e\u0301', '—', 'averyveryverylongwordwithoutanybreaks');
const words = fc.array(piece, { maxLength: 14 }).map((xs) => xs.join(''));
const article = fc.record({
  title: words,
  outlet: fc.option(words, { nil: null }),
  author: fc.option(words, { nil: null }),
  date: fc.option(words, { nil: null }),
  inferred: fc.record({ outlet: fc.boolean(), author: fc.boolean(), date: fc.boolean() }),
});

test('renderTokens gives what marked gives with marked-terminal, for any heading, width and colour level', () => {
  fc.assert(
    fc.property(article, fc.integer({ min: 1, max: 120 }), fc.constantFrom(0, 1, 2, 3), (fields, width, level) => {
      const a = { ...fields, inferred: Object.fromEntries(Object.entries(fields.inferred).filter(([, v]) => v).map(([k]) => [k, 'why'])) } as unknown as Article;
      const chalk = level === 0 ? PLAIN_CHALK : new Chalk({ level });
      const options = terminalOptions(chalk, width);
      const tokens = headingTokens(a);
      const viaMarked = new Marked().use(markedTerminal(options)).parser(headingTokens(a)) as string;
      assert.equal(renderTokens(tokens, options), viaMarked);
    }),
    { numRuns: 400 },
  );
});

test('renderTokens refuses a token kind it does not render, rather than printing nothing', () => {
  assert.throws(() => renderTokens([{ type: 'nonesuch', raw: '' } as never], terminalOptions(PLAIN_CHALK, 80)), /no renderer for nonesuch/);
});
