// The published JSON Schemas (schema/output/) describe what gloss really prints: real output of the
// spawned CLI, on the shipped corpus and on a fixture with emoji, validates against them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, gloss, ROOT } from './helpers.js';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as new (o: object) => { compile: (s: object) => ((d: unknown) => boolean) & { errors?: unknown } };
const ajv = new Ajv2020({ allErrors: true, strict: false });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
const validator = (name: string) => {
  if (!compiled.has(name)) compiled.set(name, ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'output', `${name}.schema.json`), 'utf8'))));
  return compiled.get(name)!;
};

const cases: [string, string[]][] = [
  ['claims', ['claims', '--json']],
  ['claims', ['quotes', '--json']],
  ['actors', ['actors', '--json']],
  ['agreements', ['agreements', '--json']],
  ['articles', ['list', '--json']],
  ['mentions', ['mentions', '--json']],
  ['export', ['export', '--format', 'json']],
  ['search', ['search', 'China', '--limit', '0', '--json']],
  ['cite', ['cite', 'mackay:c17', '--json']],
  ['w3c', ['export', '--format', 'w3c']],
];
for (const corpus of [null, fixture('mini')]) {
  for (const [schema, args] of cases) {
    if (corpus && schema === 'cite') continue;
    test(`${corpus ? 'mini' : 'shipped'}: gloss ${args.join(' ')} is valid against schema/output/${schema}.schema.json`, () => {
      const r = gloss([...(corpus ? ['--corpus', corpus] : []), ...args]);
      assert.equal(r.code, 0, r.stderr);
      const validate = validator(schema);
      const ok = validate(JSON.parse(r.stdout));
      assert.ok(ok, JSON.stringify(validate.errors, null, 1)?.slice(0, 2000));
    });
  }
}

test('the schemas reject what they must: a claim without a source, a bad selector', () => {
  const claims = JSON.parse(gloss(['claims', '--json']).stdout);
  delete claims[0].source;
  assert.equal(validator('claims')(claims), false);
  const w3c = JSON.parse(gloss(['--corpus', fixture('mini'), 'export', '--format', 'w3c']).stdout);
  w3c.first.items[0].target.selector[1].start = -1;
  assert.equal(validator('w3c')(w3c), false);
});
