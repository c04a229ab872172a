// A generated corpus of some hundreds of articles through the real CLI (enough rows for an export
// made on several threads where the machine has two cores, store/export-pages.ts): every export format is
// written as it is produced (the same bytes as one string would give, a reader may leave early),
// and an export interrupted by a signal leaves neither the file nor its temporary file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, watch } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { BIN, CACHE_DIR, gloss, isGlossTemp, ROOT, scratch } from './helpers.js';
import { toJson } from '../src/output/json.js';

const dir = scratch('gloss-export-large-');
const corpus = join(dir, 'corpus');
const made = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-corpus.mjs'), corpus, '--articles', '400', '--seed', '3'], { encoding: 'utf8' });
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const exportOf = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, '--corpus', corpus, 'export', ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { PATH: process.env.PATH, GLOSS_CACHE_DIR: CACHE_DIR } });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
};

interface Doc { articles: { id: string }[]; actors: unknown[]; agreements: unknown[]; claims: { id: string }[]; mentions: { id: string }[]; regions: { id: string }[] }

test('json and w3c: the streamed text is byte for byte what serialising the whole document at once gives', () => {
  assert.equal(made.status, 0, made.stderr);
  const json = exportOf('--format', 'json');
  const doc = JSON.parse(json) as Doc;
  assert.equal(doc.articles.length, 400);
  assert.ok(doc.claims.length > 5000, `${doc.claims.length} claims`);
  assert.equal(json, `${toJson(doc)}\n`);
  const w3c = exportOf('--format', 'w3c');
  const collection = JSON.parse(w3c) as { total: number; first: { items: unknown[] } };
  assert.equal(collection.first.items.length, doc.claims.length + doc.mentions.length + doc.regions.length);
  assert.equal(collection.total, collection.first.items.length);
  assert.equal(w3c, `${toJson(collection)}\n`);
});

test('ndjson, csv and tsv: every record, in the JSON export\'s order', () => {
  const doc = JSON.parse(exportOf('--format', 'json')) as Doc;
  const lines = exportOf('--format', 'ndjson').split('\n');
  assert.equal(lines.pop(), '');
  const records = lines.map((l) => JSON.parse(l) as { kind: string; id: string });
  const expected = (['articles', 'actors', 'agreements', 'claims', 'mentions', 'regions'] as const).flatMap((k) => (doc[k] as object[]).map((r) => ({ kind: k.slice(0, -1), ...r })));
  assert.deepEqual(records, expected);
  lines.forEach((l, i) => assert.equal(l, toJson(records[i], false)));
  const annotations = [...doc.claims.map((c) => c.id), ...doc.mentions.map((m) => m.id), ...doc.regions.map((r) => r.id)];
  const csv = parse(exportOf('--format', 'csv'), { columns: true }) as { kind: string; id: string }[];
  assert.deepEqual(csv.map((r) => r.id), annotations);
  const tsv = exportOf('--format', 'tsv').split('\n');
  assert.equal(tsv.length, annotations.length + 2);
  assert.deepEqual(tsv.slice(1, -1).map((l) => l.split('\t')[1]), annotations);
});

test('sqlite: the same number of rows as the JSON export, foreign keys whole', () => {
  const doc = JSON.parse(exportOf('--format', 'json')) as Doc;
  const file = join(dir, 'large.db');
  exportOf('--format', 'sqlite', '--output', file);
  const py = `import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ["articles", "actors", "agreements", "claims", "mentions", "regions"]}
print(json.dumps({"counts": counts, "fk": db.execute("PRAGMA foreign_key_check").fetchall()}))`;
  const r = spawnSync('python3', ['-c', py, file], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const { counts, fk } = JSON.parse(r.stdout) as { counts: Record<string, number>; fk: unknown[] };
  assert.deepEqual(fk, []);
  assert.deepEqual(counts, Object.fromEntries((['articles', 'actors', 'agreements', 'claims', 'mentions', 'regions'] as const).map((k) => [k, doc[k].length])));
});

test('a reader that leaves early (| head -c) ends the export quietly with exit 0', () => {
  for (const format of ['json', 'w3c', 'csv']) {
    const r = spawnSync('bash', ['--norc', '--noprofile', '-o', 'pipefail', '-c', `"${process.execPath}" "${BIN}" --corpus "${corpus}" export --format ${format} | head -c 1000 | wc -c`], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GLOSS_CACHE_DIR: CACHE_DIR },
    });
    assert.equal(r.status, 0, `${format}: ${r.stderr}`);
    assert.equal(r.stdout.trim(), '1000');
    assert.equal(r.stderr, '');
  }
});

/**
 * Starts an export to a fresh folder and stops the process (SIGSTOP) as soon as its temporary file
 * appears, so the signal under test arrives while the file is being written, whatever the speed.
 */
async function stoppedMidExport(format: string) {
  const folder = mkdtempSync(join(dir, 'interrupted-'));
  const target = join(folder, `corpus.${format}`);
  const watcher = watch(folder, (_event, name) => {
    if (isGlossTemp(String(name))) {
      watcher.close();
      sawTemp();
    }
  });
  let sawTemp = () => {};
  const seen = new Promise<void>((resolve) => (sawTemp = resolve));
  const child = spawn(process.execPath, [BIN, '--corpus', corpus, 'export', '--format', format, '--output', target], {
    env: { PATH: process.env.PATH, GLOSS_CACHE_DIR: CACHE_DIR },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  // An export that ends before it writes (an error) fails the test instead of leaving it waiting.
  const endedFirst = exited.then(([code]) => {
    watcher.close();
    throw new Error(`the export ended (exit ${code}) before writing its temporary file: ${stderr}`);
  });
  await Promise.race([seen, endedFirst]);
  endedFirst.catch(() => {});
  child.kill('SIGSTOP');
  const temps = readdirSync(folder).filter(isGlossTemp);
  assert.equal(temps.length, 1, 'caught while writing');
  assert.ok(!existsSync(target));
  const signal = async (sig: NodeJS.Signals) => {
    child.kill(sig);
    child.kill('SIGCONT');
    const [code, by] = await exited;
    return { code, by, stderr };
  };
  return { folder, target, temp: join(folder, temps[0]!), signal };
}

// Warm the corpus cache first, so the exports below spend their time writing.
test('the corpus cache is warm', () => assert.equal(gloss(['--corpus', corpus, 'check']).code, 0));

for (const [format, sig, code] of [['sqlite', 'SIGTERM', 143], ['w3c', 'SIGINT', 130], ['json', 'SIGHUP', 129]] as const) {
  test(`--format ${format} interrupted by ${sig}: no file, no temporary file, dies of ${sig} (a shell shows ${code})`, async () => {
    const run = await stoppedMidExport(format);
    const { code: status, by } = await run.signal(sig);
    // The handler removed the temporary file (the signal's default action leaves it), then raised the signal again.
    assert.equal(by, sig, `died of ${sig}, not exit ${status}`);
    assert.deepEqual(readdirSync(run.folder), []);
  });
}

test('killed outright (SIGKILL), an export leaves its temporary file, which the next file gloss writes in that folder removes', async () => {
  const run = await stoppedMidExport('sqlite');
  const { by } = await run.signal('SIGKILL');
  assert.equal(by, 'SIGKILL');
  assert.deepEqual(readdirSync(run.folder), [run.temp.slice(run.folder.length + 1)]);
  // Another file than the one killed: the leftover is known by gloss's mark and its dead process, not by its name.
  exportOf('--format', 'ndjson', '--output', join(run.folder, 'other.ndjson'));
  assert.deepEqual(readdirSync(run.folder), ['other.ndjson']);
});
