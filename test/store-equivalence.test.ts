// The listings read from the database (src/store/queries.ts) give what the model itself gives: each
// is compared with the same records made in this process from the loaded corpus, as every command
// made them before the database, on the shipped corpus and a generated one. And a command's output
// does not depend on the path: database built in this run, read warm, or in memory (GLOSS_CACHE=0).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gloss, ROOT, scratch } from './helpers.js';
import { CorpusReader, loadCorpus } from '../src/corpus/load.js';
import { actorIndex, actorRecord, agreementRecord, articleRecord, claimRecord, mentionRecord, tally } from '../src/query/records.js';
import { isQuotation } from '../src/query/quotes.js';
import { actorProfile, agreementProfile } from '../src/query/profiles.js';
import { agentIds } from '../src/query/agents.js';
import { filterClaims } from '../src/commands/listings.js';
import { toJson } from '../src/output/json.js';
import { buildDatabase } from '../src/store/build.js';
import { verdictOf } from '../src/query/verdict.js';
import { resolveAny } from '../src/query/resolve.js';
import { citationOf } from '../src/output/citation.js';
import { renderRead } from '../src/read/view.js';
import { openTerminal } from '../src/output/terminal.js';
import { loadWidth } from '../src/output/width.js';
import { loaderProblems, wholeCorpus } from '../src/store/queries.js';

const dir = scratch('gloss-equivalence-');
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
      // Issue 17's semantics: an actor's claims are those of its agent (state and government), and
      // --via or --any-link follow attribution chains.
      [['claims', '--actor', 'peter-mackay'], filterClaims(c, { actor: 'peter-mackay' }).map((cl) => claimRecord(cl, actors))],
      [['claims', '--actor', 'peter-mackay', '--any-link'], filterClaims(c, { actor: 'peter-mackay', anyLink: true }).map((cl) => claimRecord(cl, actors))],
      [['claims', '--via', 'the-canadian-press'], filterClaims(c, { via: 'the-canadian-press' }).map((cl) => claimRecord(cl, actors))],
      [['claims', '--about', 'china', '--type', 'assertion'], filterClaims(c, { about: 'china', type: 'assertion' }).map((cl) => claimRecord(cl, actors))],
      [['quotes'], c.claims.filter(quoted).map((cl) => claimRecord(cl, actors))],
      [['mentions', '--article', article], c.mentions.filter((m) => m.article === article).map(mentionRecord)],
      [['mentions', '--actor', 'china'], c.mentions.filter((m) => m.actor !== undefined && agentIds(c, 'china').has(m.actor)).map(mentionRecord)],
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

// The commands that read only what they show (one article's rows, those of the articles an actor
// appears in, those holding a quote) answer as the model does over the whole loaded corpus: output
// compared byte for byte with what this process renders from loadCorpus.
for (const [name, corpus] of [['shipped', join(ROOT, 'corpus')], ['generated', generated]] as const) {
  test(`${name} corpus: read, show, cite, verify and profiles reading only their articles answer as the whole corpus does`, async () => {
    await loadWidth();
    assert.equal(made.status, 0, made.stderr);
    const env = { GLOSS_CACHE_DIR: join(dir, `scoped-${name}`), COLUMNS: '100' };
    const c = loadCorpus(corpus).corpus;
    const t = tally(c);
    const actors = actorIndex(c);
    const json = (x: unknown) => `${toJson(x)}\n`;
    // An article in the middle, with claims, and one of its claims held by a registered actor.
    const a = c.articles[Math.floor(c.articles.length / 2)]!;
    const claim = c.claims.find((cl) => cl.article === a.id)!;
    const term = openTerminal('never', { COLUMNS: '100' });
    const cases: [string[], string][] = [
      [['read', a.id, '--no-pager'], renderRead(c, { article: a.id }, term).output],
      [['read', '--claim', claim.id, '--no-pager'], renderRead(c, { article: a.id, claim: claim.id }, term).output],
      [['cite', claim.id, '--json'], json(citationOf(claim, a, actors))],
      [['show', a.id, '--json'], json({ kind: 'article', ...articleRecord(a, t) })],
      [['show', claim.source, '--json'], json({ kind: 'actor', ...actorRecord(actors.get(claim.source)!, t) })],
      [['verify', 'a material downtick', '--json'], json(verdictOf(c, 'a material downtick'))],
      [['verify', 'a materal downtick', '--json'], json(verdictOf(c, 'a materal downtick'))],
      [['actor', 'china', '--json'], json(actorProfile(c, 'china'))],
      [['actor', 'government-of-canada', '--json'], json(actorProfile(c, 'government-of-canada'))],
    ];
    // A mistyped id is refused with the message (and did-you-mean) the whole corpus gives.
    for (const typed of ['daniel-fortie', 'peter-mackey', `${a.id}:c999`, 'no-such-thing', `${a.id.slice(0, -2)}xx:c1`]) {
      let message = '';
      try {
        resolveAny(c, typed);
      } catch (e) {
        message = (e as Error).message;
      }
      assert.ok(message, `${typed} is refused by the model`);
      const r = gloss(['--corpus', corpus, 'show', typed], { env });
      assert.equal(r.code, 2, typed);
      assert.equal(r.stderr, `gloss: ${message}\n`, typed);
    }
    for (const [args, expected] of cases) {
      const r = gloss(['--corpus', corpus, ...args], { env });
      // Where they part, with some context: these outputs run to thousands of lines.
      let at = 0;
      while (at < expected.length && r.stdout[at] === expected[at]) at++;
      assert.ok(r.stdout === expected, `${args.join(' ')}: differs at ${at}: ${JSON.stringify(r.stdout.slice(at - 200, at + 200))} / expected ${JSON.stringify(expected.slice(at - 200, at + 200))}`);
    }
  });
}

// The commands written against the in-memory model (show, cite, verify, read, draft, the listings
// following attribution chains) get the whole corpus back from the database: every field of the
// model, issue 17's and 19's included (governs, writer, via, a history's source, review), in the
// loader's key order, with the loader's problems and non-mentions. The database is built as the
// corpus is read, an article at a time (store/build.ts), the model by loadCorpus: they must agree.
// "renamed": the shipped corpus with an article's files named out of its id's order, which the build
// finds mid-way and then writes in id order.
const renamed = join(dir, 'renamed');
cpSync(join(ROOT, 'corpus'), renamed, { recursive: true });
for (const ext of ['yaml', 'txt']) renameSync(join(renamed, 'articles', `collins-cyber-deal-2016.${ext}`), join(renamed, 'articles', `zz-collins.${ext}`));

// "worker": the generated corpus written by a worker thread (store/writer.ts), as a large corpus is.
for (const [name, corpus] of [['shipped', join(ROOT, 'corpus')], ['generated', generated], ['renamed', renamed], ['worker', generated]] as const) {
  test(`${name} corpus: the whole corpus read back from the database is the loader's, key for key`, async () => {
    assert.equal(made.status, 0, made.stderr);
    const loaded = loadCorpus(corpus);
    const folder = mkdtempSync(join(dir, 'db-'));
    const db =
      name === 'worker'
        ? await buildDatabase(folder, join(folder, 'corpus.db'), () => new CorpusReader(corpus), [], undefined, true)
        : await buildDatabase(null, null, () => new CorpusReader(corpus), []);
    const meta = (key: string) => String(db.prepare('SELECT value FROM meta WHERE key = ?').get(key)!.value);
    const back = wholeCorpus(db, meta('dir'));
    assert.equal(JSON.stringify(back), JSON.stringify(loaded.corpus));
    assert.deepEqual(loaderProblems(db, Number(meta('loaderProblems'))), loaded.problems);
    assert.deepEqual(new Map(JSON.parse(meta('nonMentions')) as [string, unknown][]), loaded.nonMentions);
    if (name === 'shipped' || name === 'renamed') {
      // The shipped corpus holds issue 17's fields: the comparison above covers them.
      assert.ok(back.actors.some((a) => a.governs !== undefined), 'an actor with governs');
      assert.ok(back.articles.some((a) => a.writer !== undefined), 'an article with a writer');
      assert.ok(back.claims.some((c) => c.via.length > 0), 'a claim with via');
    }
    if (name === 'renamed') assert.deepEqual(back.articles.map((a) => a.id), [...back.articles.map((a) => a.id)].sort(), 'articles in id order');
    db.close();
  });
}

test('review fields of gloss draft proposals round-trip through the database', async () => {
  let claim: object | undefined;
  const readerOf = () => {
    const reader = new CorpusReader(join(ROOT, 'corpus'));
    const read = reader.read.bind(reader);
    reader.read = (file) => {
      const r = read(file);
      if (claim === undefined && r.claims.length > 0) {
        r.claims[0] = Object.assign(r.claims[0]!, { review: 'proposed by gloss draft' });
        claim = r.claims[0];
      }
      return r;
    };
    return reader;
  };
  const db = await buildDatabase(null, null, readerOf, []);
  assert.ok(claim);
  assert.equal(JSON.stringify(wholeCorpus(db, join(ROOT, 'corpus')).claims[0]), JSON.stringify(claim));
  db.close();
});
