// The published JSON Schemas of the annotation files are generated from the loader's zod schema
// (npm run build writes them); the committed files must be the current ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotationSchemas } from '../src/json-schema.js';
import { ROOT } from './helpers.js';

test('schema/*.schema.json match the zod schema the loader validates with', () => {
  for (const [name, schema] of Object.entries(annotationSchemas())) {
    const committed = JSON.parse(readFileSync(join(ROOT, 'schema', name), 'utf8'));
    assert.deepEqual(committed, JSON.parse(JSON.stringify(schema)), `${name} is stale: run npm run build`);
  }
});

test('the article schema knows the fields an editor should complete', () => {
  const article = annotationSchemas()['article.schema.json'] as { properties: Record<string, unknown>; required: string[] };
  assert.ok(['id', 'title', 'outlet', 'author', 'date', 'sha256'].every((k) => article.required.includes(k)));
  assert.ok(['regions', 'mentions', 'nonMentions', 'claims', 'inferred'].every((k) => k in article.properties));
});
