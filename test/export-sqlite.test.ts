// gloss export --format sqlite: the database, read back by other programs (Python's sqlite3, the
// sqlite3 shell), holds exactly what the JSON export holds, and its views answer known questions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, gloss, isGlossTemp, ROOT, scratch } from './helpers.js';

const dir = scratch('gloss-sqlite-');
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/**
 * Rebuilds the JSON export's records from the database with nothing but Python's standard library:
 * link tables back into lists, `inferred` back into an object. Prints them as JSON with the table
 * and column names it found, so the test sees anything extra too.
 */
const PY_READ_BACK = `
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.row_factory = sqlite3.Row
def rows(sql, *args):
    return [dict(r) for r in db.execute(sql, args)]
def items(table, owner, key, column):
    return [r[0] for r in db.execute(f"SELECT {column} FROM {table} WHERE {owner} = ? ORDER BY position", (key,))]
articles = rows("SELECT * FROM articles ORDER BY rowid")
for a in articles:
    a["inferred"] = None if a["inferred"] is None else json.loads(a["inferred"])
actors = rows("SELECT * FROM actors ORDER BY rowid")
for a in actors:
    a["aliases"] = items("actor_aliases", "actor", a["id"], "alias")
agreements = rows("SELECT * FROM agreements ORDER BY rowid")
for a in agreements:
    a["parties"] = items("agreement_parties", "agreement", a["id"], "party")
    a["aliases"] = items("agreement_aliases", "agreement", a["id"], "alias")
    a["history"] = rows("SELECT status, date, article, source, note FROM agreement_history WHERE agreement = ? ORDER BY position", a["id"])
claims = rows("SELECT * FROM claims ORDER BY rowid")
for c in claims:
    c["about"] = items("claim_about", "claim", c["id"], "about")
    c["via"] = items("claim_via", "claim", c["id"], "actor")
doc = {
    "articles": articles, "actors": actors, "agreements": agreements, "claims": claims,
    "mentions": rows("SELECT * FROM mentions ORDER BY rowid"),
    # The regions table holds regions only, so it calls the region's own kind "kind"; JSON says regionKind.
    "regions": [{("regionKind" if k == "kind" else k): v for k, v in r.items()} for r in rows("SELECT * FROM regions ORDER BY rowid")],
}
objects = {r["name"]: r["type"] for r in rows("SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}
meta = {r["key"]: r["value"] for r in rows("SELECT key, value FROM meta")}
version = db.execute("PRAGMA user_version").fetchone()[0]
problems = rows("PRAGMA foreign_key_check") + [r for r in rows("PRAGMA integrity_check") if r["integrity_check"] != "ok"]
print(json.dumps({"doc": doc, "objects": objects, "meta": meta, "version": version, "problems": problems}))
`;

interface Doc {
  articles: Record<string, unknown>[];
  actors: Record<string, unknown>[];
  agreements: Record<string, unknown>[];
  claims: Record<string, unknown>[];
  mentions: Record<string, unknown>[];
  regions: Record<string, unknown>[];
}

function exportSqlite(corpusArgs: string[], name: string): string {
  const file = join(dir, name);
  const r = gloss([...corpusArgs, 'export', '--format', 'sqlite', '--output', file]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, '', 'no warning, on Node 22 either');
  return file;
}

function readBack(file: string) {
  const r = spawnSync('python3', ['-c', PY_READ_BACK, file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { doc: Doc & { claims: { quotation: number }[] }; objects: Record<string, string>; meta: Record<string, string>; version: number; problems: unknown[] };
}

/** A corpus of the README's add workflow: an article added with no --date or --outlet (both null). */
function undated(): string {
  const corpus = join(dir, 'undated');
  assert.equal(gloss(['init', corpus]).code, 0);
  const story = join(dir, 'story.txt');
  writeFileSync(story, 'Plain story\n\nThe mayor said things.\n');
  const r = gloss(['--corpus', corpus, 'add', story, '--id', 'plain']);
  assert.equal(r.code, 0, r.stderr);
  return corpus;
}

// Before: an article with no outlet or date failed the export ("NOT NULL constraint failed: articles.outlet").
for (const [label, args] of [['shipped corpus', []], ['mini (emoji, astral offsets)', ['--corpus', fixture('mini')]], ['undated (added with no date or outlet)', ['--corpus', undated()]]] as [string, string[]][]) {
  test(`${label}: Python's sqlite3 reads back the same rows as the JSON export, table by table`, () => {
    const json = JSON.parse(gloss([...args, 'export', '--format', 'json']).stdout) as Doc;
    const back = readBack(exportSqlite(args, `${label.split(' ')[0]}.db`));
    assert.deepEqual(back.problems, [], 'foreign keys hold and the file is sound');
    assert.equal(back.version, 1);
    assert.deepEqual(back.meta, { format: 'gloss export', schema: '1', offsets: 'code points' });
    // quotation is the one column JSON has not got (what `gloss quotes` lists); checked below.
    const quotation = back.doc.claims.map((c) => c.quotation);
    for (const c of back.doc.claims as Record<string, unknown>[]) delete c.quotation;
    assert.ok(quotation.every((q) => q === 0 || q === 1));
    for (const table of ['articles', 'actors', 'agreements', 'claims', 'mentions', 'regions'] as const) {
      assert.ok(json[table].length > 0 || table === 'agreements' || table === 'regions', `${table} has rows to compare`);
      assert.deepEqual(back.doc[table], json[table], table);
    }
    assert.deepEqual(
      Object.entries(back.objects).filter(([, type]) => type !== 'index').map(([n, t]) => `${t} ${n}`).sort(),
      [
        'table actor_aliases', 'table actors', 'table agreement_aliases', 'table agreement_history', 'table agreement_parties',
        'table agreements', 'table articles', 'table claim_about', 'table claim_via', 'table claims', 'table mentions', 'table meta', 'table regions',
        'view claim_about_details', 'view claim_details', 'view mention_details', 'view quotes',
      ],
    );
  });
}

/** Runs each query in Python's sqlite3 (one process for all) and returns their rows. */
function queries(file: string, sqls: string[]): unknown[][][] {
  const py = 'import json, sqlite3, sys; db = sqlite3.connect(sys.argv[1]); print(json.dumps([[list(r) for r in db.execute(q)] for q in sys.argv[2:]]))';
  const r = spawnSync('python3', ['-c', py, file, ...sqls], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as unknown[][][];
}
const query = (file: string, sql: string) => queries(file, [sql])[0]!;

test('the views answer known questions: quotes is gloss quotes; claim_details, mention_details and claim_about_details join names', () => {
  const file = exportSqlite([], 'views.db');
  const json = JSON.parse(gloss(['export', '--format', 'json']).stdout) as Doc;
  const quotes = JSON.parse(gloss(['quotes', '--format', 'json']).stdout) as { id: string; sourceName: string; quote: string }[];
  assert.ok(quotes.length > 0);

  const titles = new Map(json.articles.map((a) => [a.id, a.title]));
  const names = new Map([...json.actors, ...json.agreements].map((a) => [a.id, a.name]));
  const [quoted, details, mentions, about, top, plan] = queries(file, [
    'SELECT id, sourceName, quote FROM quotes ORDER BY rowid',
    'SELECT id, articleTitle, sourceName, reportedByName, about FROM claim_details ORDER BY rowid',
    'SELECT id, name, articleTitle FROM mention_details ORDER BY rowid',
    'SELECT claim, about, aboutName, aboutKind FROM claim_about_details ORDER BY claim, position',
    // An analyst's question: who is quoted directly most often.
    "SELECT sourceName, count(*) AS n FROM claims WHERE attribution = 'direct' GROUP BY source ORDER BY n DESC, sourceName LIMIT 3",
    "EXPLAIN QUERY PLAN SELECT * FROM claims WHERE article = 'x'",
  ]);
  assert.deepEqual(quoted, quotes.map((q) => [q.id, q.sourceName, q.quote]));
  assert.deepEqual(
    details,
    json.claims.map((c) => [c.id, titles.get(c.article as string), c.sourceName, c.reportedBy ? names.get(c.reportedBy as string) : null, (c.about as string[]).length > 0 ? (c.about as string[]).join('; ') : null]),
  );
  assert.ok(details!.some((d) => d[3] !== null), 'some claim is reported by someone');
  assert.deepEqual(mentions, json.mentions.map((m) => [m.id, names.get((m.actor ?? m.agreement) as string), titles.get(m.article as string)]));
  const aboutRows = json.claims.flatMap((c) => (c.about as string[]).map((a) => [c.id, a, names.get(a), json.agreements.some((g) => g.id === a) ? 'agreement' : 'actor']));
  assert.deepEqual(about, aboutRows.sort((x, y) => (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : 0)));
  const bySource = new Map<string, number>();
  for (const c of json.claims) if (c.attribution === 'direct') bySource.set(c.sourceName as string, (bySource.get(c.sourceName as string) ?? 0) + 1);
  assert.deepEqual(top, [...bySource].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3));
  assert.match(plan!.map((r) => r[3]).join(' '), /USING INDEX claims_article/);
});

const hasSqlite3 = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' }).status === 0;

test('the sqlite3 shell opens it, and slices quotes by code points as the offsets count', { skip: !hasSqlite3 && 'the sqlite3 shell is not installed (apt-get install sqlite3)' }, () => {
  const file = exportSqlite(['--corpus', fixture('mini')], 'shell.db');
  const json = JSON.parse(gloss(['--corpus', fixture('mini'), 'export', '--format', 'json']).stdout) as Doc;
  const shell = (sql: string) => {
    const r = spawnSync('sqlite3', ['-json', file, sql], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout || '[]') as Record<string, unknown>[];
  };
  // substr counts characters (code points) on TEXT, as the exported offsets do: the quote is the slice.
  const slices = shell('SELECT c.id, c.quote, substr(a.text, c.start + 1, c.end - c.start) AS slice FROM claims c JOIN articles a ON a.id = c.article');
  assert.equal(slices.length, json.claims.length);
  for (const s of slices) assert.equal(s.slice, s.quote, String(s.id));
  const astral = json.claims.find((c) => [...(json.articles.find((a) => a.id === c.article)!.text as string)].length !== (json.articles.find((a) => a.id === c.article)!.text as string).length);
  assert.ok(astral, 'the fixture has text beyond the BMP, where code points and UTF-16 units differ');
});

/** The README's SQLite examples: the sqlite3 command with the output it shows, and the pandas code. */
function readmeExamples() {
  const section = readFileSync(join(ROOT, 'README.md'), 'utf8').split('### SQLite export')[1]!.split('\n### ')[0]!;
  const shell = /```sh\n\$ gloss export --format sqlite --output corpus\.db\n\$ sqlite3 (-header -column) corpus\.db "([^"]+)"\n([\s\S]*?)```/.exec(section);
  const python = /```python\n([\s\S]*?)```/.exec(section);
  assert.ok(shell && python, 'the README shows a sqlite3 query and a pandas one');
  return { flags: shell[1]!.split(' '), sql: shell[2]!, output: shell[3]!, python: python[1]! };
}

test('the README\'s sqlite3 example gives the output it shows', { skip: !hasSqlite3 && 'the sqlite3 shell is not installed (apt-get install sqlite3)' }, () => {
  const { flags, sql, output } = readmeExamples();
  const file = exportSqlite([], 'readme.db');
  const r = spawnSync('sqlite3', [...flags, file, sql], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const trimmed = (t: string) => t.split('\n').map((l) => l.trimEnd()).join('\n');
  assert.equal(trimmed(r.stdout), trimmed(output));
});

test('the README\'s pandas example runs (its queries through Python\'s sqlite3 where pandas is missing)', () => {
  const { python } = readmeExamples();
  copyFileSync(exportSqlite([], 'pandas.db'), join(dir, 'corpus.db'));
  const hasPandas = spawnSync('python3', ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0;
  // Without pandas, a stand-in for the two calls the example makes, over Python's own sqlite3.
  const standIn = `
class _Frame(list):
    def itertuples(self, index=False): return iter(self)
    def pivot(self, **_): return self
    def fillna(self, _): return self
    def astype(self, _): return self
class pd:
    @staticmethod
    def read_sql_query(sql, db):
        rows = _Frame(db.execute(sql).fetchall())
        assert rows, sql
        return rows
`;
  const code = hasPandas ? python : python.replace('import pandas as pd\n', standIn);
  const r = spawnSync('python3', ['-c', code], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('--format sqlite without --output refuses, writing nothing to stdout (exit 2)', () => {
  const before = readdirSync(dir).length;
  const r = gloss(['export', '--format', 'sqlite']);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^gloss: --format sqlite writes a database file, not text: give --output FILE\n$/);
  assert.equal(readdirSync(dir).length, before);
});

test('exporting again replaces the database whole, never adds to it', () => {
  const file = join(dir, 'again.db');
  exportSqlite(['--corpus', fixture('mini')], 'again.db');
  exportSqlite([], 'again.db');
  const shipped = JSON.parse(gloss(['export', '--format', 'json']).stdout) as Doc;
  assert.deepEqual(query(file, 'SELECT count(*) FROM articles'), [[shipped.articles.length]]);
  assert.ok(!existsSync(`${file}-journal`));
  assert.deepEqual(readdirSync(dir).filter(isGlossTemp), []);
});

test('a hot journal left beside FILE by a program killed mid-write is not rolled back into the new export', () => {
  const file = join(dir, 'journalled.db');
  // A database whose writer died mid-transaction: FILE-journal is hot, and whoever opens FILE next rolls it back.
  const crash = spawnSync('python3', ['-c', `
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("CREATE TABLE t (b BLOB)")
for _ in range(200): db.execute("INSERT INTO t VALUES (randomblob(1000))")
db.execute("PRAGMA cache_size = 1")
db.execute("BEGIN")
for _ in range(2000): db.execute("INSERT INTO t VALUES (randomblob(1000))")
os._exit(0)
`, file], { encoding: 'utf8' });
  assert.equal(crash.status, 0, crash.stderr);
  assert.ok(existsSync(`${file}-journal`), 'the crash left a journal');
  exportSqlite(['--corpus', fixture('mini')], 'journalled.db');
  assert.ok(!existsSync(`${file}-journal`));
  const read = spawnSync('python3', ['-c', `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute("PRAGMA integrity_check").fetchone()[0], db.execute("SELECT count(*) FROM claims").fetchone()[0])
`, file], { encoding: 'utf8' });
  assert.equal(read.status, 0, read.stderr);
  const claims = (JSON.parse(gloss(['--corpus', fixture('mini'), 'export']).stdout) as { claims: unknown[] }).claims.length;
  assert.equal(read.stdout, `ok ${claims}\n`);
});
