// Machine formats: CSV parses back to the JSON records; TSV escapes; formulas are neutralised;
// NDJSON is one record per line even with U+2028 in the data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { toCsv, toTsv, neutraliseFormula } from '../src/output/delimited.js';
import { ndjsonChunks, toJson } from '../src/output/json.js';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, gloss, scratch } from './helpers.js';
import { flatCell } from '../src/output/listing.js';

const hostile = [
  { id: 'a', quote: '=HYPERLINK("http://evil","click")', about: ['x', 'y'], n: 3 },
  { id: 'b', quote: 'line one\nline "two"\r\nthree\rfour', about: [], n: -1 },
  { id: 'c', quote: '+1\t@SUM(A1)', about: ['z'], n: 0 },
];

test('CSV of hostile cells parses back, with formulas neutralised', () => {
  const rows = parse(toCsv(hostile, ['id', 'quote', 'about', 'n']), { columns: true }) as Record<string, string>[];
  assert.equal(rows.length, 3);
  assert.equal(rows[0]!.quote, `'=HYPERLINK("http://evil","click")`);
  assert.equal(rows[1]!.quote, 'line one\nline "two"\r\nthree\rfour');
  // A tab is a separator to a spreadsheet: the @ after it could start a field too.
  assert.equal(rows[2]!.quote, `'+1\t'@SUM(A1)`);
  assert.equal(rows[0]!.about, 'x; y');
  assert.equal(rows[1]!.n, `'-1`);
});

test('neutraliseFormula quotes the OWASP trigger characters at a cell start, past leading blanks and controls', () => {
  for (const c of ['=', '+', '-', '@']) assert.equal(neutraliseFormula(`${c}x`), `'${c}x`);
  for (const lead of ['\t', '\r', ' ', '\u0000']) assert.equal(neutraliseFormula(`${lead}=x`), `${lead}'=x`);
  assert.equal(neutraliseFormula('\tx'), '\tx', 'a tab alone is no formula');
  assert.equal(neutraliseFormula('x=1'), 'x=1');
});

test('TSV escapes tabs, newlines and backslashes so every record is one line', () => {
  const out = toTsv(hostile, ['id', 'quote']);
  const lines = out.trimEnd().split('\n');
  assert.equal(lines.length, 4);
  assert.equal(lines[2], 'b\tline one\\nline "two"\\r\\nthree\\rfour');
  assert.equal(lines[3], `c\t'+1\\t'@SUM(A1)`);
});

test('JSON escapes U+2028, U+2029, DEL and C1 so NDJSON stays one line a record', () => {
  const out = [...ndjsonChunks([{ q: 'a\u2028b\u2029c\u007fd\u009be' }, { q: 'ok' }])].join('');
  assert.equal(out.split('\n').length, 3);
  assert.deepEqual(JSON.parse(out.split('\n')[0]!), { q: 'a\u2028b\u2029c\u007fd\u009be' });
  assert.doesNotMatch(toJson({ q: '\u2028' }), /\u2028/);
});

for (const listing of ['list', 'actors', 'agreements', 'claims', 'mentions']) {
  test(`gloss ${listing}: CSV and TSV carry the same records as JSON`, () => {
    const args = ['--corpus', fixture('mini'), listing];
    const records = JSON.parse(gloss([...args, '--json']).stdout) as Record<string, unknown>[];
    const csv = parse(gloss([...args, '--format', 'csv']).stdout, { columns: true }) as Record<string, string>[];
    const tsv = gloss([...args, '--format', 'tsv']).stdout.trimEnd().split('\n');
    assert.equal(csv.length, records.length);
    assert.equal(tsv.length, records.length + 1);
    records.forEach((rec, i) => {
      for (const [k, v] of Object.entries(rec)) {
        const expected = neutraliseFormula(flatCell(v as never));
        assert.equal(csv[i]![k], expected, `${listing} ${i} ${k}`);
      }
    });
    const ndjson = gloss([...args, '--format', 'ndjson']).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(ndjson, records);
  });
}

test('--fields picks and orders the columns; an unknown field is an error', () => {
  const out = gloss(['--corpus', fixture('mini'), 'claims', '--format', 'csv', '--fields', 'source,id']).stdout;
  assert.equal(out.split('\r\n')[0], 'source,id');
  assert.equal(out.split('\r\n')[1], 'ann-lee,rocket-2020:c1');
  const bad = gloss(['--corpus', fixture('mini'), 'claims', '--format', 'csv', '--fields', 'nope']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown field nope; fields are: id, article/);
  // A field named twice: refused (before, a header id,id that csv.DictReader reads as one column).
  const twice = gloss(['--corpus', fixture('mini'), 'claims', '--format', 'csv', '--fields', 'id,source,id']);
  assert.equal(twice.code, 2);
  assert.equal(twice.stderr, 'gloss: --fields names id twice\n');
});

test('--fields naming no field ("," alone) is an error, not every field; with json or ndjson it is said to do nothing', () => {
  const none = gloss(['--corpus', fixture('mini'), 'claims', '--format', 'csv', '--fields', ',']);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /^gloss: --fields "," names no field; fields are: id, /);
  for (const args of [['claims', '--json'], ['claims', '--format', 'ndjson'], ['export', '--format', 'ndjson']]) {
    const r = gloss(['--corpus', fixture('mini'), ...args, '--fields', 'id']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^gloss: --fields applies to csv, tsv and table; n?d?json gives every field\n$/);
    assert.ok(r.stdout.includes('"quote"'), 'every field is given');
  }
});

test('--no-header with a format that has no header row, and cite --style with --json, say they do nothing, as --fields does', () => {
  // Before: each was passed over in silence.
  for (const format of ['json', 'ndjson', 'table']) {
    const r = gloss(['--corpus', fixture('mini'), 'claims', '--format', format, '--no-header']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, `gloss: --no-header applies to csv and tsv; ${format} is written as it is\n`);
  }
  assert.equal(gloss(['--corpus', fixture('mini'), 'claims', '--format', 'csv', '--no-header']).stderr, '');
  const styled = gloss(['cite', 'mackay:c4', '--json', '--style', 'bibtex']);
  assert.equal(styled.code, 0, styled.stderr);
  assert.equal(styled.stderr, "gloss: --style applies to text; json gives the citation's fields\n");
  assert.equal(JSON.parse(styled.stdout).id, 'mackay-beijing-2013:c4');
  assert.equal(gloss(['cite', 'mackay:c4', '--json']).stderr, '', 'the default style is no choice made');
});

test('--json with a --format that is not json is refused in cite as in the listings, before any output', () => {
  // Before: cite --format text --json gave JSON, exit 0, where claims refused.
  for (const args of [['cite', 'mackay:c4', '--format', 'text', '--json'], ['claims', '--format', 'csv', '--json']]) {
    const r = gloss(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}`);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `gloss: --json and --format ${args.at(-2)} disagree; give one\n`);
  }
  assert.equal(JSON.parse(gloss(['cite', 'mackay:c4', '--format', 'json', '--json']).stdout).id, 'mackay-beijing-2013:c4');
});

test('export --format w3c or sqlite with --fields says it does nothing there (and checks the names), as json does', (t) => {
  const dir = scratch('gloss-fields-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const w3c = gloss(['--corpus', fixture('mini'), 'export', '--format', 'w3c', '--fields', 'id']);
  assert.equal(w3c.code, 0, w3c.stderr);
  assert.equal(w3c.stderr, 'gloss: --fields applies to csv, tsv and table; w3c gives every field\n');
  assert.equal(JSON.parse(w3c.stdout).type, 'AnnotationCollection');
  const db = join(dir, 'out.db');
  const sqlite = gloss(['--corpus', fixture('mini'), 'export', '--format', 'sqlite', '--output', db, '--fields', 'id']);
  assert.equal(sqlite.code, 0, sqlite.stderr);
  assert.equal(sqlite.stderr, 'gloss: --fields applies to csv, tsv and table; sqlite gives every field\n');
  assert.ok(existsSync(db));
  // A field that does not exist is refused before anything is written.
  const bad = gloss(['--corpus', fixture('mini'), 'export', '--format', 'sqlite', '--output', join(dir, 'bad.db'), '--fields', 'nope']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown field nope; fields are: kind, id, /);
  assert.ok(!existsSync(join(dir, 'bad.db')));
});

test("agreements --format csv: an agreement's history is one JSON array a reader parses back (Python's csv), though its notes hold \"; \"", () => {
  const records = JSON.parse(gloss(['agreements', '--json']).stdout) as { id: string; history: unknown[] }[];
  assert.ok(records.some((r) => JSON.stringify(r.history).includes('; ')), 'a note holds "; "');
  const py = 'import csv, json, sys\nprint(json.dumps({r["id"]: json.loads(r["history"]) for r in csv.DictReader(sys.stdin)}))';
  // TSV's reader undoes its escapes (\\t, \\n, \\r, \\\\) in each field, as the README says.
  const pyTsv = [
    'import json, re, sys',
    'un = lambda f: re.sub(r"\\\\(.)", lambda m: {"t": "\\t", "n": "\\n", "r": "\\r"}.get(m.group(1), m.group(1)), f)',
    'lines = [[un(f) for f in l.split("\\t")] for l in sys.stdin.read().rstrip("\\n").split("\\n")]',
    'rows = [dict(zip(lines[0], l)) for l in lines[1:]]',
    'print(json.dumps({r["id"]: json.loads(r["history"]) for r in rows}))',
  ].join('\n');
  for (const format of ['csv', 'tsv']) {
    const out = gloss(['agreements', '--format', format]).stdout;
    const r = spawnSync('python3', ['-c', format === 'csv' ? py : pyTsv], { input: out, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), Object.fromEntries(records.map((a) => [a.id, a.history])), format);
  }
});
