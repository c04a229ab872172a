// The large-corpus benchmark (npm run bench -- --large, or on its own): what commands cost on
// generated corpora of 1,000, 10,000 and 30,000 articles, beside the same commands on the shipped
// corpus, interleaved so that machine load hits every command alike; medians.
//   node scripts/bench-large.mjs [--sizes 1000,10000,30000] [--runs 7] [--corpora DIR] [--compare OTHER/bin/gloss.js]
// Corpora are generated once into DIR (default .bench/, or $GLOSS_BENCH_CORPORA) and reused.
// --compare runs the same cases with another build of gloss (say, main's) for the "before" column.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const USAGE = `usage: node scripts/bench-large.mjs [--sizes 1000,10000,30000] [--runs 7] [--corpora DIR] [--compare OTHER/bin/gloss.js]
  (or npm run bench -- --large with the same options)
  --sizes    generated corpus sizes, in articles (default 1000,10000,30000)
  --runs     interleaved runs per case, after a warm-up (default 7)
  --corpora  where corpora are generated once and reused (default .bench/, or $GLOSS_BENCH_CORPORA)
  --compare  another build of gloss, run on the same cases for a "before" column
`;
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
// An option mistyped would otherwise start an hour's run with the defaults.
for (let i = 0; i < args.length; i++) {
  if (['--sizes', '--runs', '--corpora', '--compare', '--nodes'].includes(args[i])) {
    if (++i >= args.length) {
      process.stderr.write(`bench-large: ${args[i - 1]} needs a value\n${USAGE}`);
      process.exit(2);
    }
  } else if (args[i] !== '--large' && args[i] !== '--draft') {
    process.stderr.write(`bench-large: unknown option ${args[i]}\n${USAGE}`);
    process.exit(2);
  }
}
const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const sizes = opt('sizes', '1000,10000,30000').split(',').map(Number);
const runs = Number(opt('runs', 7));
const corpora = opt('corpora', process.env.GLOSS_BENCH_CORPORA ?? join(root, '.bench'));
const other = opt('compare', null);
const bin = join(root, 'bin', 'gloss.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const base = { ...process.env, NO_COLOR: '1' };
delete base.FORCE_COLOR;

function once(argv, env) {
  const cmd = TIME ? [TIME, '-f', '%M', ...argv] : argv;
  const t = process.hrtime.bigint();
  // Output is thrown away, not captured: an export of 30,000 articles is longer than a string can be;
  // stderr is kept (check's warnings on a large corpus run to megabytes).
  const r = spawnSync(cmd[0], cmd.slice(1), { env: { ...base, ...env }, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = TIME ? Number(r.stderr.trim().split('\n').pop()) / 1024 : NaN;
  return { ms, rss, code: r.status, stderr: r.stderr };
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** Interleaved rounds: per case, the wall times and the peak RSS. */
function measure(cases, n) {
  for (const c of cases) once(c.argv, c.env); // warm-up: the database built, the page cache filled
  const out = new Map(cases.map((c) => [c.name, { ms: [], rss: 0, codes: new Set() }]));
  for (let i = 0; i < n; i++) {
    for (const c of cases) {
      const r = once(c.argv, c.env);
      const o = out.get(c.name);
      o.ms.push(r.ms);
      o.rss = Math.max(o.rss, r.rss || 0);
      o.codes.add(r.code);
    }
  }
  return out;
}
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

function corpus(n) {
  const dir = join(corpora, n === 10000 ? 'c10k' : n === 1000 ? 'c1k' : n === 30000 ? 'c30k' : `c${n}`);
  if (!existsSync(join(dir, 'articles'))) {
    const g = spawnSync(process.execPath, [join(root, 'scripts', 'gen-corpus.mjs'), dir, '--articles', String(n), '--seed', '1'], { stdio: 'inherit' });
    if (g.status !== 0) process.exit(2);
  }
  return dir;
}

/** An article of the corpus (the middle one) and its first claim. */
function oneArticle(dir) {
  const names = readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.yaml')).sort();
  for (let i = Math.floor(names.length / 2); i < names.length; i++) {
    const ann = JSON.parse(readFileSync(join(dir, 'articles', names[i]), 'utf8'));
    if (ann.claims.length > 0) return { id: ann.id, claim: `${ann.id}:${ann.claims[0].id}`, file: names[i] };
  }
  throw new Error('no article with a claim');
}

const builds = [['gloss', bin], ...(other ? [['before', other]] : [])];
const shipped = join(root, 'corpus');
const perArticle = (one) => [
  ['read ONE --no-pager', ['read', one.id, '--no-pager']],
  ['show ONE:c1', ['show', one.claim]],
  ['cite ONE:c1', ['cite', one.claim]],
  ['claims --article ONE --format json', ['claims', '--article', one.id, '--format', 'json']],
];

console.log(`gloss large-corpus benchmark — ${new Date().toISOString()}, Node ${process.version}; ${runs} interleaved runs after a warm-up; medians\n`);
for (const n of sizes) {
  const dir = corpus(n);
  const one = oneArticle(dir);
  const shippedOne = { id: 'mackay-beijing-2013', claim: 'mackay-beijing-2013:c4' };
  const caches = Object.fromEntries(builds.map(([b]) => [b, mkdtempSync(join(tmpdir(), `gloss-bench-${b}-`))]));
  // First run: the database built from the files (fresh cache).
  for (const [b, file] of builds) {
    const r = once([process.execPath, file, '--corpus', dir, 'list', '--format', 'json'], { GLOSS_CACHE_DIR: caches[b] });
    console.log(`${n} articles, ${b}: first run (list) ${fmt(r.ms)}, peak RSS ${r.rss.toFixed(0)} MiB${r.code === 0 ? '' : `, exit ${r.code}`}`);
  }
  // A rebuild after one article is edited (a byte added to its annotation file, then taken away: JSON
  // and YAML alike), each build rebuilding after the same edit: what an annotator waits for.
  const edited = join(dir, 'articles', `${one.file}`);
  const original = readFileSync(edited, 'utf8');
  const rebuilds = new Map(builds.map(([b]) => [b, []]));
  for (let i = 0; i < Math.max(3, Math.floor(runs / 2)); i++) {
    writeFileSync(edited, i % 2 === 0 ? `${original}\n` : original);
    for (const [b, file] of builds) rebuilds.get(b).push(once([process.execPath, file, '--corpus', dir, 'list', '--format', 'json'], { GLOSS_CACHE_DIR: caches[b] }));
  }
  writeFileSync(edited, original);
  for (const [b, file] of builds) {
    once([process.execPath, file, '--corpus', dir, 'list', '--format', 'json'], { GLOSS_CACHE_DIR: caches[b] });
    const xs = rebuilds.get(b);
    console.log(`${n} articles, ${b}: rebuild after one article edited (list) ${fmt(median(xs.map((x) => x.ms)))}, peak RSS ${Math.max(...xs.map((x) => x.rss)).toFixed(0)} MiB`);
  }
  const cases = [];
  for (const [b, file] of builds) {
    for (const [name, a] of perArticle(one)) cases.push({ name: `${b}: ${name} (${n})`, argv: [process.execPath, file, '--corpus', dir, ...a], env: { GLOSS_CACHE_DIR: caches[b] } });
    for (const [name, a] of perArticle(shippedOne)) cases.push({ name: `${b}: ${name} (shipped)`, argv: [process.execPath, file, '--corpus', shipped, ...a], env: { GLOSS_CACHE_DIR: caches[b] } });
  }
  const r = measure(cases, runs);
  console.log(`\n| command (${n} articles, warm) | median | peak RSS | ratio to the shipped corpus |\n| --- | --- | --- | --- |`);
  for (const [b] of builds) {
    for (const [name] of perArticle(one)) {
      const big = r.get(`${b}: ${name} (${n})`);
      const small = r.get(`${b}: ${name} (shipped)`);
      console.log(`| ${b}: ${name} | ${fmt(median(big.ms))} | ${big.rss.toFixed(0)} MiB | ${(median(big.ms) / median(small.ms)).toFixed(2)} × (shipped ${fmt(median(small.ms))}) |`);
    }
  }
  // Whole-corpus commands, fewer runs (they take seconds at 10k and more).
  const whole = [
    ['check', ['check']],
    ['export --format ndjson', ['export', '--format', 'ndjson']],
    ['export --format json', ['export', '--format', 'json']],
    ['verify "a material downtick"', ['verify', 'a material downtick']],
    // A misquote: found nowhere, so the closest passage is looked for in every text.
    ['verify "a materail downtick" (misquote)', ['verify', 'a materail downtick']],
    ['search law of the jungle', ['search', 'law', 'of', 'the', 'jungle']],
    ['search Xi --limit 0 --format json', ['search', 'Xi', '--limit', '0', '--format', 'json']],
  ];
  const wholeCases = [];
  for (const [b, file] of builds) {
    for (const [name, a] of whole) wholeCases.push({ name: `${b}: ${name}`, argv: [process.execPath, file, '--corpus', dir, ...a], env: { GLOSS_CACHE_DIR: caches[b] } });
    wholeCases.push({ name: `${b}: verify (shipped)`, argv: [process.execPath, file, '--corpus', shipped, 'verify', 'a material downtick'], env: { GLOSS_CACHE_DIR: caches[b] } });
  }
  // ripgrep over the same texts, and fzf over their passages (where installed).
  const has = (p) => spawnSync('sh', ['-c', `command -v ${p}`]).status === 0;
  if (has('rg')) wholeCases.push({ name: 'rg -i "law of the jungle" (texts)', argv: ['rg', '-i', '-c', 'law of the jungle', join(dir, 'articles')] });
  if (has('fzf')) {
    const file = join(corpora, `passages-${n}.txt`);
    if (!existsSync(file)) {
      const lines = [];
      for (const f of readdirSync(join(dir, 'articles'))) if (f.endsWith('.txt')) for (const l of readFileSync(join(dir, 'articles', f), 'utf8').split('\n')) if (l.trim()) lines.push(l.trim());
      writeFileSync(file, `${lines.join('\n')}\n`);
    }
    wholeCases.push({ name: 'fzf --filter "law of the jungle" (passages)', argv: ['sh', '-c', `fzf --filter 'law of the jungle' < '${file}' > /dev/null`] });
  }
  const w = measure(wholeCases, Math.max(3, Math.floor(runs / 2)));
  console.log(`\n| command (${n} articles, warm) | median | peak RSS | exit |\n| --- | --- | --- | --- |`);
  for (const c of wholeCases) {
    const x = w.get(c.name);
    console.log(`| ${c.name} | ${fmt(median(x.ms))} | ${x.rss ? `${x.rss.toFixed(0)} MiB` : ''} | ${[...x.codes].join(',')} |`);
  }
  console.log('');
  for (const c of Object.values(caches)) rmSync(c, { recursive: true, force: true });
}
