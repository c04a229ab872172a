/**
 * zod and yaml, bundled apart from the CLI (scripts/build.mjs) as dist/parsers.js.
 *
 * Why apart: they are needed only to read a corpus from source — when its cache is stale, for `check
 * --fix`, `draft`, `init` and `add` — yet they are two thirds of the code. The CLI bundle requires this
 * file on first use, from the modules that import zod or yaml; the tests import zod and yaml themselves
 * (the same modules, without the bundle boundary).
 */
export { z } from 'zod';
export { Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, stringify, visit } from 'yaml';
