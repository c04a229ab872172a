// Definite descriptions the drafter takes back to an actor named before them — a shortened registered
// role ("the deputy director"), an institution's head noun ("the council", "the government") — and
// a state's name before a relative word, each on made-up sentences (src/draft/mentions.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftArticle } from '../src/draft/draft.js';
import type { ActorInput } from '../src/schema.js';

const none = { mentions: [], nonMentions: [], claims: [], regions: [] };

/** The drafted mentions as [words, actor]. */
function mentions(text: string, actors: ActorInput[]): [string, string | undefined][] {
  return draftArticle({ text, actors, agreements: [], existing: none }).mentions.map((m) => [text.slice(m.range.from, m.range.to), m.actor]);
}

const ruiz: ActorInput = { id: 'ana-ruiz', name: 'Ana Ruiz', type: 'person', role: 'deputy director of public works for the county', aliases: ['Ruiz'] };
const mbeki: ActorInput = { id: 'tom-mbeki', name: 'Tom Mbeki', type: 'person', role: 'deputy director of parks', aliases: [] };

test('a shortened registered role with "the" refers back to the one person named before it with that role', () => {
  const text = 'Ana Ruiz, deputy director of public works for the county, opened the hearing. Later the deputy director said the roads were safe.\n';
  assert.deepEqual(mentions(text, [ruiz]), [
    ['Ana Ruiz, deputy director of public works for the county', 'ana-ruiz'],
    ['the deputy director', 'ana-ruiz'],
  ]);
  // The speaker of the reported clause is found through it.
  const claims = draftArticle({ text, actors: [ruiz], agreements: [], existing: none }).claims;
  assert.deepEqual(claims.map((c) => [text.slice(c.range.from, c.range.to), c.source]), [['the roads were safe', 'ana-ruiz']]);
});

test('a shortened role is no mention before the person is named, when two people named share it, or as a predicate', () => {
  // Before the name: a description does not refer forward.
  assert.deepEqual(mentions('The deputy director spoke first. Then Ana Ruiz spoke.\n', [ruiz]), [['Ana Ruiz', 'ana-ruiz']]);
  // Two deputy directors named: which one is meant is not the drafter's guess.
  assert.deepEqual(
    mentions('Ana Ruiz and Tom Mbeki met. The deputy director said little.\n', [ruiz, mbeki]).map(([, a]) => a),
    ['ana-ruiz', 'tom-mbeki'],
  );
  // "was the deputy director", "the deputy director of parks", "the deputy director Tom Mbeki".
  assert.deepEqual(mentions('Ana Ruiz spoke. She was the deputy director until May.\n', [ruiz]), [['Ana Ruiz', 'ana-ruiz']]);
  assert.deepEqual(mentions('Ana Ruiz spoke. The deputy director of the port did not.\n', [ruiz]), [['Ana Ruiz', 'ana-ruiz']]);
});

const council: ActorInput = { id: 'millbrook-council', name: 'Millbrook Parish Council', type: 'organisation', aliases: [] };
const board: ActorInput = { id: 'harbour-board', name: 'Harbour water board', type: 'organisation', aliases: [] };
const guild: ActorInput = { id: 'weavers-guild', name: 'Weavers Guild', type: 'organisation', aliases: [] };

test('an institution named before is taken up by its head noun with "the"', () => {
  assert.deepEqual(mentions('The Millbrook Parish Council met on Monday. Later the council voted, and the Council\u2019s clerk wrote it up.\n', [council]), [
    ['Millbrook Parish Council', 'millbrook-council'],
    ['the council', 'millbrook-council'],
    ['the Council', 'millbrook-council'],
  ]);
  // Any tail of the name: "the water board", and the longest wins.
  assert.deepEqual(mentions('The Harbour water board met. Members of the water board were absent.\n', [board]).at(-1), ['the water board', 'harbour-board']);
  // Not before the name, not a longer title ("the council of elders"), not a head noun that is no
  // institution's ("the guild" is not in the list), not when two bodies named share the head.
  assert.deepEqual(mentions('The council met. The Millbrook Parish Council had called it.\n', [council]), [['Millbrook Parish Council', 'millbrook-council']]);
  assert.deepEqual(mentions('The Millbrook Parish Council met the council of elders.\n', [council]), [['Millbrook Parish Council', 'millbrook-council']]);
  assert.deepEqual(mentions('The Weavers Guild met. The guild voted.\n', [guild]), [['Weavers Guild', 'weavers-guild']]);
  const other: ActorInput = { id: 'eastfield-council', name: 'Eastfield Town Council', type: 'organisation', aliases: [] };
  assert.deepEqual(mentions('The Millbrook Parish Council and the Eastfield Town Council met. The council voted.\n', [council, other]).length, 2);
});

test('"the government" after its state is named, where only one registered government governs a state named before', () => {
  const ruritania: ActorInput = { id: 'ruritania', name: 'Ruritania', type: 'state', aliases: [] };
  const govR: ActorInput = { id: 'government-of-ruritania', name: 'Ruritanian government', type: 'government', governs: 'ruritania', aliases: [] };
  const carpania: ActorInput = { id: 'carpania', name: 'Carpania', type: 'state', aliases: [] };
  const govC: ActorInput = { id: 'government-of-carpania', name: 'Carpanian government', type: 'government', governs: 'carpania', aliases: [] };
  assert.deepEqual(mentions('Ruritania is poor. The minister said the government has a plan.\n', [ruritania, govR, carpania, govC]), [
    ['Ruritania', 'ruritania'],
    ['the government', 'government-of-ruritania'],
  ]);
  assert.deepEqual(mentions('Ruritania and Carpania are poor. The government has a plan.\n', [ruritania, govR, carpania, govC]).map(([w]) => w), ['Ruritania', 'Carpania']);
});

test('a state\u2019s name before a relative or subordinating word is the state, not an attributive', () => {
  const ruritania: ActorInput = { id: 'ruritania', name: 'Ruritania', type: 'state', aliases: [] };
  const r = draftArticle({ text: 'He cited Ruritania where the wall was built, and Ruritania because it paid.\n', actors: [ruritania], agreements: [], existing: none });
  assert.equal(r.mentions.length, 2);
  assert.equal(r.nonMentions.length, 0);
  // A noun after it still makes it attributive.
  assert.equal(draftArticle({ text: 'The Ruritania office closed.\n', actors: [ruritania], agreements: [], existing: none }).nonMentions.length, 1);
});
