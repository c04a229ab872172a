// main.ts registers only the module of the command a run names: that the command is then there,
// and that what commandNamed takes for the command's name is what commander takes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildProgram } from '../src/cli/main.js';
import { commandNamed } from '../src/cli/command-line.js';

test('a run names its command: the first word after the global options, else none', () => {
  const cases: [string[], string | undefined][] = [
    [['claims', '--json'], 'claims'],
    [['--corpus', 'search', 'claims'], 'claims'],
    [['--corpus=x', '--no-pager', '--color', 'never', 'read', 'mackay'], 'read'],
    [['--color=always', 'search', 'a'], 'search'],
    [['--help'], undefined],
    [['-V'], undefined],
    [['--json', 'claims'], undefined],
    [['--', 'claims'], undefined],
    [[], undefined],
    [['help', 'claims'], 'help'],
  ];
  for (const [args, named] of cases) assert.equal(commandNamed(args), named, args.join(' '));
});

test('every command is registered when it is the one named, with the others of its module only', async () => {
  const all = (await buildProgram()).commands.map((c) => c.name());
  assert.ok(all.length >= 20, all.join(' '));
  for (const name of all) {
    const some = (await buildProgram(name)).commands.map((c) => c.name());
    assert.ok(some.includes(name), `${name}: ${some.join(' ')}`);
    assert.ok(some.length < all.length, `${name} registered every command`);
  }
  // A word that is no command's name (help, a typo) gets every command, for help and suggestions.
  assert.deepEqual((await buildProgram('help')).commands.map((c) => c.name()), all);
  assert.deepEqual((await buildProgram('clams')).commands.map((c) => c.name()), all);
});
