/** Shared by the tests: the repo root, fixture paths, and running the real CLI as a user does. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Tests run from .test-build/test/, two levels below the repo root.
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'gloss.js');
export const fixture = (name: string) => join(ROOT, 'test', 'fixtures', name);

const scratchDirs: string[] = [];
process.on('exit', () => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * A fresh folder under the system's temporary folder, removed when the test process exits: a run of
 * the suite left some 600 folders behind in /tmp before (one per example, one cache per test file).
 */
export function scratch(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

/** Whether a file name is one of gloss's temporary files (runtime/leftovers.ts), or SQLite's journal beside one. */
export const isGlossTemp = (name: string) => /\.gloss-\d+(?:-[a-z0-9]+)?\.tmp(?:-journal)?$/.test(name);

/** One corpus cache folder per test process, so tests neither read nor litter the user's cache. */
export const CACHE_DIR = scratch('gloss-test-cache-');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `gloss ARGS` in a child process with a clean, colourless environment unless told otherwise. */
export function gloss(args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {}): Run {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: CACHE_DIR, ...opts.env };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env, input: opts.input ?? '', encoding: 'utf8', maxBuffer: 1 << 30 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Slices a string by code points, as Python's str does. */
export function sliceCodePoints(s: string, start: number, end: number): string {
  return [...s].slice(start, end).join('');
}

/** A small seeded generator (mulberry32), so a failure can be replayed. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
