// The actor and agreement profiles on an analyst's own corpus: undated articles, article ids sharing
// their first word, history dates of every precision, and the notes the JSON carries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gloss, scratch } from './helpers.js';

/** The corpus `init` makes, with a second article whose id shares harbour-talks's first word. */
function corpus(): string {
  const dir = join(scratch('gloss-profiles-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const add = gloss(['--corpus', dir, 'add', '-', '--id', 'harbour-budget', '--date', '2024-06-01'], { input: 'Harbour budget\n\nThe mayor said "we will pay for the harbour."\n' });
  assert.equal(add.code, 0, add.stderr);
  return dir;
}

test('an agreement with a claim about it in an undated article: the profile, its timeline ending with the undated claims (was an internal error)', () => {
  const dir = corpus();
  const file = join(dir, 'articles', 'harbour-talks.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^date: "2024-05-14"$/m, 'date: null'));
  const r = gloss(['--corpus', dir, 'agreement', 'harbour-accord']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Timeline of claims about it\n {2}\? {2}harbour-t/);
  const j = JSON.parse(gloss(['--corpus', dir, 'agreement', 'harbour-accord', '--json']).stdout) as { timeline: { date: string | null }[] };
  assert.ok(j.timeline.length > 0);
  assert.ok(j.timeline.every((c) => c.date === null));
});

test("a profile's claim ids are shortened among every article, so each one it prints resolves", () => {
  const dir = corpus();
  for (const args of [['actor', 'ann-lee'], ['agreement', 'harbour-accord']]) {
    const out = gloss(['--corpus', dir, ...args]).stdout;
    const ids = [...out.matchAll(/\b([a-z0-9-]+:c\d+)\b/g)].map((m) => m[1]!);
    assert.ok(ids.length > 0, out);
    // "harbour:c1" would be ambiguous between harbour-talks and harbour-budget.
    for (const id of ids) assert.equal(gloss(['--corpus', dir, 'show', id]).code, 0, `${args.join(' ')}: ${id}`);
  }
});

test("an agreement's status history keeps its dates in one column whatever their precision; the notes and the mention count are shown", () => {
  const dir = corpus();
  const registry = join(dir, 'registry.yaml');
  const text = readFileSync(registry, 'utf8');
  const history = /^( +)history:\n/m.exec(text);
  assert.ok(history, text);
  const pad = `${history[1]}  `;
  const events = [['2024', 'proposed'], ['2024-05-15', 'announced']].map(([date, status]) => `${pad}- status: ${status}\n${pad}  date: "${date}"\n${pad}  article: harbour-talks\n`).join('');
  writeFileSync(registry, text.replace(history[0], `${history[0]}${events}`));
  const r = gloss(['--corpus', dir, 'agreement', 'harbour-accord'], { env: { COLUMNS: '100' } });
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n');
  const from = lines.indexOf('Status history') + 1;
  const rows = lines.slice(from, lines.indexOf('', from));
  assert.equal(rows.length, 3, r.stdout);
  const statusAt = rows.map((l) => l.search(/[a-z]{4,}/));
  assert.equal(new Set(statusAt).size, 1, rows.join('\n'));
  const j = JSON.parse(gloss(['--corpus', dir, 'agreement', 'harbour-accord', '--json']).stdout) as { mentions: number };
  assert.match(r.stdout, new RegExp(`^mentions: ${j.mentions}$`, 'm'));
});
