// draft --write refuses proposals that would take an annotation file past the loader's limit from the
// least their entries can take (proposalsBytesAtLeast), counted before any selector is made or any YAML
// rendered. Counted more than they take, a draft that fits would be refused: here it is held to the
// bytes the entries take rendered, for real drafts (the shipped articles and eight Brown Corpus news
// articles, from their registries alone, as a first draft is made) and for values to escape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadCorpus } from '../src/corpus/load.js';
import { draftArticle } from '../src/draft/draft.js';
import type { Draft } from '../src/draft/proposal.js';
import { proposalsBytesAtLeast, renderList, toEntries } from '../src/draft/yaml-out.js';
import { fixture, ROOT } from './helpers.js';

/** The bytes the draft's entries take in an annotation file: each list rendered as draft --write appends it, unindented (the least). */
function renderedBytes(draft: Draft, text: string, writer?: string): number {
  const entries = toEntries(draft, text, new Set(), writer);
  return [entries.mentions, entries.nonMentions, entries.claims].reduce((n, list) => n + Buffer.byteLength(renderList(list)), 0);
}

test('the least bytes counted for a draft is at most what its entries take, for the shipped articles and eight Brown news articles', (t) => {
  let drafts = 0;
  let proposals = 0;
  for (const dir of [join(ROOT, 'corpus'), fixture('brown-news')]) {
    const { corpus } = loadCorpus(dir);
    for (const article of corpus.articles.slice(0, 8)) {
      const draft = draftArticle({ text: article.text, actors: corpus.actors, agreements: corpus.agreements, existing: { mentions: [], nonMentions: [], claims: [], regions: [] } });
      const least = proposalsBytesAtLeast(draft, article.text, article.writer);
      const taken = renderedBytes(draft, article.text, article.writer);
      assert.ok(least <= taken, `${article.id}: ${least} bytes counted, ${taken} taken`);
      // A bound of little use would refuse nothing: it counts most of what is written.
      if (taken > 0) assert.ok(least >= taken / 2, `${article.id}: ${least} bytes counted, ${taken} taken`);
      drafts++;
      proposals += draft.mentions.length + draft.nonMentions.length + draft.claims.length;
      t.diagnostic(`${article.id}: ${least} of ${taken} bytes counted`);
    }
  }
  assert.equal(drafts, 11);
  assert.ok(proposals > 500, `${proposals} proposals`);
});

test('the least bytes counted holds for values written as escapes, characters of several bytes, and lists', () => {
  // A quote with a control character, a bidi control and an emoji; a claim relayed by the writer (via), about two actors.
  const text = 'Harbour talks\n\nAnn Lee said \u201cthe \u202eharbour\u0085 is \u{1F30A} open\u201d. Lee said so. Critics wrote the talks went well.\n';
  const at = (s: string) => ({ from: text.indexOf(s), to: text.indexOf(s) + s.length });
  const draft: Draft = {
    actors: [],
    mentions: [{ range: at('Ann Lee'), actor: 'ann-lee', review: 'a name \u202e\t"quoted"' }, { range: at('Lee said so'), actor: 'ann-lee', review: 'r' }],
    nonMentions: [{ range: at('Critics'), reason: 'a \u0085 reason', review: 'r' }],
    claims: [{ range: at('the \u202eharbour\u0085 is \u{1F30A} open'), source: 'ann-lee', cue: 'said', attribution: 'direct', type: 'assertion', about: ['ruritania', 'harbour-accord'], review: 'r \u{1F30A}' }],
  };
  const least = proposalsBytesAtLeast(draft, text, 'the-writer');
  const taken = renderedBytes(draft, text, 'the-writer');
  assert.ok(least <= taken, `${least} bytes counted, ${taken} taken`);
});
