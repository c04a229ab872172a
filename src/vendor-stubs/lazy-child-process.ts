/**
 * Stands in for node:child_process where commander imports it (scripts/wiring.mjs): commander loads it
 * at its top for executable subcommands, which gloss has none of. The real module is fetched only if
 * something of it is ever used.
 */
type ChildProcess = typeof import('node:child_process');

let real: ChildProcess | undefined;

export default new Proxy({} as ChildProcess, {
  get: (_, key) => (real ??= process.getBuiltinModule('node:child_process') as ChildProcess)[key as keyof ChildProcess],
});
