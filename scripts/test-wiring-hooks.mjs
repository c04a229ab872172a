// The resolve hook behind scripts/test-wiring.mjs (module customization hooks run in their own thread).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { redirectFor } from './wiring.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function resolve(specifier, context, next) {
  const r = redirectFor(specifier, context.parentURL);
  if (!r) return next(specifier, context);
  return { url: pathToFileURL(join(root, '.test-build', r.to.replace(/\.ts$/, '.js'))).href, shortCircuit: true };
}
