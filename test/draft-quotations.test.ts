// The rules that tell a direct quotation from a quotation inside the writer's sentence, and carry
// its speaker on, each on made-up sentences (src/draft/quotations.ts, src/draft/direct.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allQuotations, isDirect } from '../src/draft/quotations.js';
import { draftDirect } from '../src/draft/direct.js';
import { draftIndirect } from '../src/draft/indirect.js';
import { draftArticle } from '../src/draft/draft.js';
import type { Known } from '../src/draft/cues.js';
import type { ActorInput } from '../src/schema.js';
import { none } from './draft-helpers.js';

/** Each quotation's content, and whether it is taken as direct. */
const verdicts = (text: string) => allQuotations(text).map((q) => [text.slice(q.inner.from, q.inner.to), isDirect(text, q)]);

/** Speakers known by surname only, all persons; nothing proposed. */
const known = (people: Record<string, string>): Known => ({
  mentions: [],
  typeOf: () => 'person',
  byName: () => undefined,
  bySurname: (s) => people[s],
  byRole: () => undefined,
  inQuotation: () => false,
  propose: () => {
    throw new Error('no new actor expected');
  },
});

test('a whole sentence quoted, then attributed, is direct even after words with no full stop (a headline run into the paragraph)', () => {
  const text = 'Mayor under fire \u201cThe bridge will not open this year\u201d, Okafor told the council.\n';
  assert.deepEqual(verdicts(text), [['The bridge will not open this year', true]]);
  // Curly or straight marks, comma inside or outside them.
  assert.deepEqual(verdicts('Budget row "The numbers do not add up," Okafor said.\n'), [['The numbers do not add up', true]]);
  assert.deepEqual(verdicts('Port news \u201cWhere is the money?\u201d asked Okafor.\n'), [['Where is the money?', true]]);
});

test('a phrase quoted in the writer\u2019s sentence stays a mixed quotation, cue or no cue after it', () => {
  // Lower case, or too short to be a sentence, or no cue: part of the writer's sentence.
  assert.deepEqual(verdicts('The council called the plan \u201ca costly mistake\u201d, Okafor said.\n'), [['a costly mistake', false]]);
  assert.deepEqual(verdicts('The council called the plan \u201cCostly Folly\u201d, Okafor said.\n'), [['Costly Folly', false]]);
  assert.deepEqual(verdicts('Residents read \u201cThe Harbour Gazette Weekly\u201d, a paper of the town.\n'), [['The Harbour Gazette Weekly', false]]);
});

test('a quotation after a speech verb is direct only when no clause stands between them', () => {
  // The quoted words are all that was urged or said: direct.
  assert.deepEqual(verdicts('Okafor urged the council \u201cto act before the winter\u201d.\n'), [['to act before the winter', true]]);
  assert.deepEqual(verdicts('Okafor said simply \u201cno\u201d.\n'), [['no', true]]);
  // The quotation ends a reported clause of its own ("the money was …"): mixed, so indirect.
  assert.deepEqual(verdicts('Okafor said the money was spent \u201cwithout any care\u201d.\n'), [['without any care', false]]);
  assert.deepEqual(verdicts('He said that funds had gone \u201cto the wrong people\u201d.\n'), [['to the wrong people', false]]);
});

test('a quotation with no cue of its own continues the one before it in its paragraph, with its speaker', () => {
  const text = 'Harbour row \u201cThe plan is dead\u201d, Okafor told the council. \u201cNobody will pay for it. Nobody ever would\u201d.\n';
  const claims = draftDirect(text, known({ Okafor: 'sam-okafor' }));
  assert.deepEqual(
    claims.map((c) => [text.slice(c.range.from, c.range.to), c.source, c.cue]),
    [
      ['The plan is dead', 'sam-okafor', 'told'],
      ['Nobody will pay for it. Nobody ever would', 'sam-okafor', 'told'],
    ],
  );
});

test('a speech verb joined by "and" to the sentence\u2019s first verb takes its subject as the speaker', () => {
  const text = 'Okafor cited the flood of 1952, and added, \u201cwe cannot wait for another\u201d.\n';
  const claims = draftDirect(text, known({ Okafor: 'sam-okafor' }));
  assert.deepEqual(claims.map((c) => [text.slice(c.range.from, c.range.to), c.source, c.cue]), [['we cannot wait for another', 'sam-okafor', 'added']]);
  // A pronoun subject is resolved as any "he said" is.
  const two = 'Okafor spoke first.\n\nHe cited the flood of 1952, where after ten years the river rose again, and then said: \u201cNever again.\u201d\n';
  const withMention: Known = { ...known({}), mentions: [{ range: { from: 0, to: 6 }, actor: 'sam-okafor' }] };
  assert.deepEqual(draftDirect(two, withMention).map((c) => [c.source, c.cue]), [['sam-okafor', 'said']]);
  // "The report …, and added": no subject the drafter can name, so no speaker guessed.
  assert.deepEqual(draftDirect('The report cited the flood, and added, \u201cwe cannot wait\u201d.\n', known({ Okafor: 'sam-okafor' })), []);
});

test('a quotation inside the speaker\u2019s relative clause does not hide the speaker of the quotation after it', () => {
  const text = 'Mrs. Okafor, who kept repeating her plea that they \u201cact now\u201d, said, \u201cThe town cannot wait another year\u201d.\n';
  // The plea's words are a mixed quotation; the second is direct, and hers.
  assert.deepEqual(verdicts(text), [
    ['act now', false],
    ['The town cannot wait another year', true],
  ]);
  const claims = draftDirect(text, known({ Okafor: 'sam-okafor' }));
  assert.deepEqual(claims.map((c) => [text.slice(c.range.from, c.range.to), c.source, c.cue]), [['The town cannot wait another year', 'sam-okafor', 'said']]);
});

test('a reported "clause" that is one whole quotation in marks is not proposed as indirect speech', () => {
  const text = 'Okafor said \u201cWe will see\u201d.\n';
  assert.deepEqual(draftIndirect(text, known({ Okafor: 'sam-okafor' }), []), []);
  // Words of the writer's with a quoted phrase in them stay reported speech.
  const mixed = 'Okafor said the plan was \u201ca costly mistake\u201d.\n';
  assert.deepEqual(draftIndirect(mixed, known({ Okafor: 'sam-okafor' }), []).map((c) => mixed.slice(c.range.from, c.range.to)), ['the plan was \u201ca costly mistake\u201d']);
});

test('"he said" after a sentence whose subject spoke through its own "he said" is that subject\u2019s, not an earlier speaker\u2019s', () => {
  const okafor = { id: 'sam-okafor', name: 'Sam Okafor', type: 'person' as const, aliases: ['Okafor'] };
  const lind = { id: 'ada-lind', name: 'Ada Lind', type: 'person' as const, aliases: ['Lind'] };
  const text = 'The pier will wait, Lind said.\n\nSam Okafor, a lawyer for the port, sounded the keynote when he said the pier would sink.\n\n\u201cIt is a wreck\u201d, he said.\n';
  const d = draftArticle({ text, actors: [okafor, lind], agreements: [], existing: { mentions: [], nonMentions: [], claims: [], regions: [] } });
  assert.deepEqual(d.claims.filter((c) => c.attribution === 'direct').map((c) => [text.slice(c.range.from, c.range.to), c.source]), [['It is a wreck', 'sam-okafor']]);
});

/** Direct claims drafted from the text with these actors: [content, source, cue]. */
function directOf(text: string, actors: ActorInput[]) {
  const d = draftArticle({ text, actors, agreements: [], existing: { mentions: [], nonMentions: [], claims: [], regions: [] } });
  return d.claims.filter((c) => c.attribution === 'direct').map((c) => [text.slice(c.range.from, c.range.to), c.source, c.cue]);
}

const ann = { id: 'ann-okafor', name: 'Ann Okafor', type: 'person' as const, aliases: ['Okafor'] };
const bo = { id: 'bo-lind', name: 'Bo Lind', type: 'person' as const, aliases: ['Lind'] };
const cy = { id: 'cy-moss', name: 'Cy Moss', type: 'person' as const, aliases: ['Moss'] };

test('"she said" is a woman\u2019s, shown by "Mrs."/"Miss" or the registry, even when a man spoke last; "he said" never hers', () => {
  assert.deepEqual(directOf('Mrs. Ann Okafor rose. The pier will wait, Lind said.\n\n\u201cIt will not\u201d, she said.\n', [ann, bo]), [['It will not', 'ann-okafor', 'said']]);
  const registeredWoman = { ...ann, role: 'Mrs.; harbour commissioner' };
  assert.deepEqual(directOf('Lind spoke, and then Okafor rose.\n\n\u201cIt is late\u201d, he said.\n', [registeredWoman, bo]), [['It is late', 'bo-lind', 'said']]);
});

test('a question with a capitalised cue after it is the asker\u2019s; the answer\u2019s "he said" is the man asked, not the last speaker', () => {
  const text = 'The pier will wait, Moss said.\n\n\u201cCan you defend this contract\u201d?? Asked Mrs. Ann Okafor, member for Lane County, of the chairman, Bo Lind.\n\n\u201cI can\u201d, he said.\n';
  assert.deepEqual(directOf(text, [ann, bo, cy]), [
    ['Can you defend this contract', 'ann-okafor', 'Asked'],
    ['I can', 'bo-lind', 'said'],
  ]);
});

test('a pronoun\u2019s nearest person in an aside joined to the subject ("X, later joined by Y, took …") gives way to the subject', () => {
  const eve = { id: 'eve-hart', name: 'Eve Hart', type: 'person' as const, aliases: ['Hart'] };
  const text = 'Mrs. Okafor, later joined by the deputy, Mrs. Eve Hart, took Lind to task.\n\n\u201cI resent it\u201d, she said.\n';
  assert.deepEqual(directOf(text, [ann, bo, eve]), [['I resent it', 'ann-okafor', 'said']]);
});

test('a run-in headline in marks opening its paragraph ("“Of highest value” The fact …") is no quotation and continues none', () => {
  const text = '\u201cThis is stolen money\u201d, said Okafor.\n\n\u201cOf highest value\u201d The fact that plans were taken had been hinted at.\n';
  assert.deepEqual(verdicts(text), [
    ['This is stolen money', true],
    ['Of highest value', false],
  ]);
  // A quotation opening a paragraph with a stop of its own still carries its speaker on.
  assert.deepEqual(verdicts('\u201cIt is over.\u201d The crowd cheered.\n'), [['It is over.', true]]);
});

test('"said the magistrate, Ann Okafor": the description\u2019s name in apposition after it is the speaker', () => {
  const okafor: ActorInput = { id: 'ann-okafor', name: 'Ann Okafor', type: 'person', aliases: ['Okafor'] };
  const text = 'Refuses bail \u201cI am not prepared to grant bail to any of them\u201d, said the magistrate, Ann Okafor.\n';
  const claims = draftArticle({ text, actors: [okafor], agreements: [], existing: { mentions: [], nonMentions: [], claims: [], regions: [] } }).claims;
  assert.deepEqual(claims.map((c) => [text.slice(c.range.from, c.range.to), c.source]), [['I am not prepared to grant bail to any of them', 'ann-okafor']]);
});

test('a quotation carried over paragraphs continues past a run-in headline before its reopening mark', () => {
  const text = '\u201cThe port will open in May\u201d, Okafor said. \u201cIt will cost less than planned.\n\nPlans changed \u201cThe bridge comes later.\n\nRiver traffic \u201cNobody will notice.\u201d\n';
  const quotations = allQuotations(text);
  assert.deepEqual(quotations.map((q) => [text.slice(q.inner.from, q.inner.to), q.continued, isDirect(text, q)]), [
    ['The port will open in May', false, true],
    ['It will cost less than planned.', false, true],
    ['The bridge comes later.', true, true],
    ['Nobody will notice.', true, true],
  ]);
  assert.deepEqual(draftDirect(text, known({ Okafor: 'sam-okafor' })).map((c) => [text.slice(c.range.from, c.range.to), c.source]), [
    ['The port will open in May', 'sam-okafor'],
    ['It will cost less than planned.', 'sam-okafor'],
    ['The bridge comes later.', 'sam-okafor'],
    ['Nobody will notice.', 'sam-okafor'],
  ]);
  // No quotation left open before it: the words before the mark are no headline of a continuation.
  const closed = 'Okafor spoke.\n\nPlans changed \u201cthe bridge\u201d comes later.\n';
  assert.deepEqual(allQuotations(closed).map((q) => [q.continued, isDirect(closed, q)]), [[false, false]]);
});

test('a statement referred back to speaks for the body that issued it', () => {
  const board: ActorInput = { id: 'port-board', name: 'Harbour Port Board', type: 'organisation', aliases: [] };
  const actors = [board, { id: 'sam-okafor', name: 'Sam Okafor', type: 'person', aliases: ['Okafor'] } as ActorInput];
  const draft = (text: string) => draftArticle({ text, actors, agreements: [], existing: { mentions: [], nonMentions: [], claims: [], regions: [] } });
  const speakers = (text: string) => draft(text).claims.map((c) => [text.slice(c.range.from, c.range.to), c.source]);
  // "a statement adopted by X", then "the statement said".
  const adopted = 'A statement adopted by the Harbour Port Board on Friday noted that fees would rise.\n\n\u201cWe have no choice\u201d, the statement said.\n';
  assert.deepEqual(speakers(adopted), [
    ['fees would rise', 'port-board'],
    ['We have no choice', 'port-board'],
  ]);
  assert.deepEqual(draft(adopted).actors, []);
  // "X's statement", "X issued a statement".
  assert.deepEqual(speakers('Okafor\u2019s statement came late. \u201cWe will pay\u201d, the statement said.\n'), [['We will pay', 'sam-okafor']]);
  assert.deepEqual(speakers('The Harbour Port Board issued a statement. \u201cFees will rise\u201d, the statement said.\n'), [['Fees will rise', 'port-board']]);
  // A statement whose issuer the text never names stays a new unnamed source to review.
  const unnamed = 'Fees went up. \u201cWe had no choice\u201d, the statement said.\n';
  assert.deepEqual(draft(unnamed).claims.map((c) => c.source), ['the-statement']);
});

const people: ActorInput[] = [
  { id: 'ann-vale', name: 'Ann Vale', type: 'person', aliases: ['Vale'] },
  { id: 'tom-reed', name: 'Tom Reed', type: 'person', aliases: ['Reed'] },
];
/** Each drafted claim as [words, source, attribution]. */
function claimsOf(text: string): [string, string, string][] {
  return draftArticle({ text, actors: people, agreements: [], existing: { mentions: [], nonMentions: [], claims: [], regions: [] } }).claims.map((c) => [text.slice(c.range.from, c.range.to), c.source, c.attribution]);
}

test('"said that \u201c\u2026\u201d": a quotation that is the whole reported clause is direct, its "that" taken up again after an aside too', () => {
  assert.deepEqual(verdicts('Vale cautioned that \u201cthe greater danger is inflation\u201d.\n'), [['the greater danger is inflation', true]]);
  assert.deepEqual(claimsOf('Vale said that from her years in the port, that \u201cthe fleet respects strength\u201d.\n'), [['the fleet respects strength', 'ann-vale', 'direct']]);
  // Words of the clause outside the marks make it a mixed quotation, part of an indirect claim.
  assert.deepEqual(verdicts('Vale noted that in war \u201cyou can\u2019t buy yourself out\u201d.\n'), [['you can\u2019t buy yourself out', false]]);
  // Nor when the quotation does not end the sentence.
  assert.deepEqual(verdicts('Vale said that \u201cthe plan\u201d was dead on arrival.\n'), [['the plan', false]]);
});

test('"said that CLAUSE, \u201cfor \u2026\u201d": the reported clause is indirect and the quotation going on from it direct, under the same cue', () => {
  assert.deepEqual(claimsOf('Vale said that sooner or later we must leave, \u201cfor unless we do we will fail\u201d.\n'), [
    ['sooner or later we must leave', 'ann-vale', 'indirect'],
    ['for unless we do we will fail', 'ann-vale', 'direct'],
  ]);
});

test('"because, as X explained, \u201c\u2026\u201d": a comment clause with "as" cues the quotation after it, not the words before it; ", X said, \u201cand \u2026\u201d" still reports them', () => {
  assert.deepEqual(claimsOf('The ship ran aground at noon because, as Vale explained, \u201cthe tide was out\u201d.\n'), [['the tide was out', 'ann-vale', 'direct']]);
  assert.deepEqual(claimsOf('The fleet must leave the port, Vale said, \u201cand leave it now\u201d.\n'), [
    ['The fleet must leave the port', 'ann-vale', 'indirect'],
    ['and leave it now', 'ann-vale', 'direct'],
  ]);
});

test('a pair of marks alone in parentheses going on with "and" from a direct quotation earlier in its paragraph ("(\u201cand I hope I hit 81\u201d)") is the same speaker\u2019s; not with none before it', () => {
  const text = 'Each likes to see the other score (\u201cI hope Tom scores twice\u201d, Vale says), and each likes even more to score (\u201cand I hope I score three\u201d).\n';
  assert.deepEqual(claimsOf(text), [
    ['I hope Tom scores twice', 'ann-vale', 'direct'],
    ['and I hope I score three', 'ann-vale', 'direct'],
  ]);
  assert.deepEqual(verdicts('Vale spoke. The crowd cheered the home side (\u201cand the referee\u201d).\n'), [['and the referee', false]]);
});

test('a paragraph whose first mark closes a quotation never opened, a cue after it, is read as quoted from its start', () => {
  const text = 'Vale spoke at noon.\n\nRather than waiting we must act\u201d, she said \u201cand act now\u201d.\n';
  assert.deepEqual(verdicts(text), [['Rather than waiting we must act', true], ['and act now', true]]);
  assert.deepEqual(claimsOf(text).map(([w, s]) => [w, s]), [
    ['Rather than waiting we must act', 'ann-vale'],
    ['and act now', 'ann-vale'],
  ]);
  // A stray closing mark with no cue after it opens nothing.
  assert.deepEqual(verdicts('Vale said the aim was a better image for welfare\u201d.\n'), []);
});

test('"He" after a run-in headline speaks, and a run of paragraphs opening "He said" carries the speaker named before them', () => {
  const text = [
    'Ann Vale spoke first. Tom Reed declared, \u201cWe must be ready.\u201d',
    'He said that from his years with Vale in the port, that \u201cthe fleet respects strength\u201d.',
    'He called the plan a blunder.',
    'Danger cited He cautioned that \u201cthe greater danger is delay\u201d.',
  ].join('\n\n') + '\n';
  assert.deepEqual(claimsOf(text).filter(([, , a]) => a === 'direct').map(([w, s]) => [w, s]), [
    ['We must be ready.', 'tom-reed'],
    ['the fleet respects strength', 'tom-reed'],
    ['the greater danger is delay', 'tom-reed'],
  ]);
});

test('", but \u201c\u2026\u201d" after a reported clause: a clause of its own in marks ending the sentence is the same speaker\u2019s direct quotation', () => {
  const text = 'Vale spoke at noon.\n\n\u201cIn view of the growth\u201d, Vale said the odds favor higher rates, but \u201cthere is reason to believe the change will be mild\u201d.\n';
  assert.deepEqual(claimsOf(text).filter(([, , a]) => a === 'direct').map(([w, s]) => [w, s]), [
    ['In view of the growth', 'ann-vale'],
    ['there is reason to believe the change will be mild', 'ann-vale'],
  ]);
  // A phrase in marks with no verb of its own stays a mixed quotation.
  assert.deepEqual(verdicts('Vale said the plan was late, and \u201ca costly mistake\u201d.\n'), [['a costly mistake', false]]);
  // No cue in the sentence: nothing is reported.
  assert.deepEqual(verdicts('The plan was late, but \u201cthere is time\u201d.\n'), [['there is time', false]]);
});

test('"he says" after a person whose mention takes in an apposition naming another ("X, competitor of Mr. Y, says …") is X, who spoke', () => {
  const houtz: ActorInput = { id: 'bob-houtz', name: 'Bob Houtz', type: 'person', aliases: ['Houtz'] };
  const ehlers: ActorInput = { id: 'gus-ehlers', name: 'Gus Ehlers', type: 'person', role: 'competitor of Mr. Houtz in this farm community', aliases: ['Ehlers'] };
  const text = 'Bob Houtz sells tractors.\n\nGus Ehlers, competitor of Mr. Houtz in this farm community, says his business since August 1 is running 50% above a year earlier. \u201cBefore then, my sales had lagged\u201d, he says.\n';
  const d = draftArticle({ text, actors: [houtz, ehlers], agreements: [], existing: { mentions: [], nonMentions: [], claims: [], regions: [] } });
  assert.deepEqual(d.claims.filter((c) => c.attribution === 'direct').map((c) => [text.slice(c.range.from, c.range.to), c.source]), [['Before then, my sales had lagged', 'gus-ehlers']]);
});

test('a cue before a colon takes its subject from its own clause: after a semicolon, or in a short clause after "when"', () => {
  const text = 'Okafor sent a note to Lind;; and Moss said: \u201cThe note is late\u201d.\n\nAll week Okafor was busy;; in effect, she was doing what she stood for in her speech of last month when she declared: \u201cWe will listen\u201d.\n';
  const mrs = { ...ann, role: 'Mrs.' };
  assert.deepEqual(directOf(text, [mrs, bo, cy]), [
    ['The note is late', 'cy-moss', 'said'],
    ['We will listen', 'ann-okafor', 'declared'],
  ]);
});

test('"he said" after a person brought in as a sentence\u2019s subject in the quotation\u2019s paragraph is that person\u2019s, not the speaker of an earlier paragraph', () => {
  const text = '\u201cThe pier is sinking\u201d, Lind said.\n\nCy Moss was standing on the quay. \u201cIt is half under\u201d, he said.\n';
  assert.deepEqual(directOf(text, [bo, cy]), [
    ['The pier is sinking', 'bo-lind', 'said'],
    ['It is half under', 'cy-moss', 'said'],
  ]);
});

test('a quotation whose speaker the text names only by description ("the elder man told Rickards") is proposed, its speaker a new unnamed source as printed', () => {
  const text = 'Bo Lind flew the plane.\n\n\u201cTurn south\u201d, the elder man told Lind.\n';
  const d = draftArticle({ text, actors: [bo], agreements: [], existing: { mentions: [], nonMentions: [], claims: [], regions: [] } });
  assert.deepEqual(d.claims.filter((c) => c.attribution === 'direct').map((c) => [text.slice(c.range.from, c.range.to), c.source]), [['Turn south', 'the-elder-man']]);
  assert.deepEqual(d.actors.map((a) => [a.name, a.type]), [['the elder man', 'unnamed-source']]);
});

test('"it said" is the nearest body named before it in its paragraph, or the body a message it sent speaks for; none where the paragraph names none', () => {
  const bank: ActorInput = { id: 'harbour-bank', name: 'a bank in Wessex', type: 'unnamed-source', aliases: [] };
  const text = 'Bo Lind sold the shares.\n\nA cable came from a bank in Wessex. \u201cWe take 500 shares\u201d, it said. Lind said no.\n\n\u201cWe take 100\u201d, it said.\n';
  // The last paragraph names no body: its "it" is left to the reader.
  assert.deepEqual(directOf(text, [bo, bank]), [['We take 500 shares', 'harbour-bank', 'said']]);
  // Not a person, nor a name inside the quotation.
  assert.deepEqual(directOf('Bo Lind read the cable. \u201cPay Lind now\u201d, it said.\n', [bo, bank]), []);
});

test('a dateline opening the report is no part of the speaker before a colon ("Elburn, Ill. -- Dealer Bo Lind tilts back … and tells of …: “…”")', () => {
  const text = 'Elburn, Ill. -- Farm machinery dealer Bo Lind tilts back in a battered old chair and tells of a sharp pickup in sales: \u201cWe have sold four corn pickers since Labor Day\u201d.\n';
  assert.deepEqual(directOf(text, [bo]), [['We have sold four corn pickers since Labor Day', 'bo-lind', 'tells']]);
});

test('"reminisces" and "recalls" attribute a quotation as "recalled" does, the second pair of marks after them keeping their speaker', () => {
  const text = 'Bo Lind farms near the river.\n\n\u201cMy father sold the first tractor in the county\u201d, he reminisces. \u201cWe never looked back\u201d.\n\n\u201cThe river froze that year\u201d, Lind recalls.\n';
  assert.deepEqual(directOf(text, [bo]), [
    ['My father sold the first tractor in the county', 'bo-lind', 'reminisces'],
    ['We never looked back', 'bo-lind', 'reminisces'],
    ['The river froze that year', 'bo-lind', 'recalls'],
  ]);
});

test('a reason in the first person in marks after "because" ("simply because “It\u2019s unlike me”") is the words of the sentence\u2019s subject; not in the third person, nor before more of the sentence', () => {
  const text = 'Bo Lind buys old tractors.\n\nOccasionally he buys a new one simply because \u201cIt\u2019s good for me\u201d. He sold two.\n';
  assert.deepEqual(directOf(text, [bo]), [['It\u2019s good for me', 'bo-lind', 'simply because']]);
  assert.deepEqual(directOf('Bo Lind buys old tractors because \u201cThey are cheap\u201d.\n', [bo]), []);
  assert.deepEqual(directOf('Bo Lind buys old tractors because \u201cI like them\u201d and his sons do.\n', [bo]), []);
});

test('"Said General Okafor: “…”": the speech verb inverted to open the sentence cues the quotation after its subject; not a participle opening the sentence ("Asked about it, …")', () => {
  const text = 'Okafor reported. Said General Okafor: \u201cA year ago I took the plow in hand.\u201d\n';
  const titled: Known = { ...known({ Okafor: 'sam-okafor' }), mentions: [{ range: { from: 22, to: 36 }, actor: 'sam-okafor' }] };
  assert.deepEqual(draftDirect(text, titled).map((c) => [text.slice(c.range.from, c.range.to), c.source, c.cue]), [['A year ago I took the plow in hand.', 'sam-okafor', 'Said']]);
  // A participle opening the sentence, its subject no name after it, is no inverted cue.
  const other = 'Okafor reported. Asked about it, the old farmer sighed: \u201cA year ago I took the plow in hand.\u201d\n';
  assert.deepEqual(draftDirect(other, known({ Okafor: 'sam-okafor' })).map((c) => c.source), []);
});

test('"in the words of X, “…”" attributes the quotation to X, as "according to X" does (Brown A15, A36)', () => {
  const text = 'The law must treat all alike. Or, in the words of Okafor, \u201cThe law forbids the rich and the poor alike to sleep under bridges\u201d.\n';
  const claims = draftDirect(text, known({ Okafor: 'sam-okafor' }));
  assert.deepEqual(
    claims.map((c) => [text.slice(c.range.from, c.range.to), c.source, c.cue]),
    [['The law forbids the rich and the poor alike to sleep under bridges', 'sam-okafor', 'in the words of']],
  );
});

test('a paragraph of reported speech closed by its cue, then a quotation paragraph with no cue: the quotation is the speaker\'s (Brown A12)', () => {
  const moritz: ActorInput = { id: 'eldon-moritz', name: 'Eldon Moritz', type: 'person', aliases: ['Moritz'] };
  const text = 'Eldon Moritz kicks.\n\nPlace kicking is largely a matter of timing, Moritz declared.\n\n\u201cOnce you get the feel of it, there is not much to it.\n\n\u201cIt is kind of like golf\u201d.\n\nThe team won, the coach said. \u201cNo.\u201d\n';
  const claims = draftArticle({ text, actors: [moritz], agreements: [], existing: none }).claims.filter((c) => c.attribution === 'direct');
  assert.deepEqual(claims.map((c) => [text.slice(c.range.from, c.range.to), c.source, c.cue]), [
    ['Once you get the feel of it, there is not much to it.', 'eldon-moritz', 'declared'],
    ['It is kind of like golf', 'eldon-moritz', 'declared'],
  ]);
});

test('a speech verb heading a clause of its own before the subject\'s ("when Royal was informed that …, he said:") is passed over for the one the quotation belongs to', () => {
  const royal: ActorInput = { id: 'darrell-royal', name: 'Darrell Royal', type: 'person', aliases: ['Royal'] };
  const text = 'Darrell Royal coaches.\n\nLast week, when Royal was informed that three of his backs were among the top four in rushing, he said: \u201cThat will not last long\u201d.\n';
  const claims = draftArticle({ text, actors: [royal], agreements: [], existing: none }).claims.filter((c) => c.attribution === 'direct');
  assert.deepEqual(claims.map((c) => [text.slice(c.range.from, c.range.to), c.source, c.cue]), [['That will not last long', 'darrell-royal', 'said']]);
});

test('a quotation interrupted by its cue is the speaker\u2019s on both sides, even where the first part opens in lower case', () => {
  // "… hospitality “and, when guests arrive”, says Mrs. Grinsfelder, “that is …”" (Brown A18): one claim per pair of marks (call 66).
  const text = 'The harbour is known for its fish \u201cand, when the boats come in tonight\u201d, says Okafor, \u201cthat is what we will sell\u201d.\n';
  assert.deepEqual(verdicts(text), [
    ['and, when the boats come in tonight', true],
    ['that is what we will sell', true],
  ]);
  assert.deepEqual(
    draftDirect(text, known({ Okafor: 'sam-okafor' })).map((c) => [text.slice(c.range.from, c.range.to), c.source, c.cue]),
    [
      ['and, when the boats come in tonight', 'sam-okafor', 'says'],
      ['that is what we will sell', 'sam-okafor', 'says'],
    ],
  );
  // The subject before the verb, and a title's stop in the name.
  assert.deepEqual(verdicts('The fish are \u201cthe best in years\u201d, Mrs. Okafor said, \u201cand cheap\u201d.\n')[0], ['the best in years', true]);
  // A phrase in marks with a cue after it but no second pair stays the writer's.
  assert.deepEqual(verdicts('The council called the plan \u201ca costly mistake\u201d, Okafor said.\n'), [['a costly mistake', false]]);
  // Nor is a phrase followed by a list of the writer's own a cue.
  assert.deepEqual(verdicts('They served \u201cgumbo\u201d, rice, \u201cpralines\u201d and coffee.\n')[0], ['gumbo', false]);
});

test('"say", the present of several speakers, is a cue after a quotation ("say the mothers", "the mothers say"), not after a modal or "to"', () => {
  // Brown A18: "“We worry”, say the mothers. “But there never is any need. The boys love it”."
  const mothers: ActorInput = { id: 'school-mothers', name: 'the mothers of the Harbour School\u2019s pupils', type: 'unnamed-source', aliases: [] };
  const text = 'The Harbour School camps out all winter, and the pupils go every week.\n\n\u201cWe worry\u201d, say the mothers. \u201cBut the pupils love it\u201d.\n';
  const d = draftArticle({ text, actors: [mothers], agreements: [], existing: none });
  assert.deepEqual(d.claims.map((c) => [text.slice(c.range.from, c.range.to), c.source, c.cue]), [
    ['We worry', 'school-mothers', 'say'],
    ['But the pupils love it', 'school-mothers', 'say'],
  ]);
  // The subject before the verb.
  const after = text.replace('say the mothers', 'the mothers say');
  assert.deepEqual(draftArticle({ text: after, actors: [mothers], agreements: [], existing: none }).claims.map((c) => [c.source, c.cue]), [
    ['school-mothers', 'say'],
    ['school-mothers', 'say'],
  ]);
  // "hard to say", "I'd say": no cue.
  assert.deepEqual(draftDirect('\u201cThe pier is safe\u201d, it is hard to say.\n', known({ it: 'x' })), []);
});

test('a title ending in "woman" shows a woman: "he said" does not go to Councilwoman Jo Park, "she said" does', () => {
  const jo = { id: 'jo-park', name: 'Jo Park', type: 'person' as const, aliases: ['Park'] };
  // Before: "he said" went to jo-park, the only person named (only "woman", "chairwoman" and "spokeswoman" were read).
  assert.deepEqual(directOf('Councilwoman Jo Park backed the plan. \u201cIt is a good plan,\u201d he said.\n', [jo]), []);
  assert.deepEqual(directOf('Councilwoman Jo Park backed the plan. \u201cIt is a good plan,\u201d she said.\n', [jo]), [['It is a good plan', 'jo-park', 'said']]);
  assert.deepEqual(directOf('Congressman Jo Park backed the plan. \u201cIt is a good plan,\u201d she said.\n', [jo]), []);
  // The word before a mention is read in its own sentence: the last word of the one before is no title of his.
  const ed = { id: 'ed-lind', name: 'Ed Lind', type: 'person' as const, aliases: ['Lind'] };
  assert.deepEqual(directOf('The board named a committeewoman. Supervisor Ed Lind spoke. \u201cIt is sound,\u201d he said.\n', [ed]), [['It is sound', 'ed-lind', 'said']]);
});

test('a sentence opening with its unnamed speaker ("An official said", "A spokesman for the port told") has that speaker, a new unnamed source', () => {
  const d = (text: string) => draftArticle({ text, actors: [], agreements: [], existing: none });
  const speakers = (text: string) => {
    const drafted = d(text);
    return drafted.claims.map((c) => [text.slice(c.range.from, c.range.to), c.source, drafted.actors.find((a) => a.id === c.source)?.type]);
  };
  // Before: no speaker for either, only "no speaker found" (proposeNew took a lower-case determiner only).
  assert.deepEqual(speakers('Talks resumed.\n\nAn official said \u201cthe talks will go on for a week\u201d.\n'), [['the talks will go on for a week', 'an-official', 'unnamed-source']]);
  assert.deepEqual(speakers('A spokesman for the port told reporters, \u201cWe are ready to sign.\u201d\n'), [['We are ready to sign.', 'a-spokesman-for-the-port', 'unnamed-source']]);
  assert.deepEqual(speakers('Two senior diplomats said: \u201cNothing is agreed.\u201d\n'), [['Nothing is agreed.', 'two-senior-diplomats', 'unnamed-source']]);
  // The new actor is a mention where it speaks, its words as printed.
  const text = 'An official said \u201cthe talks will go on\u201d.\n';
  assert.deepEqual(d(text).mentions.map((m) => [text.slice(m.range.from, m.range.to), m.actor]), [['An official', 'an-official']]);
  // A subject that is no person is still no speaker: a report, or a clause whose head noun acts.
  assert.deepEqual(speakers('A report cited the flood, and added, \u201cwe cannot wait\u201d.\n'), []);
  assert.deepEqual(speakers('Some officials cited the figures and said: \u201cNothing is agreed.\u201d\n'), []);
  // "The minister said" refers back to someone introduced: no new unnamed source stands in for him.
  assert.deepEqual(speakers('The minister said: \u201cNothing is agreed.\u201d\n'), []);
});

test('a speaker after a clause and "and" is the noun phrase, not "and …" ("Talks are on, and an official said")', () => {
  const text = 'Talks are on, and an official said \u201cnothing is agreed yet\u201d.\n';
  const drafted = draftArticle({ text, actors: [], agreements: [], existing: none });
  // Before: a new actor "and an official".
  assert.deepEqual(drafted.claims.map((c) => c.source), ['an-official']);
  assert.deepEqual(drafted.actors.map((a) => [a.id, a.name]), [['an-official', 'an official']]);
  assert.deepEqual(drafted.mentions.map((m) => text.slice(m.range.from, m.range.to)), ['an official']);
});

test('a speaker named with Mr., Mrs., Ms. or Dr. and a full name is a new person, the honorific kept out of the name', () => {
  const drafted = (text: string) => draftArticle({ text, actors: [], agreements: [], existing: none });
  // Before: "no speaker found" for each (the honorific is no name's first word, and no title).
  for (const [honorific, name] of [['Mr.', 'John Smith'], ['Ms.', 'Jane Doe'], ['Mrs.', 'Ada Lind'], ['Dr.', 'Cy W. Moss']] as const) {
    const text = `The harbour stays shut.\n\n${honorific} ${name} told reporters, \u201cThe harbour must stay open.\u201d\n`;
    const d = drafted(text);
    const id = name.toLowerCase().replace(/\.? /g, '-');
    assert.deepEqual(d.claims.map((c) => [text.slice(c.range.from, c.range.to), c.source]), [['The harbour must stay open.', id]], `${honorific} ${name}`);
    assert.deepEqual(d.actors.map((a) => [a.id, a.name, a.type]), [[id, name, 'person']], `${honorific} ${name}`);
    // Mentioned as printed, with the honorific.
    assert.ok(d.mentions.some((m) => m.actor === id && text.slice(m.range.from, m.range.to) === `${honorific} ${name}`), `${honorific} ${name}: ${JSON.stringify(d.mentions.map((m) => text.slice(m.range.from, m.range.to)))}`);
  }
});

test('a speaker named as an organisation ("the Harbour Board said", "said Eastfield City Council") is a new organisation, not a person or no one', () => {
  const draft = (text: string) => draftArticle({ text, actors: [], agreements: [], existing: none });
  const speakers = (text: string) => {
    const d = draft(text);
    return d.claims.map((c) => [text.slice(c.range.from, c.range.to), c.source, d.actors.find((a) => a.id === c.source)?.type]);
  };
  // Before: no claim for the first two ("no speaker found"), and Eastfield City Council a person.
  assert.deepEqual(speakers('Port news\n\n\u201cWe will not pay,\u201d the Harbour Board said.\n'), [['We will not pay', 'harbour-board', 'organisation']]);
  assert.deepEqual(speakers('Port news\n\nThe Harbour Board of Trustees said: \u201cFees will rise.\u201d\n'), [['Fees will rise.', 'harbour-board-of-trustees', 'organisation']]);
  assert.deepEqual(speakers('Port news\n\n\u201cNo,\u201d said Eastfield City Council.\n'), [['No', 'eastfield-city-council', 'organisation']]);
  // Its name, without "the", is the actor's name and the mention.
  const text = 'Port news\n\n\u201cWe will not pay,\u201d the Harbour Board said.\n';
  const d = draft(text);
  assert.deepEqual(d.actors.map((a) => a.name), ['Harbour Board']);
  assert.deepEqual(d.mentions.map((m) => text.slice(m.range.from, m.range.to)), ['Harbour Board']);
  // A person's name is still a person's; a lone head noun is no name.
  assert.deepEqual(speakers('Port news\n\n\u201cNo,\u201d said Ann Board.\n').map((c) => c[2]), ['person']);
  assert.deepEqual(speakers('Port news\n\n\u201cNo,\u201d the Board said.\n'), []);
});

test('"A spokeswoman for the port, Jane Kim, said": the speaker is Jane Kim, the description her role, not a new unnamed source', () => {
  const text = 'Port news\n\nA spokeswoman for the Harbour Authority, Jane Kim, said: \u201cThe buses will not run.\u201d\n';
  const d = draftArticle({ text, actors: [], agreements: [], existing: none });
  // Before (since unnamed speakers with a capital were taken): the unnamed source "a spokeswoman for …".
  assert.deepEqual(d.claims.map((c) => c.source), ['jane-kim']);
  assert.deepEqual(d.actors.map((a) => [a.id, a.type, a.role]), [['jane-kim', 'person', 'a spokeswoman for the Harbour Authority']]);
});

test('a lower-case role before a name ("union president Maria Gomez told reporters") gives the person and the role', () => {
  const text = 'Strike looms\n\n\u201cWe have been patient,\u201d union president Maria Gomez told reporters. \u201cOur members cannot wait.\u201d\n';
  const d = draftArticle({ text, actors: [], agreements: [], existing: none });
  // Before: no speaker, so neither quotation had a claim.
  assert.deepEqual(d.claims.map((c) => [text.slice(c.range.from, c.range.to), c.source]), [
    ['We have been patient', 'maria-gomez'],
    ['Our members cannot wait.', 'maria-gomez'],
  ]);
  assert.deepEqual(d.actors.map((a) => [a.id, a.name, a.type, a.role]), [['maria-gomez', 'Maria Gomez', 'person', 'union president']]);
  // Lower-case words that are no role before a name are not taken as one.
  const other = 'Strike looms\n\n\u201cWe have been patient,\u201d and then Maria Gomez told reporters.\n';
  assert.deepEqual(draftArticle({ text: other, actors: [], agreements: [], existing: none }).actors.map((a) => a.role), []);
});

test('a bare plural of people opening the sentence speaks ("Critics say …", "Local officials warned …"), a new unnamed source', () => {
  const text = 'Budget passes\n\nCritics say the plan relies on hope. Local officials warned \u201cthe money will run out by June\u201d.\n';
  const d = draftArticle({ text, actors: [], agreements: [], existing: none });
  // Before: neither was anyone's (no determiner before the noun).
  assert.deepEqual(d.claims.map((c) => [text.slice(c.range.from, c.range.to), c.source]), [
    ['the plan relies on hope', 'critics'],
    ['the money will run out by June', 'local-officials'],
  ]);
  assert.deepEqual(d.actors.map((a) => [a.id, a.name, a.type]).sort(), [['critics', 'critics', 'unnamed-source'], ['local-officials', 'local officials', 'unnamed-source']]);
  // A plural that is no one's speech ("Prices say little") is not taken.
  assert.deepEqual(draftArticle({ text: 'Budget passes\n\nPrices say little about it.\n', actors: [], agreements: [], existing: none }).claims, []);
});
