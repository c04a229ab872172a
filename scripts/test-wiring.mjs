// Preloaded by `npm test` (node --import): the tests resolve modules as the shipped bundle does
// (scripts/wiring.mjs), taking the transpiled stand-ins from .test-build/. Synchronous hooks in this
// thread where Node has them (22.15, 23.5 on): Node 26 deprecates module.register(), whose hooks run
// on a thread of their own; Node 22.13 and 22.14 have only that.
import * as nodeModule from 'node:module';
import { redirected } from './test-wiring-hooks.mjs';

if (typeof nodeModule.registerHooks === 'function') {
  nodeModule.registerHooks({ resolve: (specifier, context, next) => redirected(specifier, context.parentURL) ?? next(specifier, context) });
} else {
  nodeModule.register('./test-wiring-hooks.mjs', import.meta.url);
}
