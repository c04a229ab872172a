// Preloaded by `npm test` (node --import): the tests resolve modules as the shipped bundle does
// (scripts/wiring.mjs), taking the transpiled stand-ins from .test-build/.
import { register } from 'node:module';

register('./test-wiring-hooks.mjs', import.meta.url);
