// Names the drafter reads beyond their registered spelling, and names it declines: a state's dotted
// initials ("U.S."), "this country" as the speaker's own, a name inside a market index's name ("the
// Dow Jones industrial average"), a state's name before a verb with its object (no attributive), and a
// national capital standing for its government ("tell Moscow bluntly").
// A building standing for the body it houses ("the Pentagon"); a predicate naming the name ("Their names are …");
// a club called by the nickname its registered name ends in ("the Yankees"); a person by first name alone ("Roger"); a store as a place; an indefinite source printed twice;
// a person by a surname the registry does not give as an alias, after the full name ("Gary Player … Player"),
// and by one it gives to several people, the one named in full in the article ("Bill Tuttle … Tuttle").
// Unit checks on made-up sentences, then the real CLI (src/draft/names.ts, mentions.ts, descriptions.ts, capitals.ts, seats.ts, club-names.ts, first-names.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { drafted, none } from './draft-helpers.js';
import { draftArticle } from '../src/draft/draft.js';
import { proposeActors } from '../src/draft/actors.js';
import type { ActorInput } from '../src/schema.js';
import { gloss, scratch } from './helpers.js';

const federation: ActorInput = { id: 'northern-federation', name: 'Northern Federation', type: 'state', aliases: [] };
const federationGovernment: ActorInput = { id: 'government-of-the-northern-federation', name: 'Northern Federation government', type: 'government', governs: 'northern-federation', aliases: [] };
const ruritania: ActorInput = { id: 'ruritania', name: 'Ruritania', type: 'state', aliases: [] };
const jones: ActorInput = { id: 'ann-jones', name: 'Ann Jones', type: 'person', aliases: ['Jones'] };
const wire: ActorInput = { id: 'harbour-press', name: 'Harbour Press', type: 'organisation', aliases: [] };

test('a state of two capitalised words is found by its dotted initials, as an actor and not before a noun', () => {
  assert.deepEqual(drafted('He urged the N.F. to stand firm.\n', [federation]).mentions, [['N.F.', 'northern-federation']]);
  // Before a noun it qualifies, it is an attributive like the full name ("N.F. officials").
  assert.deepEqual(drafted('N.F. officials met on Monday.\n', [federation]).mentions, []);
  // Registered initials of another actor win: no guess between two.
  const other: ActorInput = { id: 'north-fleet', name: 'North Fleet', type: 'organisation', aliases: ['N.F.'] };
  assert.deepEqual(drafted('He urged the N.F. to stand firm.\n', [federation, other]).mentions, [['N.F.', 'north-fleet']]);
  // A person's initials are not a name of theirs.
  assert.deepEqual(drafted('He asked A.J. to stay.\n', [jones]).mentions, []);
});

test('a name inside a market index\u2019s name is a nonMention, not the actor', () => {
  const text = 'Ann Jones spoke. The Dow Jones industrial average rose, and the Harbour Press average fell.\n';
  const d = drafted(text, [jones, wire]);
  assert.deepEqual(d.mentions, [['Ann Jones', 'ann-jones']]);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['Jones', 'Harbour Press']);
  assert.match(String(d.nonMentions[0]![1]), /names an index/);
  // The body itself, elsewhere, is still a mention.
  assert.deepEqual(drafted('The Harbour Press reported the news.\n', [wire]).mentions, [['Harbour Press', 'harbour-press']]);
});

test('a state\u2019s name before a present-tense verb and its object is the state acting, not an attributive', () => {
  assert.deepEqual(drafted('He said Ruritania respects our show of strength.\n', [ruritania]).mentions, [['Ruritania', 'ruritania']]);
  // A plural noun after it, with no determiner following, is still qualified by it.
  assert.deepEqual(drafted('Ruritania officials met.\n', [ruritania]).mentions, []);
});

test('"this country" is the speaker\u2019s country: the home country where it is in play, else the one country named', () => {
  const text = 'He urged the Northern Federation to defy Ruritania. \u201cThis country has never faced such danger,\u201d he said.\n';
  assert.deepEqual(drafted(text, [federationGovernment, federation, ruritania]).mentions, [
    ['Northern Federation', 'northern-federation'],
    ['Ruritania', 'ruritania'],
    ['This country', 'northern-federation'],
  ]);
  // No country in play before it: nothing is guessed.
  assert.deepEqual(drafted('This country has never faced such danger.\n', [federationGovernment, federation]).mentions, []);
  // "in this country" only locates.
  assert.deepEqual(drafted('Ruritania has spoken. Few live in this country.\n', [ruritania]).mentions, [['Ruritania', 'ruritania']]);
});

test('a national capital standing for its registered government (metonymy), not where it only locates, qualifies or is a dateline', () => {
  const canada: ActorInput = { id: 'canada', name: 'Canada', type: 'state', aliases: [] };
  const ottawa: ActorInput = { id: 'government-of-canada', name: 'Government of Canada', type: 'government', governs: 'canada', aliases: [] };
  const actors = [canada, ottawa];
  const gov = (text: string) => drafted(text, actors).mentions.filter(([, a]) => a === 'government-of-canada').map(([w]) => w);
  assert.deepEqual(gov('He urged them to tell Ottawa bluntly that the deal was off.\n'), ['Ottawa']);
  assert.deepEqual(gov('Ottawa has denied the report. The talks carry weight with Ottawa.\n'), ['Ottawa', 'Ottawa']);
  // A place: after "in", "to", "from"; a noun qualified ("an Ottawa blogger"); a building it owns; a dateline.
  assert.deepEqual(gov('He spoke in Ottawa and flew back to Ottawa from Ottawa.\n'), []);
  assert.deepEqual(gov('A prolific Ottawa blogger wrote it at Ottawa\u2019s War Museum.\n'), []);
  assert.deepEqual(gov('The trial ended\u201d. Ottawa, July 24 -- The minister spoke.\n'), []);
  // No government registered for the state: the capital is left alone.
  assert.deepEqual(drafted('Ottawa has denied the report.\n', [canada]).mentions, []);
});

test('"Uncle Sam" stands for the registered government of the United States, with a capital\'s exceptions', () => {
  const us: ActorInput = { id: 'united-states', name: 'United States', type: 'state', aliases: ['U.S.'] };
  const government: ActorInput = { id: 'us-government', name: 'Government of the United States', type: 'government', governs: 'united-states', aliases: [] };
  const gov = (text: string, actors = [us, government]) => drafted(text, actors).mentions.filter(([, a]) => a === 'us-government').map(([w]) => w);
  // Brown A36: "Uncle Sam would then accuse them of creating a monopoly".
  assert.deepEqual(gov('Uncle Sam would then accuse them of creating a monopoly.\n'), ['Uncle Sam']);
  assert.deepEqual(gov('An Uncle Sam poster hung there.\n'), []);
  assert.deepEqual(gov('Uncle Sam would then accuse them.\n', [us]), []);
});

test('draft --write through the CLI: initials, "this country" and an index name, accepted by check', () => {
  const dir = join(scratch('gloss-draft-names-'), 'corpus');
  mkdirSync(join(dir, 'articles'), { recursive: true });
  writeFileSync(
    join(dir, 'registry.yaml'),
    `actors:
  - id: government-of-the-northern-federation
    name: Northern Federation government
    type: government
    governs: northern-federation
  - id: northern-federation
    name: Northern Federation
    type: state
  - id: ann-jones
    name: Ann Jones
    type: person
    aliases: [Jones]
agreements: []
`,
  );
  const text = 'Ann Jones urged the N.F. to stand firm. \u201cThis country must be ready,\u201d Jones said.\n\nThe Dow Jones industrial average rose.\n';
  writeFileSync(join(dir, 'articles', 'story.txt'), text);
  const sha = createHash('sha256').update(text).digest('hex');
  writeFileSync(join(dir, 'articles', 'story.yaml'), `id: story\ntitle: "Story"\noutlet: "Test Gazette"\nauthor: null\ndate: "2024-05-14"\nsha256: ${sha}\nmentions: []\nclaims: []\n`);
  const w = gloss(['--corpus', dir, 'draft', 'story', '--write']);
  assert.equal(w.code, 0, w.stderr);
  const written = parse(readFileSync(join(dir, 'articles', 'story.yaml'), 'utf8')) as { mentions: { actor: string; quote: string }[]; nonMentions: { quote: string }[] };
  assert.deepEqual(
    written.mentions.map((m) => [m.quote, m.actor]),
    [
      ['Ann Jones', 'ann-jones'],
      ['N.F.', 'northern-federation'],
      ['This country', 'northern-federation'],
      ['Jones', 'ann-jones'],
    ],
  );
  assert.deepEqual(written.nonMentions.map((n) => n.quote), ['Jones']);
  const c = gloss(['--corpus', dir, 'check']);
  assert.equal(c.code, 0, c.stderr);
});

test('a registered common noun before a speech verb of the plural present is the speaker, not a qualifier ("dealers say", ", dealers report."); before a noun it still qualifies it', () => {
  const dealers: ActorInput = { id: 'dealers', name: 'dealers', type: 'unnamed-source', aliases: [] };
  const text = 'Farmers haggle less, dealers report. Most dealers say prices hold. The dealers report was late.\n';
  const d = drafted(text, [dealers]);
  assert.deepEqual(d.mentions, [['dealers', 'dealers'], ['dealers', 'dealers']]);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['dealers']);
});

test('a registered common noun inside another actor\u2019s longer registered name is a word of that name, not a mention nested in it', () => {
  const dealers: ActorInput = { id: 'dealers', name: 'dealers', type: 'unnamed-source', aliases: [] };
  const all: ActorInput = { id: 'makers-and-dealers', name: 'Nearly all of the manufacturers and dealers', type: 'unnamed-source', aliases: [] };
  const d = drafted('Nearly all of the manufacturers and dealers say sales rose.\n', [dealers, all]);
  assert.deepEqual(d.mentions, [['Nearly all of the manufacturers and dealers', 'makers-and-dealers']]);
});

test('a registered surname is someone else\u2019s after initials not its owner\u2019s ("J. I. Case"), and the person named in full before it where another bears it ("Jack Martin … Mr. Martin")', () => {
  const case_: ActorInput = { id: 'clifford-case', name: 'Clifford Case', type: 'person', aliases: ['Case'] };
  const em: ActorInput = { id: 'e-m-martin', name: 'E. M. Martin', type: 'person', aliases: ['Martin'] };
  const jack: ActorInput = { id: 'jack-martin', name: 'Jack Martin', type: 'person', aliases: [] };
  const d = drafted('Jack Martin sells J. I. Case tractors. Mr. Martin sold 21 of them. Sen. Case spoke.\n', [case_, em, jack]);
  assert.deepEqual(d.mentions, [['Jack Martin', 'jack-martin'], ['Mr. Martin', 'jack-martin'], ['Sen. Case', 'clifford-case']]);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['Case']);
  // Where the alias's owner is named in full first, the alias stays his.
  assert.deepEqual(drafted('E. M. Martin spoke. Jack Martin listened. Mr. Martin left.\n', [em, jack]).mentions.at(-1), ['Mr. Martin', 'e-m-martin']);
});

test('after "Mrs.", a surname registered for someone not shown to be a woman is the woman of that surname named in full before it', () => {
  const governor: ActorInput = { id: 'harlan', name: 'Harlan', type: 'person', role: 'Governor', aliases: [] };
  const wife: ActorInput = { id: 'ruth-harlan', name: 'Ruth Harlan', type: 'person', role: 'First Lady', aliases: [] };
  const d = drafted('First Lady Ruth Harlan hosted. Governor Harlan spoke. Mrs. Harlan\u2019s secretary left. Governor Harlan stayed.\n', [governor, wife]);
  assert.deepEqual(d.mentions.map(([w, a]) => `${w} ${a}`), ['First Lady Ruth Harlan ruth-harlan', 'Governor Harlan harlan', 'Mrs. Harlan ruth-harlan', 'Governor Harlan harlan']);
  // No woman of that surname registered: the surname stays its owner's.
  const brother: ActorInput = { id: 'tom-harlan', name: 'Tom Harlan', type: 'person', role: 'farmer', aliases: [] };
  assert.deepEqual(drafted('Tom Harlan hosted. Governor Harlan spoke. Mrs. Harlan left.\n', [governor, brother]).mentions.at(-1), ['Mrs. Harlan', 'harlan']);
});

test('a company\u2019s name before a role noun ("Ford Motor Co. vice president") and a person\u2019s name between "the" and a noun ("the Pezza car") only qualify it', () => {
  const ford: ActorInput = { id: 'ford', name: 'Ford Motor Co.', type: 'company', aliases: [] };
  const pezza: ActorInput = { id: 'john-pezza', name: 'John Pezza', type: 'person', aliases: ['Pezza'] };
  const d = drafted('John Pezza was hit by a car. Merritt D. Hill, Ford Motor Co. vice president, saw the Pezza car. Ford Motor Co. makes cars.\n', [ford, pezza]);
  assert.deepEqual(d.mentions, [['John Pezza', 'john-pezza'], ['Ford Motor Co.', 'ford']]);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['Ford Motor Co.', 'Pezza']);
  // A compound modifier after a company's name is no verb: "Harbour Airlines night-coach Flight 54".
  const air: ActorInput = { id: 'harbour-airlines', name: 'Harbour Airlines', type: 'company', aliases: [] };
  const flight = drafted('When Harbour Airlines night-coach Flight 54 took off, Harbour Airlines said nothing.\n', [air]);
  assert.deepEqual(flight.mentions, [['Harbour Airlines', 'harbour-airlines']]);
  assert.deepEqual(flight.nonMentions.map(([w]) => w), ['Harbour Airlines']);
});

test('a person\u2019s name before a noun for a thing made or furnished ("Ezra Tolley chairs") says whose make it is: a nonMention', () => {
  const tolley: ActorInput = { id: 'ezra-tolley', name: 'Ezra Tolley', type: 'person', aliases: [] };
  const d = drafted('The master joiner Ezra Tolley died poor. Pieces of Ezra Tolley furniture are rare, and the Ezra Tolley workshop is gone.\n', [tolley]);
  assert.deepEqual(d.mentions, [['Ezra Tolley', 'ezra-tolley']]);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['Ezra Tolley', 'Ezra Tolley']);
  assert.match(String(d.nonMentions[0]![1]), /attributive \("Ezra Tolley furniture"\)/);
  // Before a verb or an object that is no made thing, the name is the person acting or acted on.
  assert.deepEqual(drafted('Ezra Tolley built tables. They paid Ezra Tolley twice.\n', [tolley]).mentions, [['Ezra Tolley', 'ezra-tolley'], ['Ezra Tolley', 'ezra-tolley']]);
});

test('a state\u2019s name after "across", "throughout" or "all over" is the area something spreads over: a nonMention', () => {
  const d = drafted('Schools stretching across the Northern Federation teach music, and all over Ruritania too.\n', [federation, ruritania]);
  assert.deepEqual(d.mentions, []);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['Northern Federation', 'Ruritania']);
  // Not after other prepositions that may take the state acting ("talks with Ruritania").
  assert.deepEqual(drafted('He held talks with Ruritania.\n', [ruritania]).mentions, [['Ruritania', 'ruritania']]);
});

test('a place after a company\u2019s name and "of" only says where the company is ("Acme Foods of Wessex", "Harland Co. of Wessex"): a nonMention', () => {
  const acme: ActorInput = { id: 'acme-foods', name: 'Acme Foods', type: 'company', aliases: [] };
  const wessex: ActorInput = { id: 'wessex', name: 'Wessex', type: 'state', aliases: [] };
  const d = drafted('We subscribe 500 shares of Acme Foods of Wessex. Harland Co. of Wessex sold more. Wessex taxes both.\n', [acme, wessex]);
  assert.deepEqual(d.mentions, [['Acme Foods', 'acme-foods'], ['Wessex', 'wessex']]);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['Wessex', 'Wessex']);
});

test('a town\u2019s name after a street or a building and a comma completes an address ("23 Maple Ave., Eastfield", "Fatima Hospital, Eastfield"): a nonMention', () => {
  const eastfield: ActorInput = { id: 'eastfield', name: 'Eastfield', type: 'organisation', aliases: [] };
  const d = drafted('Eastfield raised taxes. Ann Lee, of 23 Maple Ave., Eastfield, was taken to Our Lady of Fatima Hospital, Eastfield, by car.\n', [eastfield]);
  assert.deepEqual(d.mentions, [['Eastfield', 'eastfield']]);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['Eastfield', 'Eastfield']);
});

test('a town registered as its governing body, after "in", only locates ("a pole on Main Street in Eastfield"): a nonMention; acting, a mention', () => {
  const eastfield: ActorInput = { id: 'eastfield', name: 'Eastfield', type: 'organisation', aliases: [] };
  const council: ActorInput = { id: 'eastfield-council', name: 'Eastfield Town Council', type: 'organisation', aliases: [] };
  const d = drafted('Eastfield raised taxes. A car struck a pole on Main Street in Eastfield. The Eastfield Town Council met in Eastfield Town Council chambers.\n', [eastfield, council]);
  assert.deepEqual(d.mentions.map(([w]) => w), ['Eastfield', 'Eastfield Town Council', 'Eastfield Town Council']);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['Eastfield']);
});

test('a body\u2019s name after "asked that the" is the subjunctive\u2019s subject ("asked that the Harbour Board return to …"), not a qualifier; "the Harbour Board policy" still qualifies', () => {
  const board: ActorInput = { id: 'harbour-board', name: 'Harbour Board', type: 'organisation', aliases: [] };
  const d = drafted('Okafor has asked that the Harbour Board return to the old rules. He read the Harbour Board policy.\n', [board]);
  assert.deepEqual(d.mentions, [['Harbour Board', 'harbour-board']]);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['Harbour Board']);
});

test('a title word of the registered role before the name, with the body\u2019s initials and a possessive ("his U.N. Ambassador Ann Lee"), joins her mention; the initials are no mention of their own', () => {
  const un: ActorInput = { id: 'united-nations', name: 'United Nations', type: 'organisation', aliases: ['U.N.'] };
  const lee: ActorInput = { id: 'ann-lee', name: 'Ann Lee', type: 'person', role: 'the President\u2019s U.N. Ambassador', aliases: [] };
  assert.deepEqual(drafted('He heard a report from his U.N. Ambassador Ann Lee. The U.N. met.\n', [un, lee]).mentions, [['his U.N. Ambassador Ann Lee', 'ann-lee'], ['U.N.', 'united-nations']]);
});

test('a company is also its name without its kind of business or legal ending ("Acme" of "Acme Foods"), only standing alone: not before a noun it qualifies, nor after "the"', () => {
  const acme: ActorInput = { id: 'acme-foods', name: 'Acme Foods', type: 'company', aliases: [] };
  const harland: ActorInput = { id: 'harland', name: 'Harland Steel Co.', type: 'company', aliases: [] };
  const d = drafted('Acme Foods sold stock. Both sold higher than Acme was selling at, and Harland Steel has grown. The Acme stock rose, and Acme stock holders gained.\n', [acme, harland]);
  assert.deepEqual(d.mentions, [['Acme Foods', 'acme-foods'], ['Acme', 'acme-foods'], ['Harland Steel', 'harland']]);
  // Not where a registered person bears that surname.
  const ann: ActorInput = { id: 'ann-acme', name: 'Ann Acme', type: 'person', aliases: [] };
  assert.deepEqual(drafted('Acme Foods sold stock. Acme was pleased.\n', [acme, ann]).mentions, [['Acme Foods', 'acme-foods']]);
});

test('a registered common noun after "individual", "several", "other" is some of them, a nonMention ("Among individual dealers"); the noun alone is the group', () => {
  const dealers: ActorInput = { id: 'dealers', name: 'dealers', type: 'unnamed-source', aliases: [] };
  const d = drafted('Among individual dealers questioned, most gained. Several dealers lost. Prices hold, dealers say.\n', [dealers]);
  assert.deepEqual(d.mentions, [['dealers', 'dealers']]);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['dealers', 'dealers']);
});

test('a registered common noun after a possessive is the possessor\u2019s own, a nonMention ("their dealers", "the company\u2019s farm equipment dealers")', () => {
  const dealers: ActorInput = { id: 'dealers', name: 'dealers', type: 'unnamed-source', aliases: [] };
  const d = drafted('Sales by their dealers rose. Sales of the company\u2019s farm equipment dealers lag. Prices hold, dealers say.\n', [dealers]);
  assert.deepEqual(d.mentions, [['dealers', 'dealers']]);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['dealers', 'dealers']);
});

test('a registered surname after initials is its owner\u2019s where the owner\u2019s registered title stands before the full name ("President John F. Kennedy")', () => {
  const lind: ActorInput = { id: 'lind', name: 'Lind', type: 'person', role: 'Governor', aliases: [] };
  const d = drafted('Governor Ada B. Lind opened the bridge. Mayor Cy D. Lind did not.\n', [lind]);
  // The first name and initials the registry lacks are part of the name as printed, with its title.
  assert.deepEqual(d.mentions.map(([w, a]) => [w, a]), [['Governor Ada B. Lind', 'lind']]);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['Lind']);
});

test('the capitals of more states stand for their registered governments, and "Peking" for a China registered as "Red China"', () => {
  const tunisia: ActorInput = { id: 'tunisia', name: 'Tunisia', type: 'state', aliases: [] };
  const tunis: ActorInput = { id: 'government-of-tunisia', name: 'Tunisian Government', type: 'government', governs: 'tunisia', aliases: [] };
  const red: ActorInput = { id: 'red-china', name: 'Red China', type: 'state', aliases: [] };
  const peking: ActorInput = { id: 'government-of-red-china', name: 'Government of Red China', type: 'government', governs: 'red-china', aliases: [] };
  const d = drafted('Peking has denied it. He sought a way out for Tunis, and flew to Tunis.\n', [tunisia, tunis, red, peking]);
  assert.deepEqual(d.mentions, [['Peking', 'government-of-red-china'], ['Tunis', 'government-of-tunisia']]);
});

test('"the French", "the British" acting stand for the registered state; before a noun they qualify ("the British navy") they do not', () => {
  const france: ActorInput = { id: 'france', name: 'France', type: 'state', aliases: [] };
  const britain: ActorInput = { id: 'britain', name: 'Britain', type: 'state', aliases: [] };
  const d = drafted('He would like the French to agree. The British navy sailed, and the British said no.\n', [france, britain]);
  assert.deepEqual(d.mentions, [['the French', 'france'], ['the British', 'britain']]);
  // No such state registered: nothing proposed.
  assert.deepEqual(drafted('The Italians said no.\n', [france]).mentions, []);
});

test('a people\u2019s plural made from its state\u2019s name ("the Belgians", "the Cubans") stands for the registered state; not where the people is registered on its own, nor with no such state', () => {
  const belgium: ActorInput = { id: 'belgium', name: 'Belgium', type: 'state', aliases: [] };
  const cuba: ActorInput = { id: 'cuba', name: 'Cuba', type: 'state', aliases: [] };
  const d = drafted('The Belgians felt obliged to act, and the Cubans built a wall, as the Belgians knew.\n', [belgium, cuba]);
  assert.deepEqual(d.mentions, [['The Belgians', 'belgium'], ['the Cubans', 'cuba'], ['the Belgians', 'belgium']]);
  // The people registered as a group of its own is that group, not the state.
  const congo: ActorInput = { id: 'congo', name: 'Congo', type: 'state', aliases: [] };
  const congolese: ActorInput = { id: 'congolese', name: 'the Congolese', type: 'unnamed-source', aliases: [] };
  assert.deepEqual(drafted('The Congolese were clamoring for their independence.\n', [congo, congolese]).mentions, [['The Congolese', 'congolese']]);
  assert.deepEqual(drafted('The Congolese were clamoring for their independence.\n', [congo]).mentions, [['The Congolese', 'congo']]);
  // No Belgium registered: nothing.
  assert.deepEqual(drafted('The Belgians felt obliged to act.\n', [cuba]).mentions, []);
});

test('"Mrs." before the name of a man the registry shows to be one ("husband" in his role) is his wife\u2019s married name, a nonMention of him', () => {
  const tal: ActorInput = { id: 'b-b-tal', name: 'B. B. Tal', type: 'person', role: 'shipowner; Ann Jones\u2019s husband', aliases: [] };
  const d = drafted('In private life, Ann Jones is Mrs. B. B. Tal. B. B. Tal owns ships.\n', [jones, tal]);
  assert.deepEqual(d.mentions, [['Ann Jones', 'ann-jones'], ['B. B. Tal', 'b-b-tal']]);
  assert.equal(d.nonMentions.length, 1);
  assert.match(String(d.nonMentions[0]![1]), /wife's married name/);
  // A woman registered by her own name keeps "Mrs." in her mention.
  const ann: ActorInput = { id: 'ann-tal', name: 'Ann Tal', type: 'person', role: 'widow of a shipowner', aliases: ['Tal'] };
  assert.deepEqual(drafted('Mrs. Tal sold the fleet.\n', [ann]).mentions, [['Mrs. Tal', 'ann-tal']]);
});

test('"Ottawa, Canada": a capital, a comma and its own state\u2019s name make an address, the city and the state places, not the government or the state acting', () => {
  const canada: ActorInput = { id: 'canada', name: 'Canada', type: 'state', aliases: [] };
  const ottawa: ActorInput = { id: 'government-of-canada', name: 'Government of Canada', type: 'government', governs: 'canada', aliases: [] };
  const d = drafted('She wears shoes made by a firm of Ottawa, Canada, whose heels are low. Canada has denied it.\n', [canada, ottawa]);
  assert.deepEqual(d.mentions, [['Canada', 'canada']]);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['Canada']);
  // Another state's name after the capital is no address of it (a list): the capital still stands for its government.
  assert.deepEqual(drafted('Ottawa, Ruritania and others refused the plan.\n', [canada, ottawa, ruritania]).mentions, [['Ottawa', 'government-of-canada'], ['Ruritania', 'ruritania']]);
});

test('a company\u2019s name after "a" or "an" and before a noun only qualifies the noun the article belongs to ("As an Acme award winner"), a nonMention', () => {
  const acme: ActorInput = { id: 'acme-stores', name: 'Acme-Stores', type: 'company', aliases: [] };
  const d = drafted('As an Acme-Stores award winner she will speak. Stanley Ode, president of Acme-Stores, said so.\n', [acme]);
  assert.deepEqual(d.mentions, [['Acme-Stores', 'acme-stores']]);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['Acme-Stores']);
  // Not where a verb follows it: the article is another noun's, the company the subject.
  assert.deepEqual(drafted('In a way Acme-Stores has won.\n', [acme]).mentions, [['Acme-Stores', 'acme-stores']]);
});

test('a body\u2019s name before the capitalised head of an event\u2019s, a prize\u2019s or a building\u2019s name ("the 24th annual Acme Exposition") is a word of that name, a nonMention', () => {
  const acme: ActorInput = { id: 'acme-stores', name: 'Acme Stores', type: 'company', aliases: [] };
  const d = drafted('She will receive it at the 24th annual Acme Stores Exposition. Acme Stores said so.\n', [acme]);
  assert.deepEqual(d.mentions, [['Acme Stores', 'acme-stores']]);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['Acme Stores']);
  // A day after the name is no part of it.
  assert.deepEqual(drafted('Acme Stores Tuesday said no.\n', [acme]).mentions, [['Acme Stores', 'acme-stores']]);
});

test('a body\u2019s name printed in lower case, then "of" and another\u2019s name ("the board of trustees of the Wessex Museum"), is that other\u2019s body, a nonMention; "of" its own owner keeps it', () => {
  const university: ActorInput = { id: 'harbour-university', name: 'Harbour University', type: 'organisation', aliases: [] };
  const trustees: ActorInput = { id: 'harbour-trustees', name: 'Board of Trustees', type: 'organisation', affiliation: 'harbour-university', aliases: [] };
  const d = drafted('She sits on the board of trustees of the Wessex Museum of Art.\n', [university, trustees]);
  assert.deepEqual(d.mentions, []);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['the board of trustees']);
  assert.deepEqual(drafted('She sits on the board of trustees of Harbour University.\n', [university, trustees]).mentions.map(([, a]) => a), ['harbour-trustees', 'harbour-university']);
});

test('a possessive inside the words after a title ("Captain Brassbound\u2019s Conversion", a play) makes them no person\u2019s name: no new person proposed', () => {
  assert.deepEqual(proposeActors('She appeared in \u201cCaptain Kettle\u2019s Last Voyage\u201d on television.\n', () => false), []);
  // A titled name with no possessive inside is still proposed.
  assert.deepEqual(proposeActors('Captain Ned Kettle sailed.\n', () => false).map((a) => a.name), ['Ned Kettle']);
});

test('no new person is proposed under words that hold a capitalised conjunction or a title ("Dr. Swim When Dr. W. A. Swim", a headline run into its paragraph)', () => {
  // Brown A30: the headline's name, "When" opening the paragraph, and the next title read as one name.
  assert.deepEqual(proposeActors('Friends honor Dr. Kettle When Dr. Ned Kettle turned 75, they sang.\n', () => false).map((a) => a.name), ['Ned Kettle']);
});

test('a state\u2019s name after a name and "in" ("the University of Grenoble in Ruritania") only says where that is, a nonMention; after a pronoun it stays a mention to review', () => {
  const d = drafted('She took postgraduate work at the University of Grenoble in Ruritania and then returned.\n', [ruritania]);
  assert.deepEqual(d.mentions, []);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['Ruritania']);
  assert.deepEqual(drafted('Rain fell. He in Ruritania would not yield.\n', [ruritania]).mentions, [['Ruritania', 'ruritania']]);
});

test('a registered name opening with another registered actor\u2019s name and a possessive ("her uncle\u2019s family") nests a mention of that possessor', () => {
  const uncle: ActorInput = { id: 'jones-uncle', name: 'her uncle', type: 'person', role: 'Ann Jones\u2019s uncle', aliases: [] };
  const family: ActorInput = { id: 'jones-uncle-family', name: 'her uncle\u2019s family', type: 'organisation', aliases: [] };
  assert.deepEqual(drafted('Ann Jones was born in Wessex, and her uncle\u2019s family came from the isles.\n', [jones, uncle, family]).mentions, [
    ['Ann Jones', 'ann-jones'],
    ['her uncle\u2019s family', 'jones-uncle-family'],
    ['her uncle', 'jones-uncle'],
  ]);
});

test('"the Pentagon" stands for a registered Defense Department, and its announcement speaks for it; not before a noun it qualifies', () => {
  const defense: ActorInput = { id: 'defense-department', name: 'Defense Department', type: 'organisation', aliases: [] };
  const text = '\u201cWe are ready\u201d, said the Pentagon\u2019s announcement. Pentagon officials declined to comment.\n';
  assert.deepEqual(drafted(text, [defense]).mentions, [['the Pentagon', 'defense-department']]);
  const d = draftArticle({ text, actors: [defense], agreements: [], existing: none });
  assert.deepEqual(d.claims.map((c) => [text.slice(c.range.from, c.range.to), c.source]), [['We are ready', 'defense-department']]);
  // With no such body registered, the building is left to the annotator.
  assert.deepEqual(drafted(text, [jones]).mentions, []);
  // "Pentagon officials" and "the Pentagon Papers" are no mentions of it.
  assert.deepEqual(drafted('He read the Pentagon Papers. Pentagon officials met.\n', [defense]).mentions, []);
});

test('a registered role opening with its article ("The late harbour master") printed right before the name is taken into its mention', () => {
  const okafor: ActorInput = { id: 'sam-okafor', name: 'Sam Okafor', type: 'person', role: 'The late harbour master', aliases: ['Okafor'] };
  assert.deepEqual(drafted('The late harbour master Sam Okafor opposed the plan.\n', [okafor]).mentions, [['The late harbour master Sam Okafor', 'sam-okafor']]);
  // Not a role standing elsewhere in the sentence.
  assert.deepEqual(drafted('The late harbour master met Sam Okafor.\n', [okafor]).mentions.filter(([w]) => w.includes('Sam')), [['Sam Okafor', 'sam-okafor']]);
});

test('"the (pro-Western) government of X" is the registered government of the state X; not where none governs it', () => {
  const text = 'The board heeded the pro-Western government of Ruritania.\n';
  const ruritaniaGovernment: ActorInput = { id: 'government-of-ruritania', name: 'Ruritanian government', type: 'government', governs: 'ruritania', aliases: [] };
  assert.deepEqual(drafted(text, [ruritania, ruritaniaGovernment]).mentions, [['the pro-Western government of Ruritania', 'government-of-ruritania'], ['Ruritania', 'ruritania']]);
  assert.deepEqual(drafted(text, [ruritania]).mentions, [['Ruritania', 'ruritania']]);
});

test('a possessor in a person\u2019s title ("Ruritania\u2019s Senator Ann Jones") is a mention of its own, nested; a name qualifying the title ("Ruritania Senator Ann Jones") stays part of it', () => {
  const owned: ActorInput = { ...jones, role: "Ruritania's Senator" };
  assert.deepEqual(drafted("Ruritania's Senator Ann Jones spoke.\n", [ruritania, owned]).mentions, [['Ruritania', 'ruritania'], ["Ruritania's Senator Ann Jones", 'ann-jones']]);
  const qualified: ActorInput = { ...jones, role: 'Ruritania Senator' };
  assert.deepEqual(drafted('Ruritania Senator Ann Jones spoke.\n', [ruritania, qualified]).mentions, [['Ruritania Senator Ann Jones', 'ann-jones']]);
});

test('"the British and French gave in": two peoples on one article are one span with a mention of each state; "the French and Indian War" names a war, not France', () => {
  const france: ActorInput = { id: 'france', name: 'France', type: 'state', aliases: [] };
  const britain: ActorInput = { id: 'britain', name: 'Britain', type: 'state', aliases: [] };
  assert.deepEqual(drafted('At Geneva the British and French gave in.\n', [france, britain]).mentions, [['the British and French', 'britain'], ['the British and French', 'france']]);
  assert.deepEqual(drafted('It would be like fighting the French and Indian War again.\n', [france, britain]).mentions, []);
  // Before a noun they qualify, neither.
  assert.deepEqual(drafted('He met the British and French envoys.\n', [france, britain]).mentions, []);
});

test('"Their names are Jones and Hart": a predicate naming the name is a nonMention for each name of the list; a name after "names are on …, and" is a mention', () => {
  const hart: ActorInput = { id: 'joe-hart', name: 'Joe Hart', type: 'person', aliases: ['Hart'] };
  const d = drafted('Two clerks spoke. Their names are Jones and Hart, and both work nights.\n', [jones, hart]);
  assert.deepEqual(d.mentions, []);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['Jones', 'Hart']);
  assert.deepEqual(drafted('Their names are on the list, and Jones signed it.\n', [jones, hart]).mentions, [['Jones', 'ann-jones']]);
});

test('"the Yankees" is the club whose registered name ends in it ("New York Yankees"), printed in full or not; not as a predicate, before a noun, nor where two names end in the word and neither is named before it', () => {
  const club: ActorInput = { id: 'harbour-gulls', name: 'Port Town Gulls', type: 'organisation', aliases: [] };
  const text = 'Ann Jones of the Port Town Gulls scored. She broke in with the Gulls ten years ago; their team is the Gulls, and the Gulls dugout cheered.\n';
  assert.deepEqual(drafted(text, [jones, club]).mentions, [
    ['Ann Jones', 'ann-jones'],
    ['Port Town Gulls', 'harbour-gulls'],
    ['the Gulls', 'harbour-gulls'],
  ]);
  // A sports page calls a club by its nickname alone (Brown A14: "beat the Yankees", "the departure of
  // the Giants"), and a phrase of time after it is no noun it qualifies ("signed by the Gulls last Wednesday").
  assert.deepEqual(drafted('The Gulls won. Ann Jones was signed by the Gulls last Wednesday.\n', [jones, club]).mentions, [
    ['The Gulls', 'harbour-gulls'],
    ['Ann Jones', 'ann-jones'],
    ['the Gulls', 'harbour-gulls'],
  ]);
  // Two clubs of one nickname: the one named before it in the article (sharedNicknames, Brown A13's
  // "the Sox"), no one where neither is.
  const other: ActorInput = { id: 'bay-gulls', name: 'Bay City Gulls', type: 'organisation', aliases: [] };
  assert.deepEqual(drafted(text, [jones, club, other]).mentions, [
    ['Ann Jones', 'ann-jones'],
    ['Port Town Gulls', 'harbour-gulls'],
    ['the Gulls', 'harbour-gulls'],
  ]);
  assert.deepEqual(drafted('Ann Jones broke in with the Gulls.\n', [jones, club, other]).mentions.map(([w]) => w), ['Ann Jones']);
});

test('"the Cardinals" is the club whose registered name opens with "St." ("St. Louis Cardinals")', () => {
  const club: ActorInput = { id: 'st-anne-herons', name: 'St. Anne Herons', type: 'organisation', aliases: [] };
  // Brown A15: "If the Cardinals heed Manager Gene Mauch", the full name never printed.
  assert.deepEqual(drafted('If the Herons heed Ann Jones, they will win.\n', [jones, club]).mentions, [
    ['the Herons', 'st-anne-herons'],
    ['Ann Jones', 'ann-jones'],
  ]);
});

test('"the Redbirds", "the Bucs": the names sports pages give a club named in the text, by the nickname its registered name ends in; a name two named clubs share is left alone', () => {
  const cardinals: ActorInput = { id: 'st-louis-cardinals', name: 'St. Louis Cardinals', type: 'organisation', aliases: [] };
  const orioles: ActorInput = { id: 'baltimore-orioles', name: 'Baltimore Orioles', type: 'organisation', aliases: [] };
  // Brown A15: "the Cardinals", then "the Redbirds" and "the Birds".
  const text = 'The Cardinals won. Ann Jones said the Redbirds and the Birds would win again; the Redbirds bullpen rested.\n';
  assert.deepEqual(drafted(text, [jones, cardinals, orioles]).mentions.filter(([, id]) => id !== 'ann-jones'), [
    ['The Cardinals', 'st-louis-cardinals'],
    ['the Redbirds', 'st-louis-cardinals'],
    ['the Birds', 'st-louis-cardinals'],
  ]);
  // Not named in the text: nothing; both named: "the Birds" could be either.
  assert.deepEqual(drafted('Ann Jones said the Redbirds would win.\n', [jones, cardinals]).mentions, [['Ann Jones', 'ann-jones']]);
  const both = 'The Cardinals met the Orioles. Ann Jones said the Birds would win.\n';
  assert.deepEqual(drafted(both, [jones, cardinals, orioles]).mentions.filter(([w]) => w === 'the Birds'), []);
});

test('a city printed bare for its club ("Pittsburgh came into town", "against Pittsburgh") where the club is named; not as a place, a dateline, before a noun, nor for a club not named in the text', () => {
  const pirates: ActorInput = { id: 'port-town-gulls', name: 'Port Town Gulls', type: 'organisation', aliases: [] };
  const steelers: ActorInput = { id: 'port-town-hawks', name: 'Port Town Hawks', type: 'organisation', aliases: [] };
  // Brown A15 (call 280): the city opening the sentence, its quotation or the clause after a comma, or played against or for.
  const text = 'Port Town, May 2 -- “Port Town definitely is the team to beat”, Ann Jones said. The Gulls won 11 against Port Town a year ago. Despite the rain, Port Town came into town. With a lefthander going for Port Town, she may rest.\n';
  const found = drafted(text, [jones, pirates, steelers]).mentions.filter(([, id]) => id === 'port-town-gulls');
  assert.deepEqual(found, [
    ['Port Town', 'port-town-gulls'],
    ['The Gulls', 'port-town-gulls'],
    ['Port Town', 'port-town-gulls'],
    ['Port Town', 'port-town-gulls'],
    ['Port Town', 'port-town-gulls'],
  ]);
  // Elsewhere a city is a place (Brown A14: "return to New York", "left New York", "The New York franchise").
  const places = 'The Gulls won. The club moved to Port Town. It left Port Town with only the Gulls. The Port Town franchise is new, with Port Town as the key.\n';
  assert.deepEqual(drafted(places, [pirates]).mentions.filter(([w]) => w === 'Port Town'), []);
  // No club of that city named in the text, or two of them named: no telling which.
  assert.deepEqual(drafted('Despite the rain, Port Town came into town.\n', [pirates]).mentions, []);
  const both = 'The Gulls and the Hawks met. Despite the rain, Port Town came into town.\n';
  assert.deepEqual(drafted(both, [pirates, steelers]).mentions.filter(([w]) => w === 'Port Town'), []);
});

test('a first name alone after the person is named in full ("I hope Roger hits 80") is that person; not with another Roger printed, after an article, nor opening a sentence', () => {
  const maris: ActorInput = { id: 'roger-maris', name: 'Roger Eugene Maris', type: 'person', aliases: ['Maris'] };
  const text = 'Roger Eugene Maris hit two. Jones said she hopes Roger hits 80.\n';
  assert.deepEqual(drafted(text, [jones, maris]).mentions.at(-1), ['Roger', 'roger-maris']);
  assert.deepEqual(drafted(`${text}Roger Smith agreed.\n`, [jones, maris]).mentions.filter(([w]) => w === 'Roger'), []);
  assert.deepEqual(drafted('Roger Eugene Maris hit two. His uncle was a Roger. Roger is a fine name.\n', [maris]).mentions, [['Roger Eugene Maris', 'roger-maris']]);
});

test('a store after "at" or "from" ("suits from Jones\u2019s in Dover", "at Harbour Stores in Dover") is a place, a nonMention; the possessive before a noun, or the company acting, is a mention', () => {
  const shop: ActorInput = { id: 'harbour-stores', name: 'Harbour Stores', type: 'company', aliases: [] };
  const d = drafted('He buys suits from Jones\u2019s in Dover and shirts at Harbour Stores in Dover.\n', [jones, shop]);
  assert.deepEqual(d.mentions, []);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['Jones', 'Harbour Stores']);
  assert.deepEqual(drafted('He took a letter from Jones\u2019s lawyer. Harbour Stores in Dover said no.\n', [jones, shop]).mentions, [
    ['Jones', 'ann-jones'],
    ['Harbour Stores', 'harbour-stores'],
  ]);
});

test('an indefinite description registered for an unnamed source and printed twice ("a porter explained … a porter\u2019s cart") is the source only where it speaks; printed once, it is the source', () => {
  const porter: ActorInput = { id: 'dock-porter', name: 'a porter', type: 'unnamed-source', aliases: [] };
  const d = drafted('The ship sailed late because, as a porter explained, the tide was out. Jones borrowed a porter\u2019s cart.\n', [jones, porter]);
  assert.deepEqual(d.mentions, [['a porter', 'dock-porter'], ['Jones', 'ann-jones']]);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['a porter']);
  assert.deepEqual(drafted('Jones borrowed a porter\u2019s cart.\n', [jones, porter]).mentions, [['Jones', 'ann-jones'], ['a porter', 'dock-porter']]);
});

test('dotted initials spaced as older typesetting has them ("the U. S.") are the state; not as a word of a longer name ("U. S. District Court") nor after a town and a comma ("Brevard, N. C.")', () => {
  const us: ActorInput = { id: 'united-states', name: 'United States', type: 'state', aliases: [] };
  const nc: ActorInput = { id: 'nationalist-china', name: 'Nationalist China', type: 'state', aliases: [] };
  const text = 'He wanted time to strengthen the U. S. and its friends. The case went to U. S. District Court. The band came from Brevard, N. C., and from Brevard, N.C., too.\n';
  const d = drafted(text, [us, nc]);
  assert.deepEqual(d.mentions, [['U. S.', 'united-states']]);
  assert.deepEqual(d.nonMentions.map(([w]) => w), ['U. S.', 'N. C.', 'N.C.']);
});

test('the Soviet Union is found by its conventional abbreviation ("the U.S.S.R."), and "U.S." inside it is not the United States', () => {
  const soviet: ActorInput = { id: 'soviet-union', name: 'Soviet Union', type: 'state', aliases: [] };
  const us: ActorInput = { id: 'united-states', name: 'United States', type: 'state', aliases: [] };
  const d = drafted('Izvestia, the U.S.S.R.\u2019s daily, praised him.\n', [soviet, us]);
  assert.deepEqual(d.mentions, [['U.S.S.R.', 'soviet-union']]);
  // Not a name of another state: with no Soviet Union registered, nothing is proposed for it.
  assert.deepEqual(drafted('Izvestia, the U.S.S.R.\u2019s daily, praised him.\n', [us]).mentions.filter(([, a]) => a === 'soviet-union'), []);
});

test('a first name alone after a sentence-opening adverb ("Then Roger spoke") is the person named in full; not inside a longer name', () => {
  const maris: ActorInput = { id: 'roger-maris', name: 'Roger Eugene Maris', type: 'person', aliases: ['Maris'] };
  assert.deepEqual(drafted('Roger Eugene Maris hit two. Then Roger spoke of it.\n', [maris]).mentions.at(-1), ['Roger', 'roger-maris']);
  // A capitalised word that is no opener before it makes a longer name ("Old Roger"): not taken.
  assert.deepEqual(drafted('Roger Eugene Maris hit two. Then Old Roger spoke of it.\n', [maris]).mentions, [['Roger Eugene Maris', 'roger-maris']]);
});

test('a registered person printed in full is found by surname alone after it, where the registry gives no such alias (a surname that is also a word)', () => {
  const player: ActorInput = { id: 'gary-player', name: 'Gary Player', type: 'person', aliases: [] };
  const text = 'He was named Most Valuable Player. Gary Player, the South African, led. Later Player said so, and both Player and Palmer wept at Player\u2019s loss.\n';
  // After the full name, each bare "Player" not after another capitalised word but a clause's opener at a
  // sentence's start ("Later Player said so"); before it, "Most Valuable Player" is a title's word.
  assert.deepEqual(drafted(text, [player]).mentions, [['Gary Player', 'gary-player'], ['Player', 'gary-player'], ['Player', 'gary-player'], ['Player', 'gary-player']]);
  // Never where the full name is not printed, nor where the surname is another's name or surname.
  assert.deepEqual(drafted('The Most Valuable Player said so. Player wept.\n', [player]).mentions, []);
  const other: ActorInput = { id: 'ann-player', name: 'Ann Player', type: 'person', aliases: [] };
  assert.deepEqual(drafted(text.replace('Gary Player,', 'Gary Player and Ann Player,'), [player, other]).mentions.filter(([w]) => w === 'Player'), []);
});

test('a surname the registry gives to two people ("Tuttle") is the one named in full before it in the article, for review; not once the other is named in full too', () => {
  const bill: ActorInput = { id: 'bill-tuttle', name: 'Bill Tuttle', type: 'person', aliases: [] };
  const mary: ActorInput = { id: 'mary-tuttle', name: 'Mary Dobbs Tuttle', type: 'person', aliases: [] };
  const text = 'A solo blast by Bill Tuttle tied the game. Hyde fanned Tuttle in the eighth.\n';
  assert.deepEqual(drafted(text, [bill, mary]).mentions, [['Bill Tuttle', 'bill-tuttle'], ['Tuttle', 'bill-tuttle']]);
  const d = draftArticle({ text, actors: [bill, mary], agreements: [], existing: none });
  assert.match(d.mentions[1]!.review, /the one person of that surname named in full before it in this article; the registry also gives it to mary-tuttle: check it is bill-tuttle/);
  // Not before the full name, nor where neither is named in full.
  assert.deepEqual(drafted('Hyde fanned Tuttle. Then Bill Tuttle homered.\n', [bill, mary]).mentions, [['Bill Tuttle', 'bill-tuttle']]);
  assert.deepEqual(drafted('Hyde fanned Tuttle.\n', [bill, mary]).mentions, []);
  // A dateline's town of that word is a place ("Jackson, Miss. --").
  const andrew: ActorInput = { id: 'andrew-jackson', name: 'Andrew Jackson', type: 'person', aliases: [] };
  const larry: ActorInput = { id: 'larry-jackson', name: 'Larry Jackson', type: 'person', aliases: [] };
  assert.deepEqual(drafted('A statue of Gen. Andrew Jackson stands there.\nJackson, Miss. -- What does 1961 offer?\n', [andrew, larry]).mentions.map(([w]) => w), ['Gen. Andrew Jackson']);
  // Both named in full before it: either could be meant, so neither is proposed; before the second is
  // named, the first still holds it.
  const both = 'Bill Tuttle homered and Hyde fanned Tuttle. Mary Dobbs Tuttle played the organ. Later, fans cheered Tuttle.\n';
  assert.deepEqual(drafted(both, [bill, mary]).mentions, [['Bill Tuttle', 'bill-tuttle'], ['Tuttle', 'bill-tuttle'], ['Mary Dobbs Tuttle', 'mary-tuttle']]);
  // A new person the draft proposes bears it too ("Tom Carey, a rookie"): the surname is left to the
  // draft's own search for his (no registered Carey proposed on the same words).
  const carey: ActorInput = { id: 'andy-carey', name: 'Andy Carey', type: 'person', aliases: [] };
  const wyman: ActorInput = { id: 'wyman-carey', name: 'Wyman Carey', type: 'person', aliases: [] };
  const plays = 'Tuttle threw to Andy Carey. Later, fans cheered Carey. Tom Carey, a rookie, will pitch.\n';
  assert.deepEqual(drafted(plays, [carey, wyman]).mentions.filter(([w, a]) => w === 'Carey' && a === 'andy-carey'), []);
  assert.deepEqual(drafted(plays.replace(/ Tom Carey.*/, ''), [carey, wyman]).mentions.filter(([w]) => w === 'Carey'), [['Carey', 'andy-carey']]);
});

test('a surname after its full name stands alone after a clause\u2019s opener at a sentence\u2019s start ("Then Robinson slammed"), and inside a sentence before any lower-case word ("which Robinson cut across")', () => {
  const brooks: ActorInput = { id: 'brooks-robinson', name: 'Brooks Robinson', type: 'person', aliases: [] };
  const text = 'Brooks Robinson got a pair. Then Robinson slammed a double. When Robinson tried to stretch it, he was out. A ball to short which Robinson cut across to field.\n';
  assert.deepEqual(drafted(text, [brooks]).mentions.map(([w]) => w), ['Brooks Robinson', 'Robinson', 'Robinson', 'Robinson']);
  // Another capitalised word before it, or one inside the sentence, still makes a longer name; at a
  // sentence's start a lower-case word after it may be a noun it qualifies.
  assert.deepEqual(drafted('Brooks Robinson got a pair. Then Jack Robinson came. Fans saw Big Robinson. Robinson fans cheered.\n', [brooks]).mentions.map(([w]) => w), ['Brooks Robinson']);
});

test('a surname two registered people go by ("Wagner") is the one printed last before it by full name or after a registered role ("Mayor Wagner"); no one where neither is printed before', () => {
  const mayor: ActorInput = { id: 'wagner', name: 'Wagner', type: 'person', role: 'Mayor', aliases: [] };
  const director: ActorInput = { id: 'donald-wagner', name: 'Donald C. Wagner', type: 'person', role: 'Managing Director', aliases: ['Wagner'] };
  const text = 'Mayor Wagner spoke first. Mr. Wagner said little.\n\nManaging Director Donald C. Wagner replied. Wagner was brief.\n';
  assert.deepEqual(drafted(text, [mayor, director]).mentions, [
    ['Mayor Wagner', 'wagner'],
    ['Mr. Wagner', 'wagner'],
    ['Managing Director Donald C. Wagner', 'donald-wagner'],
    ['Wagner', 'donald-wagner'],
  ]);
  // Neither pointed out before: the annotator chooses (a nonMention naming both), never both.
  const d = drafted('Mr. Wagner said little.\n', [mayor, director]);
  assert.deepEqual(d.mentions, []);
  assert.match(d.nonMentions[0]![1] as string, /shared by (?:wagner, donald-wagner|donald-wagner, wagner)/);
});

test('a registered person printed with middle initials the registry leaves out ("Ford C. Frick"), or without the middle name it gives ("Roger Maris"), is that person; not where another registered person shares first name and surname', () => {
  const frick: ActorInput = { id: 'ford-frick', name: 'Ford Frick', type: 'person', role: 'Baseball commissioner', aliases: ['Frick'] };
  const maris: ActorInput = { id: 'roger-maris', name: 'Roger Eugene Maris', type: 'person', aliases: [] };
  assert.deepEqual(drafted('The award went to Ford C. Frick, and Roger Maris hit two.\n', [frick, maris]).mentions, [
    ['Ford C. Frick', 'ford-frick'],
    ['Roger Maris', 'roger-maris'],
  ]);
  const other: ActorInput = { id: 'roger-maris-sr', name: 'Roger Maris', type: 'person', aliases: [] };
  assert.deepEqual(drafted('Roger E. Maris hit two.\n', [maris, other]).mentions, []);
});

test('a bare surname another registered person shares is the man\u2019s where every other bearer is a woman the registry marks "Mrs." ("Vincent Hengesbach … Mrs. Hengesbach … Hengesbach said")', () => {
  const anna: ActorInput = { id: 'anna-hengesbach', name: 'Anna Hengesbach', type: 'person', role: 'Mrs.', aliases: ['Mrs. Hengesbach'] };
  const vincent: ActorInput = { id: 'vincent-hengesbach', name: 'Vincent Hengesbach', type: 'person', aliases: [] };
  const text = 'Her stepson, Vincent Hengesbach, was tried. Mrs. Hengesbach was killed in 1957. Hengesbach said he was pleased.\n';
  assert.deepEqual(drafted(text, [anna, vincent]).mentions, [
    ['Vincent Hengesbach', 'vincent-hengesbach'],
    ['Mrs. Hengesbach', 'anna-hengesbach'],
    ['Hengesbach', 'vincent-hengesbach'],
  ]);
  // Another man of that surname, registered but not named in this article: Vincent is still the one
  // named in full before it (shared-surnames.ts), the others given in the review.
  const carl: ActorInput = { id: 'carl-hengesbach', name: 'Carl Hengesbach', type: 'person', aliases: [] };
  assert.deepEqual(drafted(text, [anna, vincent, carl]).mentions.map(([w, a]) => `${w} ${a}`), ['Vincent Hengesbach vincent-hengesbach', 'Mrs. Hengesbach anna-hengesbach', 'Hengesbach vincent-hengesbach']);
  // Named in full too: which is meant is not shown. Anna's full name printed is no rival: the press
  // does not call her by bare surname.
  assert.deepEqual(drafted(text.replace('was tried.', 'was tried with Carl Hengesbach.'), [anna, vincent, carl]).mentions.map(([w]) => w), ['Vincent Hengesbach', 'Carl Hengesbach', 'Mrs. Hengesbach']);
  assert.deepEqual(drafted(`Anna Hengesbach died. ${text}`, [anna, vincent, carl]).mentions.at(-1), ['Hengesbach', 'vincent-hengesbach']);
});

test('a surname shared with someone the title does not fit: "Mayor Hartsfield" is the one whose registered role opens with that title', () => {
  const mayor: ActorInput = { id: 'william-b-hartsfield', name: 'William B. Hartsfield', type: 'person', role: 'Mayor; mayor of Atlanta since 1937', aliases: [] };
  const wife: ActorInput = { id: 'pearl-williams-hartsfield', name: 'Pearl Williams Hartsfield', type: 'person', role: "Mayor Hartsfield's wife", aliases: [] };
  const text = 'Mayor William B. Hartsfield filed suit against his wife, Pearl Williams Hartsfield. Ivan Allen ran after Mayor Hartsfield announced that he would not run.\n';
  assert.deepEqual(drafted(text, [mayor, wife]).mentions.at(-1), ['Mayor Hartsfield', 'william-b-hartsfield']);
  // Two mayors of that surname: which is meant is not shown (neither is proposed there).
  const other: ActorInput = { id: 'tom-hartsfield', name: 'Tom Hartsfield', type: 'person', role: 'Mayor', aliases: [] };
  assert.deepEqual(drafted(`Tom Hartsfield spoke. ${text}`, [mayor, wife, other]).mentions.filter(([w, a]) => w === 'Mayor Hartsfield' && (a === mayor.id || a === other.id)), []);
});

test('a first name alone in a sentence that prints the family\u2019s surname before it ("the other Kowalski children, Vicky, 14; Dennis, 6") is the one registered person of that name; not two of one name, nor a handle ("@Mark3Ds")', () => {
  const kid = (first: string): ActorInput => ({ id: `${first.toLowerCase()}-kowalski`, name: `${first} Kowalski`, type: 'person', aliases: [] });
  const mother: ActorInput = { id: 'eleanor-kowalski', name: 'Eleanor Kowalski', type: 'person', role: 'Mrs.', aliases: ['Mrs. Kowalski'] };
  const daughter: ActorInput = { id: 'eleanor-kowalski-daughter', name: 'Eleanor Kowalski', type: 'person', aliases: [] };
  const text = 'They are home now with the other Kowalski children, Vicky, 14; Dennis, 6; Eleanor, 4.\n';
  assert.deepEqual(drafted(text, [kid('Vicky'), kid('Dennis'), mother, daughter]).mentions, [
    ['Vicky', 'vicky-kowalski'],
    ['Dennis', 'dennis-kowalski'],
  ]);
  // Not in a sentence that does not print the surname.
  assert.deepEqual(drafted('Vicky and Dennis laughed. The Kowalski family moved.\n', [kid('Vicky'), kid('Dennis')]).mentions, []);
  const collins: ActorInput = { id: 'mark-collins', name: 'Mark Collins', type: 'person', aliases: ['Collins'] };
  assert.deepEqual(drafted('Collins tweets @Mark3Ds daily.\n', [collins]).mentions, [['Collins', 'mark-collins']]);
});

test('a registered name that is a description bound to someone ("his wife", role "Gary Player\u2019s wife") is looked for only where that one is printed', () => {
  const wife: ActorInput = { id: 'gary-player-wife', name: 'his wife', type: 'person', role: "Gary Player's wife", aliases: [] };
  const player: ActorInput = { id: 'gary-player', name: 'Gary Player', type: 'person', aliases: [] };
  assert.deepEqual(drafted('Gary Player sat with his wife.\n', [wife, player]).mentions, [['Gary Player', 'gary-player'], ['his wife', 'gary-player-wife']]);
  assert.deepEqual(drafted('The mayor filed suit against his wife.\n', [wife, player]).mentions, []);
});

test('"the club" is the one club (a registered body of place and nickname) named before it, or of several the one named last alone in its paragraph; not as a predicate nor before one is named', () => {
  const gulls: ActorInput = { id: 'harbour-gulls', name: 'Port Town Gulls', type: 'organisation', aliases: [] };
  const owls: ActorInput = { id: 'bay-owls', name: 'Bay City Owls', type: 'organisation', aliases: [] };
  assert.deepEqual(drafted('The club met. The Port Town Gulls named a coach after the club let Ann Jones go.\n', [jones, gulls, owls]).mentions, [
    ['Port Town Gulls', 'harbour-gulls'],
    ['the club', 'harbour-gulls'],
    ['Ann Jones', 'ann-jones'],
  ]);
  assert.deepEqual(drafted('The Port Town Gulls and the Bay City Owls met. The club won.\n', [gulls, owls]).mentions.map(([w]) => w), ['Port Town Gulls', 'Bay City Owls']);
  assert.deepEqual(drafted('The Port Town Gulls met.\n\nThe Bay City Owls won. Now the club leads.\n', [gulls, owls]).mentions.at(-1), ['the club', 'bay-owls']);
  assert.deepEqual(drafted('The Port Town Gulls met. It was the club of his youth.\n', [gulls]).mentions.map(([w]) => w), ['Port Town Gulls']);
});

test('a unit\u2019s name that names its registered parent body after "of" nests a mention of the parent; a state inside a name does not', () => {
  const guild: ActorInput = { id: 'writers-guild', name: 'Writers Guild of Ruritania', type: 'organisation', aliases: [] };
  const branch: ActorInput = { id: 'harbour-branch', name: 'Harbour Branch of the Writers Guild of Ruritania', type: 'organisation', affiliation: 'writers-guild', aliases: [] };
  const text = 'The Harbour Branch of the Writers Guild of Ruritania met on Monday.\n';
  assert.deepEqual(drafted(text, [guild, branch, ruritania]).mentions, [
    ['Harbour Branch of the Writers Guild of Ruritania', 'harbour-branch'],
    ['Writers Guild of Ruritania', 'writers-guild'],
  ]);
  // With no affiliation registered, the name inside is a word of the longer one (guidelines §6).
  const unaffiliated: ActorInput = { id: 'harbour-branch', name: branch.name, type: 'organisation', aliases: [] };
  assert.deepEqual(drafted(text, [guild, unaffiliated]).mentions, [['Harbour Branch of the Writers Guild of Ruritania', 'harbour-branch']]);
});

test('a titled name with an apostrophe, a hyphen or Mc/Mac inside is proposed whole, and speaks', () => {
  const names = (text: string) => proposeActors(text, () => false).map((a) => a.name);
  // Before: none of these was proposed (a capital after the first letter broke the name).
  assert.deepEqual(names('Senator Brian O\u2019Neill opposed it.\n'), ['Brian O\u2019Neill']);
  assert.deepEqual(names("Mayor Rui D'Souza opposed it.\n"), ["Rui D'Souza"]);
  assert.deepEqual(names('Senator Anne-Marie Dupont opposed it.\n'), ['Anne-Marie Dupont']);
  assert.deepEqual(names('Councillor Jane MacDonald and Judge Ed McGee spoke.\n'), ['Jane MacDonald', 'Ed McGee']);
  assert.deepEqual(names('Brian O\u2019Neill, a councillor, spoke.\n'), ['Brian O\u2019Neill']);
  // Through the CLI: the quotation after the name is its speaker's.
  const dir = join(scratch('gloss-draft-names-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const story = join(dir, '..', 'ferry.txt');
  writeFileSync(story, 'Ferry vote\n\nSenator Anne-Marie Dupont opposed the plan. \u201cWe are spending money we do not have on boats,\u201d she said.\n');
  assert.equal(gloss(['--corpus', dir, 'add', story, '--id', 'ferry']).code, 0);
  const r = gloss(['--corpus', dir, 'draft', 'ferry']);
  assert.equal(r.code, 0, r.stderr);
  const draft = parse(r.stdout) as { actors: { id: string }[]; claims: { quote: string; source: string }[] };
  assert.deepEqual(draft.actors.map((a) => a.id), ['anne-marie-dupont']);
  assert.deepEqual(draft.claims.map((c) => [c.quote, c.source]), [['We are spending money we do not have on boats', 'anne-marie-dupont']]);
});

test('a quotation the draft finds no speaker for is told at its place, never passed over as "annotated already"', () => {
  const dir = join(scratch('gloss-draft-names-'), 'c');
  assert.equal(gloss(['init', dir]).code, 0);
  const story = join(dir, '..', 'pier.txt');
  writeFileSync(story, 'Pier plan\n\nThe pier will close. \u201cNobody asked the people who fish here,\u201d one sign read.\n');
  assert.equal(gloss(['--corpus', dir, 'add', story, '--id', 'pier']).code, 0);
  const r = gloss(['--corpus', dir, 'draft', 'pier']);
  // Before: only "nothing to propose for pier: every name and quotation found is annotated already".
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /articles\/pier\.txt:3:23: warning: quotation "Nobody asked the people who fish here,": no speaker found, so no claim is proposed; annotate it by hand\n/);
  assert.match(r.stderr, /nothing to propose for pier: every name found is annotated already; the quotation above has no speaker found\n$/);
});

test('a word that opens a sentence before a name ("Once Peter asked") is not part of the name: no actor "Once Peter"', () => {
  // Before: B08's "Once Peter asked, “How oft …”" proposed a new actor once-peter, the speaker of the question.
  const d = draftArticle({ text: 'Once Peter asked, \u201cHow oft shall my brother sin against me?\u201d\n', actors: [], agreements: [], existing: { mentions: [], nonMentions: [], claims: [], regions: [] } });
  assert.deepEqual(d.actors?.map((a) => a.name) ?? [], []);
  assert.ok(!d.claims.some((c) => /once/i.test(c.source)), JSON.stringify(d.claims));
  assert.deepEqual(proposeActors('Then Mayor Ed Lind spoke. Later Senator Ann Jones left.\n', () => false).map((a) => a.name), ['Ed Lind', 'Ann Jones']);
});

test('"According to Senator Ann Jones, the vote is …": the title is the role, and a clause after the comma is no apposition', () => {
  const proposed = (text: string) => proposeActors(text, () => false).map((a) => [a.id, a.name, a.role]);
  // Before: a second actor "Senator Ann Jones" with the role "the vote is next week".
  assert.deepEqual(proposed('According to Senator Ann Jones, the vote is next week.\n'), [['ann-jones', 'Ann Jones', 'Senator']]);
  assert.deepEqual(proposed('Ed Lind, the mayor, left. Ann Jones, the vote was lost, left.\n'), [['ed-lind', 'Ed Lind', 'the mayor']]);
  // A real apposition still gives the role.
  assert.deepEqual(proposed('Ed Lind, a lawyer for the port, said no.\n'), [['ed-lind', 'Ed Lind', 'a lawyer for the port']]);
});

test('titles of legislators, clergy, officers and parliaments are roles before a name ("Congressman David Baker", "Opposition Leader Ann Jones", "MP Ed Lind")', () => {
  const proposed = (text: string) => proposeActors(text, () => false).map((a) => [a.name, a.role]);
  // Before: "Congressman David Baker" whole as a name with no role, or no proposal at all.
  assert.deepEqual(proposed('Congressman David Baker left.\n'), [['David Baker', 'Congressman']]);
  assert.deepEqual(proposed('Then Congresswoman Ada Lind spoke.\n'), [['Ada Lind', 'Congresswoman']]);
  assert.deepEqual(proposed('The vote went to Opposition Leader Ann Jones.\n'), [['Ann Jones', 'Opposition Leader']]);
  assert.deepEqual(proposed('Labour MP Ed Lind and Bishop Cy Moss met.\n'), [['Ed Lind', 'Labour MP'], ['Cy Moss', 'Bishop']]);
  assert.deepEqual(proposed('Lt. Col. Jo Park and Professor Ann Jones spoke.\n'), [['Jo Park', 'Lt. Col.'], ['Ann Jones', 'Professor']]);
  // Through the drafter: the speaker is the person, the title the role.
  const text = 'Talks go on.\n\n\u201cWe are ready,\u201d Congressman David Baker told reporters.\n';
  const d = draftArticle({ text, actors: [], agreements: [], existing: none });
  assert.deepEqual(d.claims.map((c) => c.source), ['david-baker']);
});

test('a word opening the sentence before a title is no part of the role ("Then Mayor Ed Lind"); "Former" is', () => {
  const roles = (text: string) => proposeActors(text, () => false).map((a) => [a.name, a.role]);
  // Before: the role "Then Mayor", "The Harbour Mayor".
  assert.deepEqual(roles('Then Mayor Ed Lind spoke.\n'), [['Ed Lind', 'Mayor']]);
  assert.deepEqual(roles('The Harbour Mayor Ed Lind spoke.\n'), [['Ed Lind', 'Harbour Mayor']]);
  assert.deepEqual(roles('Former Mayor Ed Lind spoke.\n'), [['Ed Lind', 'Former Mayor']]);
});

test('a description before a name between commas ("The mayor, Tom Reed, defended …") proposes the person with the description as role', () => {
  const proposed = (text: string) => proposeActors(text, () => false).map((a) => [a.id, a.name, a.role]);
  // Before: nothing proposed, so a later "he said" went to someone else.
  assert.deepEqual(proposed('The mayor, Tom Reed, defended the plan.\n'), [['tom-reed', 'Tom Reed', 'the mayor']]);
  assert.deepEqual(proposed('Then the port\u2019s chief executive, Ann Lee, spoke.\n'), [['ann-lee', 'Ann Lee', 'the port\u2019s chief executive']]);
  // A list or a place is no apposition: no role noun in the words before.
  assert.deepEqual(proposed('In the end, Tom Reed, Ann Lee and Bo Moss left.\n'), []);
  assert.deepEqual(proposed('At the harbour, Tom Reed, a pilot, waited.\n'), [['tom-reed', 'Tom Reed', 'a pilot']]);
  // Through the drafter: "he said" after it is his.
  const text = 'Budget passes\n\nCouncillor Ann Shah voted no. The mayor, Tom Reed, defended the spending. \u201cWe made hard choices,\u201d he said.\n';
  const d = draftArticle({ text, actors: [], agreements: [], existing: none });
  assert.deepEqual(d.claims.map((c) => c.source), ['tom-reed']);
});

test('"he said" after "The mayor, Tom Reed, defended …" in its paragraph is his, not the last speaker of the paragraph before; no description runs over a sentence\u2019s end', () => {
  const text = 'Budget passes\n\n\u201cIt is a betrayal,\u201d Councillor Ann Shah told the chamber.\n\nThe mayor, Tom Reed, defended the spending. \u201cWe made hard choices,\u201d he said.\n';
  const d = draftArticle({ text, actors: [], agreements: [], existing: none });
  // Before: "he" went to ann-shah, who spoke last, and Tom Reed's role was "the chamber.\n\nThe mayor".
  assert.deepEqual(d.claims.map((c) => c.source), ['ann-shah', 'tom-reed']);
  assert.deepEqual(d.actors.map((a) => [a.id, a.role]), [['ann-shah', 'Councillor'], ['tom-reed', 'the mayor']]);
});
