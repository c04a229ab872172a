// gloss show's fields as a person and a script read them: wrapped between words only (a URL or an id
// is never broken), lines kept as long as they are when piped, a quote's own indentation kept, and
// the CR of a CRLF line end that a span stops inside shown as the line end it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gloss, scratch } from './helpers.js';

test('piped, show writes each field whole on its line: the URL greps whole', () => {
  const r = gloss(['show', 'mackay']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^url +https:\/\/www\.macleans\.ca\/news\/mackay-presses-chinese-minister-on-cyberattacks-in-beijing-meeting\/$/m);
});

test('at a width, show wraps between words and leaves a word longer than the line whole', () => {
  const r = gloss(['show', 'mackay', 'canada-china-cyber'], { env: { COLUMNS: '50' } });
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^url +https:\/\/www\.macleans\.ca\/news\/mackay-presses-chinese-minister-on-cyberattacks-in-beijing-meeting\/$/m);
  // Every id the agreement's history names is whole on its line.
  for (const id of ['collins-cyber-deal-2016', 'et-cyber-deal-2017']) assert.ok(r.stdout.includes(`"${id}"`), id);
  // Lines are within the width but where one word is longer than it.
  for (const line of r.stdout.split('\n')) if (line.length > 50) assert.ok(line.trim().split(/ +/).at(-1)!.length > 30, line);
});

test("a quote's indented line keeps its indentation; a CRLF line end a span stops inside is a line end in show and in a table, not ␍", () => {
  const dir = join(scratch('gloss-show-layout-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const add = gloss(['--corpus', dir, 'add', '-', '--id', 'crlf', '--date', '2024-01-02'], { input: 'A title\r\n\r\nThe accord was weak.\r\nThe code:\r\n    indented here\r\nend.\r\n' });
  assert.equal(add.code, 0, add.stderr);
  const file = join(dir, 'articles', 'crlf.yaml');
  const yaml = gloss(['--corpus', dir, 'show', 'crlf', '--json']).stdout;
  const sha = (JSON.parse(yaml) as { sha256: string }).sha256;
  writeFileSync(file, [
    'id: crlf', 'title: A title', 'outlet: null', 'author: null', 'date: "2024-01-02"', `sha256: ${sha}`, 'mentions: []', 'regions: []', 'claims:',
    '  - id: c1', '    quote: "The accord was weak.\\r"', '    source: ann-lee', '    attribution: author', '    type: assessment',
    '  - id: c2', '    quote: "The code:\\r\\n    indented here"', '    source: ann-lee', '    attribution: author', '    type: assessment', '',
  ].join('\n'));
  const check = gloss(['--corpus', dir, 'check']);
  assert.equal(check.code, 0, check.stderr);
  const shown = gloss(['--corpus', dir, 'show', 'crlf:c1']).stdout;
  assert.match(shown, /^quote +The accord was weak\.$/m);
  assert.doesNotMatch(shown, /␍/);
  const table = gloss(['--corpus', dir, 'claims', '--article', 'crlf', '--fields', 'id,quote']).stdout;
  assert.match(table, /^crlf:c1 +The accord was weak\.$/m);
  assert.doesNotMatch(table, /␍/);
  assert.match(gloss(['--corpus', dir, 'show', 'crlf:c2']).stdout, /^quote +The code:\n {4,}indented here$/m);
});
