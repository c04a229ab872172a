// Help that fits 80 columns with examples for every command, errors in one style, shell completion
// (sourced by bash, completing a claim id), the man page, and gloss pick with and without fzf.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BIN, CACHE_DIR, gloss, ROOT, scratch } from './helpers.js';
import { has, withPane } from './tmux.js';

const COMMANDS = ['search', 'verify', 'check', 'list', 'actors', 'agreements', 'claims', 'quotes', 'mentions', 'show', 'read', 'export', 'cite', 'actor', 'agreement', 'init', 'add', 'draft', 'completion', 'pick'];

test('every help fits 80 columns, breaks no word, and has examples; on a narrow terminal (down to 44) it fits too', () => {
  // 50 and 44: before, commander stopped wrapping a description column under 20 wide (lines of 181).
  for (const columns of [undefined, '200', '60', '50', '44']) {
    for (const cmd of ['', ...COMMANDS]) {
      const r = gloss([...(cmd ? [cmd] : []), '--help'], { env: columns ? { COLUMNS: columns } : {} });
      assert.equal(r.code, 0, `${cmd}: ${r.stderr}`);
      const limit = Math.min(80, Number(columns ?? 80));
      for (const line of r.stdout.split('\n')) assert.ok([...line].length <= limit, `gloss ${cmd} --help at ${columns}: ${line}`);
      assert.match(r.stdout, /\nExamples:\n {2}\S/, `gloss ${cmd} --help has examples`);
      // Every word of the description is there whole (a word broken at the edge would not be).
      const description = /^Usage: .*\n\n(.*?)\n\n/s.exec(r.stdout)?.[1] ?? '';
      const tokens = new Set(r.stdout.split(/\s+/));
      for (const w of description.split(/\s+/)) assert.ok(tokens.has(w), `gloss ${cmd} --help at ${columns}: "${w}"`);
    }
  }
});

test('errors have one style: gloss: …, one line, exit 2 (commander’s included)', () => {
  for (const args of [['claims', '--bogus'], ['nosuch'], ['claims', '--type', 'nope'], ['cite'], ['actor', 'nobody']]) {
    const r = gloss(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^gloss: \S/, args.join(' '));
    assert.doesNotMatch(r.stderr, /error:/, args.join(' '));
    assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
  }
});

/** A `gloss` on PATH, as an installed one would be, for the completion scripts to call. */
function glossOnPath(): string {
  const dir = scratch('gloss-bin-');
  writeFileSync(join(dir, 'gloss'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`);
  chmodSync(join(dir, 'gloss'), 0o755);
  return `${dir}:${dirname(process.execPath)}:/usr/bin:/bin`;
}

test('the bash completion script, sourced by bash, completes commands, option values and a claim id', () => {
  const complete = (line: string) => {
    const script = `source <(gloss completion bash)\nCOMP_LINE=${JSON.stringify(line)}; COMP_POINT=\${#COMP_LINE}\nread -ra COMP_WORDS <<< "$COMP_LINE"; COMP_CWORD=$(( \${#COMP_WORDS[@]} - 1 ))\n_gloss\nprintf '%s\\n' "\${COMPREPLY[@]}"`;
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { encoding: 'utf8', env: { PATH: glossOnPath(), HOME: process.env.HOME, GLOSS_CACHE_DIR: CACHE_DIR } });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trimEnd().split('\n');
  };
  assert.deepEqual(complete('gloss rea'), ['read']);
  assert.deepEqual(complete('gloss claims --type a'), ['assertion', 'allegation', 'assessment']);
  // bash splits words at ':', so what it inserts is the part after the colon.
  assert.deepEqual(complete('gloss cite mackay:c1'), ['c1', 'c10', 'c11', 'c12', 'c13', 'c14', 'c15', 'c16', 'c16a', 'c17', 'c18', 'c19', 'c19a']);
  assert.ok(complete('gloss read --claim collins-cyber-deal-2016:c2').includes('c22'));
  assert.ok(complete('gloss actor peter').includes('peter-mackay'));
  assert.ok(complete('gloss claims --').includes('--attribution'));
  // main's draft and --via complete ids too.
  assert.deepEqual(complete('gloss draft coll'), ['collins-cyber-deal-2016']);
  assert.ok(complete('gloss claims --via mark').includes('mark-collins'));
  // Values commander leaves to the command (a repeatable --kind), completion's shells, help, and the
  // claims of the article read (its own ids: --claim c4 and --at c4 take them). Before: none of these.
  assert.deepEqual(complete('gloss search --kind q'), ['quote']);
  assert.deepEqual(complete('gloss completion ba'), ['bash']);
  assert.deepEqual(complete('gloss he'), ['help']);
  assert.deepEqual(complete('gloss read mackay --claim c1'), complete('gloss cite mackay:c1'));
  assert.deepEqual(complete('gloss read mackay --at c1'), complete('gloss cite mackay:c1'));
  const et = complete('gloss read et-cyber --claim c');
  assert.ok(et.includes('c8a') && !et.includes('c22'), `its own claims, no other article's: ${et.join(' ')}`);
  assert.ok(complete('gloss read coll --claim c2').includes('c22'));
  // The corpus in use: another corpus's ids.
  const mini = join(ROOT, 'test', 'fixtures', 'mini');
  if (existsSync(mini)) assert.ok(!complete(`gloss --corpus ${mini} actor peter`).includes('peter-mackay'));
  for (const shell of ['zsh', 'fish']) {
    const r = gloss(['completion', shell]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /gloss __complete/);
  }
  assert.equal(gloss(['completion', 'tcsh']).code, 2);
});

test('completion reads --corpus=DIR, a ~ or $VAR in the corpus path, and completes --option=value', () => {
  // A home holding a corpus of its own (gloss init): its ids are not the shipped corpus's.
  const home = scratch('gloss-home-');
  assert.equal(gloss(['init', join(home, 'c')]).code, 0);
  const complete = (line: string) => {
    // Single-quoted: the line as typed, $HOME and all, as bash gives it in COMP_LINE.
    const script = `source <(gloss completion bash)\nCOMP_LINE='${line.replaceAll("'", "'\\''")}'; COMP_POINT=\${#COMP_LINE}\n_gloss\nprintf '%s\\n' "\${COMPREPLY[@]}"`;
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { encoding: 'utf8', env: { PATH: glossOnPath(), HOME: home, CORPORA: home, GLOSS_CACHE_DIR: CACHE_DIR } });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trimEnd().split('\n');
  };
  const own = ['c1', 'c2', 'c3'];
  // bash splits at ":" and "=" (COMP_WORDBREAKS): what it inserts is what follows the last of them.
  assert.deepEqual(complete(`gloss --corpus=${home}/c cite harbour-talks:c`), own, 'before: the shipped corpus');
  assert.deepEqual(complete(`gloss --corpus ${home}/c cite harbour-talks:c`), own);
  assert.deepEqual(complete('gloss --corpus ~/c cite harbour-talks:c'), own, 'before: nothing');
  assert.deepEqual(complete('gloss --corpus $HOME/c cite harbour-talks:c'), own);
  assert.deepEqual(complete('gloss --corpus=${CORPORA}/c cite harbour-talks:c'), own);
  // Text that would run in a shell is a path like any other, never run.
  assert.deepEqual(complete(`gloss --corpus '$(touch ${home}/ran)' cite harbour-talks:c`), ['']);
  assert.ok(!existsSync(join(home, 'ran')));
  // --option=value: before, nothing.
  assert.deepEqual(complete('gloss cite --style=b'), ['bibtex']);
  assert.deepEqual(complete('gloss claims --format=c'), ['csv']);
  assert.deepEqual(complete(`gloss --corpus ${home}/c claims --article=harb`), ['harbour-talks']);
  assert.deepEqual(complete(`gloss --corpus ${home}/c read harbour --claim=c`), own);
  // zsh and fish replace the whole word: __complete gives it whole.
  assert.deepEqual(gloss(['__complete', 'cite', '--style=b']).stdout, '--style=bibtex\n');
});

test('the man page is built from the command definitions and declared in package.json', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { man: string; files: string[] };
  assert.equal(pkg.man, './man/gloss.1');
  assert.ok(pkg.files.includes('man'));
  const page = readFileSync(join(ROOT, pkg.man), 'utf8');
  assert.match(page, /^\.TH GLOSS 1/);
  for (const cmd of COMMANDS) assert.match(page, new RegExp(`^\\.SS "gloss ${cmd}[ "]`, 'm'), cmd);
  assert.doesNotMatch(page, /__complete/);
  if (spawnSync('sh', ['-c', 'command -v man']).status === 0) {
    const r = spawnSync('man', ['-l', join(ROOT, pkg.man)], { encoding: 'utf8', env: { ...process.env, MANPAGER: 'cat', COLUMNS: '80' } });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /gloss cite </);
  }
});

test('gloss pick without fzf: one line saying how to get it, exit 2', () => {
  const r = gloss(['pick'], { env: { PATH: dirname(process.execPath) } });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^gloss: pick needs fzf, the fuzzy finder: apt-get install fzf/);
  assert.equal(r.stderr.trimEnd().split('\n').length, 1);
});

test('gloss pick without a terminal (a script, cron): one line saying it needs one, exit 2', (t) => {
  if (!has('fzf')) return t.skip('fzf is not installed (CI: apt-get install fzf)');
  if (!has('setsid')) return t.skip('setsid (util-linux) is not installed');
  // A session of its own has no controlling terminal, as under cron or in a CI job, even when the
  // tests themselves are run from one.
  const r = spawnSync('setsid', ['--wait', process.execPath, BIN, 'pick'], { env: { PATH: process.env.PATH, HOME: process.env.HOME, GLOSS_CACHE_DIR: CACHE_DIR }, input: '', encoding: 'utf8' });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /^gloss: pick is interactive and needs a terminal/);
  assert.equal(r.stderr.trimEnd().split('\n').length, 1);
  assert.equal(r.stdout, '');
});

test('gloss pick with fzf: search as you type, the place previewed, Enter opens read there', async (t) => {
  if (!has('fzf') || !has('less')) return t.skip('fzf or less is not installed (CI: apt-get install fzf less)');
  await withPane(t, 100, 30, async (pane) => {
    pane.type(`node '${BIN}' pick; echo "exit=$?"`);
    await pane.waitFor('fzf', (s) => s.includes('gloss> '));
    pane.keys('-l', 'law of the jungle');
    const picked = await pane.waitFor('the preview', (s) => s.includes('claim c22 by Michael Walma'));
    // The preview is wrapped between words at the pane's width: every line of it ends a word.
    const preview = picked.split('\n').filter((l) => l.startsWith('│')).map((l) => l.slice(1, -1).trim()).filter(Boolean);
    assert.ok(preview.length >= 3, picked);
    assert.ok(preview.join(' ').includes('that this is the law of the jungle, then that is a very destabilizing thing'), preview.join('\n'));
    pane.keys('Enter');
    // read opens at the claim (its paragraph and full annotation), through the pager.
    await pane.waitFor('read', (s) => /Michael Walma/.test(s) && !s.includes('gloss> '));
    pane.keys('q');
    await pane.waitFor('the shell', (s) => /exit=0/.test(s));
  });
});

test('gloss pick puts the best match under the cursor, not the first line in reading order that holds the letters', async (t) => {
  if (!has('fzf') || !has('less')) return t.skip('fzf or less is not installed (CI: apt-get install fzf less)');
  await withPane(t, 100, 30, async (pane) => {
    pane.type(`node '${BIN}' pick; echo "exit=$?"`);
    await pane.waitFor('fzf', (s) => s.includes('gloss> '));
    pane.keys('-l', 'downtick');
    // Before (fzf --no-sort): a passage on "hackers" whose letters spell d…o…w…n… scattered, read first.
    await pane.waitFor('the preview of a downtick', (s) => /\d+\/\d+/.test(s) && s.split('\n').some((l) => l.startsWith('│') && l.includes('material downtick')));
    pane.keys('Escape');
    await pane.waitFor('the shell', (s) => /exit=\d+/.test(s));
  });
});

test('an example command too long for the terminal breaks between shell words with \\, never inside quotes', async () => {
  const { exampleLine } = await import('../src/cli/examples.js');
  assert.equal(exampleLine('gloss verify "a material downtick"', 80), '  gloss verify "a material downtick"');
  assert.equal(exampleLine('gloss verify "a material downtick" --json', 30), '  gloss verify \\\n      "a material downtick" \\\n      --json');
  // Run by a shell, the broken line is the same command.
  const broken = exampleLine("echo one 'two three' four", 14);
  assert.match(broken, /\\\n/);
  assert.equal(spawnSync('bash', ['-c', broken.trim()], { encoding: 'utf8' }).stdout, 'one two three four\n');
});

test('help for a command that does not exist is one line naming it, with the nearest name, exit 2; help for one that does is its help', () => {
  for (const args of [['help', 'nope'], ['--corpus', 'corpus', 'help', 'nope'], ['help', 'serch']]) {
    const r = gloss(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stdout, '');
    // Before, the whole program help went to stderr: forty lines in which the mistake was lost.
    assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`^gloss: unknown command '${args.at(-1)}'`));
  }
  assert.match(gloss(['help', 'serch']).stderr, /Did you mean search\?/);
  const known = gloss(['help', 'search']);
  assert.equal(known.code, 0);
  assert.match(known.stdout, /^Usage: gloss search/);
});

test("the help names the variables a person sets to change gloss's output, each one the man page documents", () => {
  const help = gloss(['--help']).stdout.replace(/\s+/g, ' ');
  const honoured = /Honoured: ([A-Z_, ]+)\./.exec(help)![1]!.split(', ');
  // Before: GLOSS_PAGER (which wins over PAGER) was only in the man page.
  assert.ok(honoured.includes('GLOSS_PAGER') && honoured.includes('PAGER'), honoured.join(' '));
  const man = readFileSync(join(ROOT, 'man', 'gloss.1'), 'utf8');
  for (const v of honoured) assert.match(man, new RegExp(`\\b${v}\\b`), v);
});

test("the annotation file add writes points to the format where a user's corpus has it, not to this project's GUIDELINES.md", () => {
  const dir = join(scratch('gloss-add-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const story = join(dir, '..', 'story.txt');
  writeFileSync(story, 'A title\n\nSome text.\n');
  assert.equal(gloss(['--corpus', dir, 'add', story]).code, 0);
  const yaml = readFileSync(join(dir, 'articles', 'a-title.yaml'), 'utf8');
  assert.doesNotMatch(yaml, /GUIDELINES/);
  assert.match(yaml, /^# .*"The annotation format" in gloss's README\.md/);
});
