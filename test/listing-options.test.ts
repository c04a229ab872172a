// Listings: --limit N, --no-header for csv/tsv, search's --fields in a table; every CSV/TSV header
// names each column once and every NDJSON record keeps its record kind (a region's own kind is
// regionKind).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { gloss } from './helpers.js';

const LISTINGS = ['list', 'actors', 'agreements', 'claims', 'quotes', 'mentions'];

test('every listing takes --limit N (0: all); a bad N is an error', () => {
  for (const cmd of LISTINGS) {
    const all = gloss([cmd, '--format', 'ndjson']).stdout.trim().split('\n');
    const two = gloss([cmd, '--format', 'ndjson', '--limit', '2']).stdout.trim().split('\n');
    assert.deepEqual(two, all.slice(0, 2), cmd);
    assert.equal(gloss([cmd, '--format', 'ndjson', '--limit', '0']).stdout.trim().split('\n').length, all.length, cmd);
  }
  assert.equal(JSON.parse(gloss(['claims', '--json', '-n', '3']).stdout).length, 3);
  const bad = gloss(['claims', '--limit', '-1']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^gloss: --limit "-1": give a whole number/);
});

test('an option given an empty value (an unset shell variable) is refused, never taken as no filter', () => {
  // Before: claims --article "" listed every claim with exit 0; --threshold "" searched exactly.
  for (const args of [
    ['claims', '--article', ''],
    ['quotes', '--article', ' '],
    ['mentions', '--actor', ''],
    ['agreements', '--party', ''],
    ['search', 'china', '--threshold', ''],
    ['search', 'china', '--kind', ''],
    ['claims', '--fields', ''],
    ['--corpus', '', 'list'],
    ['export', '-o', ''],
  ]) {
    const r = gloss(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    assert.match(r.stderr, /^gloss: --[a-z]+: empty value \(give one, or leave the option out\)\n$/, args.join(' '));
  }
});

test('--no-header leaves out the header row of csv and tsv, nothing else', () => {
  const csv = gloss(['claims', '--format', 'csv', '--fields', 'id,quote']).stdout;
  assert.equal(gloss(['claims', '--format', 'csv', '--fields', 'id,quote', '--no-header']).stdout, csv.slice(csv.indexOf('\r\n') + 2));
  const tsv = gloss(['actors', '--format', 'tsv']).stdout;
  assert.equal(gloss(['actors', '--format', 'tsv', '--no-header']).stdout, tsv.slice(tsv.indexOf('\n') + 1));
  assert.equal(gloss(['export', '--format', 'tsv', '--no-header']).stdout.split('\n')[0]!.split('\t')[0], 'claim');
});

test('search honours --fields in a table, as the listings do', () => {
  // "jungle" is in one place only (one result per place, issue 16); "hackers" is in many.
  const one = gloss(['search', 'jungle', '--fields', 'kind,id,line', '-n', '2']).stdout.trimEnd().split('\n');
  assert.deepEqual(one.slice(1).map((l) => l.split(/ +/)), [['passage', 'collins-cyber-deal-2016@2328', '24']]);
  const r = gloss(['search', 'hackers', '--fields', 'kind,id,line', '-n', '2']);
  assert.equal(r.code, 0, r.stderr);
  const rows = r.stdout.trimEnd().split('\n');
  assert.match(rows[0]!, /^kind +id +line$/);
  assert.equal(rows.length, 3, 'a header and -n 2 rows');
  for (const row of rows.slice(1)) assert.match(row, /^passage +[a-z0-9-]+@\d+ +\d+$/, 'the fields asked for, the ids whole');
  const csv = gloss(['search', 'jungle', '--format', 'csv', '--fields', 'id,score', '-n', '1']).stdout;
  assert.match(csv, /^id,score\r\n[^,]+,[\d.]+\r\n$/);
});

test('every CSV and TSV header names each column once; csv readers see each record\'s own kind', () => {
  const runs = [...LISTINGS.map((c) => [c]), ['export'], ['search', 'china', '-n', '0'], ['verify', '--in', '-']];
  for (const args of runs) {
    for (const format of ['csv', 'tsv']) {
      const out = gloss([...args, '--format', format], { input: 'Walma warned of “the law of the jungle”.\n' }).stdout;
      const header = (format === 'csv' ? out.split('\r\n')[0]! : out.split('\n')[0]!).split(format === 'csv' ? ',' : '\t');
      assert.equal(new Set(header).size, header.length, `${args.join(' ')} ${format}: ${header.join(',')}`);
    }
  }
  const doc = JSON.parse(gloss(['export']).stdout) as { regions: { regionKind: string }[]; claims: unknown[]; mentions: unknown[] };
  assert.ok(doc.regions.length > 0 && doc.regions.every((r) => typeof r.regionKind === 'string'));
  const rows = parse(gloss(['export', '--format', 'csv']).stdout, { columns: true }) as Record<string, string>[];
  const count = (kind: string) => rows.filter((r) => r.kind === kind).length;
  assert.deepEqual([count('claim'), count('mention'), count('region')], [doc.claims.length, doc.mentions.length, doc.regions.length]);
  assert.ok(rows.filter((r) => r.kind === 'region').every((r) => r.regionKind !== ''));
});

test('every NDJSON record keeps its record kind; jq can select the regions', () => {
  const records = gloss(['export', '--format', 'ndjson']).stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; regionKind?: string });
  const kinds = new Set(records.map((r) => r.kind));
  assert.deepEqual([...kinds].sort(), ['actor', 'agreement', 'article', 'claim', 'mention', 'region']);
  const regions = records.filter((r) => r.kind === 'region');
  assert.ok(regions.length > 0);
  assert.ok(regions.every((r) => ['furniture', 'caption', 'navigation', 'comment-form', 'cookie-notice', 'byline'].includes(r.regionKind!)));
});

test('agreements --article lists the agreements an article mentions, as actors --article lists its actors (before: unknown option)', () => {
  const ids = (args: string[]) => {
    const r = gloss(['agreements', ...args, '--format', 'tsv', '--fields', 'id', '--no-header']);
    return { code: r.code, ids: r.stdout.split('\n').filter(Boolean), stderr: r.stderr };
  };
  const all = ids([]).ids;
  for (const article of ['collins', 'et-cyber']) {
    const listed = ids(['--article', article]);
    assert.equal(listed.code, 0, listed.stderr);
    // The agreements of that article's mentions, from the mentions listing itself, in the registry's order.
    const mentioned = new Set(gloss(['mentions', '--article', article, '--format', 'tsv', '--fields', 'agreement', '--no-header']).stdout.split('\n').filter(Boolean));
    assert.deepEqual(listed.ids, all.filter((id) => mentioned.has(id)), article);
    // With another filter, both hold.
    assert.deepEqual(ids(['--article', article, '--status', 'signed']).ids, listed.ids.filter((id) => ids(['--status', 'signed']).ids.includes(id)));
  }
  assert.ok(ids(['--article', 'et-cyber']).ids.length < all.length, 'a filter');
  // An article that mentions none: nothing found, exit 1; no such article: exit 2.
  assert.equal(ids(['--article', 'mackay']).code, 1);
  assert.equal(ids(['--article', 'nope']).code, 2);
});

test('quotes --attribution other than direct is refused with the listing that has them: quotes lists direct claims only', () => {
  // Before: accepted, and it matched nothing (an empty listing, exit 1), as if there were none.
  for (const how of ['indirect', 'author', 'second-hand']) {
    const r = gloss(['quotes', '--attribution', how]);
    assert.equal(r.code, 2, how);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `gloss: quotes lists direct claims only, so --attribution ${how} matches none: gloss claims --attribution ${how} lists them\n`);
  }
  const direct = gloss(['quotes', '--attribution', 'direct', '--json']);
  assert.equal(direct.code, 0, direct.stderr);
  assert.deepEqual(direct.stdout, gloss(['quotes', '--json']).stdout);
});
