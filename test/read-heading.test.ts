// Property (fast-check): read's heading and byline, laid out by src/read/header.ts, are the very text
// marked-terminal made of them (with its reflow), for any title, outlet, author and date, at any
// width, with colour and without. Two inputs are left out: the literal `<br />` (marked-terminal broke
// the line there) and `*#COLON|*` (its placeholder for a colon), text marked-terminal altered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Chalk, type ChalkInstance } from 'chalk';
import { Marked, type Token, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import type { Article } from '../src/model.js';
import { inert } from '../src/output/inert.js';
import { fill, renderHeading } from '../src/read/header.js';

/** The heading as marked-terminal rendered it, from the tokens gloss handed it. */
function markedTerminalHeading(a: Article, chalk: ChalkInstance, width: number): string {
  const id = (s: string) => s;
  const m = new Marked();
  m.use(
    markedTerminal({
      code: chalk.yellow, blockquote: chalk.gray.italic, html: chalk.gray, heading: chalk.bold, firstHeading: chalk.bold.underline,
      hr: id, listitem: id, table: id, paragraph: id, strong: chalk.bold, em: chalk.italic, codespan: chalk.yellow,
      del: chalk.strikethrough, link: id, href: chalk.underline, text: id,
      emoji: false, width, reflowText: true, showSectionPrefix: false, tab: 2, unescape: false,
    }),
  );
  const text = (s: string): Tokens.Text => ({ type: 'text', raw: s, text: s });
  const inferred = (field: 'date' | 'author' | 'outlet'): Token[] => (a.inferred?.[field] ? [text(' '), { type: 'em', raw: '(inferred)', text: '(inferred)', tokens: [text('(inferred)')] }] : []);
  const outlet: Token = a.outlet === null ? text('outlet not given') : { type: 'strong', raw: a.outlet, text: inert(a.outlet), tokens: [text(inert(a.outlet))] };
  const byline: Token[] = [
    outlet, ...inferred('outlet'), text(' · '),
    text(a.author ? `by ${inert(a.author)}` : 'no author named'), ...inferred('author'), text(' · '),
    text(a.date === null ? 'undated' : inert(a.date)), ...inferred('date'),
  ];
  const title = inert(a.title).replace(/\n/g, ' ');
  const tokens: Token[] = [
    { type: 'heading', raw: title, depth: 1, text: title, tokens: [text(title)] },
    { type: 'paragraph', raw: '', text: '', tokens: byline },
  ];
  return (m.parser(tokens) as string).replace(/\n+$/, '');
}

const words = fc
  .string({ unit: fc.constantFrom(...'ab cd  EF\n\tx·é中👍\u001b\r-'.split(''), 'Ministry', 'supercalifragilisticexpialidocious-and-then-some', ' · '), maxLength: 60 })
  .map((s) => s.replace(/[\ud800-\udfff]/g, 'x'));
const maybe = (arb: fc.Arbitrary<string>) => fc.option(arb, { nil: null });
const articleArb = fc.record({
  title: words,
  outlet: maybe(words),
  author: maybe(words),
  date: maybe(words),
  inferred: fc.record({ date: fc.boolean(), author: fc.boolean(), outlet: fc.boolean() }),
});

test('heading and byline: as marked-terminal laid them out, at any width, with colour and without', () => {
  fc.assert(
    fc.property(articleArb, fc.integer({ min: 20, max: 120 }), fc.constantFrom(0, 1, 2, 3), (fields, width, level) => {
      const a = fields as unknown as Article;
      const chalk = new Chalk({ level: level as 0 | 1 | 2 | 3 });
      assert.equal(renderHeading(a, chalk, width), markedTerminalHeading(a, chalk, width));
    }),
    { numRuns: 2000 },
  );
});

test('fill: words joined by one space, long words cut, escapes taking no room', () => {
  assert.equal(fill('one two  three\tfour', 9), 'one two\nthree\nfour');
  assert.equal(fill('abcdefghijkl', 5), 'abcde\nfghij\nkl');
  assert.equal(fill('ab abcdefghijkl', 5), 'ab ab\ncdefg\nhijkl');
  assert.equal(fill('\u001b[1mbold\u001b[22m plain', 10), '\u001b[1mbold\u001b[22m plain');
  assert.equal(fill('', 10), '');
});
