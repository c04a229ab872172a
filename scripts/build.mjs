// Bundles the CLI into dist/ with esbuild: a few files to load instead of hundreds of module lookups.
// Code that only some commands need (the YAML parser and validator, read mode, search, the width
// library) is split into chunks of its own, loaded by the dynamic imports that need it. Node's compile
// cache (src/cli/start.ts) then spares every later run the compiling. Also writes the JSON Schemas
// generated from src/schema.ts.
import { build } from 'esbuild';
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
await build({
  entryPoints: { gloss: join(root, 'src/cli/start.ts') },
  outdir: staging,
  // Chunks beside the entry: code that finds the shipped corpus from import.meta.url (dist/../corpus)
  // must find it from whichever chunk it lands in.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22.13',
  // commander and other CommonJS dependencies call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __glossRequire } from 'node:module'; const require = __glossRequire(import.meta.url);" },
  legalComments: 'none',
  plugins: [esbuildWiring(root)],
  minify: process.env.GLOSS_NO_MINIFY !== '1',
  sourcemap: false,
  define: { __GLOSS_BUILD__: JSON.stringify(hash.digest('hex').slice(0, 16)) },
  logLevel: 'warning',
});
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
