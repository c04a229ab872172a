// Every example gloss shows runs: each `Examples:` line of `gloss --help` and of every command's
// --help, and every example in the README (shell code blocks, `$ gloss …` transcripts, indented
// transcripts, and `gloss …` cells of its tables), against the shipped corpus, exit 0 unless the
// example documents another code (`# exit 1` after it in the README, "(exit 1)" in its help line).
// Examples are found by their shape, not listed here, so a new or changed example is tested as is.
//
// Each README block (and each other example) runs in a fresh folder holding story.txt (for
// `gloss add`); a corpus named by `--corpus DIR` that the block does not create is scaffolded with
// `gloss init DIR` first. A `gloss` on PATH runs this checkout's bin/gloss.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, CACHE_DIR, gloss, ROOT, scratch } from './helpers.js';

interface Example {
  where: string;
  /** Shell commands run in order in one folder; each with the exit code it documents. */
  commands: { text: string; code: number }[];
}

/** How to run a command without a controlling terminal (util-linux setsid; where it is missing, as is). */
const SETSID = spawnSync('/bin/sh', ['-c', 'command -v setsid']).status === 0 ? ['setsid', '--wait'] : [];

const shim = scratch('gloss-examples-bin-');
writeFileSync(join(shim, 'gloss'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
chmodSync(join(shim, 'gloss'), 0o755);

/** The exit code an example documents in a trailing comment or note: `# exit 1`, `(exit 1)`. */
const documentedCode = (text: string) => Number(/[#(]\s*exit (\d+)/.exec(text)?.[1] ?? 0);

/**
 * Shell source cut into whole commands: a command goes on while a quote is open, a line ends in a
 * backslash, or a here-document has not reached its end marker. Comment-only lines are dropped.
 */
export function shellCommands(lines: readonly string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let quote: string | null = null;
  let heredoc: string | null = null;
  for (const line of lines) {
    if (heredoc !== null) {
      current.push(line);
      if (line.trim() === heredoc) {
        heredoc = null;
        out.push(current.join('\n'));
        current = [];
      }
      continue;
    }
    if (current.length === 0 && quote === null && (line.trim() === '' || line.trim().startsWith('#'))) continue;
    current.push(line);
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quote === null && ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
      if (quote === null && ch === '\\') i++;
      else if (quote === '"' && ch === '\\') i++;
      else if (quote === null && (ch === '"' || ch === "'")) quote = ch;
      else if (ch === quote) quote = null;
    }
    if (quote !== null || line.endsWith('\\')) continue;
    const marker = /<<-?\s*['"]?(\w+)['"]?/.exec(line);
    if (marker) {
      heredoc = marker[1]!;
      continue;
    }
    out.push(current.join('\n'));
    current = [];
  }
  if (current.length > 0) out.push(current.join('\n'));
  return out;
}

function readmeExamples(): Example[] {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(\w*)/.exec(lines[i]!);
    if (fence) {
      const start = i;
      let end = i + 1;
      while (end < lines.length && !lines[end]!.startsWith('```')) end++;
      const body = lines.slice(start + 1, end);
      i = end;
      if (fence[1] !== 'sh' && fence[1] !== 'bash') continue;
      const transcript = body.filter((l) => l.startsWith('$ ')).map((l) => l.slice(2));
      const source = transcript.length > 0 ? transcript : body;
      // Installing is not an example of gloss; a block's other commands (making a draft) are part of its example.
      const commands = shellCommands(source).filter((cmd) => !/^\s*np[mx]\b/.test(cmd));
      if (commands.some((cmd) => /\bgloss\b/.test(cmd))) examples.push({ where: `README.md:${start + 1}`, commands: commands.map((text) => ({ text, code: documentedCode(text) })) });
      continue;
    }
    const indented = /^ {4}\$ (gloss .*)$/.exec(lines[i]!);
    if (indented) examples.push({ where: `README.md:${i + 1}`, commands: [{ text: indented[1]!, code: documentedCode(indented[1]!) }] });
    if (lines[i]!.startsWith('|')) {
      for (const m of lines[i]!.matchAll(/`(gloss [^`]*)`/g)) {
        examples.push({ where: `README.md:${i + 1}`, commands: [{ text: m[1]!, code: documentedCode(lines[i]!) }] });
      }
    }
  }
  return examples;
}

/** The `Examples:` lines of a help text: a command, then two or more spaces and what it does. */
function helpExamples(help: string, where: string): Example[] {
  const out: Example[] = [];
  const lines = help.split('\n');
  const at = lines.findIndex((l) => /^examples?:\s*$/i.test(l.trim()));
  if (at === -1) return out;
  const indent = (l: string) => l.length - l.trimStart().length;
  const base = indent(lines[at + 1] ?? '');
  for (const line of lines.slice(at + 1)) {
    if (line.trim() === '') break;
    // A deeper line continues the description of the one before, and may document its exit code.
    if (indent(line) > base) {
      const last = out.at(-1)?.commands[0];
      if (last && last.code === 0) last.code = documentedCode(line);
      continue;
    }
    const text = line.trim().replace(/^\$ /, '').split(/ {2,}/)[0]!;
    out.push({ where, commands: [{ text, code: documentedCode(line) }] });
  }
  return out;
}

function allHelpExamples(): Example[] {
  const main = gloss(['--help']).stdout;
  const commands = [...main.slice(main.indexOf('Commands:')).matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
  assert.ok(commands.length >= 10, `commands found in gloss --help: ${commands.join(', ')}`);
  return [...helpExamples(main, 'gloss --help'), ...commands.flatMap((c) => helpExamples(gloss([c, '--help']).stdout, `gloss ${c} --help`))];
}

function run(example: Example): string[] {
  const dir = scratch('gloss-example-');
  writeFileSync(join(dir, 'story.txt'), 'Harbour plans approved\n\nThe council approved the harbour plans on Tuesday.\n');
  const all = example.commands.map((c) => c.text).join('\n');
  for (const m of all.matchAll(/--corpus[ =](\S+)/g)) {
    const corpus = m[1]!;
    if (!new RegExp(`\\binit ${corpus.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(all)) {
      mkdirSync(join(dir, corpus), { recursive: true });
      const r = gloss(['init', join(dir, corpus)]);
      assert.equal(r.code, 0, r.stderr);
    }
  }
  const env = { PATH: `${shim}:${process.env.PATH}`, HOME: process.env.HOME, GLOSS_CACHE_DIR: CACHE_DIR, LC_ALL: 'C.UTF-8' };
  const failures: string[] = [];
  for (const { text, code } of example.commands) {
    // In a session of its own (setsid), without the controlling terminal the tests may be run from:
    // an interactive example (gloss pick) then does what it does in a script.
    const r = spawnSync(SETSID[0] ?? 'bash', [...SETSID.slice(1), ...(SETSID.length ? ['bash'] : []), '--norc', '--noprofile', '-o', 'pipefail', '-c', text], { cwd: dir, env, encoding: 'utf8', input: '' });
    if (r.status !== code) failures.push(`${example.where}: \`${text}\` exited ${r.status} (documented: ${code}): ${r.stderr.trim().split('\n').slice(-2).join(' | ')}`);
    if (/internal error|at .*\.js:\d+/.test(r.stderr)) failures.push(`${example.where}: \`${text}\` printed a stack trace: ${r.stderr}`);
  }
  return failures;
}

test('the example finder cuts shell source into whole commands', () => {
  assert.deepEqual(shellCommands(['# a comment', 'gloss list  # exit 0', "printf '%s\\n' a \\", '  b | gloss verify -', 'python3 -c "', 'print(1)"', "cat > d.md <<'EOF'", 'text', 'EOF', '']), [
    'gloss list  # exit 0',
    "printf '%s\\n' a \\\n  b | gloss verify -",
    'python3 -c "\nprint(1)"',
    "cat > d.md <<'EOF'\ntext\nEOF",
  ]);
  assert.equal(documentedCode('gloss verify "x"   # exit 1: not verbatim'), 1);
  assert.equal(documentedCode('gloss list'), 0);
});

test('every example in gloss --help and in each command\'s --help runs', () => {
  const examples = allHelpExamples();
  assert.ok(examples.length >= 15, `${examples.length} help examples found`);
  assert.deepEqual(examples.flatMap(run), []);
});

test('every example in the README runs', () => {
  const examples = readmeExamples();
  assert.ok(examples.length >= 25, `${examples.length} README examples found`);
  assert.ok(examples.some((e) => e.commands.some((c) => c.text.includes('verify --in'))), 'the verify --in recipe is among them');
  assert.deepEqual(examples.flatMap(run), []);
});
