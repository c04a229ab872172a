// `gloss draft` on descriptions taken back by their head noun (src/draft/head-nouns.ts), through the CLI,
// on an invented article (test/fixtures/draft-heads): proposed for review where one actor named before
// has that head, nothing where two have it, the hand-made mention kept, and check clean once accepted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fixture, gloss, scratch } from './helpers.js';

type Mention = { quote: string; actor?: string; agreement?: string; review?: string };

function copy(): string {
  const dir = join(scratch('gloss-draft-heads-'), 'corpus');
  cpSync(fixture('draft-heads'), dir, { recursive: true });
  return dir;
}

test('a description whose head noun is that of the one actor named before it is proposed for review; one that two fit is not', () => {
  const r = gloss(['--corpus', copy(), 'draft', 'harbour']);
  assert.equal(r.code, 0, r.stderr);
  const mentions = (parse(r.stdout) as { mentions: Mention[] }).mentions;
  const of = (quote: string) => mentions.filter((m) => m.quote === quote).map((m) => m.actor ?? m.agreement);
  // "Secretary of Ports" printed before her name makes "the secretary" hers (registered "Secretary-designate").
  assert.deepEqual(of('The secretary'), ['ada-lind']);
  // A body's head noun not an institution's: "the cooperative" after the Northern Fleet Cooperative.
  assert.deepEqual(of('the cooperative'), ['northern-fleet-cooperative']);
  // A possessive: the body carrying the name of the person named last before it.
  assert.deepEqual(of('her administration'), ['lind-administration']);
  // An agreement by its head noun.
  assert.deepEqual(of('The accord'), ['harbour-accord']);
  // Two commissioners named before: which one is not shown, so nothing is proposed.
  assert.deepEqual(of('The commissioner'), []);
  for (const quote of ['The secretary', 'the cooperative', 'her administration', 'The accord']) {
    assert.match(mentions.find((m) => m.quote === quote)!.review!, /the head noun of .*the one named before it with that head: check it refers to/, quote);
  }
});

test('draft --write keeps the hand-made mention and, accepted, passes check', () => {
  const dir = copy();
  const file = join(dir, 'articles', 'harbour.yaml');
  const before = readFileSync(file, 'utf8');
  const w = gloss(['--corpus', dir, 'draft', 'harbour', '--write']);
  assert.equal(w.code, 0, w.stderr);
  const after = readFileSync(file, 'utf8');
  // Every hand-made line is still there, in order; the one hand-made mention is not proposed again.
  const lines = after.split('\n');
  let at = 0;
  for (const line of before.split('\n').filter((l) => l.trim() !== '' && !/^\s*(?:mentions|claims):\s*\[\]$/.test(l))) {
    at = lines.indexOf(line, at);
    assert.notEqual(at, -1, `hand-made line lost: ${line}`);
  }
  const drafted = parse(after) as { mentions: Mention[] };
  assert.equal(drafted.mentions.filter((m) => m.quote.includes('Ada Lind')).length, 1);
  assert.ok(drafted.mentions.some((m) => m.quote === 'The secretary' && m.review !== undefined));
  // Accepted: every review line deleted, check is clean.
  writeFileSync(file, after.split('\n').filter((l) => !/^\s*review:/.test(l)).join('\n').replace(/, review: "(?:[^"\\]|\\.)*"/g, ''));
  const c = gloss(['--corpus', dir, 'check', '--strict']);
  assert.equal(c.code, 0, c.stdout + c.stderr);
});
