// The resolve hook behind scripts/test-wiring.mjs: `redirected` for module.registerHooks (in the
// importing thread), `resolve` for module.register (customization hooks on their own thread).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { redirectFor } from './wiring.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the test build takes `specifier` imported from `parentURL` instead, if anywhere. */
export function redirected(specifier, parentURL) {
  const r = redirectFor(specifier, parentURL);
  return r ? { url: pathToFileURL(join(root, '.test-build', r.to.replace(/\.ts$/, '.js'))).href, shortCircuit: true } : undefined;
}

export async function resolve(specifier, context, next) {
  return redirected(specifier, context.parentURL) ?? next(specifier, context);
}
