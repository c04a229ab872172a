// The loaded model and the search documents are built so that objects of a kind share V8 hidden
// classes (src/corpus/load.ts, src/search/documents.ts). Spreading (`{ ...span, id }`) gave nearly
// every object a class of its own on Node 20: on ten thousand articles 240 MB more heap and a first
// run half again as slow. A refactor back to spreading would pass every other test, so this one asks
// V8 itself (%HaveSameMap, behind --allow-natives-syntax) in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers.js';

const built = (path: string) => pathToFileURL(join(ROOT, '.test-build', 'src', path)).href;

/** How many distinct hidden classes each kind of object has, counted in a fresh process. */
function shapes(): Record<string, { objects: number; classes: number }> {
  const script = `
    const { loadCorpus } = await import(${JSON.stringify(built('corpus/load.js'))});
    const { documents } = await import(${JSON.stringify(built('search/documents.js'))});
    const loaded = loadCorpus(${JSON.stringify(join(ROOT, 'corpus'))});
    const count = (xs) => {
      const classes = [];
      for (const x of xs) if (!classes.some((c) => %HaveSameMap(c, x))) classes.push(x);
      return { objects: xs.length, classes: classes.length };
    };
    const c = loaded.corpus;
    const docs = [...documents(c)];
    console.log(JSON.stringify({
      mentions: count(c.mentions), claims: count(c.claims), regions: count(c.regions), articles: count(c.articles),
      passages: count(docs.filter((d) => d.kind === 'passage')), claimDocs: count(docs.filter((d) => d.kind === 'claim' || d.kind === 'quote')),
    }));`;
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Record<string, { objects: number; classes: number }>;
}

test('annotations and search documents of a kind share a handful of hidden classes, however many there are', () => {
  const s = shapes();
  // At most one class per combination of optional fields: a mention's actor/agreement/note, a claim's
  // reportedBy/cue/note (2³; its via is always there), a region's note; documents have none.
  const most = { mentions: 4, claims: 8, regions: 2, passages: 1, claimDocs: 1 };
  for (const [kind, limit] of Object.entries(most)) {
    const { objects, classes } = s[kind]!;
    assert.ok(objects > limit * 4, `${kind}: the shipped corpus has too few (${objects}) to tell`);
    assert.ok(classes <= limit, `${kind}: ${classes} hidden classes for ${objects} objects (at most ${limit} expected)`);
  }
});
