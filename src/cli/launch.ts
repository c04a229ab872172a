/**
 * Starts gloss from its bundle (dist/gloss.js) through V8's code cache.
 *
 * Why: compiling the bundle's JavaScript (commander, chalk, fuse.js, yaml, zod, marked… in one file)
 * was a third of gloss's start-up time; with a code cache V8 takes the compiled bytecode instead.
 * Node.js 20 can give a code cache only to a script compiled through `vm.Script`, so the bundle is
 * CommonJS and is compiled here, wrapped as Node.js wraps a module.
 *
 * Where the cache comes from: the build runs the everyday commands once and saves what they compiled
 * (`train`, called by scripts/build.mjs) as dist/code-cache/NODE_VERSION-ARCH.bin, for the Node.js that
 * built it. Under another Node.js, the first run saves its own in the user's cache folder (cache-dir.ts),
 * named for this build, and later runs use it. V8 checks a cache against its own version, its flags and
 * the source's length and refuses one that does not fit; gloss then just compiles as usual. A cache is
 * written to a temporary name and renamed into place, so a racing or interrupted run leaves none or a
 * whole one.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { BUILD, cacheDir } from '../corpus/cache-dir.js';

interface Bundle {
  main(argv: string[]): Promise<void>;
}

interface Compiled {
  bundle: Bundle;
  script: Script;
}

/** Compiles and runs the bundle as a CommonJS module, with `cachedData` if there is one. */
export function compile(file: string, cachedData: Buffer | undefined): Compiled {
  // ASCII (the build makes sure), so Latin-1 reads it right, and quicker than UTF-8.
  const source = readFileSync(file, 'latin1');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData && { cachedData }) });
  const module = { exports: {} as Bundle };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { bundle: module.exports, script };
}

const KEY = `${process.version}-${process.arch}.bin`;

/** The cache the build made, beside the bundle. */
export const shippedCache = (bundleFile: string): string => join(dirname(bundleFile), 'code-cache', KEY);

function read(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeWhole(file: string, data: Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch {
    // A cache is an optimisation: an unwritable folder just means compiling next time too.
    rmSync(tmp, { force: true });
  }
}

/** Runs gloss: the bin's whole job. */
export async function launch(bundleFile: string, argv: string[]): Promise<void> {
  const shipped = shippedCache(bundleFile);
  let data = read(shipped);
  let own: string | null = null;
  if (!data) {
    const dir = cacheDir();
    own = dir && join(dir, 'code', `${BUILD}-${KEY}`);
    data = own ? read(own) : undefined;
  }
  const { bundle, script } = compile(bundleFile, data);
  await bundle.main(argv);
  if (own && (!data || script.cachedDataRejected)) writeWhole(own, script.createCachedData());
}

/**
 * Runs each command line once in this process and saves the code cache they leave: every function
 * they compiled. The build calls it with output going nowhere.
 */
export async function train(bundleFile: string, runs: string[][], out = shippedCache(bundleFile)): Promise<void> {
  const { bundle, script } = compile(bundleFile, undefined);
  for (const args of runs) {
    await bundle.main([process.argv[0]!, 'gloss', ...args]);
    if (process.exitCode !== 0 && process.exitCode !== undefined) throw new Error(`gloss ${args.join(' ')}: exit ${process.exitCode}`);
  }
  writeWhole(out, script.createCachedData());
}
