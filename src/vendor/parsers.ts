/**
 * zod and yaml, bundled apart from the CLI (scripts/build.mjs) as dist/parsers.js.
 *
 * Why apart: they are needed only to read a corpus from source — when its cache is stale, or for
 * `gloss init` and `add` — yet they were two thirds of the bundle every command loads. zod alone set up
 * some thousand export getters as the bundle started, a run that reads a cached corpus never using one.
 * The CLI bundle requires this file on first use, from the modules that import zod or yaml.
 */
export { z } from 'zod';
export { Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, stringify, visit } from 'yaml';
