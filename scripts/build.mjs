// Bundles the CLI into dist/ with esbuild: one file to load instead of hundreds of module lookups,
// which is most of gloss's start-up time. Also writes the JSON Schemas generated from src/schema.ts.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: { gloss: join(root, 'src/cli/main.ts') },
  outdir: join(root, 'dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __glossRequire } from 'node:module'; const require = __glossRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});

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
