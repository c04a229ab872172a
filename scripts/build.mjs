// Bundles the CLI into dist/ with esbuild: one file to load instead of hundreds of module lookups, and
// the parsers (zod, yaml) apart, loaded only to read a corpus from source. V8's code cache
// (src/cli/code-cache.ts) and Node's compile cache (src/cli/start.ts) then spare later runs the compiling. Also writes the JSON Schemas generated
// from src/schema.ts.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildWiring } from './wiring.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Identifies this build's sources and dependencies, so a corpus cache written by another build is not trusted.
const hash = createHash('sha256');
const walk = (dir) => readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).forEach((e) => {
  const rel = join(dir, e.name);
  if (e.isDirectory()) walk(rel);
  else hash.update(rel).update(readFileSync(join(root, rel)));
});
walk('src');
hash.update(readFileSync(join(root, 'package-lock.json')));
// Build into a fresh folder and swap it in, so stale chunks never linger and a failed build (or a
// test run in progress) never sees a half-written dist/.
const staging = join(root, `.dist-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
const common = {
  outdir: staging,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node22.13',
  legalComments: 'none',
  minify: process.env.GLOSS_NO_MINIFY !== '1',
  sourcemap: false,
  logLevel: 'warning',
};
await build({
  ...common,
  // start.js switches on the compile caches and then loads gloss.js, the CLI: one CommonJS file
  // (src/cli/start.ts says why not ES module chunks). Its modules still run only when first used.
  entryPoints: { start: join(root, 'src/cli/start.ts'), gloss: join(root, 'src/cli/main.ts') },
  plugins: [
    esbuildWiring(root),
    {
      // The parsers, needed only to read a corpus from source, are a bundle of their own (src/vendor/parsers.ts).
      name: 'parsers-apart',
      setup(b) {
        b.onResolve({ filter: /^(zod|yaml)$/ }, (args) => (args.importer.includes(`${root}/src/`) ? { path: './parsers.js', external: true } : undefined));
      },
    },
  ],
  // A CommonJS bundle has no import.meta: its modules find the shipped corpus from the bundle's own URL.
  // Intl.Segmenter is built on first use (src/vendor-stubs/lazy-segmenter.ts says why).
  define: { __GLOSS_BUILD__: JSON.stringify(hash.digest('hex').slice(0, 16)), 'import.meta.url': '__glossModuleUrl', 'Intl.Segmenter': '__GlossLazySegmenter' },
  inject: [join(root, 'src/vendor-stubs/lazy-segmenter-inject.ts')],
  banner: { js: "var __glossModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await build({ ...common, entryPoints: { parsers: join(root, 'src/vendor/parsers.ts') } });
// The worker thread that writes a large corpus's database while the CLI reads the corpus (src/store/writer.ts).
await build({ ...common, entryPoints: { 'writer-thread': join(root, 'src/store/writer-thread.ts') } });
// The threads that make pages of a large export while the CLI writes them out (src/store/export-pages.ts).
await build({ ...common, entryPoints: { 'export-thread': join(root, 'src/store/export-thread.ts') } });
writeFileSync(join(staging, 'package.json'), '{ "type": "commonjs" }\n');
const old = join(root, `.dist-old-${process.pid}`);
try {
  renameSync(join(root, 'dist'), old);
} catch {
  // first build: nothing to move aside
}
renameSync(staging, join(root, 'dist'));
rmSync(old, { recursive: true, force: true });

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

// The man page, from the same command definitions as --help (gloss __man), declared in package.json.
{
  const r = spawnSync(process.execPath, [join(root, 'bin', 'gloss.js'), '__man'], { encoding: 'utf8', env: { PATH: process.env.PATH, GLOSS_CACHE: '0' } });
  if (r.status !== 0) throw new Error(`writing the man page failed: ${r.stderr}`);
  mkdirSync(join(root, 'man'), { recursive: true });
  writeFileSync(join(root, 'man', 'gloss.1'), r.stdout);
}
