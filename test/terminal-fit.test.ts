// Everything for people fits the terminal: tables, profiles, show and cite stay within COLUMNS (down to
// 40) without cutting ids or breaking words; long output is paged on a terminal; 256 colours only
// where the terminal has them; read shows each claim's note. Through the real CLI, and tmux where a
// terminal is what matters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BIN, gloss } from './helpers.js';
import { has, withPane } from './tmux.js';

const WIDTHS = [40, 60, 80, 120, 140];
const fits = (out: string, columns: number, what: string) => {
  for (const line of out.split('\n')) assert.ok([...line].length <= columns, `${what} at ${columns}: ${[...line].length} columns: ${line}`);
};
/** Words as a person reads them, without the punctuation and quotation marks around them. */
const words = (s: string) => s.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);

test('every listing stays within COLUMNS, down to 40, and its ids are whole and resolve', () => {
  for (const listing of ['list', 'actors', 'agreements', 'claims', 'quotes', 'mentions']) {
    for (const columns of WIDTHS) {
      const r = gloss([listing], { env: { COLUMNS: String(columns) } });
      assert.equal(r.code, 0, r.stderr);
      fits(r.stdout, columns, listing);
      const ids = r.stdout.trimEnd().split('\n').slice(1).map((l) => l.split(/\s+/)[0]!);
      assert.ok(ids.every((id) => !id.endsWith('…')), `${listing} at ${columns}: an id is cut: ${ids.find((id) => id.endsWith('…'))}`);
      const shown = gloss(['show', ids.at(-1)!, '--json']);
      assert.equal(shown.code, 0, `${listing} at ${columns}: ${ids.at(-1)} does not resolve: ${shown.stderr}`);
    }
  }
});

test('piped, a COLUMNS that is no width ("abc", "0", "60x") cuts no table, as an unset one does', () => {
  const whole = gloss(['claims']);
  assert.equal(whole.code, 0, whole.stderr);
  assert.ok(whole.stdout.split('\n').some((l) => [...l].length > 80), 'some claim line is longer than 80 columns');
  for (const columns of ['abc', '0', '60x', '']) {
    const r = gloss(['claims'], { env: { COLUMNS: columns } });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, whole.stdout, `COLUMNS=${JSON.stringify(columns)} changed the piped table`);
  }
});

test('the claims table at 80 columns gives the quote half the line, and the id is typeable', () => {
  const out = gloss(['claims', '--article', 'mackay'], { env: { COLUMNS: '80' } }).stdout;
  const [header, ...rows] = out.trimEnd().split('\n');
  const quoteAt = header!.indexOf('quote');
  assert.ok(80 - quoteAt >= 40, `the quote starts at column ${quoteAt}:\n${out}`);
  const c4 = rows.find((r) => r.startsWith('mackay:c4 '));
  assert.ok(c4, out);
  assert.match(c4, /I did lay down markers with my defence/);
});

test('actor, agreement and show wrap between words to the width, nothing cut', () => {
  for (const columns of WIDTHS) {
    const env = { COLUMNS: String(columns) };
    for (const [cmd, id, list] of [['agreement', 'canada-china-cyber', 'timeline'], ['actor', 'peter-mackay', 'claimsMade'], ['actor', 'mark-collins', 'claimsMade']] as const) {
      const out = gloss([cmd, id], { env }).stdout;
      fits(out, columns, `${cmd} ${id}`);
      const shown = new Set(words(out));
      const profile = JSON.parse(gloss([cmd, id, '--json']).stdout) as Record<string, { quote: string }[]>;
      assert.ok(profile[list]!.length > 0);
      // Every word of every quote is there whole: no cut at a fixed width, no word broken across lines.
      for (const c of profile[list]!) for (const w of words(c.quote)) assert.ok(shown.has(w), `${cmd} ${id} at ${columns}: "${w}" of “${c.quote}” is not whole`);
    }
    const show = gloss(['show', 'mackay:c4'], { env }).stdout;
    fits(show, columns, 'show');
    for (const w of words('I did lay down markers with my defence counterpart here in China')) assert.ok(words(show).includes(w), `show at ${columns}: ${w}`);
  }
  // The status history in aligned columns.
  const profile = gloss(['agreement', 'canada-china-cyber'], { env: { COLUMNS: '80' } }).stdout;
  const history = profile.slice(profile.indexOf('Status history\n')).split('\n\n')[0]!.split('\n').slice(1);
  assert.equal(history.length, 3);
  assert.equal(new Set(history.map((l) => l.search(/(collins|et)-cyber/))).size, 1, history.join('\n'));
  assert.match(history.join('\n'), /concluded +et-cyber-deal-2017 \(government-of-canada\)/, 'each entry names its source');
});

test('256-colour codes only where the terminal says it has them', () => {
  const read = (env: Record<string, string>) => gloss(['read', 'mackay', '--color', 'always', '--no-pager'], { env: { COLUMNS: '100', ...env } }).stdout;
  for (const env of [{ TERM: 'xterm' }, { TERM: 'linux' }, {}] as Record<string, string>[]) {
    const out = read(env);
    assert.doesNotMatch(out, /\u001b\[[0-9;]*[34]8;5;/, JSON.stringify(env));
    assert.match(out, /\u001b\[(4[0-7]|10[0-7])m/, `${JSON.stringify(env)}: claims are still highlighted, in 16 colours`);
  }
  for (const env of [{ TERM: 'xterm-256color' }, { TERM: 'xterm', COLORTERM: 'truecolor' }] as Record<string, string>[]) assert.match(read(env), /\u001b\[48;5;\d+m/, JSON.stringify(env));
});

test("read shows each claim's note: in the margin, after the paragraph, and with --claim", () => {
  const note = 'Said "during a conference last week" (the CASIS symposium).';
  const plain = gloss(['read', 'collins', '--no-pager'], { env: { COLUMNS: '100' } }).stdout;
  assert.match(plain, /\n {2}c22 Michael Walma[^\n]*\n(?: {6}[^\n]*\n)*? {6}note: Said "during a conference last week" \(the CASIS symposium\)\.\n/);
  const margin = gloss(['read', 'collins', '--color', 'always', '--no-pager'], { env: { COLUMNS: '160', TERM: 'xterm-256color' } }).stdout.replace(/\u001b\[[0-9;]*m/g, '');
  const right = margin.split('\n').filter((l) => l.includes('│')).map((l) => l.slice(l.indexOf('│') + 1).trim()).join(' ');
  assert.ok(right.replace(/\s+/g, ' ').includes(`note: ${note}`), right.slice(0, 2000));
  assert.match(gloss(['read', '--claim', 'collins:c22']).stdout, /note +Said "during a conference last week"/);
});

test('in a terminal, a long listing goes through the pager; --no-pager prints it', async (t) => {
  if (!has('less')) return t.skip('less is not installed');
  await withPane(t, 80, 20, async (pane) => {
    pane.type(`node '${BIN}' claims; echo "exit=$?"`);
    const paged = await pane.waitFor('the pager', (s) => s.includes('mackay:c') === false && s.includes('collins:c1 ') && /^:|\(END\)/m.test(s.split('\n').at(-2) ?? ''));
    assert.doesNotMatch(paged, /exit=\d/);
    pane.keys('q');
    await pane.waitFor('the shell', (s) => /exit=0/.test(s));
    pane.type('clear');
    pane.type(`node '${BIN}' --no-pager agreement canada-china-cyber | tail -3; node '${BIN}' actor peter-mackay --no-pager > /dev/null; echo "exit=$?"`);
    await pane.waitFor('unpaged output', (s) => /exit=0/.test(s));
  });
});

test('in a terminal, long output of actor, agreement, show and cite is paged as read is', async (t) => {
  if (!has('less')) return t.skip('less is not installed');
  await withPane(t, 80, 20, async (pane) => {
    const runs = [
      ['actor peter-mackay', 'Peter MacKay'],
      ['agreement canada-china-cyber', 'Canada–China agreement'],
      ['show mackay:c4 --context 3', 'claim mackay-beijing-2013:c4'],
      ['quotes --fields id --format tsv --no-header | node BIN cite -', 'quoted directly'],
    ];
    for (const [args, first] of runs) {
      pane.type(`clear; node '${BIN}' ${args!.replace('BIN', `'${BIN}'`)}; echo "exit=$?"`);
      // less holds the screen at its prompt: the command has not ended until q.
      const paged = await pane.waitFor(`${args} in the pager`, (s) => s.includes(first!) && /^:|\(END\)/m.test(s.trimEnd().split('\n').at(-1) ?? ''));
      assert.doesNotMatch(paged, /exit=\d/, args);
      pane.keys('q');
      await pane.waitFor(`the shell after ${args}`, (s) => /exit=0/.test(s));
    }
  });
});

test("cite's wrapping breaks a word longer than the line (a long title or name), never a link", async () => {
  const { wrapLines } = await import('../src/commands/cite.js');
  await (await import('../src/output/width.js')).loadWidth();
  const url = `https://example.com/${'x'.repeat(90)}`;
  const text = `Ann Lee, \u201c${'T'.repeat(120)}\u201d, Harbour News, ${url}`;
  const lines = wrapLines(text, 60).split('\n');
  // Before: the title ran 122 columns on a 60-column terminal.
  for (const l of lines) assert.ok([...l].length <= 60 || l.trim() === url, `${[...l].length}: ${l}`);
  assert.ok(lines.some((l) => l.trim() === url), 'the link whole, on a line of its own');
  assert.equal(lines.join('').replace(/\s+/g, ''), text.replace(/\s+/g, ''), 'nothing lost');
});

test('at a terminal, cite wraps between words to its width; piped it is one line a paragraph', async (t) => {
  const piped = gloss(['cite', 'mackay:c4'], { env: { COLUMNS: '60' } }).stdout;
  assert.equal(piped.trimEnd().split('\n').length, 1);
  await withPane(t, 60, 30, async (pane) => {
    pane.type(`node '${BIN}' cite mackay:c4; node '${BIN}' cite mackay:c4 --style markdown; echo "exit=$?"`);
    const s = await pane.waitFor('the citations', (x) => /exit=\d/.test(x), true);
    assert.match(s, /exit=0/);
    const lines = s.split('\n');
    for (const l of lines) assert.ok(l.length <= 60 || l.startsWith('$ ') || /https?:\S+$/.test(l), l);
    // Joined again, the plain citation is the piped one: no word was cut or lost.
    const start = lines.findIndex((l) => l.startsWith('Peter MacKay'));
    const end = lines.findIndex((l, i) => i > start && l.startsWith('> '));
    assert.equal(lines.slice(start, end).map((l) => l.trim()).join(' '), piped.trim().replace(/\s+/g, ' '));
    assert.ok(lines.slice(end).filter((l) => l.trim() && !/exit=/.test(l) && !l.startsWith('$')).every((l) => l.startsWith('>')), 'markdown continues its block quote');
  });
});
