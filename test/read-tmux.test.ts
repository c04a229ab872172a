// Read mode in a real terminal: tmux runs gloss in a 140×40 pane and the test reads the screen as a
// person would (capture-pane), with margin notes, the pager (less), quitting it, and Ctrl-C in it.
// Skips when tmux (or, for the pager cases, less) is not installed; CI needs `apt-get install tmux less`.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { BIN, CACHE_DIR, ROOT } from './helpers.js';

const has = (cmd: string) => spawnSync('/bin/sh', ['-c', `command -v ${cmd}`]).status === 0;
// A server of its own for each pane: a new session on the socket of a server just killed can reach
// that server as it exits ("server exited unexpectedly": 15 times in 150 on a loaded machine).
let socket = '';
let panes = 0;
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', timeout: 5000 });
const screen = (history = false) => tmux('capture-pane', '-p', '-t', 'read', ...(history ? ['-S', '-300'] : [])).stdout;

async function waitFor(what: string, ok: (s: string) => boolean, history = false): Promise<string> {
  const deadline = Date.now() + 15_000;
  let last = '';
  while (Date.now() < deadline) {
    last = screen(history);
    if (ok(last)) return last;
    await sleep(100);
  }
  assert.fail(`timed out waiting for ${what}; the screen:\n${last}`);
}

/** A shell in a fresh 140×40 pane, in the repo, with a clean environment for gloss. */
async function withPane(t: TestContext, body: (type: (line: string) => void) => Promise<void>): Promise<void> {
  if (!has('tmux')) {
    t.skip('tmux is not installed');
    return;
  }
  socket = `gloss-read-test-${process.pid}-${panes++}`;
  try {
    const r = tmux('new-session', '-d', '-x', '140', '-y', '40', '-s', 'read', '/bin/sh');
    assert.equal(r.status, 0, r.stderr);
    const type = (line: string) => {
      tmux('send-keys', '-t', 'read', '-l', line);
      tmux('send-keys', '-t', 'read', 'Enter');
    };
    type(`cd '${ROOT}' && unset LESS LV PAGER GLOSS_PAGER NO_COLOR FORCE_COLOR COLUMNS LINES && export GLOSS_CACHE_DIR='${CACHE_DIR}' PS1='$ ' && clear`);
    await waitFor('the shell', (s) => s.trim() === '$');
    await body(type);
  } finally {
    tmux('kill-server');
  }
}

test('in a 140-column terminal, notes stand in the margin level with their claims', async (t) => {
  await withPane(t, async (type) => {
    type(`node '${BIN}' read mackay --no-pager; echo "exit=$?"`);
    const s = await waitFor('the article', (x) => /exit=\d/.test(x), true);
    assert.match(s, /exit=0/);
    const rows = s.split('\n');
    const heading = rows.findIndex((r) => r.startsWith('MacKay presses Chinese minister on cyberattacks in Beijing meeting'));
    assert.ok(heading >= 0, s);
    // The headline is claim c1: its row in the body carries c1's note in the margin.
    const c1 = rows.find((r) => /^MacKay presses Chinese minister on cyberattacks in Beijing meeting +│ c1 The Canadian Press$/.test(r));
    assert.ok(c1, `c1 level with the headline:\n${s}`);
    assert.ok(rows.some((r) => /^OTTAWA – Defence Minister Peter MacKay said he laid down clear “markers” Monday +│ c2 Peter MacKay/.test(r)), s);
    for (const r of rows) assert.ok(r.length <= 140);
  });
});

test('in a terminal, long output goes through less; q quits it and the shell is back, terminal sane', async (t) => {
  if (!has('less')) {
    t.skip('less is not installed (CI needs apt-get install less)');
    return;
  }
  await withPane(t, async (type) => {
    type('stty -g > /tmp/gloss-stty-before-$$; echo ready');
    await waitFor('stty', (x) => x.includes('ready'));
    type('clear');
    await waitFor('clear', (x) => x.trim() === '$');
    type(`node '${BIN}' read collins; echo "exit=$?"`);
    // less shows the first screen and waits: the byline is there, the end of the article is not.
    const first = await waitFor('the pager', (x) => x.includes('The 3Ds Blog') && x.split('\n').length >= 39 && /^:|\(END\)|^\S*$/m.test(x.split('\n').at(-2) ?? ''));
    assert.doesNotMatch(first, /exit=\d/);
    assert.doesNotMatch(first, /Leave a Reply/);
    tmux('send-keys', '-t', 'read', 'C-c');
    await sleep(300);
    assert.doesNotMatch(screen(), /exit=\d/, 'Ctrl-C leaves the pager to handle it');
    tmux('send-keys', '-t', 'read', 'q');
    const after = await waitFor('the shell', (x) => /exit=\d/.test(x));
    assert.match(after, /exit=0/);
    type('stty -g | cmp -s - /tmp/gloss-stty-before-$$ && echo sane-terminal; rm -f /tmp/gloss-stty-before-$$');
    await waitFor('the stty check', (x) => x.includes('sane-terminal'));
  });
});

test('a pager that fails (PAGER=false) is said on stderr, exit 2, never a silent exit 0 with nothing shown', async (t) => {
  await withPane(t, async (type) => {
    type(`PAGER=false node '${BIN}' read mackay; echo "exit=$?"`);
    const s = await waitFor('the end', (x) => /exit=\d/.test(x));
    // Before: nothing at all, and exit=0.
    assert.match(s, /gloss: the pager \(false\) ended with status 1: the output may not have been shown; use --no-pager, or set PAGER/);
    assert.match(s, /exit=2/);
  });
});

test('a pager that fails from GLOSS_PAGER names GLOSS_PAGER: setting PAGER would not help, GLOSS_PAGER being read first', async (t) => {
  await withPane(t, async (type) => {
    type(`GLOSS_PAGER=false PAGER=cat node '${BIN}' read mackay; echo "exit=$?"`);
    const s = await waitFor('the end', (x) => /exit=\d/.test(x));
    // Before: "…; use --no-pager, or set PAGER".
    assert.match(s, /use --no-pager, or set GLOSS_PAGER to a pager that works/);
    assert.match(s, /exit=2/);
  });
});

test('a short output: less -F quits at once, no key needed', async (t) => {
  await withPane(t, async (type) => {
    type(`node '${BIN}' read mackay --claim c4; echo "exit=$?"`);
    const s = await waitFor('the claim', (x) => /exit=\d/.test(x));
    assert.match(s, /exit=0/);
    assert.match(s, /attribution +direct/);
  });
});
