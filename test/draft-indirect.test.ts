// Reported speech the drafter finds beyond "X said (that) CLAUSE": a speaker with an apposition after
// the clause, a speech verb's participle opening the sentence, "expressed the opinion", a cue that
// stands as a sentence of its own, "wrote X that", "urges", "grumble about", "point to", "concede", "both", "believe in", "clamoring for", "describes … as" — each on made-up sentences
// (src/draft/indirect.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftArticle } from '../src/draft/draft.js';
import { none } from './draft-helpers.js';
import type { ActorInput } from '../src/schema.js';

const okafor: ActorInput = { id: 'sam-okafor', name: 'Sam Okafor', type: 'person', role: 'port director', aliases: ['Okafor'] };
const lind: ActorInput = { id: 'ada-lind', name: 'Ada Lind', type: 'person', role: 'Mayor', aliases: ['Lind'] };

/** The drafted indirect claims as [span, source, cue]. */
function reported(text: string, actors: ActorInput[] = [okafor, lind]): [string, string, string | undefined][] {
  return draftArticle({ text, actors, agreements: [], existing: none })
    .claims.filter((c) => c.attribution === 'indirect')
    .map((c) => [text.slice(c.range.from, c.range.to), c.source, c.cue]);
}

test('a clause before its speaker and an apposition, a comma before the verb, is the speaker\u2019s', () => {
  assert.deepEqual(reported('The harbour should open in May, Sam Okafor, the port director, believes.\n'), [['The harbour should open in May', 'sam-okafor', 'believes']]);
  assert.deepEqual(reported('The harbour should open in May, Okafor believed.\n'), [['The harbour should open in May', 'sam-okafor', 'believed']]);
  // A list before a pronoun is not cut at its first comma.
  const text = 'Sam Okafor spoke. We need roads, bridges and schools, he said.\n';
  assert.deepEqual(reported(text), [['We need roads, bridges and schools', 'sam-okafor', 'said']]);
});

test('"Noting that CLAUSE, X said CLAUSE": both clauses are X\u2019s', () => {
  assert.deepEqual(reported('Noting that the port lost money, Mr. Okafor said the city would pay half.\n'), [
    ['the port lost money', 'sam-okafor', 'Noting that'],
    ['the city would pay half', 'sam-okafor', 'said'],
  ]);
});

test('"expressed the opinion" reports the clause after it', () => {
  assert.deepEqual(reported('Sam Okafor spoke. He expressed the opinion the city could hire a pilot.\n'), [['the city could hire a pilot', 'sam-okafor', 'expressed the opinion']]);
});

test('a cue standing as a sentence of its own attributes the sentence before it in its paragraph', () => {
  assert.deepEqual(reported('The city should build a pier. Mr. Okafor said.\n'), [['The city should build a pier', 'sam-okafor', 'said']]);
  // Not across a paragraph break, and not a sentence that reports something of its own.
  assert.deepEqual(reported('The city should build a pier.\n\nMr. Okafor said.\n'), []);
});

test('"wrote X that CLAUSE" reports the clause after the addressee; "urges" a request', () => {
  assert.deepEqual(reported('Mayor Ada Lind wrote Sam Okafor that the pier would wait.\n'), [['the pier would wait', 'ada-lind', 'wrote']]);
  assert.deepEqual(reported('Mayor Ada Lind wrote a letter to the port.\n'), []);
  const urged = draftArticle({ text: 'Mayor Ada Lind urges the port to wait.\n', actors: [okafor, lind], agreements: [], existing: none }).claims;
  assert.deepEqual(urged.map((c) => [c.cue, c.type]), [['urges', 'recommendation']]);
});

test('"told X CLAUSE" without "that": the clause after the addressee, where a subject and a verb follow it', () => {
  assert.deepEqual(reported('Sam Okafor spoke. He told the council the pier would cost more.\n'), [['the pier would cost more', 'sam-okafor', 'told']]);
  // An object, not an addressee before a clause: nothing reported.
  assert.deepEqual(reported('Sam Okafor spoke. He told the council a story about the pier.\n'), []);
});

test('a cue at the end of the sentence besides "said": declared, complained, estimated, "told" with its addressee', () => {
  assert.deepEqual(reported('The pier cannot be built now, Okafor declared.\n'), [['The pier cannot be built now', 'sam-okafor', 'declared']]);
  assert.deepEqual(reported('The pier would cost $4,000, Okafor told the council.\n'), [['The pier would cost $4,000', 'sam-okafor', 'told']]);
  assert.deepEqual(reported('Sam Okafor spoke. He also complained that nobody had asked him.\n'), [['nobody had asked him', 'sam-okafor', 'also complained']]);
  assert.deepEqual(reported('Mayor Ada Lind estimated there would be 40 boats.\n'), [['there would be 40 boats', 'ada-lind', 'estimated']]);
});

test('"X … when he said CLAUSE": the pronoun of the subordinate clause, taken to be the sentence\u2019s subject', () => {
  // Not the last speaker, nor the person named nearest before the pronoun.
  const text = 'The pier will wait, Lind said. Sam Okafor, a lawyer for Mayor Ada Lind, sounded the keynote of the opposition when he said the pier would sink.\n';
  assert.deepEqual(reported(text), [
    ['The pier will wait', 'ada-lind', 'said'],
    ['the pier would sink', 'sam-okafor', 'said'],
  ]);
});

test('"Y was denied by X, including A and B": Y is the content, denied by X and by each member named', () => {
  const growers: ActorInput = { id: 'valley-growers', name: 'Valley growers', type: 'unnamed-source', aliases: [] };
  const text = 'Mayor Ada Lind spoke. Her claim was denied by Valley growers, including Sam Okafor of Westport and Tom Reyes.\n';
  const reyes: ActorInput = { id: 'tom-reyes', name: 'Tom Reyes', type: 'person', aliases: [] };
  const claims = draftArticle({ text, actors: [okafor, lind, growers, reyes], agreements: [], existing: none }).claims;
  assert.deepEqual(claims.map((c) => [text.slice(c.range.from, c.range.to), c.source, c.cue, c.type]), [
    ['Her claim', 'valley-growers', 'was denied by', 'denial'],
    ['Her claim', 'sam-okafor', 'was denied by', 'denial'],
    ['Her claim', 'tom-reyes', 'was denied by', 'denial'],
  ]);
});

test('a final cue followed by a day ("said Friday") attributes the clause before it', () => {
  assert.deepEqual(reported('The pier was sold to a fishing firm last week, Okafor said Friday.\n'), [['The pier was sold to a fishing firm last week', 'sam-okafor', 'said']]);
});

test('"emphasized that CLAUSE, and he said CLAUSE": two claims, the second the pronoun\u2019s', () => {
  assert.deepEqual(reported('Okafor spoke. But he emphasized that the port must train its own pilots, and he said he regrets the delay.\n'), [
    ['the port must train its own pilots', 'sam-okafor', 'emphasized'],
    ['he regrets the delay', 'sam-okafor', 'said'],
  ]);
});

test('an agentless passive accusation ("is accused of") names no accuser: no claim', () => {
  assert.deepEqual(reported('Mayor Lind is accused of driving the getaway car.\n'), []);
  assert.deepEqual(reported('Lind accused Okafor of selling the pier.\n').map((c) => c[1]), ['ada-lind']);
});

test('"In addition to urging X, Y called for Z": the object of "urging" is Y\u2019s recommendation too', () => {
  assert.deepEqual(reported('In addition to urging lower fares, Okafor called for a new ferry.\n'), [
    ['lower fares', 'sam-okafor', 'urging'],
    ['a new ferry', 'sam-okafor', 'called for'],
  ]);
  const d = draftArticle({ text: 'Urging calm, Mayor Ada Lind said the port would reopen.\n', actors: [okafor, lind], agreements: [], existing: none });
  assert.deepEqual(d.claims.map((c) => [c.cue, c.type]), [['urging', 'recommendation'], ['said', 'assertion']]);
  // No speech verb after the subject: no claim for the participle.
  assert.deepEqual(reported('Urging calm, Okafor left the room.\n'), []);
});

test('"reported" and "commented" are cues: at the end of a clause, and after a quotation', () => {
  assert.deepEqual(reported('Sam Okafor spoke. The ferry was late again last week, Okafor reported.\n'), [['The ferry was late again last week', 'sam-okafor', 'reported']]);
  const text = 'Sam Okafor spoke.\n\n\u201cIt is like sailing without a rudder\u201d, he commented.\n';
  const direct = draftArticle({ text, actors: [okafor], agreements: [], existing: none }).claims.filter((c) => c.attribution === 'direct');
  assert.deepEqual(direct.map((c) => [text.slice(c.range.from, c.range.to), c.source, c.cue]), [['It is like sailing without a rudder', 'sam-okafor', 'commented']]);
});

test('"CLAUSE, he said, and added CLAUSE": two claims of the one speaker', () => {
  assert.deepEqual(reported('Sam Okafor spoke. The new pier is not yet finished, he said, and added the old one would close in May.\n'), [
    ['The new pier is not yet finished', 'sam-okafor', 'said'],
    ['the old one would close in May', 'sam-okafor', 'added'],
  ]);
});

test('"X quoted him as saying CLAUSE": the one quoted speaks, a pronoun taken to the nearest person named before, not the subject', () => {
  const text = 'Mayor Ada Lind met Sam Okafor. A release from the port quoted him as saying the ferry would run all winter.\n';
  assert.deepEqual(reported(text), [['the ferry would run all winter', 'sam-okafor', 'quoted him as saying']]);
  assert.deepEqual(reported('A release quoted Okafor as saying that the ferry would run.\n'), [['the ferry would run', 'sam-okafor', 'quoted Okafor as saying']]);
});

test('"…, by X, who charged that CLAUSE": the relative clause\u2019s cue is X\u2019s', () => {
  assert.deepEqual(reported('The case was dismissed yesterday by Mayor Ada Lind, who charged that the port hid its accounts.\n'), [['the port hid its accounts', 'ada-lind', 'charged']]);
  // The clause goes on past a comma: the main clause may resume, so no claim.
  assert.deepEqual(reported('Ada Lind, who said that the port hid its accounts, left early.\n').map(([, s]) => s).includes('ada-lind'), false);
});

test('a final cue after a speaker with an apposition without article, and an addressee of several words', () => {
  assert.deepEqual(reported('Roads matter more than bridges, Sam Okafor, director of the port of Ruritania told members of the Harbour Trade Council Monday night.\n'), [
    ['Roads matter more than bridges', 'sam-okafor', 'told'],
  ]);
});

test('", adding that CLAUSE": a second claim of the same speaker, after a reported clause or after a direct quotation and its cue', () => {
  assert.deepEqual(reported('Sam Okafor said the pier would open in May, adding that the ferry would follow in June.\n'), [
    ['the pier would open in May', 'sam-okafor', 'said'],
    ['the ferry would follow in June', 'sam-okafor', 'adding that'],
  ]);
  assert.deepEqual(reported('Sam Okafor spoke.\n\n\u201cWe must be patient\u201d, he said but adding that the ferry would come in June.\n'), [['the ferry would come in June', 'sam-okafor', 'adding that']]);
});

test('more final cues: charged, asserted, announced, testified, recalled; "asserted that" and "”, he charged" too', () => {
  assert.deepEqual(reported('Sam Okafor spoke. The port was badly run, Okafor charged.\n'), [['The port was badly run', 'sam-okafor', 'charged']]);
  assert.deepEqual(reported('The ferry will run all winter, Mayor Ada Lind announced.\n'), [['The ferry will run all winter', 'ada-lind', 'announced']]);
  assert.deepEqual(reported('Mayor Ada Lind asserted that the port was safe.\n'), [['the port was safe', 'ada-lind', 'asserted']]);
  const text = 'Sam Okafor spoke.\n\n\u201cThe port is badly run\u201d, he charged.\n';
  assert.deepEqual(draftArticle({ text, actors: [okafor], agreements: [], existing: none }).claims.map((c) => [c.source, c.cue, c.attribution]), [['sam-okafor', 'charged', 'direct']]);
  // "Asked to elaborate, X replied, “…”": no reported clause before the reply.
  assert.deepEqual(reported('Asked to elaborate, Mayor Ada Lind replied, \u201cIt is not yet decided\u201d.\n'), []);
});

test('a long opening clause before the subject ("Shortly after …, a spokesman said"); "In the other cases he ruled that"', () => {
  const spokesman: ActorInput = { id: 'port-spokesman', name: 'a port spokesman', type: 'unnamed-source', aliases: [] };
  assert.deepEqual(reported('Shortly after the mayor returned to the city in midmorning from her holiday on the coast, a port spokesman said the ferry would run.\n', [okafor, lind, spokesman]), [
    ['the ferry would run', 'port-spokesman', 'said'],
  ]);
  assert.deepEqual(reported('Sam Okafor spoke first. In the two other cases he ruled that the port had no case.\n'), [['the port had no case', 'sam-okafor', 'ruled']]);
});

test('an adverb opening the sentence before the pronoun ("Apparently he believes …") leaves the pronoun the speaker', () => {
  assert.deepEqual(reported('Sam Okafor spoke first. Apparently he believes that the port will close.\n'), [['the port will close', 'sam-okafor', 'believes']]);
  assert.deepEqual(reported('Sam Okafor spoke first. Clearly, he said that the port will close.\n'), [['the port will close', 'sam-okafor', 'said']]);
});

test('"asked for", "pleaded that", "demanded to know", "identified Y as Z": more cues of a court report', () => {
  assert.deepEqual(reported('Only Okafor asked for bail.\n'), [['bail', 'sam-okafor', 'asked for']]);
  assert.deepEqual(reported('Ada Lind pleaded that the port was sorely needed.\n'), [['the port was sorely needed', 'ada-lind', 'pleaded']]);
  assert.deepEqual(reported('Okafor demanded to know if the port would open.\n'), [['if the port would open', 'sam-okafor', 'demanded to know']]);
  // A bracketed paragraph's closing bracket is not the content's.
  assert.deepEqual(reported('(In Harbour, Ada Lind identified the two as Tom and Ida Vale, a couple from Leeds)\n'), [['the two as Tom and Ida Vale, a couple from Leeds', 'ada-lind', 'identified']]);
  // "pleaded" without "that" is no cue ("pleaded for time" aside).
  assert.deepEqual(reported('Okafor pleaded with the court.\n'), []);
});

test('"All three pleaded innocent": a plea, one claim for each person the subject names', () => {
  const ann: ActorInput = { id: 'ann-moss', name: 'Ann Moss', type: 'person', aliases: ['Moss'] };
  const text = 'The court tried Ann Moss, Sam Okafor and Ada Lind.\n\nAll three pleaded innocent. Okafor pleads guilty.\n';
  const claims = draftArticle({ text, actors: [okafor, lind, ann], agreements: [], existing: none }).claims.map((c) => [text.slice(c.range.from, c.range.to), c.source, c.type]);
  assert.deepEqual(claims, [
    ['innocent', 'ann-moss', 'denial'],
    ['innocent', 'sam-okafor', 'denial'],
    ['innocent', 'ada-lind', 'denial'],
    ['guilty', 'sam-okafor', 'assertion'],
  ]);
});

test('a passive with an adverb ("was announced grimly by") and an agent with a name in apposition', () => {
  const text = 'Today the fact was announced grimly by the port\u2019s chief adviser on ships, Capt. Sam Okafor.\n';
  assert.deepEqual(reported(text), [['Today the fact', 'sam-okafor', 'was announced grimly by']]);
});

test('"the crown charges, CLAUSE" and "charges that CLAUSE" report an allegation; "faces charges of" does not', () => {
  const crown: ActorInput = { id: 'the-crown', name: 'the crown', type: 'organisation', aliases: [] };
  assert.deepEqual(reported('In their cottage the crown charges, the Vales received secrets each month.\n', [crown]), [['the Vales received secrets each month', 'the-crown', 'charges']]);
  assert.deepEqual(reported('The crown charges that Okafor lied.\n', [crown, okafor]), [['Okafor lied', 'the-crown', 'charges']]);
  assert.deepEqual(reported('Okafor faces charges of theft.\n', [crown, okafor]), []);
});

test('"announced Friday that", "indicated, however, that": a day or "however" between a that-cue and its "that"', () => {
  assert.deepEqual(reported('Okafor announced Friday that the port would open in May.\n'), [['the port would open in May', 'sam-okafor', 'announced']]);
  assert.deepEqual(reported('Okafor indicated, however, that the port itself would not pay.\n'), [['the port itself would not pay', 'sam-okafor', 'indicated']]);
  // Without "that" these verbs report no speech ("announced Friday a new fee").
  assert.deepEqual(reported('Okafor announced Friday a new fee.\n'), []);
});

test('a long subject: an opening "But", an apposition, an adverbial or a relative clause after a comma do not count against it', () => {
  const board: ActorInput = { id: 'port-board', name: 'Harbour Port Board', type: 'organisation', aliases: [] };
  const wheel: ActorInput = { id: 'harbour-wheel', name: 'The Harbour Wheel', type: 'outlet', aliases: [] };
  const actors = [okafor, lind, board, wheel];
  assert.deepEqual(reported('But an official statement adopted by the Harbour Port Board at its annual meeting Friday noted that fees would rise.\n', actors), [['fees would rise', 'port-board', 'noted']]);
  assert.deepEqual(reported('The student newspaper, The Harbour Wheel, as early as the fall of 1954 called for new docks.\n', actors), [['new docks', 'harbour-wheel', 'called for']]);
  assert.deepEqual(reported('Okafor, who is a candidate for the office of mayor in the city of Harbour this year, today called for new docks.\n', actors), [['new docks', 'sam-okafor', 'called for']]);
  // The adverbial after the subject names someone else, who is not the speaker.
  assert.deepEqual(reported('The Harbour Port Board met. The board members, after hearing the plea from Mayor Ada Lind, 14 Elm St., said they had already acted.\n', actors), [['they had already acted', 'port-board', 'said']]);
  // A clause after a comma counts: its verb is no speaker's cue for the words before it.
  assert.deepEqual(reported('Shortly after, the city of Harbour launched a separate case against the man from the docks of the river, accusing him of theft.\n', actors), []);
});

test('"that" left out: "announced yesterday it would …", "told police he …", "told police two men …"', () => {
  const port: ActorInput = { id: 'port-authority', name: 'Port Authority', type: 'organisation', aliases: [] };
  assert.deepEqual(reported('The Port Authority announced yesterday it would cut its payroll.\n', [port]), [['it would cut its payroll', 'port-authority', 'announced']]);
  assert.deepEqual(reported('The Port Authority announced it will close the dock.\n', [port]), [['it will close the dock', 'port-authority', 'announced']]);
  // An object after "announced" is no reported clause.
  assert.deepEqual(reported('The Port Authority announced its budget yesterday.\n', [port]), []);
  assert.deepEqual(reported('Sam Okafor told police he followed the car.\n'), [['he followed the car', 'sam-okafor', 'told']]);
  assert.deepEqual(reported('Sam Okafor told police two men robbed him.\n'), [['two men robbed him', 'sam-okafor', 'told']]);
  // A lower-case word after "told" that is not followed by a clause's subject is not an addressee.
  assert.deepEqual(reported('Sam Okafor told stories about the port.\n'), []);
});

test('"asked that", "recommended that", "proposed that": a recommendation; not without "that"', () => {
  const got = draftArticle({ text: 'Sam Okafor has asked that the council return to its old rules.\n', actors: [okafor, lind], agreements: [], existing: none }).claims.filter((c) => c.attribution === 'indirect');
  assert.deepEqual(got.map((c) => [c.cue, c.type]), [['has asked', 'recommendation']]);
  assert.deepEqual(reported('Ada Lind recommended that the port close at night.\n'), [['the port close at night', 'ada-lind', 'recommended']]);
  assert.deepEqual(reported('Ada Lind asked the council for money.\n'), []);
  assert.deepEqual(reported('Ada Lind proposed a new budget.\n'), []);
});

test('verbs of judging with their object: "called the plan a blunder", "saw the move as a sign" — and not "called the meeting", "saw the fire"', () => {
  assert.deepEqual(reported('Okafor called the harbour plan an outright giveaway, and noted that the city pays.\n'), [
    ['the harbour plan an outright giveaway', 'sam-okafor', 'called'],
    ['the city pays', 'sam-okafor', 'noted'],
  ]);
  assert.deepEqual(reported('Okafor saw the vote as a sign of recovery.\n'), [['the vote as a sign of recovery', 'sam-okafor', 'saw']]);
  assert.deepEqual(reported('Okafor called the meeting to order.\n'), []);
  assert.deepEqual(reported('Okafor saw the fire from his window.\n'), []);
});

test('"strongly refuted", "declaring that", "does not look for": more cues of reported judgement and forecast', () => {
  assert.deepEqual(reported('Okafor strongly refuted the thesis that the port is dying, declaring that the figures are sound.\n'), [
    ['the thesis that the port is dying', 'sam-okafor', 'strongly refuted'],
    ['the figures are sound', 'sam-okafor', 'declaring that'],
  ]);
  assert.deepEqual(reported('Okafor does not look for a drastic switch in the budget.\n'), [['a drastic switch in the budget', 'sam-okafor', 'does not look for']]);
});

test('a run-in headline holding a cue word of its own ("Thesis refuted Okafor refuted …") is read past to the speaker after it', () => {
  assert.deepEqual(reported('Thesis refuted Okafor refuted the thesis that the port is dying.\n'), [['the thesis that the port is dying', 'sam-okafor', 'refuted']]);
  // A subject that is a speaker is kept: no second reading.
  assert.deepEqual(reported('Lind denied the report that the port is dying.\n'), [['the report that the port is dying', 'ada-lind', 'denied']]);
});

test('"termed", "at what he termed …", and where or when it was said between the cue and "that" ("admitted in court that …")', () => {
  assert.deepEqual(reported('Okafor termed \u201cextremely modest\u201d his estimate that fees would rise.\n'), [['\u201cextremely modest\u201d his estimate that fees would rise', 'sam-okafor', 'termed']]);
  assert.deepEqual(reported('Sam Okafor spoke. The port must absorb the losses, at what he termed a \u201csocial cost\u201d.\n').map(([, s, c]) => [s, c]), [['sam-okafor', 'termed']]);
  assert.deepEqual(reported('Okafor admitted in earlier court hearings that he issued the permits.\n'), [['he issued the permits', 'sam-okafor', 'admitted']]);
  assert.deepEqual(reported('Okafor said in a statement that the port would close.\n'), [['the port would close', 'sam-okafor', 'said']]);
});

test('the plural present cues a report of a trade or a survey: "dealers say", "report their", "believe"; not the noun "report", nor "reason to believe"', () => {
  const dealers: ActorInput = { id: 'dealers', name: 'dealers', type: 'unnamed-source', aliases: [] };
  const makers: ActorInput = { id: 'makers', name: 'some manufacturers', type: 'unnamed-source', aliases: [] };
  const both = [okafor, dealers, makers];
  assert.deepEqual(reported('Nearly all dealers say the upturn has come from better crops.\n', both), [['the upturn has come from better crops', 'dealers', 'say']]);
  assert.deepEqual(reported('Across the state, dealers report their sales show gains.\n', both), [['their sales show gains', 'dealers', 'report']]);
  assert.deepEqual(reported('With low stocks some manufacturers believe there could be shortages.\n', both), [['there could be shortages', 'makers', 'believe']]);
  assert.deepEqual(reported('Farmers are haggling less over prices, dealers report.\n', both), [['Farmers are haggling less over prices', 'dealers', 'report']]);
  assert.deepEqual(reported('Shipments climbed about 5% above a year earlier, Mr. Okafor reports.\n', both), [['Shipments climbed about 5% above a year earlier', 'sam-okafor', 'reports']]);
  assert.deepEqual(reported('The annual report their auditors filed was late. The dealers have reason to believe the price will fall.\n', both), []);
});

test('a final cue with its subject after it: "…, says John Staiger, vice president." — a name, not a description, which is the content', () => {
  assert.deepEqual(reported('Production at the port rose to 2,418 units, says Sam Okafor, port director.\n'), [['Production at the port rose to 2,418 units', 'sam-okafor', 'says']]);
  assert.deepEqual(reported('Sam Okafor, who investigated, said the thieves broke in through the back door.\n'), [['the thieves broke in through the back door', 'sam-okafor', 'said']]);
});

test('a person named in an opening prepositional phrase ("In talks with …, X assured …") is not the speaker; the subject after it is', () => {
  const moss: ActorInput = { id: 'bo-moss', name: 'Bo Moss', type: 'person', role: 'Vice Mayor', aliases: ['Moss'] };
  const text = 'In talks with the port\u2019s dapper, diminutive Vice Mayor Bo Moss, Sam Okafor assured him that the pier is as safe as ever.\n';
  assert.deepEqual(reported(text, [okafor, moss]).map(([w, s]) => [w, s]), [['the pier is as safe as ever', 'sam-okafor']]);
});

test('"But, he told the council, CLAUSE": a cue and its addressee set off by commas report the clause after them', () => {
  assert.deepEqual(reported('Sam Okafor spoke. But, he told the council, the pier would cost more.\n'), [['the pier would cost more', 'sam-okafor', 'told']]);
  // Its "he" is the person opening a sentence of the paragraph since the last one who spoke.
  const text = 'The pier will wait, Lind said.\n\nThe port was quiet. Sam Okafor sent word. But, he told the \u201cboard\u201d, the pier would cost more.\n';
  assert.deepEqual(reported(text).at(-1), ['the pier would cost more', 'sam-okafor', 'told']);
});

test('"she feels (that) CLAUSE" reports a belief, as "thinks" does; not a feeling nor a touch', () => {
  // Brown A30: "at 26, she feels she is on the threshold of a whole new life in Los Angeles".
  assert.deepEqual(reported('Sam Okafor spoke. At 26, he feels he is on the threshold of a new life.\n'), [['he is on the threshold of a new life', 'sam-okafor', 'feels']]);
  assert.deepEqual(reported('Sam Okafor spoke. He felt that it was time to go.\n'), [['it was time to go', 'sam-okafor', 'felt']]);
  assert.deepEqual(reported('Sam Okafor spoke. He felt tired and was sent home. He felt the ground shake.\n'), []);
});

test('"he thought (that) CLAUSE" reports a belief, as "because he thought …" after the sentence\u2019s subject; not the noun, nor "thought the matter over"', () => {
  assert.deepEqual(reported('Sam Okafor was pleased with the sale because he thought it proved again that small ports can do the job.\n'), [
    ['the sale', 'sam-okafor', 'was pleased with'],
    ['it proved again that small ports can do the job', 'sam-okafor', 'thought'],
  ]);
  assert.deepEqual(reported('Sam Okafor spoke. He thought the harbour would open in May.\n'), [['the harbour would open in May', 'sam-okafor', 'thought']]);
  assert.deepEqual(reported('Sam Okafor spoke. He thought the matter over. The thought that the port would close was put aside.\n'), []);
});

test('"expected Y to VP" reports an expectation, the content from its object on; its subject may follow ", and" at the end of a long sentence', () => {
  assert.deepEqual(reported('Sam Okafor expected the harbour to open in May. Ada Lind expected to win.\n'), [['the harbour to open in May', 'sam-okafor', 'expected']]);
  const crowd: ActorInput = { id: 'everyone-who-knew', name: 'everyone who knew anything about it', type: 'unnamed-source', aliases: [] };
  const text = 'Both of the other ports have had fast growth in trade in recent months, both were charging higher fees than the harbour was charging at the time, and everyone who knew anything about it expected the harbour to grow fast.\n';
  assert.deepEqual(reported(text, [crowd]), [['the harbour to grow fast', 'everyone-who-knew', 'expected']]);
  // A list's last item is no clause of its own: "Lind, Okafor and the clerk expected …" stays whole.
  assert.deepEqual(reported('Ada Lind, the mayor of the town for the past nine years, and Sam Okafor, the port director, expected the harbour to open.\n').map((c) => c[1]), ['ada-lind']);
});

test('"his argument that CLAUSE" inside what a speaker is reported to think is a nested claim of the same speaker; "their" only a body\u2019s or group\u2019s', () => {
  assert.deepEqual(reported('Sam Okafor spoke. He thought it proved again his argument that small ports can do the job.\n'), [
    ['it proved again his argument that small ports can do the job', 'sam-okafor', 'thought'],
    ['small ports can do the job', 'sam-okafor', 'his argument that'],
  ]);
  // Not a view of someone else ("their argument" of a person), nor a clause with no verb.
  assert.deepEqual(reported('Sam Okafor said it proved their argument that small ports can do the job.\n').length, 1);
});

test('a stance with a noun phrase as content: "was also pleased with the sale because …", "was adamant in his opposition to …"; not an act ("was pleased to go")', () => {
  assert.deepEqual(reported('Sam Okafor spoke. He was also pleased with the wide sale because the port gained.\n'), [['the wide sale', 'sam-okafor', 'was also pleased with']]);
  assert.deepEqual(reported('Okafor was equally adamant in his opposition to the new toll;; Lind was not.\n'), [['the new toll', 'sam-okafor', 'was equally adamant in his opposition to']]);
  assert.deepEqual(reported('Okafor was pleased to go home.\n'), []);
});

test('"asked Y to VP" is a request, its content the infinitive after the addressee; "asked Y about Z", the passive and "when he asked Y to …" are none', () => {
  assert.deepEqual(reported('Okafor asked Mayor Lind to search for a way out of the dispute.\n'), [['to search for a way out of the dispute', 'sam-okafor', 'asked']]);
  assert.deepEqual(reported('Okafor asked the harbour board to close the pier.\n'), [['to close the pier', 'sam-okafor', 'asked']]);
  assert.deepEqual(reported('Okafor asked Lind about the pier.\n'), []);
  // The passive names the one asked, not the asker.
  assert.deepEqual(reported('Okafor was asked Monday to close the pier.\n'), []);
  // A request in a clause of time after the main one is a step the sentence reports.
  assert.deepEqual(reported('Okafor made the disclosure when he asked Judge Lind to grant a delay.\n'), []);
});

test('"would like Y to VP", "wants Y to VP": a wish, the content from its object on; not "would like to go"', () => {
  assert.deepEqual(reported('Ideally, Mayor Lind would like the port to agree on a new toll, and accept a timetable.\n'), [['the port to agree on a new toll, and accept a timetable', 'ada-lind', 'would like']]);
  assert.deepEqual(reported('Okafor wants the board to act.\n'), [['the board to act', 'sam-okafor', 'wants']]);
  assert.deepEqual(reported('Okafor would like to go home.\n'), []);
});

test('"convinced Y that CLAUSE": the one convinced holds the belief, not the subject that convinced', () => {
  assert.deepEqual(reported('The talk apparently convinced Mr. Okafor that the two plans were not far apart.\n'), [['the two plans were not far apart', 'sam-okafor', 'convinced']]);
  // Persuaded to act, with no belief stated: none.
  assert.deepEqual(reported('Lind persuaded Okafor to wait.\n'), []);
});

test('"tells of Y", "spoke of Y": what is told of is the content, also before a colon and the quotation it introduces, and after a dateline', () => {
  assert.deepEqual(reported('Okafor tells of a sharp pickup in trade.\n'), [['a sharp pickup in trade', 'sam-okafor', 'tells of']]);
  assert.deepEqual(reported('Sam Okafor tilts back in a battered old chair and tells of a sharp pickup in trade: \u201cWe have sold four boats since May\u201d.\n'), [['a sharp pickup in trade', 'sam-okafor', 'tells of']]);
  // After a dateline, which is no part of the subject.
  assert.deepEqual(reported('Elburn, Ill. -- Port director Sam Okafor tilts back in a battered old chair and tells of a sharp pickup in trade: \u201cWe have sold four boats since May\u201d.\n'), [['a sharp pickup in trade', 'sam-okafor', 'tells of']]);
});

test('a long opening phrase after a run-in headline ("Two ports gain trade Among the ports questioned …, two out of three report …") is not the subject', () => {
  const three: ActorInput = { id: 'two-of-three', name: 'two out of three', type: 'unnamed-source', aliases: [] };
  const text = 'Two ports gain trade Among the many small ports questioned in nearly a score of busy coastal states, two out of three report their trade since August shows gains.\n';
  assert.deepEqual(reported(text, [three]), [['their trade since August shows gains', 'two-of-three', 'report']]);
});

test('a subject naming several people on the same words ("The Okafors told police …") speaks for each: one claim each', () => {
  const ben: ActorInput = { id: 'ben-okafor', name: 'Ben Okafor', type: 'person', aliases: [] };
  const mrs: ActorInput = { id: 'ben-okafor-mrs', name: 'Mrs. Ben Okafor', type: 'person', aliases: [] };
  const text = 'Ben Okafor and Mrs. Ben Okafor came home.\n\nThe Okafors told police they had left home at noon.\n';
  assert.deepEqual(reported(text, [ben, mrs]), [
    ['they had left home at noon', 'ben-okafor', 'told'],
    ['they had left home at noon', 'ben-okafor-mrs', 'told'],
  ]);
});

test('"They told police the thieves took …": "they" may be several people named on the same words, one claim each; "police" an addressee before a clause whose verb is an irregular past', () => {
  const ben: ActorInput = { id: 'ben-okafor', name: 'Ben Okafor', type: 'person', aliases: [] };
  const mrs: ActorInput = { id: 'ben-okafor-mrs', name: 'Mrs. Ben Okafor', type: 'person', aliases: [] };
  const text = 'Mr. and Mrs. Ben Okafor came home at six. They told police the thieves took a coat worth $700.\n';
  assert.deepEqual(reported(text, [ben, mrs]), [
    ['the thieves took a coat worth $700', 'ben-okafor', 'told'],
    ['the thieves took a coat worth $700', 'ben-okafor-mrs', 'told'],
  ]);
});

test('"what X had said" is the object of the speech verb: nothing after it is reported ("over what Okafor had said at a previous session")', () => {
  assert.deepEqual(reported('The quarrel was over what Dr. Okafor had said at a previous session and how his words appeared in the minutes.\n'), []);
  assert.deepEqual(reported('Okafor repeated what he said: the port is full.\n'), []);
});

test('"The proposal was made by X after …": a speech act named by its noun and made by a person is that person\u2019s claim, its content the noun phrase', () => {
  assert.deepEqual(reported('The proposal was made by Dr. Sam Okafor after he and Mayor Lind argued for an hour.\n'), [['The proposal', 'sam-okafor', 'was made by']]);
  // Not a thing made ("The cake was made by Okafor").
  assert.deepEqual(reported('The cake was made by Okafor.\n'), []);
});

test('"CLAUSE, it was announced Monday by X, apposition." — the passive cue\u2019s agent is the speaker of the clause before it', () => {
  assert.deepEqual(reported('Ann Vale has been appointed temporary port clerk, it was announced Monday by Sam Okafor, port director.\n'), [['Ann Vale has been appointed temporary port clerk', 'sam-okafor', 'was announced']]);
});

test('a wish or its refusal whose object quotes the subject\u2019s words ("doesn\u2019t want …, any more than she wants “…”") is a stated preference, the content from the object on; not with no words quoted, nor "wants to"', () => {
  assert.deepEqual(reported('Okafor doesn\u2019t want a fleet from any one yard any more than he wants \u201call of his songs by one composer\u201d.\n'), [
    ['a fleet from any one yard any more than he wants \u201call of his songs by one composer\u201d', 'sam-okafor', 'doesn\u2019t want'],
  ]);
  assert.deepEqual(reported('Okafor doesn\u2019t want a new car.\n'), []);
  assert.deepEqual(reported('Okafor wants to sing \u201cHome Again\u201d.\n'), []);
});

test('"X, who kept repeating her request that CLAUSE, said …": a speech act named by a noun with the possessive of the person a relative clause describes is that person\u2019s claim', () => {
  const claims = reported('Mayor Lind, who kept repeating her request that they \u201cplease act now\u201d, said the pier must close.\n');
  assert.deepEqual(claims.find(([, , cue]) => cue === 'her request that'), ['they \u201cplease act now\u201d', 'ada-lind', 'her request that']);
  // No person right before ", who": none.
  assert.deepEqual(reported('The board, who kept repeating its request that they act, met.\n').filter(([, , cue]) => /request/.test(cue ?? '')), []);
});

test('"in X\u2019s words, CLAUSE" and "in the words of X, CLAUSE": the clause is X\u2019s, the phrase its cue; not "in other words"', () => {
  assert.deepEqual(reported('The port looked calm;; but, in Mayor Lind\u2019s words, it was a \u201cvery fragile\u201d peace that would greet the new board.\n'), [
    ['it was a \u201cvery fragile\u201d peace that would greet the new board', 'ada-lind', 'in Mayor Lind\u2019s words'],
  ]);
  assert.deepEqual(reported('In the words of Okafor, the harbour was never safer.\n'), [['the harbour was never safer', 'sam-okafor', 'In the words of Okafor']]);
  assert.deepEqual(reported('In other words, the harbour was never safer.\n'), []);
});

test('"X agreed with Y that CLAUSE", "X were all agreed that CLAUSE": a view stated as shared is X\u2019s; "agreed to" is an act', () => {
  assert.deepEqual(reported('Okafor was agreeing with his cautious partners that a smaller port might be best.\n'), [['a smaller port might be best', 'sam-okafor', 'was agreeing']]);
  // A registered name with commas of its own speaks whole.
  const experts: ActorInput = { id: 'port-experts', name: 'Legal, financial and shipping experts', type: 'unnamed-source', aliases: [] };
  assert.deepEqual(reported('Legal, financial and shipping experts were all agreed that the harbour was too small.\n', [experts]), [['the harbour was too small', 'port-experts', 'were all agreed']]);
  assert.deepEqual(reported('Okafor agreed to open the port on Monday.\n'), []);
});

test('"X considered Y a Z" judges Y, the content from the object on; not "considered the bill in a session"', () => {
  assert.deepEqual(reported('Okafor considered the 1990 treaty a specimen of folly.\n'), [['the 1990 treaty a specimen of folly', 'sam-okafor', 'considered']]);
  assert.deepEqual(reported('Okafor considered the bill in a special session.\n'), []);
});

test('"saw that" with a modal content is a belief ("saw that resolution would be needed"), and may follow another cue after a comma alone; "saw that the door was open" is a perception', () => {
  assert.deepEqual(reported('Okafor considered the treaty a mistake, saw that resolve would be needed to keep the port open.\n'), [
    ['the treaty a mistake', 'sam-okafor', 'considered'],
    ['resolve would be needed to keep the port open', 'sam-okafor', 'saw'],
  ]);
  assert.deepEqual(reported('Okafor saw that the door was open.\n'), []);
});

test('a speech act named by its noun, with its source ("a cry from X that", "X\u2019s demand that") and its that-clause, is the source\u2019s claim; not a relative clause ("a demand from X that shocked …")', () => {
  assert.deepEqual(reported('The board reacted sharply to a cry from Okafor that the harbour had been flooded.\n'), [['the harbour had been flooded', 'sam-okafor', 'a cry']]);
  assert.deepEqual(reported('The board weighed Okafor\u2019s blunt demand that the port close at once.\n'), [['the port close at once', 'sam-okafor', 'Okafor\u2019s blunt demand']]);
  assert.deepEqual(reported('The board heard a demand from Okafor that shocked the city.\n'), []);
  assert.deepEqual(reported('The board heard Okafor\u2019s claim that was made on Monday.\n'), []);
});

test('a cue inverted between commas inside its clause ("What Lind proposed, said Okafor, was …") is the name\u2019s after the verb, the content wrapping round the cue; not with no clause going on after it', () => {
  assert.deepEqual(reported('What Lind proposed, said Okafor, was not a very encouraging plan.\n'), [['What Lind proposed, said Okafor, was not a very encouraging plan', 'sam-okafor', 'said']]);
  // No clause goes on after the name: nothing is reported.
  assert.deepEqual(reported('The plan, said Okafor, in the old harbour office.\n'), []);
});

test('a complaint or a cause cited with a noun phrase ("Porters grumble about low pay", "Experts point to the thinning of the fleet") reports the phrase; not a gesture ("pointed to the door")', () => {
  const porters: ActorInput = { id: 'porters', name: 'Porters', type: 'unnamed-source', aliases: [] };
  const experts: ActorInput = { id: 'experts', name: 'Experts', type: 'unnamed-source', aliases: [] };
  assert.deepEqual(reported('Porters grumble about low pay and long hours. Experts point to the thinning of the fleet.\n', [porters, experts]), [
    ['low pay and long hours', 'porters', 'grumble about'],
    ['the thinning of the fleet', 'experts', 'point to'],
  ]);
  assert.deepEqual(reported('Sam Okafor pointed to the door.\n'), []);
});

test('a stance or a demand with a noun phrase ("did not believe in …", "were clamoring for …", "describes Y as Z") reports the phrase, cut before a concession set off after it; not "describes" with no "as"', () => {
  const porters: ActorInput = { id: 'porters', name: 'the porters', type: 'unnamed-source', aliases: [] };
  assert.deepEqual(reported('Sam Okafor spoke. But he did not believe in higher fees, much less in tolls.\n'), [['higher fees, much less in tolls', 'sam-okafor', 'did not believe in']]);
  assert.deepEqual(reported('The porters were clamoring for their pay, even though most were unsure of the sum.\n', [porters]), [['their pay', 'porters', 'were clamoring for']]);
  assert.deepEqual(reported('In his book, Sam Okafor describes the port as \u201ca colossus of the coast\u201d.\n'), [['the port as \u201ca colossus of the coast\u201d', 'sam-okafor', 'describes']]);
  assert.deepEqual(reported('Sam Okafor describes the port in his book.\n'), []);
});

test('a clause before a semicolon is read on its own where a direct quotation follows the semicolon ("… were clamoring for their pay;; and in town, crowds shouted, \u201c…\u201d"); with no semicolon the sentence stays the quotation\u2019s', () => {
  const porters: ActorInput = { id: 'porters', name: 'the porters', type: 'unnamed-source', aliases: [] };
  const crowds: ActorInput = { id: 'crowds', name: 'street crowds', type: 'unnamed-source', aliases: [] };
  const claims = (text: string) => draftArticle({ text, actors: [porters, crowds], agreements: [], existing: none }).claims.map((c) => [text.slice(c.range.from, c.range.to), c.source, c.attribution]);
  assert.deepEqual(claims('The porters were clamoring for their pay;; and in town, street crowds shouted, \u201cNot one cent more for the bosses!\u201d\n'), [
    ['their pay', 'porters', 'indirect'],
    ['Not one cent more for the bosses!', 'crowds', 'direct'],
  ]);
  assert.deepEqual(claims('The porters were clamoring for their pay and in town, street crowds shouted, \u201cNot one cent more for the bosses!\u201d\n'), [['Not one cent more for the bosses!', 'crowds', 'direct']]);
});

test('a state\u2019s claim is its registered government\u2019s (a country holding a view acts through its government), the mention staying the state; with no government registered, the state\u2019s', () => {
  const belgium: ActorInput = { id: 'belgium', name: 'Belgium', type: 'state', aliases: [] };
  const government: ActorInput = { id: 'government-of-belgium', name: 'Belgian government', type: 'government', governs: 'belgium', aliases: [] };
  const text = 'Belgium said the schools would stay open.\n';
  const d = draftArticle({ text, actors: [belgium, government], agreements: [], existing: none });
  assert.deepEqual(d.claims.map((c) => [text.slice(c.range.from, c.range.to), c.source]), [['the schools would stay open', 'government-of-belgium']]);
  assert.deepEqual(d.mentions.map((m) => [text.slice(m.range.from, m.range.to), m.actor]), [['Belgium', 'belgium']]);
  assert.deepEqual(reported(text, [belgium]), [['the schools would stay open', 'belgium', 'said']]);
});

test('"concedes" reports its clause; in a clause opened by "Although" (or "When", "If" …) the content stops at the comma closing it, before the main clause, and runs on where the cue opens the sentence', () => {
  assert.deepEqual(reported('Although Okafor concedes the port lost money, he will stay on.\n'), [['the port lost money', 'sam-okafor', 'concedes']]);
  assert.deepEqual(reported('Okafor concedes the port lost money, the worst year on record.\n'), [['the port lost money, the worst year on record', 'sam-okafor', 'concedes']]);
});

test('"both" as a cue\u2019s subject is the two people named in the sentence before it, one claim each; none where three are named there', () => {
  assert.deepEqual(reported('Neither Okafor nor Lind will name a date. Although both concede the port lost money, they stay on.\n'), [
    ['the port lost money', 'sam-okafor', 'concede'],
    ['the port lost money', 'ada-lind', 'concede'],
  ]);
  const reed: ActorInput = { id: 'tom-reed', name: 'Tom Reed', type: 'person', aliases: ['Reed'] };
  assert.deepEqual(reported('Okafor, Lind and Reed met. Although both concede the port lost money, they stay on.\n', [okafor, lind, reed]), []);
});

test('confiding, hinting and deploring are cues: "confided (that) CLAUSE", "hinted that CLAUSE", "deplored" with its noun phrase; "hinted at" a thing reports nothing', () => {
  assert.deepEqual(reported('Sam Okafor spoke. He confided that he hopes to visit the port this summer.\n'), [['he hopes to visit the port this summer', 'sam-okafor', 'confided']]);
  assert.deepEqual(reported('Sam Okafor spoke. He hinted that the port would close.\n'), [['the port would close', 'sam-okafor', 'hinted']]);
  assert.deepEqual(reported('Sam Okafor spoke. He deplored the clerk whose desk was never tidy.\n'), [['the clerk whose desk was never tidy', 'sam-okafor', 'deplored']]);
  assert.deepEqual(reported('Sam Okafor spoke. He hinted at a change of plan.\n'), []);
});

test('"leaked (the news) that CLAUSE" reports the clause; in a clause of time ("Soon after …") it stops at the comma, and the main clause after it is read for a cue of its own', () => {
  assert.deepEqual(reported('Soon after Okafor leaked the news that the port had lost money, Lind got so angry that she vowed she would close it.\n'), [
    ['the port had lost money', 'sam-okafor', 'leaked the news'],
    ['she would close it', 'ada-lind', 'vowed'],
  ]);
  // A leak with no "that" is no report of speech ("leaked the news to reporters").
  assert.deepEqual(reported('Okafor leaked the news to reporters on Monday.\n'), []);
});

test('a clause reported before "because" and a reason in marks ("confided that he hopes … because “I believe …”") is a claim of its own; none where no cue stands before "because"', () => {
  const text = 'Sam Okafor spoke. He confided that he hopes to visit the port this summer because \u201cI believe in its future\u201d.\n';
  assert.deepEqual(reported(text), [['he hopes to visit the port this summer', 'sam-okafor', 'confided']]);
  assert.deepEqual(reported('Sam Okafor spoke. He stayed home this summer because \u201cI believe in its future\u201d.\n'), []);
});

test('"It" opening a paragraph is the body said to speak in the paragraph before ("The board said … ¶ It recommended that …"); no one where no body spoke there', () => {
  const board: ActorInput = { id: 'harbour-board', name: 'Harbour Board', type: 'organisation', aliases: [] };
  const text = 'The Harbour Board said it did find the fees too low.\n\nIt recommended that the city raise them in May.\n';
  assert.deepEqual(reported(text, [board]).filter(([, , cue]) => cue === 'recommended'), [['the city raise them in May', 'harbour-board', 'recommended']]);
  // The board only named, not speaking, in the paragraph before: "It" is left unresolved.
  const silent = 'The Harbour Board met on Monday.\n\nIt recommended that the city raise the fees.\n';
  assert.deepEqual(reported(silent, [board]).filter(([, source]) => source === 'harbour-board'), []);
});

test('a speaker named in a clause of time or a relative clause ("at which Okafor said", "when Mayor Lind intimated even before May that"), after a passive with no agent; a belief held ("was convinced that", "had become convinced that")', () => {
  assert.deepEqual(reported('Sam Okafor was named. The appointment was announced at a news conference at which Okafor said he would retain two men.\n'), [['he would retain two men', 'sam-okafor', 'said']]);
  assert.deepEqual(reported('Ada Lind spoke. Thus when Mayor Lind intimated even before May that she hoped for a meeting, the port was ready.\n'), [['she hoped for a meeting, the port was ready', 'ada-lind', 'intimated']]);
  assert.deepEqual(reported('Sam Okafor spoke. But he was convinced that the roads were the decisive factor.\n'), [['the roads were the decisive factor', 'sam-okafor', 'was convinced']]);
  assert.deepEqual(reported('Sam Okafor spoke. But Okafor had become convinced that a meeting might be the only way.\n'), [['a meeting might be the only way', 'sam-okafor', 'had become convinced']]);
  // Not one convinced by another ("convinced him that" is the one convinced's, as before), nor a passive alone.
  assert.deepEqual(reported('Sam Okafor spoke. The plan was announced on Monday.\n'), []);
});

test('a confession with a noun phrase as its content ("Okafor confessed the arson") is the confessor\u2019s claim; not one admitted to a hospital', () => {
  const claims = reported('Sam Okafor was questioned. Okafor confessed the arson while being questioned.\n');
  assert.deepEqual(claims.map(([span, source, cue]) => [span.startsWith('the arson'), source, cue]), [[true, 'sam-okafor', 'confessed']]);
  assert.deepEqual(reported('Sam Okafor fell. Okafor was admitted to the hospital.\n'), []);
});

test('a score added on a sports page is no claim ("The Bears added two more in the fifth", Brown A13); words added still are', () => {
  const bears: ActorInput = { id: 'denver-bears', name: 'Denver Bears', type: 'organisation', aliases: ['the Bears'] };
  const lee: ActorInput = { id: 'ann-lee', name: 'Ann Lee', type: 'person', aliases: ['Lee'] };
  const text = 'The Bears added two more in the fifth when Cooke singled. The Bears added their last run in the sixth. Ann Lee added that the lights were too dark.\n';
  const claims = draftArticle({ text, actors: [bears, lee], agreements: [], existing: none }).claims;
  assert.deepEqual(claims.map((c) => [text.slice(c.range.from, c.range.to), c.source]), [['the lights were too dark', 'ann-lee']]);
});

test('a cue after an emphatic "does" or "did" ("she does indicate …") reports the clause after it; "did not say" does not', () => {
  // Brown A18: "But she does indicate festivities will start early, that a jazz combo will …".
  assert.deepEqual(reported('Sam Okafor spoke. But he does indicate the pier will open early, that the ferry will run.\n'), [['the pier will open early, that the ferry will run', 'sam-okafor', 'does indicate']]);
  assert.deepEqual(reported('Okafor did say that the city would pay half.\n'), [['the city would pay half', 'sam-okafor', 'did say']]);
  assert.deepEqual(reported('Okafor did not say that the city would pay half.\n'), []);
});

test('"foresee" reports the forecast it takes as its object; "recognizes that" the clause, and with no "that" nothing', () => {
  assert.deepEqual(reported('Sam Okafor foresees the day when every ship will dock at night.\n'), [['the day when every ship will dock at night', 'sam-okafor', 'foresees']]);
  assert.deepEqual(reported('Ada Lind foresaw that the port would close.\n'), [['the port would close', 'ada-lind', 'foresaw']]);
  assert.deepEqual(reported('Sam Okafor recognizes that the harbour needs a new pier.\n'), [['the harbour needs a new pier', 'sam-okafor', 'recognizes']]);
  assert.deepEqual(reported('Sam Okafor recognizes the pilot at once.\n'), []);
});

test('a cue set off by commas with the writer as addressee ("so X tell me") reports the whole sentence round it', () => {
  const pilots: ActorInput = { id: 'harbour-pilots', name: 'my pilot friends', type: 'unnamed-source', aliases: [] };
  const text = 'There are, so my pilot friends tell me, shoals that no chart shows.\n';
  assert.deepEqual(reported(text, [pilots]), [['There are, so my pilot friends tell me, shoals that no chart shows', 'harbour-pilots', 'tell me']]);
  // Not a list's commas with no cue, nor "tell" with an object other than the writer.
  assert.deepEqual(reported('There are, so the pilots tell the mayor, shoals that no chart shows.\n', [pilots]), []);
});

test('a possessive\u2019s "appeal for" reports what is asked for, one claim for each possessor; "demand for" is none', () => {
  assert.deepEqual(reported('Residents answered Ada Lind\u2019s appeal for calm in the harbour but stayed home.\n'), [['calm in the harbour', 'ada-lind', 'appeal for']]);
  assert.deepEqual(reported('Residents answered Ada Lind\u2019s and Sam Okafor\u2019s pleas for help with the pier.\n'), [
    ['help with the pier', 'ada-lind', 'pleas for'],
    ['help with the pier', 'sam-okafor', 'pleas for'],
  ]);
  assert.deepEqual(reported('Residents met Ada Lind\u2019s demand for housing in the harbour.\n'), []);
});

test('"regarded Y as Z" takes a possessive after "as" and a pronoun object, the negation in the cue', () => {
  assert.deepEqual(reported('Sam Okafor has not regarded this as his direct responsibility.\n').map(([w, who]) => [w, who]), [['this as his direct responsibility', 'sam-okafor']]);
  // "saw the fire" with no "as": no judgement.
  assert.deepEqual(reported('Sam Okafor saw the fire from his office.\n'), []);
});

test('"X is credited by Y with Z" is Y\u2019s word on X, the content wrapping round the cue', () => {
  assert.deepEqual(reported('In the harbour, the pier is credited by Sam Okafor with saving the port, a claim others doubt.\n'), [['the pier is credited by Sam Okafor with saving the port', 'sam-okafor', 'is credited by']]);
  // Credited with no agent: nobody's word.
  assert.deepEqual(reported('The pier is credited with saving the port.\n'), []);
});

test('"CLAUSE, X said on Tuesday, after …": the clause before the cue is X\u2019s, not the phrase after it', () => {
  // Before: the content was "on Tuesday, after talks with the city broke down".
  assert.deepEqual(reported('Bus drivers will walk out on Friday, Okafor said on Tuesday, after talks with the city broke down.\n'), [['Bus drivers will walk out on Friday', 'sam-okafor', 'said']]);
  assert.deepEqual(reported('The harbour will close in May, Sam Okafor said, citing the cost of repairs.\n'), [['The harbour will close in May', 'sam-okafor', 'said']]);
  // A clause of its own after the cue is still what the cue reports.
  assert.deepEqual(reported('Okafor said on Tuesday that the harbour will close.\n'), [['the harbour will close', 'sam-okafor', 'said']]);
});

test('"X dismissed that view, saying CLAUSE": the participle\u2019s clause is X\u2019s, "that" or not', () => {
  // Before: nothing ("dismissed" is no speech verb, and "saying" was read only with "that" after a cue).
  assert.deepEqual(reported('Okafor dismissed that view, saying the forecasts were \u201cconservative by any measure\u201d.\n'), [['the forecasts were \u201cconservative by any measure\u201d', 'sam-okafor', 'saying']]);
  assert.deepEqual(reported('Okafor spoke. He left the hall, adding that the vote would be close.\n'), [['the vote would be close', 'sam-okafor', 'adding that']]);
  // A cue of its own before the comma: two claims, as before.
  assert.deepEqual(reported('Okafor said the port would close, adding that fees would rise.\n'), [
    ['the port would close', 'sam-okafor', 'said'],
    ['fees would rise', 'sam-okafor', 'adding that'],
  ]);
  // No clause after the participle, or no subject named at the sentence's start: nothing.
  assert.deepEqual(reported('Okafor left, saying nothing.\n'), []);
  assert.deepEqual(reported('The hall emptied, saying the vote would be close.\n'), []);
});
