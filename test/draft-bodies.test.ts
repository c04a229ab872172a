// Bodies and places the drafter finds beyond their names — an institution's head noun before a
// prepositional tail ("the committee" of "House Committee on Revenue and Taxation", "the House"),
// members acting as their body ("committee members", "Senators"), a body registered by a relative
// clause — and where a place's name is no mention: a dateline, a longer name it opens. Each on
// made-up sentences (src/draft/in-play.ts, members.ts, clause-names.ts, place-names.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftArticle } from '../src/draft/draft.js';
import type { ActorInput } from '../src/schema.js';

const none = { mentions: [], nonMentions: [], claims: [], regions: [] };

function drafted(text: string, actors: ActorInput[]) {
  const d = draftArticle({ text, actors, agreements: [], existing: none });
  return {
    mentions: d.mentions.map((m) => [text.slice(m.range.from, m.range.to), m.actor]),
    nonMentions: d.nonMentions.map((n) => [text.slice(n.range.from, n.range.to), n.reason]),
  };
}

const ruritania: ActorInput = { id: 'ruritania', name: 'Ruritania', type: 'organisation', aliases: [] };
const finance: ActorInput = { id: 'finance-committee', name: 'Assembly Committee on Roads and Bridges', type: 'organisation', aliases: [] };
const senate: ActorInput = { id: 'ruritania-senate', name: 'Ruritania Senate', type: 'organisation', aliases: [] };
const house: ActorInput = { id: 'ruritania-house', name: 'Ruritania House of Delegates', type: 'organisation', aliases: [] };

test('an institution named with a tail ("Committee on …", "House of …") is taken up by its head noun with "the"', () => {
  assert.deepEqual(drafted('The Assembly Committee on Roads and Bridges met. Later the committee voted.\n', [finance]).mentions, [
    ['Assembly Committee on Roads and Bridges', 'finance-committee'],
    ['the committee', 'finance-committee'],
  ]);
  // "the House" through its owner Ruritania, named before; not "the House Speaker" (a title).
  assert.deepEqual(drafted('Ruritania waits. The bill went to the House. The house agreed, and the House Speaker signed.\n', [ruritania, house]).mentions, [
    ['Ruritania', 'ruritania'],
    ['the House', 'ruritania-house'],
    ['The house', 'ruritania-house'],
  ]);
  // "as" opening a clause whose subject the body is, not "as" before a predicate.
  assert.deepEqual(drafted('Ruritania waits. There was no debate as the Senate passed the bill.\n', [ruritania, senate]).mentions.at(-1), ['the Senate', 'ruritania-senate']);
  assert.deepEqual(drafted('Ruritania waits. He served as the Senate clerk.\n', [ruritania, senate]).mentions, [['Ruritania', 'ruritania']]);
});

test('members acting as their body are a mention of the one body of that kind in play', () => {
  assert.deepEqual(drafted('The Assembly Committee on Roads and Bridges met. Committee members asked hard questions.\n', [finance]).mentions.at(-1), ['Committee members', 'finance-committee']);
  assert.deepEqual(drafted('Ruritania waits. Senators approved the bill, and the senators went home.\n', [ruritania, senate]).mentions, [
    ['Ruritania', 'ruritania'],
    ['Senators', 'ruritania-senate'],
    ['the senators', 'ruritania-senate'],
  ]);
  // A title before names, members of another body, or no such body in play: no mention.
  assert.deepEqual(drafted('Ruritania waits. Senators Smith and Jones left.\n', [ruritania, senate]).mentions, [['Ruritania', 'ruritania']]);
  assert.deepEqual(drafted('Committee members asked questions. The Assembly Committee on Roads and Bridges met.\n', [finance]).mentions, [['Assembly Committee on Roads and Bridges', 'finance-committee']]);
});

test('a body registered by a relative clause is found with the text\u2019s own article and pronoun', () => {
  const panel: ActorInput = { id: 'roads-panel', name: 'Senate panel which heard Okafor\u2019s toll proposal', type: 'organisation', aliases: [] };
  assert.deepEqual(drafted('Okafor spoke. A Senate panel which heard his toll proposal will report.\n', [panel]).mentions, [['A Senate panel which heard his toll proposal', 'roads-panel']]);
  // Another clause is another body.
  assert.deepEqual(drafted('A Senate panel which heard his fare proposal will report.\n', [panel]).mentions, []);
});

test('a place\u2019s name in a dateline or opening a longer name is a nonMention, with the reason', () => {
  // Ruritania is known to be a place: a registered body's name starts with it.
  const text = 'Springfield, Ruritania -- The vote was close. He studied at the Ruritania School for the Deaf. Then Ruritania paid.\n';
  assert.deepEqual(drafted(text, [ruritania, senate]), {
    mentions: [['Ruritania', 'ruritania']],
    nonMentions: [
      ['Ruritania', 'the dateline: a place'],
      ['Ruritania', 'inside a longer name ("Ruritania School…")'],
    ],
  });
  // A second report's dateline after a full stop, a dated one; a day after the name is no longer name.
  const two = 'It ended. Capitol City, Ruritania, March 3 -- Ruritania Thursday approved it.\n';
  assert.deepEqual(drafted(two, [ruritania, senate]), { mentions: [['Ruritania', 'ruritania']], nonMentions: [['Ruritania', 'the dateline: a place']] });
  // Inside a registered group's name before its noun ("Ruritania bankers") it only qualifies that noun.
  const bankers: ActorInput = { id: 'ruritania-bankers', name: 'Ruritania bankers', type: 'unnamed-source', aliases: [] };
  assert.deepEqual(drafted('Ruritania bankers protested, and Ruritania waits.\n', [ruritania, senate, bankers]), {
    mentions: [['Ruritania bankers', 'ruritania-bankers'], ['Ruritania', 'ruritania']],
    nonMentions: [],
  });
});

test('a group registered by a modifier and a plural noun is taken up by the noun with a determiner, or bare before a participle', () => {
  const growers: ActorInput = { id: 'valley-growers', name: 'Valley growers', type: 'unnamed-source', aliases: [] };
  const text = 'Valley growers protested. He questioned growers appearing as witnesses, and several growers left. The growers stayed.\n';
  assert.deepEqual(drafted(text, [growers]).mentions, [
    ['Valley growers', 'valley-growers'],
    ['growers', 'valley-growers'],
    ['several growers', 'valley-growers'],
    ['The growers', 'valley-growers'],
  ]);
  // Generic or another group ("other growers", "Hill growers", bare "growers"), or none named before.
  assert.deepEqual(drafted('Valley growers protested. Other growers and Hill growers agreed; growers agree.\n', [growers]).mentions, [['Valley growers', 'valley-growers']]);
  assert.deepEqual(drafted('The growers protested. Valley growers agreed.\n', [growers]).mentions, [['Valley growers', 'valley-growers']]);
});
