// Bundles the CLI into dist/ with esbuild: one file to load instead of hundreds of module lookups,
// which is most of gloss's start-up time. Also writes the JSON Schemas generated from src/schema.ts.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Identifies this build's sources and dependencies, so a corpus cache written by another build is not trusted.
const hash = createHash('sha256');
const walk = (dir) => readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).forEach((e) => {
  const rel = join(dir, e.name);
  if (e.isDirectory()) walk(rel);
  else hash.update(rel).update(readFileSync(join(root, rel)));
});
walk('src');
// Build into a fresh folder and swap it in, so stale chunks never linger and a failed build (or a
// test run in progress) never sees a half-written dist/.
const staging = join(root, `.dist-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
hash.update(readFileSync(join(root, 'package-lock.json')));
await build({
  // gloss.js is the CLI; launch.js runs it through V8's code cache (src/cli/launch.ts), which Node.js 20
  // offers only to CommonJS: hence one CommonJS file, whose modules still run only when first used.
  entryPoints: { gloss: join(root, 'src/cli/main.ts'), launch: join(root, 'src/cli/launch.ts') },
  outdir: staging,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Node 20 has the RegExp v flag: left a literal, string-width's emoji pattern costs ~1.5 ms to create,
  // where esbuild's lowering to `new RegExp(…, 'v')` makes V8 parse it whole, 15–20 ms, on every load.
  supported: { 'regexp-set-notation': true },
  charset: 'ascii',
  legalComments: 'none',
  // marked-terminal's code highlighter and emoji table are never used by read mode (see the stubs).
  alias: {
    'cli-highlight': join(root, 'src/vendor-stubs/cli-highlight.ts'),
    'node-emoji': join(root, 'src/vendor-stubs/node-emoji.ts'),
  },
  plugins: [
    {
      name: 'lazy-child-process-for-commander',
      setup(b) {
        b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
          /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: join(root, 'src/vendor-stubs/lazy-child-process.cjs') } : undefined,
        );
      },
    },
    {
      // The parsers, needed only to read a corpus from source, are a bundle of their own (src/vendor/parsers.ts).
      name: 'parsers-apart',
      setup(b) {
        b.onResolve({ filter: /^(zod|yaml)$/ }, (args) => (args.importer.includes(`${root}/src/`) ? { path: './parsers.js', external: true } : undefined));
      },
    },
    {
      // gloss decides colour itself (src/output/terminal.ts): chalk's own detection loads tty and net.
      name: 'no-colour-detection-in-chalk',
      setup(b) {
        b.onResolve({ filter: /^#supports-color$/ }, (args) =>
          /[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer) ? { path: join(root, 'src/vendor-stubs/supports-color.ts') } : undefined,
        );
      },
    },
    {
      // wrap-ansi measures every word and row; one-column text needs none of string-width's machinery.
      name: 'narrow-width-for-wrap-ansi',
      setup(b) {
        b.onResolve({ filter: /^string-width$/ }, (args) =>
          /[\\/]node_modules[\\/]wrap-ansi[\\/]/.test(args.importer) ? { path: join(root, 'src/output/narrow-width.ts') } : undefined,
        );
      },
    },
  ],
  minify: process.env.GLOSS_NO_MINIFY !== '1',
  sourcemap: false,
  define: { __GLOSS_BUILD__: JSON.stringify(hash.digest('hex').slice(0, 16)), 'import.meta.url': '__glossModuleUrl', 'Intl.Segmenter': 'LazySegmenter' },
  inject: [join(root, 'src/vendor-stubs/lazy-segmenter.ts')],
  banner: { js: "var __glossModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
await build({
  entryPoints: { parsers: join(root, 'src/vendor/parsers.ts') },
  outdir: staging,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  charset: 'ascii',
  legalComments: 'none',
  minify: process.env.GLOSS_NO_MINIFY !== '1',
  logLevel: 'warning',
});
writeFileSync(join(staging, 'package.json'), '{ "type": "commonjs" }\n');
// The launcher reads the bundle as Latin-1, quicker than UTF-8 and the same for ASCII: keep it ASCII
// (charset: 'ascii' escapes strings and patterns; an unminified build for profiling keeps comments,
// whose other characters do no harm).
const nonAscii = process.env.GLOSS_NO_MINIFY === '1' ? null : /[^\x00-\x7f]/.exec(readFileSync(join(staging, 'gloss.js'), 'latin1'));
if (nonAscii) {
  rmSync(staging, { recursive: true, force: true });
  throw new Error(`dist/gloss.js is not ASCII at offset ${nonAscii.index}: escape the character in the source`);
}
const old = join(root, `.dist-old-${process.pid}`);
try {
  renameSync(join(root, 'dist'), old);
} catch {
  // first build: nothing to move aside
}
renameSync(staging, join(root, 'dist'));
rmSync(old, { recursive: true, force: true });
// Trained in place: V8 keeps the file name the cache was made under (stack traces, profiles).
await trainCodeCache(join(root, 'dist'));

// The JSON Schemas of the annotation files, generated from the loader's own zod schemas.
const schemaBundle = await build({
  entryPoints: [join(root, 'src/json-schema.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
});
const { annotationSchemas } = await import(`data:text/javascript;base64,${Buffer.from(schemaBundle.outputFiles[0].text).toString('base64')}`);
mkdirSync(join(root, 'schema'), { recursive: true });
for (const [name, schema] of Object.entries(annotationSchemas())) {
  writeFileSync(join(root, 'schema', name), `${JSON.stringify(schema, null, 2)}\n`);
}

/**
 * Fills dist/code-cache with what the everyday commands compile (src/cli/launch.ts): run once against
 * a fresh corpus cache so the cached-load paths are the ones compiled, as at a user's terminal.
 */
async function trainCodeCache(dir) {
  const runs = [
    ['search', 'trade secrets'],
    ['search', 'MacKay', '--format', 'json'],
    ['claims'],
    ['claims', '--format', 'json'],
    ['quotes', '--format', 'csv'],
    ['actors'],
    ['check'],
    ['read', 'mackay', '--no-pager'],
  ];
  const corpusCache = mkdtempSync(join(tmpdir(), 'gloss-build-'));
  const env = { ...process.env, GLOSS_CACHE_DIR: corpusCache, NO_COLOR: '1', COLUMNS: '100' };
  delete env.GLOSS_CACHE;
  const launch = JSON.stringify(join(dir, 'launch.js'));
  const bundle = JSON.stringify(join(dir, 'gloss.js'));
  const node = (code) => {
    const r = spawnSync(process.execPath, ['-e', code], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`training the code cache failed: ${r.stderr}`);
  };
  try {
    for (const args of [['search', 'China'], ['claims']]) node(`require(${launch}).launch(${bundle}, ['node', 'gloss', ...${JSON.stringify(args)}])`);
    node(`require(${launch}).train(${bundle}, ${JSON.stringify(runs)}).catch((e) => { console.error(e.message); process.exit(1); })`);
  } catch (e) {
    // The cache only saves start-up time: an install goes on without it (gloss then compiles as it
    // starts), and test/code-cache.test.ts fails, so a build that cannot train does not go unnoticed.
    console.warn(`gloss build: warning: ${e.message.trim()}; gloss will start without a code cache`);
  } finally {
    rmSync(corpusCache, { recursive: true, force: true });
  }
}

// The man page, from the same command definitions as --help (gloss __man), declared in package.json.
{
  const r = spawnSync(process.execPath, [join(root, 'bin', 'gloss.js'), '__man'], { encoding: 'utf8', env: { PATH: process.env.PATH, GLOSS_CACHE: '0' } });
  if (r.status !== 0) throw new Error(`writing the man page failed: ${r.stderr}`);
  mkdirSync(join(root, 'man'), { recursive: true });
  writeFileSync(join(root, 'man', 'gloss.1'), r.stdout);
}
