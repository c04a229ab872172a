// Preloaded into a spawned gloss (node --import, `countedRun` below) to count the work done on one
// text as gloss runs: what the time of a run stands for, without timing it. The text is known by its
// length (GLOSS_COUNT_LENGTH): no other string gloss handles has it. Counted, on that text:
//   - characters compared by indexOf, includes and startsWith, each done as a plain search does it
//     (a place tried is compared up to its first difference): V8's search is at worst that, and
//     for a long needle in a text that repeats it is that;
//   - characters passed over by lastIndexOf, and each charCodeAt / codePointAt;
// and, on every array, the elements visited by some, every, find, findIndex, filter and indexOf.
// The counts are written as JSON to GLOSS_COUNT_OUT when the process exits.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

export interface Work {
  characters: number;
  elements: number;
}

const length = Number(process.env.GLOSS_COUNT_LENGTH);
const out = process.env.GLOSS_COUNT_OUT;
// The main thread's work: a thread gloss starts has its own process events, and would write over it.
if (out !== undefined && Number.isInteger(length) && isMainThread) install(length, out);

function install(length: number, out: string): void {
  const work: Work = { characters: 0, elements: 0 };
  const S = String.prototype;
  const { charCodeAt, codePointAt, lastIndexOf } = S;
  const counted = (s: string) => s.length === length;

  /** indexOf as a plain search: each place tried is compared from its start to the first difference. */
  function plainIndexOf(this: string, search: unknown, position?: unknown): number {
    const needle = String(search);
    const n = this.length;
    const m = needle.length;
    const from = Math.min(Math.max(Math.trunc(Number(position)) || 0, 0), n);
    for (let at = from; at + m <= n; at++) {
      let k = 0;
      while (k < m && (work.characters++, charCodeAt.call(this, at + k) === charCodeAt.call(needle, k))) k++;
      if (k === m) return at;
    }
    return -1;
  }
  const indexOf = S.indexOf;
  S.indexOf = function (this: string, search: string, position?: number) {
    return counted(this) ? plainIndexOf.call(this, search, position) : indexOf.call(this, search, position);
  };
  const includes = S.includes;
  S.includes = function (this: string, search: string, position?: number) {
    return counted(this) ? plainIndexOf.call(this, search, position) !== -1 : includes.call(this, search, position);
  };
  const startsWith = S.startsWith;
  S.startsWith = function (this: string, search: string, position?: number) {
    if (counted(this)) {
      const at = Math.min(Math.max(Math.trunc(Number(position)) || 0, 0), this.length);
      let k = 0;
      while (k < search.length && at + k < this.length && (work.characters++, charCodeAt.call(this, at + k) === charCodeAt.call(search, k))) k++;
    }
    return startsWith.call(this, search, position);
  };
  S.lastIndexOf = function (this: string, search: string, position?: number) {
    const at = lastIndexOf.call(this, search, position);
    if (counted(this)) work.characters += Math.min(this.length, position === undefined ? this.length : Math.max(0, position) + 1) - (at === -1 ? 0 : at);
    return at;
  };
  S.charCodeAt = function (this: string, i: number) {
    if (counted(this)) work.characters++;
    return charCodeAt.call(this, i);
  };
  S.codePointAt = function (this: string, i: number) {
    if (counted(this)) work.characters++;
    return codePointAt.call(this, i);
  };

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const A = Array.prototype as unknown as Record<string, (this: unknown[], ...args: any[]) => unknown>;
  for (const name of ['some', 'every', 'find', 'findIndex', 'filter'] as const) {
    const original = A[name]!;
    A[name] = function (this: unknown[], fn: (...args: unknown[]) => unknown, thisArg?: unknown) {
      return original.call(this, function (this: unknown, ...args: unknown[]) {
        work.elements++;
        return fn.apply(thisArg, args);
      });
    };
  }
  const arrayIndexOf = A.indexOf!;
  A.indexOf = function (this: unknown[], ...args: unknown[]) {
    const at = arrayIndexOf.apply(this, args) as number;
    work.elements += at === -1 ? this.length : at + 1;
    return at;
  };
  process.on('exit', () => writeFileSync(out, JSON.stringify(work)));
}

const HOOK = fileURLToPath(import.meta.url);

/**
 * Runs `gloss ARGS` in a child process, as a user does (cache off), counting the work done on the
 * text of length `textLength`: the run's result and its work.
 */
export function countedRun(bin: string, dir: string, textLength: number, args: string[]): { status: number | null; stdout: string; stderr: string; work: Work } {
  const file = join(dir, 'work.json');
  const r = spawnSync(process.execPath, ['--import', HOOK, bin, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: 600_000,
    env: { PATH: process.env.PATH, GLOSS_CACHE: '0', GLOSS_COUNT_LENGTH: String(textLength), GLOSS_COUNT_OUT: file },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, work: JSON.parse(readFileSync(file, 'utf8')) as Work };
}
