// gloss cite at a terminal: plain text is wrapped to the width, Markdown only between words and with no
// line start that Markdown would read as a list or heading, and BibTeX (code) never at all. Through
// tmux, whose screen is read with soft-wrapped lines joined, as a person copying it would get them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer } from 'marked';
import { BIN, gloss, scratch } from './helpers.js';
import { withPane } from './tmux.js';

/** The lines of the screen from the first that `starts` to the shell's "exit=" line. */
function between(screen: string, starts: RegExp): string {
  const lines = screen.split('\n');
  const from = lines.findIndex((l) => starts.test(l));
  const to = lines.findIndex((l, i) => i > from && /^exit=/.test(l));
  assert.ok(from >= 0 && to > from, screen);
  return `${lines.slice(from, to).join('\n').trimEnd()}\n`;
}

test('at a terminal, cite --style bibtex is printed as it is: no key, command or url broken', async (t) => {
  const piped = gloss(['cite', 'collins:c22', '--style', 'bibtex']);
  assert.equal(piped.code, 0, piped.stderr);
  await withPane(t, 30, 40, async (pane) => {
    pane.type(`clear; node '${BIN}' --no-pager cite collins:c22 --style bibtex; echo "exit=$?"`);
    const s = await pane.waitFor('the entry', (x) => /^exit=\d/m.test(x), true);
    assert.match(s, /^exit=0/m);
    // Before: "@misc{collins-cyber-deal-201" and "6:c22," on two lines, fields broken between words.
    assert.equal(between(s, /^@misc\{/), piped.stdout);
  });
});

test('at a terminal, cite --style markdown breaks no word and starts no list inside its block quote', async (t) => {
  const dir = scratch('gloss-cite-term-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, 'c');
  assert.equal(gloss(['init', corpus]).code, 0);
  const quote = Array.from({ length: 8 }, (_, i) => `go${'o'.repeat(i)} - then + more`).join(' ');
  const text = join(corpus, 'articles', 'harbour-talks.txt');
  writeFileSync(text, `${readFileSync(text, 'utf8').trimEnd()}\n\nThe leaflet read: “${quote}.”\n`);
  const file = join(corpus, 'articles', 'harbour-talks.yaml');
  const sha256 = createHash('sha256').update(readFileSync(text)).digest('hex');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/sha256: \w+/, `sha256: ${sha256}`).replace('claims:\n', `claims:\n  - {id: c9, quote: ${JSON.stringify(quote)}, source: critics, attribution: direct, type: assertion, about: []}\n`));
  const check = gloss(['--corpus', corpus, 'check']);
  assert.equal(check.code, 0, check.stderr);
  await withPane(t, 30, 60, async (pane) => {
    pane.type(`clear; node '${BIN}' --corpus '${corpus}' --no-pager cite harbour-talks:c9 --style markdown; echo "exit=$?"`);
    const s = await pane.waitFor('the citation', (x) => /^exit=\d/m.test(x), true);
    assert.match(s, /^exit=0/m);
    const md = between(s, /^> /);
    const lines = md.trimEnd().split('\n');
    assert.ok(lines.length > 10, `wrapped to the width:\n${md}`);
    assert.ok(lines.some((l) => /^> \\[-+]/.test(l)), `some line starts with a mark, escaped:\n${md}`);
    assert.match(md, /`harbour-talks:c9`\)/);
    const tokens = new Lexer().lex(md).filter((tok) => tok.type !== 'space');
    assert.deepEqual(tokens.map((tok) => tok.type), ['blockquote'], md);
    // Inside it, paragraphs only: before, "> - then" and "> + more" were list items.
    const inner = (tokens[0] as unknown as { tokens: { type: string }[] }).tokens.filter((tok) => tok.type !== 'space');
    assert.deepEqual([...new Set(inner.map((tok) => tok.type))], ['paragraph'], md);
  });
});

test('at a terminal, cite --style markdown keeps a word longer than the line whole', async (t) => {
  await withPane(t, 30, 40, async (pane) => {
    pane.type(`clear; node '${BIN}' --no-pager cite collins:c22 --style markdown; echo "exit=$?"`);
    const s = await pane.waitFor('the citation', (x) => /^exit=\d/m.test(x), true);
    assert.match(s, /^exit=0/m);
    // Before: "`collins-cyber-deal-201" and "6:c22`)", a space in the code span.
    assert.match(between(s, /^> /), /^> `collins-cyber-deal-2016:c22`\)$/m);
  });
});
