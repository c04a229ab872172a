// The listings read from the database (src/store/queries.ts) give what the model itself gives: each
// is compared with the same records made in this process from the loaded corpus, as every command
// made them before the database, on the shipped corpus and a generated one. And a command's output
// does not depend on the path: database built in this run, read warm, or in memory (GLOSS_CACHE=0).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gloss, ROOT } from './helpers.js';
import { loadCorpus } from '../src/corpus/load.js';
import { actorIndex, actorRecord, agreementRecord, articleRecord, claimRecord, mentionRecord, tally } from '../src/query/records.js';
import { isQuotation } from '../src/query/quotes.js';
import { actorProfile, agreementProfile } from '../src/query/profiles.js';
import { toJson } from '../src/output/json.js';

const dir = mkdtempSync(join(tmpdir(), 'gloss-equivalence-'));
const generated = join(dir, 'corpus');
const made = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-corpus.mjs'), generated, '--articles', '40', '--seed', '3'], { encoding: 'utf8' });
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

for (const [name, corpus] of [['shipped', join(ROOT, 'corpus')], ['generated', generated]] as const) {
  test(`${name} corpus: listings and profiles from the database are the model's records`, () => {
    assert.equal(made.status, 0, made.stderr);
    const cache = { GLOSS_CACHE_DIR: join(dir, `cache-${name}`) };
    const c = loadCorpus(corpus).corpus;
    const t = tally(c);
    const actors = actorIndex(c);
    const quoted = isQuotation(c);
    const json = (x: unknown) => `${toJson(x)}\n`;
    const article = c.articles[1]!.id;
    const cases: [string[], unknown][] = [
      [['list'], c.articles.map((a) => articleRecord(a, t))],
      [['actors'], c.actors.map((a) => actorRecord(a, t))],
      [['agreements'], c.agreements.map((a) => agreementRecord(a, t))],
      [['claims'], c.claims.map((cl) => claimRecord(cl, actors))],
      [['claims', '--article', article], c.claims.filter((cl) => cl.article === article).map((cl) => claimRecord(cl, actors))],
      [['claims', '--actor', 'peter-mackay'], c.claims.filter((cl) => cl.source === 'peter-mackay' || cl.reportedBy === 'peter-mackay').map((cl) => claimRecord(cl, actors))],
      [['claims', '--about', 'china', '--type', 'assertion'], c.claims.filter((cl) => cl.about.includes('china') && cl.type === 'assertion').map((cl) => claimRecord(cl, actors))],
      [['quotes'], c.claims.filter(quoted).map((cl) => claimRecord(cl, actors))],
      [['mentions', '--article', article], c.mentions.filter((m) => m.article === article).map(mentionRecord)],
      [['mentions', '--actor', 'china'], c.mentions.filter((m) => m.actor === 'china').map(mentionRecord)],
      [['actor', 'peter-mackay'], actorProfile(c, 'peter-mackay')],
      [['agreement', 'us-china-cyber-agreement-2015'], agreementProfile(c, 'us-china-cyber-agreement-2015')],
    ];
    for (const [args, expected] of cases) {
      const r = gloss(['--corpus', corpus, ...args, '--json'], { env: cache });
      assert.equal(r.stdout, json(expected), args.join(' '));
    }
  });

  test(`${name} corpus: every command answers the same built, warm and without a cache`, () => {
    const commands = [
      ['read', 'mackay', '--no-pager'], ['read', 'collins', '--actor', 'mark-collins', '--no-pager'], ['read', '--claim', 'mackay:c4', '--no-pager'],
      ['show', 'mackay'], ['show', 'mackay:c3', '--json'], ['show', 'peter-mackay'], ['show', 'us-china', '--json'],
      ['cite', 'collins:c22', '--style', 'markdown'], ['verify', 'a material downtick'], ['verify', 'a materal downtick', '--json'],
      ['search', 'law', 'of', 'the', 'jungel', '--json'], ['search', 'Xi', '--json', '--limit', '0'], ['check'],
      ['export', '--format', 'ndjson'], ['list', '--format', 'csv'], ['show', 'nosuch'],
    ];
    const env = { GLOSS_CACHE_DIR: join(dir, `paths-${name}`), COLUMNS: '100' };
    for (const args of commands) {
      const built = gloss(['--corpus', corpus, ...args], { env });
      const warm = gloss(['--corpus', corpus, ...args], { env });
      const memory = gloss(['--corpus', corpus, ...args], { env: { GLOSS_CACHE: '0', COLUMNS: '100' } });
      assert.equal(warm.stdout, built.stdout, args.join(' '));
      assert.equal(memory.stdout, built.stdout, args.join(' '));
      assert.equal(warm.code, built.code, args.join(' '));
      assert.equal(memory.code, built.code, args.join(' '));
    }
  });
}
