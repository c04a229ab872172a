// Transpiles src/ and test/ (TypeScript) to .test-build/ for node's test runner, file by file, so the
// unit tests can import any module. Type checking is tsc's job (npm run typecheck), not this one's.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const walk = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'fixtures' ? [] : walk(join(dir, e.name))) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
rmSync(join(root, '.test-build'), { recursive: true, force: true });
await build({
  entryPoints: [...walk('src'), ...walk('test')].map((f) => join(root, f)),
  outdir: join(root, '.test-build'),
  outbase: root,
  format: 'esm',
  platform: 'node',
  target: 'node22.13',
  logLevel: 'warning',
  // src/output/narrow-width.ts calls require only where it exists (the CommonJS bundle) and
  // createRequire otherwise, as in these ES modules: the warning that esbuild cannot convert that
  // call is about a branch the tests never take.
  logOverride: { 'unsupported-require-call': 'silent' },
});
