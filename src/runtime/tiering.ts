/**
 * V8's optimising compiler in a process that lives a tenth of a second.
 *
 * TurboFan compiles hot functions on a background thread, and Node.js waits for the compile jobs in
 * flight before the process exits. A search on the shipped corpus makes fuse.js's bitap function hot
 * just as the search ends; its compile (17–24 ms measured with --trace-opt) outlasts the search, and
 * the process then sat idle waiting for code it would never run: some 15 ms of a 60 ms command. Work
 * known to be short runs without TurboFan (`shortWork`): Ignition and Sparkplug finish it as soon.
 * Anything large keeps V8's defaults, where TurboFan pays for itself many times over.
 *
 * `restoreCompilerFlags` puts the default back when the command ends: a code cache made afterwards
 * (src/cli/launch.ts) carries a hash of V8's flags, and must match a process that starts with the
 * defaults, or V8 would refuse it.
 */
import { createRequire } from 'node:module';

type V8 = typeof import('node:v8');

let v8: V8 | undefined;

/** Runs the rest of this command without TurboFan. */
export function shortWork(): void {
  // node:v8 loads only here, on first use: it costs ~2 ms (it brings node:stream), which a listing
  // never needs. A require, since a bundle run through vm.Script has no dynamic import().
  v8 ??= createRequire(import.meta.url)('node:v8') as V8;
  v8.setFlagsFromString('--no-opt');
}

export function restoreCompilerFlags(): void {
  v8?.setFlagsFromString('--opt');
}
