/**
 * A real terminal for tests: tmux runs a shell in a pane of a given size and the test reads the
 * screen as a person would (capture-pane). Skips when tmux is not installed (CI: apt-get install tmux).
 */
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { CACHE_DIR, ROOT } from './helpers.js';

export const has = (cmd: string) => spawnSync('/bin/sh', ['-c', `command -v ${cmd}`]).status === 0;

export interface Pane {
  type(line: string): void;
  keys(...keys: string[]): void;
  screen(history?: boolean): string;
  waitFor(what: string, ok: (s: string) => boolean, history?: boolean): Promise<string>;
}

let sessions = 0;

/** A shell in a fresh pane of `columns`×`rows`, in the repo, with a clean environment for gloss. */
export async function withPane(t: TestContext, columns: number, rows: number, body: (pane: Pane) => Promise<void>, env = ''): Promise<void> {
  if (!has('tmux')) {
    t.skip('tmux is not installed');
    return;
  }
  const socket = `gloss-test-${process.pid}-${sessions++}`;
  const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', timeout: 5000 });
  const screen = (history = false) => tmux('capture-pane', '-p', '-J', '-t', 'p', ...(history ? ['-S', '-300'] : [])).stdout;
  const pane: Pane = {
    type(line) {
      tmux('send-keys', '-t', 'p', '-l', line);
      tmux('send-keys', '-t', 'p', 'Enter');
    },
    keys: (...keys) => void tmux('send-keys', '-t', 'p', ...keys),
    screen,
    async waitFor(what, ok, history = false) {
      const deadline = Date.now() + 20_000;
      let last = '';
      while (Date.now() < deadline) {
        last = screen(history);
        if (ok(last)) return last;
        await sleep(100);
      }
      return assert.fail(`timed out waiting for ${what}; the screen:\n${last}`);
    },
  };
  try {
    const r = tmux('new-session', '-d', '-x', String(columns), '-y', String(rows), '-s', 'p', '/bin/sh');
    assert.equal(r.status, 0, r.stderr);
    pane.type(`cd '${ROOT}' && unset LESS LV PAGER GLOSS_PAGER NO_COLOR FORCE_COLOR COLUMNS LINES COLORTERM && export GLOSS_CACHE_DIR='${CACHE_DIR}' PS1='$ ' ${env} && clear`);
    await pane.waitFor('the shell', (s) => s.trim() === '$');
    await body(pane);
  } finally {
    tmux('kill-server');
  }
}
