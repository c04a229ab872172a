// An export made a page at a time on several threads (store/export-pages.ts) is byte for byte the
// export made on one; a thread that finds another database than the export's (rebuilt meanwhile)
// leaves its pages to this thread rather than mix two databases' rows; a damaged row found on a
// thread's page is reported as damage (the command rebuilds), as one found here is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gloss, ROOT, scratch } from './helpers.js';
import { openDatabase } from '../src/platform/sqlite.js';
import { exportText } from '../src/store/export-chunks.js';
import { chunksOf, pagesOf, pageTexts, threadsFor, THREADS_FROM } from '../src/store/export-pages.js';
import { corpusRoot, databaseFile } from '../src/store/location.js';
import { Damaged } from '../src/store/rows.js';
import { CLAIM_FIELDS } from '../src/query/records.js';

const dir = scratch('gloss-export-pages-');
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const env = { GLOSS_CACHE_DIR: join(dir, 'cache') };

/** A generated corpus with its database built by the CLI, and the database's file. */
function built(name: string, articles: number, seed: number): { corpus: string; file: string } {
  const corpus = join(dir, name);
  const made = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-corpus.mjs'), corpus, '--articles', String(articles), '--seed', String(seed)], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  assert.equal(gloss(['--corpus', corpus, 'list'], { env }).code, 0);
  return { corpus, file: databaseFile(corpusRoot(corpus), { ...process.env, ...env })! };
}

const big = built('big', 150, 21);
const other = built('other', 40, 22);
const FIELDS = ['kind', ...CLAIM_FIELDS];

/** The chunks as one text: a thread's pages come as UTF-8 bytes, this thread's as strings. */
const joined = (chunks: Iterable<string | Uint8Array>) => Buffer.concat([...chunks].map((c) => (typeof c === 'string' ? Buffer.from(c) : c))).toString('utf8');

const text = (file: string, format: 'json' | 'ndjson' | 'csv' | 'tsv', threads: number, header = true) => {
  const db = openDatabase(file, { readOnly: true });
  try {
    return joined(exportText(db, file, format, { fields: FIELDS, header, inert: false, threads }));
  } finally {
    db.close();
  }
};

test('every format: the pages made on one, two or three threads join to the same text as on this thread alone, and to the CLI\'s', () => {
  for (const format of ['json', 'ndjson', 'csv', 'tsv'] as const) {
    const alone = text(big.file, format, 0);
    assert.ok(alone.length > 100_000, `${format}: ${alone.length} characters`);
    for (const threads of [1, 2, 3]) assert.equal(text(big.file, format, threads), alone, `${format} on ${threads} threads`);
    assert.equal(text(big.file, format, 2, false), format === 'csv' || format === 'tsv' ? alone.slice(alone.indexOf('\n') + 1) : alone);
    if (format === 'json' || format === 'ndjson') {
      const cli = gloss(['--corpus', big.corpus, 'export', '--format', format], { env });
      assert.equal(cli.code, 0, cli.stderr);
      assert.equal(cli.stdout, alone);
    }
  }
});

test('a corpus large enough for threads has several pages of each kind; a small one none', () => {
  const db = openDatabase(big.file, { readOnly: true });
  try {
    const pages = pagesOf(db, ['articles', 'claims', 'mentions', 'regions']);
    for (const kind of ['articles', 'claims', 'mentions'] as const) assert.ok(pages.filter((p) => p.kind === kind).length >= 2, kind);
    // Each page follows the one before it, with no gap, from row 0.
    for (const [i, p] of pages.entries()) assert.equal(p.range[0], i > 0 && pages[i - 1]!.kind === p.kind ? pages[i - 1]!.range[1] : 0);
  } finally {
    db.close();
  }
  assert.equal(threadsFor(THREADS_FROM - 1, 8), 0);
  assert.equal(threadsFor(THREADS_FROM, 1), 0);
  assert.equal(threadsFor(THREADS_FROM, 2), 1);
  assert.equal(threadsFor(10 * THREADS_FROM, 64), 3);
});

test('a thread that opens another database than the export\'s makes no page of it: this thread makes them all', () => {
  const db = openDatabase(big.file, { readOnly: true });
  try {
    const pages = pagesOf(db, ['articles', 'claims', 'mentions', 'regions']);
    const options = { fields: [], inert: false, indent: '' };
    const alone = joined(chunksOf(pageTexts(db, null, pages, 'ndjson', options, 0)));
    // The threads are pointed at the other corpus's database file, as if the database had been rebuilt since.
    assert.equal(joined(chunksOf(pageTexts(db, other.file, pages, 'ndjson', options, 2))), alone);
  } finally {
    db.close();
  }
});

test('a damaged row on a page a thread makes is damage, as on a page made here', () => {
  const copy = join(dir, 'damaged.db');
  copyFileSync(big.file, copy);
  const rw = openDatabase(copy);
  const pages = pagesOf(rw, ['mentions']);
  // Page 0 is always a thread's when there are threads: pages are handed out before this thread makes any.
  rw.prepare("UPDATE mentions SET json = replace(json, '\"id\"', '\"Id\"') WHERE n = ?").run(pages[0]!.range[0] + 3);
  rw.close();
  const db = openDatabase(copy, { readOnly: true });
  try {
    for (const threads of [1, 0]) {
      assert.throws(() => [...chunksOf(pageTexts(db, copy, pages, 'ndjson', { fields: [], inert: false, indent: '' }, threads))], Damaged, `${threads} threads`);
    }
  } finally {
    db.close();
  }
});
