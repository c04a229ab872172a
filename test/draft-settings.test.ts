// `gloss draft` on a direct quotation whose speech verb is followed by whom it was told and when,
// where or how ("said on Monday that “…”", "told reporters at a news conference that “…”"), through the
// CLI on one-sentence articles: the speaker is the verb's subject, as for "said that “…”".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { gloss, scratch } from './helpers.js';

type Claim = { quote: string; source?: string; cue?: string; attribution?: string };

/** Each sentence drafted as an article of its own: the claims proposed for it. */
function claimsOf(sentences: string[]): Claim[][] {
  const dir = join(scratch('gloss-draft-settings-'), 'corpus');
  const init = gloss(['init', dir]);
  assert.equal(init.code, 0, init.stderr);
  return sentences.map((sentence, i) => {
    const file = join(dir, `s${i}.txt`);
    writeFileSync(file, `T\n\n${sentence}\n`);
    const add = gloss(['--corpus', dir, 'add', file, '--id', `s${i}`, '--date', '2024-01-01']);
    assert.equal(add.code, 0, add.stderr);
    const r = gloss(['--corpus', dir, 'draft', `s${i}`]);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /no speaker found/, sentence);
    return ((parse(r.stdout) as { claims?: Claim[] } | null)?.claims ?? []).map(({ quote, source, cue, attribution }) => ({ quote, source, cue, attribution }));
  });
}

test('a direct quotation after a speech verb, its hearer and a run of time, occasion or medium phrases, and "that" is the subject\u2019s', () => {
  const sentences = [
    'Defence Minister Peter MacKay said on Monday that "talks will resume next week."',
    'Peter MacKay said in a statement that "talks will resume next week."',
    'Peter MacKay told reporters on Monday that "talks will resume next week."',
    'Peter MacKay told reporters that "talks will resume next week."',
    'Peter MacKay said in an interview with the Globe and Mail on Tuesday night that "talks will resume next week."',
    'Peter MacKay wrote on Twitter earlier this month that "talks will resume next week."',
    'Peter MacKay warned at a news conference in June that "talks will resume next week."',
    'Peter MacKay added yesterday, in a letter to the Prime Minister, that "talks will resume next week."',
  ];
  const cues = ['said', 'said', 'told', 'told', 'said', 'wrote', 'warned', 'added'];
  claimsOf(sentences).forEach((claims, i) => {
    assert.deepEqual(claims, [{ quote: 'talks will resume next week.', source: 'peter-mackay', cue: cues[i], attribution: 'direct' }], sentences[i]);
  });
});
