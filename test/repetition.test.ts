// Texts that repeat, run through the real CLI: a long quote of a paragraph printed twice, and one
// sentence naming an actor thousands of times. What is asserted is the work, counted as the spawned
// gloss does it (work-count.ts: characters of the article's text compared or read, elements of
// arrays visited): it must about double when the text doubles. A search that compares a long quote
// anew at every place a text repeats, or a scan of every mention for each mention, would make it four
// times as much.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, scratch } from './helpers.js';
import { countedRun, type Work } from './work-count.js';

/** A corpus from `gloss init` whose one article is `text`, annotated with `annotations` (the YAML from "mentions:" on). */
function corpus(text: string, annotations: string): string {
  const dir = join(scratch('gloss-repetition-'), 'c');
  const r = spawnSync(process.execPath, [BIN, 'init', dir], { encoding: 'utf8', env: { PATH: process.env.PATH, GLOSS_CACHE: '0' } });
  assert.equal(r.status, 0, r.stderr);
  writeFileSync(join(dir, 'articles', 'harbour-talks.txt'), text);
  const yamlFile = join(dir, 'articles', 'harbour-talks.yaml');
  const yaml = readFileSync(yamlFile, 'utf8').replace(/^sha256: .*$/m, `sha256: ${createHash('sha256').update(text).digest('hex')}`);
  writeFileSync(yamlFile, `${yaml.slice(0, yaml.indexOf('mentions:'))}${annotations}`);
  return dir;
}

function grows(t: { diagnostic: (message: string) => void }, what: string, small: number, large: number): void {
  const times = `×${(large / small).toFixed(2)}`;
  t.diagnostic(`${what}: ${small}, then ${large} (${times})`);
  assert.ok(large <= 2.2 * small, `${what}: ${small}, then ${large} for twice the text (${times}; at most ×2.2)`);
}

test("check of a claim quoting a paragraph printed twice: the work about doubles with the paragraph's length", { timeout: 600_000 }, (t) => {
  const works: Work[] = [16, 32].map((kb) => {
    const paragraph = 'word '.repeat((kb * 1024) / 5).trimEnd();
    const text = `Harbour talks\n\nA ${paragraph}\n\nB ${paragraph}\n`;
    // The second printing, chosen by its number, by the words before it, and (the first) by those after.
    const claim = (id: string, selector: string) => `  - {id: ${id}, quote: ${JSON.stringify(paragraph)}, ${selector}, source: ann-lee, attribution: direct, type: assertion, about: []}\n`;
    const dir = corpus(text, `mentions: []\nclaims:\n${claim('c1', 'occurrence: 2')}${claim('c2', 'prefix: "B "')}${claim('c3', 'suffix: "\\n\\nB"')}`);
    const r = countedRun(BIN, dir, text.length, ['--corpus', dir, 'check']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /3 claims, 0 mentions, 0 regions: 0 errors, 0 warnings/);
    return r.work;
  });
  grows(t, 'characters of the text compared or read', works[0]!.characters, works[1]!.characters);
});
