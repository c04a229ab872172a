// The shipped claims: a sample pinned per article, so a later edit cannot silently change who said
// what; `gloss quotes` covers every quotation in the texts; the per-actor counts add up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gloss } from './helpers.js';
import { quotations } from '../src/text/quotations.js';
import { wordCount } from '../src/corpus/lint.js';

interface ClaimRecord {
  id: string; article: string; start: number; end: number; quote: string; source: string; sourceName: string;
  reportedBy: string | null; cue: string | null; attribution: string; type: string; about: string[]; via: string[];
}
const json = <T>(...args: string[]): T => {
  const r = gloss(args);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as T;
};
const claims = json<ClaimRecord[]>('claims', '--json');
const byId = new Map(claims.map((c) => [c.id, c]));

// [id, words the quote starts with, source, attribution, type, via (the attribution chain, outermost first)]
const CP = 'the-canadian-press';
const GLOBE = ['mark-collins', 'colin-freeze'];
const pinned: [string, string, string, string, string, string[]][] = [
  ['mackay-beijing-2013:c4', 'I did lay down markers', 'peter-mackay', 'direct', 'assertion', [CP]],
  ['mackay-beijing-2013:c11', 'some of which appear to be tied', 'chuck-hagel', 'direct', 'allegation', [CP]],
  ['mackay-beijing-2013:c17', 'his country has also been the victim of hackers', 'chang-wanquan', 'second-hand', 'assertion', [CP, 'peter-mackay']],
  ['mackay-beijing-2013:c21', 'It’s like terrorism', 'peter-mackay', 'direct', 'assessment', [CP]],
  ['mackay-beijing-2013:c24', 'The Harper government is trying', CP, 'author', 'report', []],
  ['collins-cyber-deal-2016:c8', 'The U.S. and U.K. recently concluded agreements', 'scott-bardsley', 'direct', 'assertion', GLOBE],
  ['collins-cyber-deal-2016:c9', 'A similar agreement is a possible outcome', 'scott-bardsley', 'direct', 'prediction', GLOBE],
  ['collins-cyber-deal-2016:c18', '“a material downtick', 'us-cybersecurity-expert', 'indirect', 'assessment', GLOBE],
  ['collins-cyber-deal-2016:c21', 'would that Canadian officials could be so frank', 'mark-collins', 'author', 'opinion', []],
  ['collins-cyber-deal-2016:c22', 'If there is a general feeling', 'michael-walma', 'direct', 'assessment', GLOBE],
  ['collins-cyber-deal-2016:c39', 'What “deterrents” might', 'mark-collins', 'author', 'question', []],
  ['et-cyber-deal-2017:c6', 'The agreement does not include state-sponsored cyber espionage', 'e-and-t', 'author', 'report', []],
  ['et-cyber-deal-2017:c9', 'these accusations', 'government-of-china', 'indirect', 'denial', ['e-and-t']],
  ['et-cyber-deal-2017:c13', 'This is something that three or four years ago', 'unnamed-canadian-official', 'direct', 'assessment', ['e-and-t']],
  ['et-cyber-deal-2017:c15', 'the deal as an example of the ruling Liberal party', 'andrew-scheer', 'indirect', 'opinion', ['e-and-t']],
  ['et-cyber-deal-2017:c18', 'the law could hinder the trade', 'critics', 'indirect', 'prediction', ['e-and-t']],
];
for (const [id, start, source, attribution, type, via] of pinned) {
  test(`claim ${id}: ${source}, ${attribution}, ${type}, via ${via.join(' › ') || 'none'}`, () => {
    const c = byId.get(id);
    assert.ok(c, `no claim ${id}`);
    assert.ok(c.quote.startsWith(start), c.quote);
    assert.deepEqual([c.source, c.attribution, c.type, c.via, c.reportedBy], [source, attribution, type, via, via.at(-1) ?? null]);
  });
}

test('every claim names a registered source and chain, and every second-hand claim who reports it', () => {
  const actors = new Set(json<{ id: string }[]>('actors', '--json').map((a) => a.id));
  const writers: Record<string, string> = { 'mackay-beijing-2013': CP, 'collins-cyber-deal-2016': 'mark-collins', 'et-cyber-deal-2017': 'e-and-t' };
  for (const c of claims) {
    assert.ok(actors.has(c.source), `${c.id}: ${c.source}`);
    assert.ok(c.via.every((v) => actors.has(v)), c.id);
    // The writer's own claims have no chain; every other claim's chain starts with the writer.
    assert.equal(c.via.length === 0, c.source === writers[c.article], c.id);
    if (c.via.length > 0) assert.equal(c.via[0], writers[c.article], c.id);
    if (c.attribution === 'second-hand') assert.ok(c.reportedBy && c.reportedBy !== writers[c.article], c.id);
  }
});

test('gloss quotes finds every quotation of more than three words in the texts (outside site furniture)', () => {
  const doc = json<{ articles: { id: string; text: string }[]; regions: { article: string; start: number; end: number }[] }>('export');
  const quotes = json<ClaimRecord[]>('quotes', '--json');
  assert.ok(quotes.every((q) => q.sourceName.length > 0));
  let checked = 0;
  for (const a of doc.articles) {
    // The shipped texts are in the BMP, so UTF-16 offsets from quotations() are code point offsets.
    for (const q of quotations(a.text)) {
      if (wordCount(a.text.slice(q.from, q.to)) <= 3) continue;
      if (doc.regions.some((r) => r.article === a.id && r.start <= q.from && q.to <= r.end)) continue;
      checked++;
      const found = quotes.some((c) => c.article === a.id && c.start < q.to && q.from < c.end);
      assert.ok(found, `${a.id}: “${a.text.slice(q.from, q.to)}” is in no gloss quotes record`);
    }
  }
  assert.ok(checked >= 20, `only ${checked} quotations checked`);
});

test('gloss actors counts claims made and about as gloss claims filters them', () => {
  const actors = json<{ id: string; claimsMade: number; claimsAbout: number; mentions: number }[]>('actors', '--json');
  const mackay = actors.find((a) => a.id === 'peter-mackay')!;
  assert.equal(mackay.claimsMade, claims.filter((c) => c.source === 'peter-mackay').length);
  assert.equal(mackay.claimsAbout, json<ClaimRecord[]>('claims', '--about', 'peter-mackay', '--json').length);
  assert.ok(mackay.mentions >= 15);
  const made = json<ClaimRecord[]>('claims', '--actor', 'michael-walma', '--json');
  assert.ok(made.length >= 6 && made.every((c) => c.source === 'michael-walma'));
});

test('the Canada–China agreement is one agreement whose history spans both articles', () => {
  const [agreement] = json<{ id: string; status: string; history: { status: string; article: string }[] }[]>('agreements', '--party', 'canada', '--status', 'signed', '--json');
  assert.equal(agreement!.id, 'canada-china-cyber-agreement');
  assert.deepEqual(agreement!.history.map((h) => [h.status, h.article]), [
    ['under-discussion', 'collins-cyber-deal-2016'],
    ['concluded', 'et-cyber-deal-2017'],
    ['signed', 'et-cyber-deal-2017'],
  ]);
});
