// The work `gloss check` does on one large article, each case timed alone (wall time of the whole
// command, cache off): a missing 2,000-character quote (the near-match suggestion), an ambiguous short
// quote, and the warnings pass over tens of thousands of names, mentions and quotations.
//   node scripts/bench-large-article.mjs [--mb 4]
// Prints one line per case with its time and the first line of what check said. Each includes what
// every check of the article pays (start-up, reading, hashing and anchoring the text): the ambiguous
// quote, found at once, is about that floor.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'gloss.js');
const args = process.argv.slice(2);
const mb = Number(args[args.indexOf('--mb') + 1]) || 4;
const env = { ...process.env, GLOSS_CACHE: '0', NO_COLOR: '1' };

/** A corpus from `gloss init` whose one article is the example text repeated to `mb` MiB, with these claims. */
export function largeArticleCorpus(dir, mib, claims, { tagAll = false } = {}) {
  rmSync(dir, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [bin, 'init', dir], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const txtFile = join(dir, 'articles', 'harbour-talks.txt');
  const unit = readFileSync(txtFile, 'utf8');
  const text = unit.repeat(Math.ceil((mib * 1024 * 1024) / unit.length));
  writeFileSync(txtFile, text);
  const yamlFile = join(dir, 'articles', 'harbour-talks.yaml');
  let yaml = readFileSync(yamlFile, 'utf8').replace(/^sha256: .*$/m, `sha256: ${createHash('sha256').update(text).digest('hex')}`);
  // The example's own annotations each occur once a repetition: make them "all" (or drop them).
  yaml = yaml.slice(0, yaml.indexOf('mentions:'));
  yaml += tagAll
    ? 'mentions:\n  - {actor: ann-lee, quote: "Ann Lee", occurrence: all}\n  - {actor: critics, quote: "Critics", occurrence: all}\n  - {agreement: harbour-accord, quote: "Harbour Accord", occurrence: all}\n'
    : 'mentions: []\n';
  yaml += claims.length === 0 ? 'claims: []\n' : `claims:\n${claims.map((c, i) => `  - {id: c${i + 1}, quote: ${JSON.stringify(c)}, source: ann-lee, attribution: direct, type: assertion, about: []}\n`).join('')}`;
  writeFileSync(yamlFile, yaml);
  return text;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Wall time, and CPU time (user + system) where /usr/bin/time can say: on a shared machine the steadier figure. */
function time(name, dir) {
  const argv = [process.execPath, bin, '--corpus', dir, 'check'];
  const t = process.hrtime.bigint();
  const r = spawnSync(TIME ?? argv[0], TIME ? ['-f', 'CPU %U %S', ...argv] : argv.slice(1), { env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const lines = r.stderr.split('\n');
  const cpu = TIME ? lines.splice(-2, 1)[0].split(' ').slice(1).reduce((a, b) => a + Number(b), 0) : NaN;
  const said = lines.find((l) => !l.startsWith('gloss: ')) ?? '';
  const cpuShown = TIME ? `${cpu.toFixed(2).padStart(5)} s CPU` : '';
  console.log(`${name.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(5)} s wall ${cpuShown}  exit ${r.status}  ${lines.length - 1} lines  ${said.replace(dir, '…').slice(0, 110)}`);
}

/**
 * Each unit alone, in this process, as CPU time (steady on a shared machine): the modules as the test
 * build transpiles them (`node scripts/build-tests.mjs` first; skipped, saying so, without it).
 */
async function units(dir) {
  const built = join(root, '.test-build', 'src', 'corpus');
  if (!existsSync(join(built, 'lint.js'))) return console.log('(per-unit figures: run node scripts/build-tests.mjs first)');
  const { loadCorpus } = await import(pathToFileURL(join(built, 'load.js')).href);
  const { lintCorpus } = await import(pathToFileURL(join(built, 'lint.js')).href);
  const { anchorQuote } = await import(pathToFileURL(join(built, 'anchor.js')).href);
  const cpu = (name, work) => {
    const start = process.cpuUsage();
    const said = work();
    const used = process.cpuUsage(start);
    console.log(`  ${name.padEnd(44)} ${((used.user + used.system) / 1e6).toFixed(2).padStart(5)} s CPU  ${said}`);
  };
  const loaded = loadCorpus(dir);
  const text = loaded.corpus.articles[0].text;
  const at = Math.floor(text.length / 2);
  const quote = `${text.slice(at, at + 1000)}#${text.slice(at + 1001, at + 2000)}`;
  console.log(`each unit alone, on the ${(text.length / 1048576).toFixed(1)} Mi-unit text:`);
  cpu('suggestion for a missing 2,000-character quote', () => anchorQuote(text, { quote }).message.slice(-45));
  cpu('another in the same article (folded text kept)', () => anchorQuote(text, { quote: quote.replace('#', '%') }).message.slice(-45));
  cpu('ambiguous short quote', () => anchorQuote(text, { quote: 'Lee' }).message.slice(0, 60));
  cpu('warnings pass', () => `${lintCorpus(loaded.corpus, loaded.nonMentions).length} warnings`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const base = mkdtempSync(join(tmpdir(), 'gloss-bench-article-'));
  try {
    const missing = join(base, 'missing');
    const text = largeArticleCorpus(missing, mb, ['placeholder']);
    const at = Math.floor(text.length / 2);
    const quote = `${text.slice(at, at + 1000)}X${text.slice(at + 1001, at + 2000)}`;
    largeArticleCorpus(missing, mb, [quote]);
    time('missing 2,000-character quote', missing);

    const ambiguous = join(base, 'ambiguous');
    largeArticleCorpus(ambiguous, mb, ['Lee']);
    time('ambiguous short quote', ambiguous);

    const warnings = join(base, 'warnings');
    largeArticleCorpus(warnings, mb, [], { tagAll: true });
    time('warnings pass, every name tagged', warnings);
    const untagged = join(base, 'untagged');
    largeArticleCorpus(untagged, mb, []);
    time('warnings pass, no name tagged', untagged);
    await units(warnings);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
