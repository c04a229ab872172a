// `gloss --help` names every environment variable the man page lists, and gloss reads each of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gloss, ROOT } from './helpers.js';

test('--help and the man page name the same environment variables, each one read somewhere in src', () => {
  const man = readFileSync(join(ROOT, 'man', 'gloss.1'), 'utf8');
  const listed = /\.SH ENVIRONMENT\n(.*)\.\n/.exec(man)![1]!.split(', ');
  assert.ok(listed.includes('GLOSS_PROGRESS') && listed.includes('GLOSS_CACHE'));
  const help = gloss(['--help']).stdout.replace(/\s+/g, ' ');
  const honoured = /Honoured: (.*?)\. Completion/.exec(help)![1]!.split(', ');
  assert.deepEqual(honoured, listed);
  const src = (dir: string): string => readdirSync(dir, { withFileTypes: true }).map((f) => (f.isDirectory() ? src(join(dir, f.name)) : readFileSync(join(dir, f.name), 'utf8'))).join('\n');
  const code = src(join(ROOT, 'src'));
  // Read by gloss itself, or by chalk and the terminal (COLORTERM, TERM: supports-color).
  for (const name of listed.filter((n) => n.startsWith('GLOSS_') || n === 'PAGER' || n === 'NO_COLOR' || n === 'COLUMNS')) assert.match(code, new RegExp(`\\b${name}\\b`), name);
});
