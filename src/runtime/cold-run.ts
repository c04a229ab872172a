/**
 * Whether this run built a corpus database (store/open.ts rebuild). A run that did compiled the
 * loader and the database's writer besides its command, code the next run of that command will not
 * need: the code cache (cli/code-cache.ts) made from it is replaced once by one from a run that did
 * not. start.js and the CLI are separate bundles: they meet on globalThis.
 */
const BUILT = Symbol.for('gloss.built-database');
type Registry = { [BUILT]?: true };

export function noteDatabaseBuilt(): void {
  (globalThis as Registry)[BUILT] = true;
}

export function databaseBuilt(): boolean {
  return (globalThis as Registry)[BUILT] === true;
}
