// What the design card's own stack costs before gloss does anything of its own: a program of a few
// lines built as gloss is (one CommonJS bundle made by esbuild, loaded through vm.Script with V8's code
// cache from an earlier run, as src/cli/code-cache.ts does) that loads commander, fuse.js and
// node:sqlite, and then, step by step, parses its command line, reads the shipped corpus's 254 search
// documents from gloss's own database, builds a fuse.js index of them, and ranks them for "trade
// secrets". Each step is timed beside `node -e 0` and `gloss search "trade secrets"`, interleaved, as
// scripts/bench.mjs times commands: the ratios say how much of issue 13's 1.5 × the stack leaves.
//   npm run bench -- --floor [--runs N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 25;
const node = process.execPath;
const bin = join(root, 'bin', 'gloss.js');
const work = mkdtempSync(join(tmpdir(), 'gloss-floor-'));
const cache = join(work, 'cache');

// The shipped corpus's database, as gloss builds it.
const built = spawnSync(node, [bin, 'search', 'trade secrets'], { env: { ...process.env, GLOSS_CACHE_DIR: cache }, encoding: 'utf8' });
if (built.status !== 0) throw new Error(`gloss search failed: ${built.stderr}`);
const database = join(cache, readdirSync(cache).find((f) => f.startsWith('corpus-')), 'corpus.db');

// STEP: 0 the stack loaded, 1 the command line parsed, 2 the documents read, 3 indexed, 4 ranked.
const ENTRY = `
const { Command } = require('commander');
const Fuse = require('fuse.js');
const { DatabaseSync } = require('node:sqlite');
exports.main = (argv) => {
  const step = Number(process.env.STEP);
  if (step === 0) return;
  new Command('gloss').command('search').argument('<words...>').action((words) => {
    if (step === 1) return;
    const rows = new DatabaseSync(process.env.DATABASE, { readOnly: true }).prepare('SELECT n, folded FROM search_text').all();
    if (step === 2) return;
    const fuse = new Fuse(rows, { keys: ['folded'], useExtendedSearch: true, ignoreLocation: true, includeMatches: true, threshold: 0.4 });
    if (step === 3) return;
    const hits = fuse.search(words.join(' '));
    process.stdout.write(hits.slice(0, 10).map((h) => h.item.folded.slice(0, 80)).join('\\n') + '\\n');
  }).parent.parse(argv);
};`;
const { build } = await import('esbuild');
const bundle = join(work, 'bundle.js');
await build({ stdin: { contents: ENTRY, resolveDir: root, loader: 'js' }, bundle: true, platform: 'node', format: 'cjs', minify: true, outfile: bundle, logLevel: 'error' });
const runner = join(work, 'run.cjs');
writeFileSync(
  runner,
  `const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { Script } = require('node:vm');
const file = ${JSON.stringify(bundle)};
const cacheFile = file + '.' + process.env.STEP + '.cache';
const cached = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
const script = new Script('(function (exports, require, module, __filename, __dirname) {' + readFileSync(file, 'latin1') + '\\n})', { filename: file, ...(cached && { cachedData: cached }) });
if (!cached || script.cachedDataRejected) process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
const bundled = { exports: {} };
script.runInThisContext()(bundled.exports, require, bundled, file, ${JSON.stringify(work)});
bundled.exports.main(process.argv);
`,
);

const env = { ...process.env, GLOSS_CACHE_DIR: cache, NO_COLOR: '1', DATABASE: database };
const cases = [
  { name: 'node -e 0', argv: [node, '-e', '0'] },
  ...['commander, fuse.js and node:sqlite loaded', '+ the command line parsed', '+ 254 documents read from the database', '+ a fuse.js index of them', '+ ranked by fuse.js for "trade secrets"'].map((name, step) => ({
    name,
    argv: [node, runner, 'search', 'trade', 'secrets'],
    env: { STEP: String(step) },
  })),
  { name: 'gloss search "trade secrets"', argv: [node, bin, 'search', 'trade secrets'] },
];
const times = cases.map(() => []);
for (let i = 0; i < runs + 2; i++) {
  cases.forEach((c, k) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(c.argv[0], c.argv.slice(1), { env: { ...env, ...c.env }, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${c.name}: exit ${r.status}: ${r.stderr}`);
    // Two warm-up rounds: the code caches are written, the page cache filled.
    if (i >= 2) times[k].push(Number(process.hrtime.bigint() - start) / 1e6);
  });
}
rmSync(work, { recursive: true, force: true });
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const floor = median(times[0]);
console.log(`\nThe design card's stack alone, Node ${process.version} (${runs} interleaved runs, medians)\n`);
console.log('| program | median | ratio to node -e 0 |\n| --- | --- | --- |');
cases.forEach((c, k) => console.log(`| ${c.name} | ${median(times[k]).toFixed(1)} ms | ${(median(times[k]) / floor).toFixed(2)} × |`));
