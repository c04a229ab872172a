// The W3C Web Annotation test suite's MUST tests (annotation, collection, page), run on gloss's W3C
// export: every annotation inside the collection (with the collection's context) and standalone
// (exactly as written), the collection, and its page both embedded and alone. The data files these
// tests load are vendored in test/fixtures/w3c-annotation-model, so any clone runs them
// (GLOSS_W3C_SUITE points at another copy); its schemas are JSON Schema draft-04, run with ajv-draft-04.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fixture, gloss, ROOT } from './helpers.js';

// ajv-draft-04 is CommonJS; its class is the module's default export.
const Ajv = (createRequire(import.meta.url)('ajv-draft-04') as typeof import('ajv-draft-04')).default;

const SUITE = process.env.GLOSS_W3C_SUITE ?? fixture('w3c-annotation-model');

interface Assertion { id: string; expectedResult?: string; title?: string }
type Check = (doc: unknown) => string[];

/** A .test file as a function: the titles of the assertions the document fails. */
function suite(): Record<'annotation' | 'collection' | 'page', Check> & { count: number } {
  assert.ok(existsSync(SUITE), `the W3C suite's data files are not at ${SUITE} (set GLOSS_W3C_SUITE)`);
  const ajv = new Ajv({ allErrors: true, strict: false });
  // The suite names two formats; ajv leaves formats to plugins, and these two are all it needs.
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  for (const f of readdirSync(join(SUITE, 'definitions'))) ajv.addSchema(JSON.parse(readFileSync(join(SUITE, 'definitions', f), 'utf8')));
  let count = 0;
  const load = (testFile: string): Check => {
    const spec = JSON.parse(readFileSync(join(SUITE, testFile), 'utf8')) as { assertions: string[] };
    const checks = spec.assertions.map((path) => {
      const schema = JSON.parse(readFileSync(join(SUITE, path), 'utf8')) as Assertion;
      count++;
      const validate = ajv.getSchema(schema.id) ?? ajv.compile(schema);
      return (doc: unknown) => (validate(doc) === (schema.expectedResult !== 'invalid') ? [] : [`${path}: ${schema.title ?? ''}`]);
    });
    return (doc) => checks.flatMap((c) => c(doc));
  };
  return {
    annotation: load('annotations/annotationMusts.test'),
    collection: load('collections/collectionMusts.test'),
    page: load('collections/pages/pageMusts.test'),
    get count() {
      return count;
    },
  };
}

const checks = suite();

interface Collection { '@context': string; first: { items: Record<string, unknown>[] } & Record<string, unknown> }

for (const corpus of [null, fixture('mini')]) {
  const args = corpus ? ['--corpus', corpus] : [];
  test(`${corpus ? 'mini' : 'shipped'}: every annotation passes every MUST test, inside the collection and standalone; so do the collection and its page`, () => {
    const r = gloss([...args, 'export', '--format', 'w3c']);
    assert.equal(r.code, 0, r.stderr);
    const collection = JSON.parse(r.stdout) as Collection;
    const items = collection.first.items;
    assert.ok(items.length > 0);
    const failures: string[] = [];
    for (const item of items) {
      const inside = { '@context': collection['@context'], ...item };
      const alone = JSON.parse(JSON.stringify(item)) as unknown;
      for (const f of checks.annotation(inside)) failures.push(`${String(item.id)} (in the collection): ${f}`);
      for (const f of checks.annotation(alone)) failures.push(`${String(item.id)} (standalone): ${f}`);
    }
    failures.push(...checks.collection(collection).map((f) => `collection: ${f}`));
    failures.push(...checks.page(collection).map((f) => `collection with its page: ${f}`));
    failures.push(...checks.page(collection.first).map((f) => `page alone: ${f}`));
    assert.deepEqual(failures.slice(0, 10), [], `${failures.length} failures`);
  });
}

test('the runner can fail: an annotation without @context, or with a target of no known kind, fails its MUST tests', () => {
  const collection = JSON.parse(gloss(['export', '--format', 'w3c']).stdout) as Collection;
  const item = collection.first.items[0]!;
  const { '@context': _context, ...noContext } = item;
  assert.ok(checks.annotation(noContext).some((f) => f.startsWith('annotations/3.1-annotationContextValidated.json')));
  assert.ok(checks.annotation({ ...item, target: 42 }).some((f) => f.startsWith('annotations/3.2-targetObjectsRecognized.json')));
  assert.ok(checks.collection({ ...collection, total: -1 }).length > 0);
  assert.ok(checks.count > 70, `${checks.count} assertions loaded`);
});

test('the collection names gloss and its version as generator; created is each article file\'s time, the same from run to run', () => {
  const once = gloss(['export', '--format', 'w3c']).stdout;
  assert.equal(gloss(['export', '--format', 'w3c']).stdout, once);
  const collection = JSON.parse(once) as Collection & { generator: { type: string; name: string; 'schema:softwareVersion': string } };
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.deepEqual(collection.generator, { type: 'Software', name: `gloss ${version}`, 'schema:softwareVersion': version });
  assert.equal(gloss(['--version']).stdout.trim(), version);
  for (const item of collection.first.items) {
    const article = String(item.id).split(':')[3]!;
    const mtime = Math.floor(statSync(join(ROOT, 'corpus', 'articles', `${article}.yaml`)).mtimeMs / 1000) * 1000;
    assert.equal(Date.parse(String(item.created)), mtime, String(item.id));
    assert.equal((item.target as { type: string }).type, 'SpecificResource');
  }
});
