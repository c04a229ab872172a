// Bodies and places the drafter finds beyond their names — an institution's head noun before a
// prepositional tail ("the committee" of "House Committee on Revenue and Taxation", "the House"),
// members acting as their body ("committee members", "Senators"), a body registered by a relative
// clause — and where a place's name is no mention: a dateline, a longer name it opens. Each on
// made-up sentences (src/draft/in-play.ts, members.ts, clause-names.ts, place-names.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './draft-helpers.js';
import type { ActorInput } from '../src/schema.js';

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

const board: ActorInput = { id: 'roads-board', name: 'State Highway Review Board', type: 'organisation', aliases: [] };
const office: ActorInput = { id: 'highway-agency', name: 'State highway agency', type: 'organisation', aliases: [] };
const tourismOffice: ActorInput = { id: 'tourism-agency', name: 'Ruritania Tourism Agency', type: 'organisation', aliases: [] };

test('a body\u2019s name printed in lower case after "the" is a mention with its article, and its head noun then refers back', () => {
  assert.deepEqual(drafted('Tolls may rise, the state highway review board was told. The board met.\n', [board]).mentions, [
    ['the state highway review board', 'roads-board'],
    ['The board', 'roads-board'],
  ]);
  // Without "the" before it, lower-case words are no name.
  assert.deepEqual(drafted('Tolls may rise, a state highway review board was told.\n', [board]).mentions, []);
});

test('the commissioners of a commission in play act as it; commissioners named in an apposition do not', () => {
  const commission: ActorInput = { id: 'ferry-commission', name: 'Ferry Commission', type: 'organisation', aliases: [] };
  assert.deepEqual(drafted('The Ferry Commission met. Okafor told the commissioners that fares must rise.\n', [commission]).mentions, [
    ['Ferry Commission', 'ferry-commission'],
    ['the commissioners', 'ferry-commission'],
  ]);
  assert.deepEqual(drafted('The Ferry Commission met with its new commissioners, Ann Okafor and Bo Lind.\n', [commission]).mentions, [['Ferry Commission', 'ferry-commission']]);
});

test('a body never named is taken up by its head noun when the other words of its name are printed before, and only one body fits', () => {
  assert.deepEqual(drafted('The state highway review board heard the plan. Highway work was late, the agency said.\n', [board, office, tourismOffice]).mentions, [
    ['The state highway review board', 'roads-board'],
    ['the agency', 'highway-agency'],
  ]);
  // Before the words are printed, or where two bodies fit, nothing.
  assert.deepEqual(drafted('The agency found highway work late in the state.\n', [office]).mentions, []);
  const other: ActorInput = { id: 'highway-agency-2', name: 'highway state agency', type: 'organisation', aliases: [] };
  assert.deepEqual(drafted('State highway work was late, and the agency knew.\n', [office, other]).mentions, []);
});

test('a body\u2019s head noun before the noun of its officers or business only qualifies it', () => {
  assert.deepEqual(drafted('The Ferry Commission met. Fares rose, the commission chairman said, and the commission agreed.\n', [{ id: 'ferry-commission', name: 'Ferry Commission', type: 'organisation', aliases: [] }]).mentions, [
    ['Ferry Commission', 'ferry-commission'],
    ['the commission', 'ferry-commission'],
  ]);
});

test('a place whose name says its kind ("Lane County") is not "the state" or "the city"', () => {
  const county: ActorInput = { id: 'lane-county', name: 'Lane County', type: 'organisation', aliases: [] };
  assert.deepEqual(drafted('Lane County may run short. It is the only county short; the state can give money, and the county will ask.\n', [county]).mentions, [
    ['Lane County', 'lane-county'],
    ['the county', 'lane-county'],
  ]);
});

test('a city registered by its style ("City of Dover") is "the city" where the text prints only "Dover", even inside a longer name; and before a state whose kind the registry does not show', () => {
  const dover: ActorInput = { id: 'dover', name: 'City of Dover', type: 'organisation', aliases: [] };
  const kent: ActorInput = { id: 'kent', name: 'Kent', type: 'organisation', aliases: [] };
  const text = 'The Dover Harbour Co. went bankrupt. The city will sue, and the city\u2019s lawyers agree.\n';
  const ours = (d: { mentions: [string, string | undefined][] }) => d.mentions.filter(([, a]) => a === 'dover' || a === 'kent');
  assert.deepEqual(ours(drafted(text, [dover])), [['The city', 'dover'], ['the city', 'dover']]);
  // Both in play: "the city" is the one registered as a city, not Kent, which may be a city or a state.
  assert.deepEqual(ours(drafted('Kent sued, and so did the City of Dover. The city will pay.\n', [dover, kent])), [['Kent', 'kent'], ['City of Dover', 'dover'], ['The city', 'dover']]);
  // Its own name printed nowhere: no one.
  assert.deepEqual(ours(drafted('The firm went bankrupt. The city will sue.\n', [dover])), []);
});

test('a group registered by a noun and a prepositional tail, or by a collective noun, is taken up by that noun with "the"', () => {
  const delegates: ActorInput = { id: 'congress-delegates', name: 'delegates to the Harbour Congress', type: 'group', aliases: [] };
  const staff: ActorInput = { id: 'port-staff', name: 'the port staff', type: 'group', aliases: [] };
  const text = 'Ann Moss told delegates to the Harbour Congress about the port staff. She thanked the delegates, and the staff cheered.\n';
  assert.deepEqual(drafted(text, [delegates, staff]).mentions, [
    ['delegates to the Harbour Congress', 'congress-delegates'],
    ['the port staff', 'port-staff'],
    ['the delegates', 'congress-delegates'],
    ['the staff', 'port-staff'],
  ]);
  // A bare collective noun, or one before the group is named, is not taken up.
  assert.deepEqual(drafted('The staff met. Staff agreed about the port staff.\n', [staff]).mentions, [['the port staff', 'port-staff']]);
});

test('a county is also found by its name without "County", where no other actor goes by it; inside a longer name it is a nonMention', () => {
  const lane: ActorInput = { id: 'lane-county', name: 'Lane County', type: 'organisation', aliases: [] };
  const d = drafted('Lane County may run short. Lane had spent most of its budget, and Lane Bank lent it more.\n', [lane]);
  assert.deepEqual(d.mentions, [
    ['Lane County', 'lane-county'],
    ['Lane', 'lane-county'],
  ]);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['Lane']);
  // A person registered with that surname: the short name is not used.
  const ann: ActorInput = { id: 'ann-lane', name: 'Ann Lane', type: 'person', aliases: [] };
  assert.deepEqual(drafted('Lane County may run short. Lane said so.\n', [lane, ann]).mentions, [['Lane County', 'lane-county']]);
});

test('a service registered by its bare name ("Navy") after a state\u2019s name in lower case ("the Harbouria navy"), not where another body of that noun is the state\u2019s', () => {
  const navy: ActorInput = { id: 'harbouria-navy', name: 'Navy', type: 'organisation', aliases: [] };
  const harbouria: ActorInput = { id: 'harbouria', name: 'Harbouria', type: 'state', aliases: [] };
  const ruritaniaState: ActorInput = { id: 'ruritania', name: 'Ruritania', type: 'state', aliases: [] };
  const ruritanianNavy: ActorInput = { id: 'ruritanian-navy', name: 'Ruritanian navy', type: 'organisation', aliases: [] };
  const text = 'The Harbouria navy built a ship. The Ruritania navy did not.\n';
  const d = drafted(text, [navy, harbouria, ruritaniaState, ruritanianNavy]);
  assert.deepEqual(d.mentions, [['Harbouria navy', 'harbouria-navy']]);
  // The state's name inside it is no attributive of its own.
  assert.ok(!d.nonMentions.some(([w]) => w === 'Harbouria'));
});

test('a state someone goes to ("went to communist Ruritania") is a place: a nonMention', () => {
  const state: ActorInput = { id: 'ruritania', name: 'Ruritania', type: 'state', aliases: [] };
  const d = drafted('He was released. He promptly went to communist Ruritania. Ruritania welcomed him.\n', [state]);
  assert.deepEqual(d.mentions, [['Ruritania', 'ruritania']]);
  assert.deepEqual(d.nonMentions, [['Ruritania', 'a place: where someone went ("went to communist Ruritania")']]);
});

test('a group registered by a collective noun ("a harbour smuggling ring") is taken up as "the ring", not bare', () => {
  const ring: ActorInput = { id: 'smuggling-ring', name: 'a harbour smuggling ring', type: 'group', aliases: [] };
  assert.deepEqual(drafted('Secrets were sold by a harbour smuggling ring. When the ring was broken, a ring of police stood by.\n', [ring]).mentions, [
    ['a harbour smuggling ring', 'smuggling-ring'],
    ['the ring', 'smuggling-ring'],
  ]);
});

const trustees: ActorInput = { id: 'harbour-trustees', name: 'Board of Trustees', type: 'organisation', affiliation: 'harbour-college', aliases: [] };
const college: ActorInput = { id: 'harbour-college', name: 'Harbour College', type: 'organisation', aliases: [] };

test('a board named for its members ("Board of Trustees") is "the trustees"; "the 12-man Harbour board" with its size and owner', () => {
  const text = 'Harbour College\u2019s Board of Trustees met. The trustees\u2019 vote was close, and the 12-man Harbour board adjourned.\n';
  assert.deepEqual(drafted(text, [trustees, college]).mentions, [
    ['Harbour College', 'harbour-college'],
    ['Board of Trustees', 'harbour-trustees'],
    ['The trustees', 'harbour-trustees'],
    ['the 12-man Harbour board', 'harbour-trustees'],
  ]);
  // Before the board is named, or with a capitalised word that starts no name in play, nothing.
  assert.deepEqual(drafted('The trustees met. Harbour College spoke.\n', [trustees, college]).mentions, [['Harbour College', 'harbour-college']]);
  assert.deepEqual(drafted('The Board of Trustees met, and the Eastfield board did not.\n', [trustees, college]).mentions, [['Board of Trustees', 'harbour-trustees']]);
});

test('"at the college" only locates; "the college" acting is a mention', () => {
  const text = 'Harbour College grew. Students who work at the college said the college had erred.\n';
  assert.deepEqual(drafted(text, [college]).mentions, [
    ['Harbour College', 'harbour-college'],
    ['the college', 'harbour-college'],
  ]);
});

test('a name before a noun it only qualifies is a nonMention: a registered common noun ("police court"), a body\u2019s name between "the" and its noun', () => {
  const police: ActorInput = { id: 'city-police', name: 'police', type: 'unnamed-source', aliases: [] };
  const text = 'At the Bow St. police court the case was heard. Nobody was hurt, police said.\n';
  assert.deepEqual(drafted(text, [police]), { mentions: [['police', 'city-police']], nonMentions: [['police', 'attributive ("police court…"), not city-police as an actor']] });
  // "the Harbour College policy" qualifies; "handed the Harbour College the keys" and an acronym
  // ("the HC conference", as the shipped corpus tags "the CASIS conference") stay mentions.
  const hc: ActorInput = { ...college, aliases: ['HC'] };
  const d = drafted('Under the Harbour College policy, the city handed the Harbour College the keys before the HC conference.\n', [hc]);
  assert.deepEqual(d.mentions, [['Harbour College', 'harbour-college'], ['HC', 'harbour-college']]);
  assert.deepEqual(d.nonMentions, [['Harbour College', 'attributive ("Harbour College policy…"), not harbour-college as an actor']]);
});

test('a university or college by its name alone ("Harbour" of "Harbour College") where it stands for the body', () => {
  const text = 'Harbour College met. Harbour could not go on, and Harbour\u2019s debts grew. The Harbour Herald and a Harbour spokesman said little; the Harbour board met.\n';
  assert.deepEqual(drafted(text, [college]).mentions, [
    ['Harbour College', 'harbour-college'],
    ['Harbour', 'harbour-college'],
    ['Harbour', 'harbour-college'],
  ]);
  // Not where another actor goes by that name.
  const harbour: ActorInput = { id: 'harbour-town', name: 'Harbour', type: 'organisation', aliases: [] };
  assert.deepEqual(drafted('Harbour College met. Harbour could not go on.\n', [college, harbour]).mentions, [
    ['Harbour College', 'harbour-college'],
    ['Harbour', 'harbour-town'],
  ]);
});

test('a name several registered actors share goes to the one whose place is printed nearest before it, or to none', () => {
  const police = (place: string): ActorInput => ({ id: `${place}-police`, name: 'police', type: 'unnamed-source', aliases: [] });
  const actors = [police('ruritania'), police('east-borduria'), police('syldavia')];
  // Each printing goes to the force whose place was printed last before it; "Police" opening a
  // sentence is the same name; "told police he …" is not the name qualifying a noun.
  assert.deepEqual(drafted('A man in Ruritania told police he ran. In East Borduria a fire burned. Police said no one was hurt.\n', actors).mentions, [
    ['police', 'ruritania-police'],
    ['Police', 'east-borduria-police'],
  ]);
  // Only one place printed, after the name: that one.
  assert.deepEqual(drafted('A fire burned, police said. It was in Syldavia.\n', actors).mentions, [['police', 'syldavia-police']]);
  // No place printed: proposed for none, left to the annotator.
  const d = drafted('A fire burned, police said.\n', actors);
  assert.deepEqual(d.mentions, []);
  assert.match(d.nonMentions[0]![1] as string, /shared by ruritania-police, east-borduria-police, syldavia-police/);
  // One actor of that name: found as before.
  assert.deepEqual(drafted('A fire burned, police said.\n', [police('ruritania')]).mentions, [['police', 'ruritania-police']]);
});

test('a railroad, railway or airline is taken up by its head noun with "the"', () => {
  const line: ActorInput = { id: 'lakeside-railroad', name: 'Lakeside and Western Railroad', type: 'company', aliases: [] };
  assert.deepEqual(drafted('The Lakeside and Western Railroad cut its payroll. Since the railroad lost money, the railroad\u2019s president spoke.\n', [line]).mentions, [
    ['Lakeside and Western Railroad', 'lakeside-railroad'],
    ['the railroad', 'lakeside-railroad'],
    ['the railroad', 'lakeside-railroad'],
  ]);
  // Not before the railroad is named.
  assert.deepEqual(drafted('Since the railroad lost money, it cut pay.\n', [line]).mentions, []);
});

test('"the company", "the firm", "his company" are the registered company named last before them in their paragraph or the one before; none where no company is named that near', () => {
  const ih: ActorInput = { id: 'harvester', name: 'International Harvester Co.', type: 'company', aliases: [] };
  const ford: ActorInput = { id: 'ford', name: 'Ford Motor Co.', type: 'company', aliases: [] };
  const text = 'The company has struck.\n\nSales rose, says Mark Keeler of International Harvester Co.. Sales of the company\u2019s dealers lag.\n\nMerritt Hill of Ford Motor Co. says his company is busy.\n\nThe weather was fine.\n\nNothing new at the firm.\n';
  const d = drafted(text, [ih, ford]);
  assert.deepEqual(d.mentions.filter(([w]) => /company|firm/.test(w)), [['the company', 'harvester'], ['his company', 'ford']]);
  // Where it is based, between "the" and the noun, says no more than which company it is.
  const based = drafted('Ford Motor Co. sold its stock.\n\nThe demand for shares in the Detroit-headquartered company grew, and the New York-based firm was pleased.\n', [ih, ford]);
  assert.deepEqual(based.mentions.map(([w, a]) => [w, a]), [['Ford Motor Co.', 'ford'], ['the Detroit-headquartered company', 'ford'], ['the New York-based firm', 'ford']]);
});

test('"the Hughes company", "the Hughes concern" is the one registered company printed in full before it whose name starts with that word; none before it is printed, none where two are', () => {
  const hughes: ActorInput = { id: 'hughes-steel', name: 'Hughes Steel Erection Co.', type: 'company', aliases: [] };
  const text = 'The Hughes concern was paid. The Hughes Steel Erection Co. filed a petition.\n\nLater the Hughes company sold its cranes, and the Hughes concern closed.\n';
  assert.deepEqual(drafted(text, [hughes]).mentions, [
    ['Hughes Steel Erection Co.', 'hughes-steel'],
    ['the Hughes company', 'hughes-steel'],
    ['the Hughes concern', 'hughes-steel'],
  ]);
  // Two companies whose names start with "Hughes", both printed: which is meant is not shown.
  const tool: ActorInput = { id: 'hughes-tool', name: 'Hughes Tool Co.', type: 'company', aliases: [] };
  const both = drafted(text.replace('filed a petition', 'and the Hughes Tool Co. filed a petition'), [hughes, tool]);
  assert.deepEqual(both.mentions.filter(([w]) => /^the Hughes (?:company|concern)$/.test(w)), []);
});

test('"the Legislature" where several states\u2019 legislatures are registered and none is named: the one whose state is printed last before it, as an actor or a place', () => {
  const ruritania: ActorInput = { id: 'ruritania', name: 'Ruritania', type: 'organisation', aliases: [] };
  const syldavia: ActorInput = { id: 'syldavia', name: 'Syldavia', type: 'organisation', aliases: [] };
  const legislature = (state: ActorInput): ActorInput => ({ id: `${state.id}-legislature`, name: `${state.name} Legislature`, type: 'organisation', aliases: [] });
  const actors = [ruritania, syldavia, legislature(ruritania), legislature(syldavia)];
  const text = 'Ruritania marched first in the parade.\n\nWhat does the year hold for developments in Syldavia? The governor may call the Legislature back.\n';
  assert.deepEqual(drafted(text, actors).mentions.filter(([w]) => /Legislature/.test(w)), [['the Legislature', 'syldavia-legislature']]);
  // Where neither state is printed before it, or both in the paragraph of the last, no one.
  assert.deepEqual(drafted('The governor may call the Legislature back. Ruritania and Syldavia wait.\n', actors).mentions.filter(([w]) => /Legislature/.test(w)), []);
  assert.deepEqual(drafted('Ruritania and Syldavia wait. The governor may call the Legislature back.\n', actors).mentions.filter(([w]) => /Legislature/.test(w)), []);
});

test('"the party" where two parties are named before it: the one named last, where the other is not named in that paragraph or after', () => {
  const liberal: ActorInput = { id: 'liberal-party', name: 'Liberal Party', type: 'party', aliases: [] };
  const democratic: ActorInput = { id: 'democratic-party', name: 'Democratic Party', type: 'party', aliases: [] };
  const text = 'He had the backing of the Liberal party.\n\nThe fight within the Democratic party goes on. Some say he thinks himself bigger than the party.\n';
  assert.deepEqual(drafted(text, [liberal, democratic]).mentions, [
    ['Liberal party', 'liberal-party'],
    ['Democratic party', 'democratic-party'],
    ['the party', 'democratic-party'],
  ]);
  // Both named in the paragraph of the last: which is meant is not shown.
  const both = 'He spoke to the Liberal party and to the Democratic party. He is bigger than the party.\n';
  assert.deepEqual(drafted(both, [liberal, democratic]).mentions.filter(([w]) => w === 'the party'), []);
});

test('a name before a verb is no attributive: a past tense without "-ed" ("the City of Dover met"), a verb in "-s" before an object pronoun that ends the clause ("the Liberal party backs him.")', () => {
  const dover: ActorInput = { id: 'dover', name: 'City of Dover', type: 'organisation', aliases: [] };
  const liberal: ActorInput = { id: 'liberal-party', name: 'Liberal Party', type: 'party', aliases: [] };
  assert.deepEqual(drafted('Kent and the City of Dover met. Now the Liberal party backs him.\n', [dover, liberal]), {
    mentions: [['City of Dover', 'dover'], ['Liberal party', 'liberal-party']],
    nonMentions: [],
  });
  // Before a noun it still qualifies it.
  assert.deepEqual(drafted('He won the Liberal party nomination.\n', [liberal]).nonMentions.map(([w]) => w), ['Liberal party']);
});

test('"the alliance" is the one registered treaty organisation or alliance named before it; not "the Alliance" with a capital, nor before it is named', () => {
  const seato: ActorInput = { id: 'seato', name: 'South Harbour Treaty Organization', type: 'organisation', aliases: ['SHTO'] };
  const text = 'The alliance was young. SHTO ministers met in Dover; all spoke of the alliance and of the alliance\u2019s forces, not of the Alliance for Progress.\n';
  assert.deepEqual(drafted(text, [seato]).mentions.filter(([w]) => /alliance/i.test(w)), [['the alliance', 'seato'], ['the alliance', 'seato']]);
  // Two alliances named before: which is meant is not shown.
  const pact: ActorInput = { id: 'harbour-pact', name: 'Harbour Pact', type: 'organisation', aliases: [] };
  assert.deepEqual(drafted('SHTO and the Harbour Pact met. Both spoke of the alliance.\n', [seato, pact]).mentions.filter(([w]) => /alliance/i.test(w)), []);
});

test('"the Administration" with its capital is the one registered government named "… Administration"; not a bare "the administration", nor where two are registered', () => {
  const admin: ActorInput = { id: 'lind-administration', name: 'Lind Administration', type: 'government', aliases: [] };
  const other: ActorInput = { id: 'vale-administration', name: 'Vale Administration', type: 'government', aliases: [] };
  const text = 'Sales are up. Although the Administration\u2019s program cut acreage, dealers gained.\n';
  assert.deepEqual(drafted(text, [admin]).mentions, [['the Administration', 'lind-administration']]);
  assert.deepEqual(drafted('Although the administration\u2019s program cut acreage, dealers gained.\n', [admin]).mentions, []);
  assert.deepEqual(drafted(text, [admin, other]).mentions, []);
});

test('a body registered with an "in" tail ("GMJ committee in charge of the library") is taken up with its owner printed before its head ("The GMJ committee"), the owner\u2019s name inside it a nonMention', () => {
  const guild: ActorInput = { id: 'joiners-guild', name: 'Guild of Master Joiners', type: 'organisation', aliases: ['GMJ'] };
  const committee: ActorInput = { id: 'gmj-committee', name: 'GMJ committee in charge of the library', type: 'organisation', aliases: [] };
  const d = drafted('The GMJ has bought a desk. The GMJ committee met. The GMJ meeting was short.\n', [guild, committee]);
  assert.deepEqual(d.mentions, [['GMJ', 'joiners-guild'], ['The GMJ committee', 'gmj-committee'], ['GMJ', 'joiners-guild']]);
  assert.deepEqual(d.nonMentions, [['GMJ', 'only qualifies "The GMJ committee", a mention of gmj-committee']]);
  // Its owner not named before it: no description refers forward, and the name stays a mention.
  assert.deepEqual(drafted('The GMJ committee met.\n', [guild, committee]).mentions, [['GMJ', 'joiners-guild']]);
});

test('a description opening a person\u2019s apposition as its possessor ("The Prime Minister\'s security adviser, Paul Jean") is a mention of its own, nested at its start', () => {
  const lind: ActorInput = { id: 'lind', name: 'Ada Lind', type: 'person', role: 'Prime Minister', aliases: ['Lind'] };
  const jean: ActorInput = { id: 'jean', name: 'Paul Jean', type: 'person', role: "the Prime Minister's security adviser", aliases: [] };
  assert.deepEqual(drafted("Prime Minister Ada Lind flew home. The Prime Minister's security adviser, Paul Jean, stayed.\n", [lind, jean]).mentions, [
    ['Prime Minister Ada Lind', 'lind'],
    ["The Prime Minister's security adviser, Paul Jean", 'jean'],
    ['The Prime Minister', 'lind'],
  ]);
  // Not before anyone who could be meant is named.
  assert.deepEqual(drafted("The Prime Minister's security adviser, Paul Jean, stayed.\n", [lind, jean]).mentions, [["The Prime Minister's security adviser, Paul Jean", 'jean']]);
});

test('a corps is taken up by its head noun with its capital ("the Marine Corps" … "the Corps"); "the corps" in lower case is another', () => {
  const corps: ActorInput = { id: 'harbour-corps', name: 'Harbour Corps', type: 'organisation', aliases: [] };
  assert.deepEqual(drafted('He was made commandant of the Harbour Corps. Then he gave the Corps a tilling.\n', [corps]).mentions, [
    ['Harbour Corps', 'harbour-corps'],
    ['the Corps', 'harbour-corps'],
  ]);
  assert.deepEqual(drafted('He was made commandant of the Harbour Corps. Then the press corps left.\n', [corps]).mentions, [['Harbour Corps', 'harbour-corps']]);
});

test('a group registered by a description with a tail is taken up by its noun before it is named, where the tail\u2019s words are printed before it', () => {
  // Brown A18's "“We worry”, say the mothers." after "the Troop" and "the boys": the mothers of the Troop's boys.
  const mothers: ActorInput = { id: 'school-mothers', name: 'the mothers of the Harbour School\u2019s pupils', type: 'unnamed-source', aliases: [] };
  const text = 'The Harbour School camps out all winter, and the pupils go every week.\n\n\u201cWe worry\u201d, say the mothers. \u201cBut the pupils love it\u201d.\n';
  assert.deepEqual(drafted(text, [mothers]).mentions, [['the mothers', 'school-mothers']]);
  // The tail's words not all printed before (no school, or only after): other mothers, not taken up.
  assert.deepEqual(drafted('The pupils go every week. \u201cWe worry\u201d, say the mothers.\n', [mothers]).mentions, []);
  assert.deepEqual(drafted('\u201cWe worry\u201d, say the mothers of pupils at the Harbour School.\n', [mothers]).mentions, []);
});

test('"the members" with no body named with them are the body of members named before them more than twice as often as any other', () => {
  // Brown A18: "“Big business, this little Thrift Shop business”, say the members." after the Thrift Shop four times.
  const guild: ActorInput = { id: 'quilt-guild', name: 'Harbour Quilt Guild', type: 'organisation', aliases: [] };
  const club: ActorInput = { id: 'rowing-club', name: 'Harbour Rowing Club', type: 'organisation', aliases: [] };
  const opera: ActorInput = { id: 'opera-company', name: 'Harbour Opera Company', type: 'organisation', aliases: [] };
  const members = (text: string) => drafted(text, [guild, club, opera]).mentions.filter(([w]) => /members/.test(w));
  assert.deepEqual(members('The Harbour Quilt Guild meets on Monday. The Harbour Quilt Guild sold 40 quilts, and the Harbour Quilt Guild gave the money to the Harbour Rowing Club.\n\n\u201cA good year\u201d, decided the members.\n'), [['the members', 'quilt-guild']]);
  // A company has no members acting as it, however often named (Brown A16: the women's board, not the opera company it brings to town).
  assert.deepEqual(members('The Harbour Opera Company will sing. The Harbour Opera Company comes in May, and the Harbour Quilt Guild will sponsor the Harbour Opera Company. Some of the members were pleased.\n'), [['the members', 'quilt-guild']]);
  // No body stands out (three to two), or members of a body named with them: none guessed.
  assert.deepEqual(members('The Harbour Quilt Guild met the Harbour Rowing Club. The Harbour Quilt Guild and the Harbour Rowing Club agreed, and so did the Harbour Quilt Guild. The members were pleased.\n'), []);
  assert.deepEqual(members('The Harbour Quilt Guild met three times. The Harbour Quilt Guild and the Harbour Quilt Guild again. The members of the choir sang.\n'), []);
});

test('a body\u2019s name after a determiner it cannot take ("all", "this", with an adjective or none) only qualifies the noun after it', () => {
  // Brown A18: "as all Thrift Shop friends know", "this little Thrift Shop business".
  const shop: ActorInput = { id: 'thrift-shop', name: 'Harbour Thrift Shop', type: 'organisation', aliases: [] };
  const d = drafted('As all Harbour Thrift Shop friends know, this little Harbour Thrift Shop business grows. The Harbour Thrift Shop is busy.\n', [shop]);
  assert.deepEqual(d.mentions, [['Harbour Thrift Shop', 'thrift-shop']]);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['Harbour Thrift Shop', 'Harbour Thrift Shop']);
  // Before a verb or a preposition it is the body itself.
  assert.deepEqual(drafted('Of all the shops, this year Harbour Thrift Shop is the busiest; all Harbour Thrift Shop did was sell.\n', [shop]).mentions.length, 2);
});

test('a head noun with a tail of its own ("the committee for the fair") is the body whose name has that noun and tail, not the one of that noun named before', () => {
  // Brown A18: "vice chairman of the committee for the gala" after "the Thrift Shop Committee".
  const quilt: ActorInput = { id: 'quilt-committee', name: 'Quilt Committee', type: 'organisation', aliases: [] };
  const fair: ActorInput = { id: 'fair-committee', name: 'committee for the Quilt Fair', type: 'organisation', aliases: [] };
  const text = 'The Quilt Committee met on Monday. Ann Moss is chairman of the committee for the fair.\n';
  assert.deepEqual(drafted(text, [quilt, fair]).mentions, [
    ['Quilt Committee', 'quilt-committee'],
    ['the committee for the fair', 'fair-committee'],
  ]);
  // A tail no registered name has: the body named before, as ever.
  assert.deepEqual(drafted('The Quilt Committee met on Monday. Ann Moss is chairman of the committee for the dinner.\n', [quilt, fair]).mentions, [
    ['Quilt Committee', 'quilt-committee'],
    ['the committee', 'quilt-committee'],
  ]);
});

test('"the city" is not a body the article prints standing alone after "the" ("The Troop is proud"): a town takes no article', () => {
  // Brown A18: "one of the city's most successful fund-raisers" taken for the Troop, a sure place only as the first word of "Troop Committee".
  const troop: ActorInput = { id: 'troop', name: 'Troop', type: 'organisation', aliases: [] };
  const committee: ActorInput = { id: 'troop-committee', name: 'Troop Committee', type: 'organisation', aliases: [] };
  const city = (text: string, actors: ActorInput[]) => drafted(text, actors).mentions.filter(([w]) => /city/i.test(w));
  assert.deepEqual(city('The shop is one of the city\'s best. Ann Moss heads the Troop Committee. The Troop is proud of its camp.\n', [troop, committee]), []);
  // A town the article prints alone without "the" is still the city, even with "the" before a longer name.
  const dover: ActorInput = { id: 'dover', name: 'Dover', type: 'organisation', aliases: [] };
  const council: ActorInput = { id: 'dover-council', name: 'Dover Council', type: 'organisation', aliases: [] };
  assert.deepEqual(city('The city will pay. Dover has money, and the Dover Council agreed.\n', [dover, council]), [['The city', 'dover']]);
});

test('one unnamed source described by a noun and a tail with a name in it is taken up as "the" noun where the tail is printed before it', () => {
  // Brown A13: "The conductor" of the streamliner City of San Francisco, on which Jensen travelled.
  const conductor: ActorInput = { id: 'ferry-conductor', name: 'the conductor of the Harbour Queen', type: 'unnamed-source', aliases: [] };
  assert.deepEqual(drafted('Okafor took the Harbour Queen north. The conductor warned us off.\n', [conductor]).mentions, [['The conductor', 'ferry-conductor']]);
  // No name in the tail ("the principal of the school"), or the name not printed before: not taken up.
  const principal: ActorInput = { id: 'school-principal', name: 'the principal of the school', type: 'unnamed-source', aliases: [] };
  assert.deepEqual(drafted('The school opened late. The principal spoke.\n', [principal]).mentions, []);
  assert.deepEqual(drafted('The conductor of the orchestra bowed, and the Harbour Queen sailed.\n', [conductor]).mentions, []);
});

test('a bare plural possessive ("wardens\u2019 appeals") is the one registered group of that noun whose modifiers are printed before it', () => {
  const wardens: ActorInput = { id: 'harbour-church-wardens', name: 'Harbour Church wardens', type: 'unnamed-source', aliases: [] };
  const text = 'Members of the Harbour Church gave generously to the wardens\u2019 appeals, and to wardens\u2019 appeals again.\n';
  assert.deepEqual(drafted(text.replace('the wardens', 'wardens'), [wardens]).mentions, [
    ['wardens', 'harbour-church-wardens'],
    ['wardens', 'harbour-church-wardens'],
  ]);
  // The modifiers not printed before it: other wardens; and a bare plural not possessive is the kind.
  assert.deepEqual(drafted('They gave to wardens\u2019 appeals in the Harbour Church.\n', [wardens]).mentions, []);
  assert.deepEqual(drafted('In the Harbour Church, wardens are elected yearly.\n', [wardens]).mentions, []);
  // Once the group is named, a bare possessive is the kind ("engineers' rosy estimates").
  assert.deepEqual(drafted('The Harbour Church wardens met. Wardens\u2019 estimates are often rosy, and wardens\u2019 rosy estimates spread.\n', [wardens]).mentions, [['Harbour Church wardens', 'harbour-church-wardens']]);
});

test('"the members" after a body named only inside its unit\u2019s name are not that body\u2019s', () => {
  const guild: ActorInput = { id: 'writers-guild', name: 'Writers Guild of Ruritania', type: 'organisation', aliases: [] };
  const branch: ActorInput = { id: 'harbour-branch', name: 'Harbour Branch of the Writers Guild of Ruritania', type: 'organisation', affiliation: 'writers-guild', aliases: [] };
  const text = 'The Harbour Branch of the Writers Guild of Ruritania met. The Harbour Branch of the Writers Guild of Ruritania voted, as the members wished.\n';
  assert.deepEqual(drafted(text, [guild, branch]).mentions.filter(([w]) => w === 'the members'), []);
  // A body inside a person's apposition (she of the body) is still the one the members belong to.
  const sims: ActorInput = { id: 'ann-sims', name: 'Ann Sims', type: 'person', role: 'president of the women\u2019s board of the Harbour Quilt Guild', affiliation: 'quilt-board', aliases: [] };
  const board: ActorInput = { id: 'quilt-board', name: 'women\u2019s board of the Harbour Quilt Guild', type: 'organisation', affiliation: 'quilt-guild', aliases: [] };
  const quilts: ActorInput = { id: 'quilt-guild', name: 'Harbour Quilt Guild', type: 'organisation', aliases: [] };
  const told = 'The party is on, writes Mrs. Ann Sims, president of the women\u2019s board of the Harbour Quilt Guild. The board will sponsor it. The board\u2019s last event was a play, as the members wished.\n';
  assert.deepEqual(drafted(told, [sims, board, quilts]).mentions.filter(([w]) => w === 'the members'), [['the members', 'quilt-board']]);
});
