// Plurals that name several people the article has named, one mention for each on the same words
// (guidelines §6, "one span, several referents"; A20's call 100), on made-up sentences
// (src/draft/plurals.ts, families.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './draft-helpers.js';
import type { ActorInput } from '../src/schema.js';

/** The drafted mentions as [words, actor]. */
const mentions = (text: string, actors: ActorInput[]) => drafted(text, actors).mentions;

const person = (id: string, name: string, role?: string): ActorInput => ({ id, name, type: 'person', aliases: [name.split(' ').at(-1)!], ...(role ? { role } : {}) });
const ann = person('ann-moss', 'Ann Moss', 'dock clerk');
const joe = person('joe-hart', 'Joe Hart', 'dock clerk');
const ben = person('ben-roe', 'Ben Roe');
const dan = person('dan-ives', 'Dan Ives', 'the judge');

/** The actors of each span, in the order drafted, as "words: a b c". */
function grouped(text: string, actors: ActorInput[]): string[] {
  const out = new Map<string, string[]>();
  for (const [words, actor] of mentions(text, actors)) out.set(`${words}@${text.indexOf(words)}`, [...(out.get(`${words}@${text.indexOf(words)}`) ?? []), actor!]);
  return [...out].map(([k, ids]) => `${k.replace(/@\d+$/, '')}: ${ids.join(' ')}`);
}

test('a count ("All three", "the three", "the new three") after exactly that many people are named is each of them', () => {
  const text = 'Three held for trial. The court tried Ann Moss, Joe Hart and Ben Roe.\n\nAll three pleaded innocent. Dan Ives spoke.\n\nThe judge freed the three, who left. Nine years is the most the new three face.\n';
  assert.deepEqual(grouped(text, [ann, joe, ben, dan]), [
    'Three: ann-moss joe-hart ben-roe',
    'Ann Moss: ann-moss',
    'Joe Hart: joe-hart',
    'Ben Roe: ben-roe',
    'All three: ann-moss joe-hart ben-roe',
    'Dan Ives: dan-ives',
    'The judge: dan-ives',
    'the three: ann-moss joe-hart ben-roe',
    'the new three: ann-moss joe-hart ben-roe',
  ]);
  // A count of another number, a count before a noun ("the three cases"), a bare count inside a
  // sentence ("from three to four"), or no set of that many: none.
  assert.deepEqual(grouped('Ann Moss, Joe Hart and Ben Roe met. The two left. The three cases grew from three to four.\n', [ann, joe, ben]), ['Ann Moss: ann-moss', 'Joe Hart: joe-hart', 'Ben Roe: ben-roe']);
});

test('a count before an adverb and its verb ("the two even look alike") or a present verb with its object ("The three pay $251") is the people counted; not before a noun or a preposition', () => {
  assert.deepEqual(grouped('Ann Moss and Joe Hart met.\n\nTo an extent, the two even look alike.\n', [ann, joe]).at(-1), 'the two: ann-moss joe-hart');
  assert.deepEqual(grouped('Ann Moss, Joe Hart and Ben Roe share a flat. The three pay $251 a month.\n', [ann, joe, ben]).at(-1), 'The three: ann-moss joe-hart ben-roe');
  // "the two party leaders", "the three pay raises", "the two of the clerks": the count qualifies a noun or opens a partitive.
  assert.equal(grouped('Ann Moss and Joe Hart met. Then the two party leaders spoke, and the two pay raises came.\n', [ann, joe]).length, 2);
  assert.equal(grouped('Ann Moss and Joe Hart met. Then the two of the clerks left.\n', [ann, joe]).length, 2);
});

test('"the Harts": the people of the registry with that surname, one named before', () => {
  const sue = person('sue-hart', 'Sue Hart');
  assert.deepEqual(grouped('Joe Hart and his wife sold books. The Harts were held.\n', [joe, sue]), ['Joe Hart: joe-hart', 'The Harts: joe-hart sue-hart']);
  // One person of that surname, or none of them named before: none.
  assert.deepEqual(grouped('Joe Hart sold books. The Harts were held.\n', [joe]), ['Joe Hart: joe-hart']);
  assert.deepEqual(grouped('The Harts were held. Ann Moss spoke.\n', [joe, sue, ann]), ['Ann Moss: ann-moss']);
});

test('"the two dock clerks": that many people named before, each with that noun in a registered role', () => {
  assert.deepEqual(grouped('Ann Moss and Joe Hart were arrested with Ben Roe. The two dock clerks were held.\n', [ann, joe, ben]).at(-1), 'The two dock clerks: ann-moss joe-hart');
  // Three clerks named, or a role no one has: none.
  const kim = person('kim-lo', 'Kim Lo', 'dock clerk');
  assert.equal(grouped('Ann Moss, Kim Lo and Joe Hart spoke. The two dock clerks were held.\n', [ann, joe, kim]).length, 3);
  assert.equal(grouped('Ann Moss and Joe Hart spoke. The two porters were held.\n', [ann, joe]).length, 2);
});

test('"the two Yankees": the two people named in this sentence and the one before whose registered affiliation is the body of that last word ("New York Yankees")', () => {
  const club: ActorInput = { id: 'yankees', name: 'New York Yankees', type: 'organisation', aliases: [] };
  const of = (p: ActorInput): ActorInput => ({ ...p, affiliation: 'yankees' });
  const text = 'Ben Roe played for the New York Yankees. Ann Moss has 43, Joe Hart 41. This is the edge the two Yankees have.\n';
  assert.deepEqual(grouped(text, [club, of(ann), of(joe), of(ben)]).at(-1), 'the two Yankees: ann-moss joe-hart');
  // Not where they are not registered as its members, nor for a word that ends no registered name.
  assert.equal(grouped(text, [club, ann, joe, ben]).at(-1), 'Joe Hart: joe-hart');
  assert.equal(grouped(text.replace('two Yankees', 'two Giants'), [club, of(ann), of(joe), of(ben)]).at(-1), 'Joe Hart: joe-hart');
});

test('"a shadowy couple who call themselves X and Y": the two people named after it in its sentence', () => {
  const sue = person('sue-hart', 'Sue Hart');
  assert.deepEqual(grouped('A shadowy couple who call themselves Joe Hart and Sue Hart. They sold books.\n', [joe, sue]), [
    'A shadowy couple: joe-hart sue-hart',
    'Joe Hart: joe-hart',
    'Sue Hart: sue-hart',
  ]);
  // "a couple of days", or one person named after it: none.
  assert.equal(grouped('A couple of days later Joe Hart spoke.\n', [joe, sue]).length, 1);
});

test('"their clients" after the lawyers: the one set of people the article counts', () => {
  const text = 'Ann Moss and Joe Hart were tried. The two pleaded innocent. The defending lawyers said their clients would win.\n';
  assert.deepEqual(grouped(text, [ann, joe]).slice(-2), ['The two: ann-moss joe-hart', 'their clients: ann-moss joe-hart']);
  // No lawyers in the sentence, or no set counted: none.
  assert.equal(grouped('Ann Moss and Joe Hart were tried. The two pleaded innocent. The grocers said their clients would pay.\n', [ann, joe]).length, 3);
  assert.equal(grouped('Ann Moss and Joe Hart were tried. The lawyers said their clients would win.\n', [ann, joe]).length, 2);
});

test('"identified the Harts as Tom and Ida Vale, a couple from Leeds": what they were identified as is each of them', () => {
  const sue = person('sue-hart', 'Sue Hart');
  const text = 'Joe Hart and Sue Hart sold books.\n\n(In Leeds, police identified the Harts as Tom and Ida Vale, a couple from Leeds)\n';
  assert.deepEqual(grouped(text, [joe, sue]).slice(-2), ['the Harts: joe-hart sue-hart', 'Tom and Ida Vale, a couple from Leeds: joe-hart sue-hart']);
  // No person identified, or no capital after "as": none.
  assert.equal(grouped('Police identified the car as stolen. Joe Hart spoke.\n', [joe]).length, 1);
  assert.equal(mentions('Joe Hart spoke. Police identified Joe Hart as the owner.\n', [joe]).length, 2);
});

test('people described before they are named: "The dead youth was identified as X", "A young man" before it, "two others" and "The other occupants were X and Y"', () => {
  const text = 'A young man was killed and two others hurt when their car hit a pole.\n\nThe dead youth was identified as Ann Moss, 19.\n\nThe other occupants were Joe Hart, 18, of 9 Elm St., and Ben Roe, 19, both treated at the hospital.\n';
  assert.deepEqual(grouped(text, [ann, joe, ben]), [
    'A young man: ann-moss',
    'two others: joe-hart ben-roe',
    'The dead youth: ann-moss',
    'Ann Moss: ann-moss',
    'The other occupants: joe-hart ben-roe',
    'Joe Hart: joe-hart',
    'Ben Roe: ben-roe',
  ]);
  // Someone named between the indefinite description and the identification: no guess; a count of
  // others that the later "The other …" does not match in number: none either.
  const between = 'A young man was killed and three others hurt. Hart saw it.\n\nThe dead youth was identified as Ann Moss.\n\nThe other occupants were Joe Hart and Ben Roe.\n';
  assert.deepEqual(grouped(between, [ann, joe, ben]), ['Hart: joe-hart', 'The dead youth: ann-moss', 'Ann Moss: ann-moss', 'The other occupants: joe-hart ben-roe', 'Joe Hart: joe-hart', 'Ben Roe: ben-roe']);
  // A predicate that does not open with a name identifies no one.
  assert.deepEqual(grouped('The winner was happy. Ann Moss smiled.\n', [ann]), ['Ann Moss: ann-moss']);
  // Nor does a possessor ("The fault was Moss's"): the description is something of theirs.
  assert.deepEqual(grouped('The fault was Moss\u2019s alone.\n', [ann]), ['Moss: ann-moss']);
});

test('"The man was King Leo Moss": a plain copula naming the subject makes the name, its title with it, a nonMention and the subject the mention (call 203); an identification keeps the name a mention', () => {
  const leo = person('leo-moss', 'Leo Moss', 'King');
  const d = drafted('A historian might name a man. The man was King Leo Moss, who took the land.\n', [leo]);
  assert.deepEqual(d.mentions, [['The man', 'leo-moss']]);
  assert.deepEqual(d.nonMentions.map((n) => n[0]), ['King Leo Moss']);
  // "was identified as": the name introduces the person, a mention beside the description.
  assert.deepEqual(drafted('The dead man was identified as King Leo Moss.\n', [leo]).mentions, [['The dead man', 'leo-moss'], ['King Leo Moss', 'leo-moss']]);
});

test('"these two dealers" is both of the two people named in its paragraph and the one before, over a registered common noun inside it, where a registered role shows them to be dealers; "these two days" is no one', () => {
  const houtz: ActorInput = { id: 'bob-houtz', name: 'Bob Houtz', type: 'person', role: 'Farm machinery dealer', aliases: ['Houtz'] };
  const ehlers: ActorInput = { id: 'gus-ehlers', name: 'Gus Ehlers', type: 'person', aliases: ['Ehlers'] };
  const dealers: ActorInput = { id: 'dealers', name: 'dealers', type: 'unnamed-source', aliases: [] };
  const text = 'Bob Houtz sells pickers.\n\nGus Ehlers, competitor of Mr. Houtz, sells more.\n\nThe gains these two dealers are making are high. In these two days sales rose.\n';
  assert.deepEqual(drafted(text, [houtz, ehlers, dealers]).mentions, [
    ['Bob Houtz', 'bob-houtz'],
    ['Gus Ehlers', 'gus-ehlers'],
    ['Mr. Houtz', 'bob-houtz'],
    ['these two dealers', 'gus-ehlers'],
    ['these two dealers', 'bob-houtz'],
  ]);
});

test('"their families" after two people with registered families ("Moss\u2019s family") is each family, and "Moss\u2019s" standing alone for one after it; not with one family registered, nor a possessive before a noun', () => {
  const family = (id: string, name: string): ActorInput => ({ id, name, type: 'group', aliases: [] });
  const fams = [family('moss-family', 'Moss\u2019s family'), family('hart-family', 'Hart\u2019s family')];
  const text = 'Ann Moss and Joe Hart won.\n\nWith their families away (Moss\u2019s in Dallas, Hart\u2019s in Fargo), they share a flat.\n';
  assert.deepEqual(grouped(text, [ann, joe, ...fams]), [
    'Ann Moss: ann-moss',
    'Joe Hart: joe-hart',
    'their families: moss-family hart-family',
    'Moss: ann-moss',
    'Moss\u2019s: moss-family',
    'Hart: joe-hart',
    'Hart\u2019s: hart-family',
  ]);
  assert.deepEqual(grouped(text, [ann, joe, fams[0]!]), ['Ann Moss: ann-moss', 'Joe Hart: joe-hart', 'Moss: ann-moss', 'Hart: joe-hart']);
  assert.deepEqual(grouped('Ann Moss and Joe Hart won. With their families away, Moss\u2019s car stood idle.\n', [ann, joe, ...fams]).filter((g) => g.startsWith('Moss\u2019s')), []);
});
