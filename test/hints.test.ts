// Every hint names a command that exists: the `gloss COMMAND` in each error and suggestion gloss
// prints for a set of mistakes is one of the commands `gloss --help` lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gloss } from './helpers.js';

test('hints in errors name real commands', () => {
  const help = gloss(['--help']).stdout;
  const commands = new Set([...help.slice(help.indexOf('Commands:')).matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((m) => m[1]!));
  assert.ok(commands.has('show') && commands.has('claims'), [...commands].join(' '));
  const mistakes = [
    ['show', 'nosuch'],
    ['show', 'mackay:c999'],
    ['show', 'et-cyber-deal-2017@999999'],
    ['cite', 'peter-mackay'],
    ['cite', 'mackay:m999'],
    ['read'],
    ['read', '--at', 'canada'],
    ['read', 'nosuch'],
    ['claims', '--actor', 'nobody'],
    ['claims', '--about', 'nothing'],
    ['agreements', '--party', 'nobody'],
    ['agreement', 'nothing'],
    ['search', 'jungle', '--about', 'nothing'],
    ['search', 'zzqqxx'],
    ['verify'],
    ['add', '-'],
  ];
  let hints = 0;
  for (const args of mistakes) {
    const r = gloss(args);
    assert.notEqual(r.code, 0, args.join(' '));
    for (const m of `${r.stderr}${r.stdout}`.matchAll(/\bgloss (?:--corpus \S+ )?([a-z][a-z-]*)/g)) {
      hints++;
      assert.ok(commands.has(m[1]!), `gloss ${args.join(' ')}: hint names "gloss ${m[1]}": ${r.stderr}`);
    }
  }
  assert.ok(hints >= 10, `${hints} hints checked`);
});

test('the ids show --help gives as examples exist', () => {
  const help = gloss(['show', '--help']).stdout.replace(/\s+/g, ' ');
  const ids = /e\.g\. (.*?);/.exec(help)![1]!.split(', ');
  assert.ok(ids.length >= 4, ids.join(' '));
  const r = gloss(['show', ...ids, '--json']);
  assert.equal(r.code, 0, r.stderr);
});
