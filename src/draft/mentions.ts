/**
 * Mentions of registered (and newly proposed) actors and agreements, by name and alias. A span takes
 * in a title or honorific printed right before the name ("Defence Minister Peter MacKay", "Mr. Xi"),
 * as the guidelines' spans do, when that title is the actor's registered role or a usual honorific.
 * A state named after a preposition of place ("talks in China", "sent to China") may be a place
 * rather than the state acting: it is proposed with that doubt as its reason to review.
 */
import type { ActorInput } from '../schema.js';
import { isWholeWord, occurrencesOf } from '../corpus/anchor.js';
import { AUXILIARY, CUE_VERB } from './cues.js';
import { capitals, cityOfState } from './capitals.js';
import { seats } from './seats.js';
import { cityForClub, clubNicknames, otherNicknames, sharedNicknames, theClub } from './club-names.js';
import { firstNames } from './first-names.js';
import { families } from './families.js';
import { peoples } from './peoples.js';
import { clauseNamed } from './clause-names.js';
import { companiesByKind } from './companies.js';
import { CLAUSE_WORD, headNounMentions } from './head-nouns.js';
import { describedMentions, NOT_ATTRIBUTIVE, ofAnother, placeBodies, surePlaces } from './descriptions.js';
import { couples, MAN, pairs, relatives, spouses, WOMAN } from './kin.js';
import { identities } from './identities.js';
import { plurals } from './plurals.js';
import { datelineTown, inDateline, longerName } from './place-names.js';
import { findNames, targetOf, type Named } from './names.js';
import { TITLE_WORD } from './actors.js';
import { resolveShared } from './shared-names.js';
import { capitalisedBefore, givenNamesBefore, midSentence, othersInitials, surnameInPlay, womanOfSurname } from './surnames.js';
import { overlaps, type ProposedMention, type ProposedNonMention, type Range16 } from './proposal.js';
import { SpanCells } from './span-cells.js';
import { keepOnly, pushAll } from './arrays.js';

const HONORIFIC = /(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Prof|Lt|Col|Capt|Adm|Sgt)\.\s$/;
const PLACE_BEFORE = /\b(?:in|to|from|into|across|within|throughout|at|near|inside|outside|visit(?:ed|ing)? to|here in|originating in)\s$/i;
/** A verb of going with "to", an adjective allowed before the name ("went to communist East Germany"). */
const WENT_TO = /\b(?:went|goes|go|fled|flees|defected|moved|returned|travell?ed|flew|escaped|emigrated)\s+(?:back\s+)?to\s+(?:\p{Ll}+\s+)?$/u;
const PLACE_TYPES = new Set<ActorInput['type']>(['state']);
/** A preposition of extent before a state's name ("schools stretching across the United States"): an area, never the state acting. */
const AREA_BEFORE = /(?:^|[^\p{L}])(?:across|throughout|all\s+over)\s+(?:the\s+)?$/iu;

export interface MentionContext {
  text: string;
  names: readonly Named[];
  /** Roles by actor id, as registered: a printed title equal to one of them joins the span. */
  roles: ReadonlyMap<string, string | undefined>;
  /** Registered people (for "Trudeau's government") and governments (for "the Canadian government"). */
  persons: readonly Pick<ActorInput, 'id' | 'name' | 'aliases' | 'affiliation' | 'role'>[];
  governments: readonly Pick<ActorInput, 'id' | 'name' | 'aliases'>[];
  /**
   * Registered bodies (organisations, governments, parties, companies), for "the council" after "the
   * World Affairs Council"; a government's `governs`, for "the government" after its state is named.
   */
  bodies?: readonly Pick<ActorInput, 'id' | 'name' | 'aliases' | 'type' | 'governs'>[];
  /** Every registered actor, for descriptions of places and countries ("the city", "the nation"). */
  registry?: readonly Pick<ActorInput, 'id' | 'name' | 'aliases' | 'type' | 'governs' | 'role' | 'affiliation'>[];
  /** Mentions annotated already (by hand or an earlier draft): what a description may refer back to. */
  existing?: readonly { range: Range16; target: string }[];
  /** Spans already annotated (by hand or an earlier draft), or non-content regions: skipped. */
  taken: (range: Range16, target: string) => boolean;
}

/** A determiner that a body's name never takes ("all", "this"), and at most one adjective after it. */
const NOUN_DETERMINER = /(?:^|[^\p{L}])(?:all|this|these|those|every|each|any)\s+(?:(\p{Ll}+)\s+)?$/u;

/** Words that open a noun phrase of their own: "handed the Defense Department the responsibility". */
const DETERMINER = /^(?:the|a|an|its|his|her|their|this|that|these|those|our|my|your|members?)$/;

/** Words no noun qualified by a name starts with: a subject pronoun or a number opening a clause ("told police he followed", "told police two men …"). */
const CLAUSE_OPENER = /^(?:he|she|they|it|we|i|you|two|three|four|five|six|seven|eight|nine|ten)$/;

/** A market index or average named after the name: " average", " industrial average", " stock index". */
const INDEX_AFTER = /^\s(?:\p{Ll}+\s)?(?:averages?|index|indexes|indices)\b/u;

/**
 * A present-tense verb with its object after a name ("Russia respects our show of strength"): the name
 * is the verb's subject, not a qualifier of a plural noun ("U.S. officials"), which no determiner follows;
 * an object pronoun may end the clause ("the Liberal party backs him.").
 */
const VERB_AND_OBJECT = /^\s\p{Ll}+s\s+(?:(?:the|a|an|our|his|her|its|their|this|that|these|those|us|them|him|me|you|any|no)\s|(?:us|them|him|me|you|it)[.,;:!?])/u;

/**
 * "report" after a name as its verb, not a noun the name qualifies: at the sentence's end ("…, dealers
 * report.") or before a clause ("two out of three report their sales …").
 */
const REPORTS_AFTER = /^\s(?:report|reports)(?=\s*[.,;]|\s+(?:that|their|his|her|its|our|they|he|she|it|we)\s)/;

/**
 * A role noun after a company's name: "Ford Motor Co. vice president", "a Narragansett Electric Co.
 * spokesman" — the name only qualifies the person's title (guidelines calls 70, 125).
 */
const ROLE_AFTER = /^\s(?:vice[\s-]president|president|spokes(?:man|men|woman|person)|officials?|chairman|executives?|director|manager|officers?|representatives?|employees?|employes?)\b/;

/** The capitalised head of an event's, a prize's or a building's name after a body's name: " Exposition", " Award". */
const NAME_HEAD_AFTER = /^\s(?:Exposition|Exhibition|Show|Fair|Festival|Awards?|Prizes?|Trophy|Cup|Building|Tower|Hotel|Stadium|Arena|Plaza|Auditorium)\b/;

/** A street or a building and a comma before a place's name: the place completes an address. */
const ADDRESS_BEFORE = /\b(?:Ave|St|Rd|Blvd|Dr|Ter|Avenue|Street|Road|Drive|Boulevard|Lane|Terrace|Circle|Court|Hospital|Hall|Building|School)\.?,\s$/;

/** A person's name after "the" and before a noun: "the Pezza car" (a person's name takes no article). */
const THE_BEFORE = /(?:^|[^\p{L}])the\s$/iu;

/**
 * A noun for a thing made or furnished, after a person's name: the name says whose make or style it is
 * ("Duncan Phyfe furniture", "the Chippendale chairs", "the Frank Lloyd Wright house"), not the person acting.
 */
const MADE_THING_AFTER = /^\s(?:furniture|chairs?|armchairs?|sofas?|settees?|tables?|desks?|cabinets?|chests?|suites?|pieces|styles?|designs?|workshops?|collections?|estates?|mansions?)\b/;

/**
 * A possessive's name or names and a copula before a name: "Their names are Mantle and Maris", "his
 * name was Jones", a list's earlier names allowed between ("are Mantle, Maris and …").
 */
const NAMING_BEFORE = /(?:^|[^\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]hose)\s+(?:(?:first|last|full|real|maiden|family)\s+)?names?\s+(?:is|are|was|were)\s+(?:\p{Lu}[\p{L}.'\u2019-]*(?:,\s+|\s+(?:and|or)\s+))*$/u;

/** A speech verb right after a speaker ("a board member said later"). */
const SPEAKS_AFTER = new RegExp(`^,?\\s+${AUXILIARY}(?:${CUE_VERB})\\b`);

/** "at" or "from" right before a store's name ("at Neiman-Marcus in Dallas", "from Simpson's"). */
const STORE_BEFORE = /(?:^|[^\p{L}])(?:at|from)\s$/u;

const DAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jr|Sr)$/;

export function draftMentions(ctx: MentionContext): { mentions: ProposedMention[]; nonMentions: ProposedNonMention[] } {
  const out: ProposedMention[] = [];
  const nonMentions: ProposedNonMention[] = [];
  // Places registered as the bodies that govern them ("Texas"), where the registry shows them to be places.
  const placeBodyIds = surePlaces(ctx.registry ?? []);
  // Towns and cities registered as the bodies that govern them (a capitalised name with no
  // institution's word in it), whose name after "in" locates.
  const townIds = new Set(placeBodies(ctx.registry ?? []).map((p) => p.id));
  // How often a name is printed, counted once a name: not again from the text's start at each of its printings.
  const printings = new Map<string, number>();
  const timesPrinted = (name: string) => {
    let n = printings.get(name);
    if (n === undefined) printings.set(name, (n = occurrencesOf(ctx.text, name).length));
    return n;
  };
  const hits = resolveShared(ctx.text, findNames(ctx.text, ctx.names), (hit, ids) =>
    nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `a name shared by ${ids.join(', ')}: which is meant is not shown`, review: `"${hit.named.name}" is the registered name of ${ids.join(', ')}; none of their places is printed: make it a mention of the one meant` }),
    ctx.persons,
  );
  // The names found and the mentions made, looked up by where they lie: each name is held against
  // those near it, not every one (an actor named thousands of times).
  const hitCells = new SpanCells<(typeof hits)[number]>((h) => h, hits);
  const companies = hits.filter((h) => h.named.type === 'company');
  const made = new SpanCells<ProposedMention>((o) => o.range);
  for (const found of hits) {
    // A registered surname may be another person's: someone else's after initials ("J. I. Case"),
    // or that of a person of the same surname named in full before it ("Jack Martin … Mr. Martin").
    const owner = found.named.type === 'person' && !/\s/.test(found.named.name) ? ctx.persons.find((p) => p.id === found.named.actor) : undefined;
    const initials = owner ? othersInitials(ctx.text, found, owner) : undefined;
    if (initials !== undefined) {
      const shown = `${initials} ${found.named.name}`;
      nonMentions.push({ range: { from: found.from, to: found.to }, reason: `another's name ("${shown}"), not ${found.named.actor}`, review: `"${shown}" is not ${found.named.actor}'s name: if it is ${found.named.actor}, make it a mention` });
      continue;
    }
    // A surname others share (shared-surnames.ts) only until another of them is named in full.
    if (found.named.until !== undefined && found.from >= found.named.until) continue;
    // A surname looked for after the full name is not a dateline's town of that word ("Jackson, Miss.
    // --" after Gen. Andrew Jackson).
    if (found.named.after !== undefined && datelineTown(ctx.text, found)) continue;
    // A surname looked for only after the full name (names.ts surnamesAfterFullName): not before it, nor
    // after another capitalised word, where it is part of another name or title ("Most Valuable Player"),
    // but a clause's opener at a sentence's start ("Then Robinson slammed").
    if (found.named.after !== undefined && (found.from < found.named.after || capitalisedBefore(ctx.text, found))) continue;
    const inPlay = owner ? surnameInPlay(ctx.text, found, owner, ctx.persons) ?? womanOfSurname(ctx.text, found, owner, ctx.persons) : undefined;
    const hit = inPlay ? { ...found, named: { ...found.named, actor: inPlay } } : found;
    const target = targetOf(hit.named);
    if (ctx.taken(hit, target)) continue;
    const isPlaceBody = hit.named.actor !== undefined && placeBodyIds.has(hit.named.actor);
    if ((isPlaceBody || hit.named.type === 'state') && inDateline(ctx.text, hit)) {
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: 'the dateline: a place', review: `"${hit.named.name}" in a dateline says where the report was filed: if it is ${hit.named.actor} acting, make it a mention` });
      continue;
    }
    // "Morton Foods of Texas", "Massey-Ferguson, Ltd., of Toronto": a place after a company's name only
    // says where the company is (guidelines call 178), not the state or city acting.
    const seat = isPlaceBody || hit.named.type === 'state' ? companySeat(ctx.text, hit, companies) : undefined;
    if (seat !== undefined) {
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `where a company is ("${seat}"), not ${hit.named.actor} acting`, review: `"${hit.named.name}" locates the company before it: if it is ${hit.named.actor} acting, make it a mention` });
      continue;
    }
    // "Their names are Mantle and Maris": a predicate naming the name (guidelines call 203), the people
    // referred to by the subject; the same for each name of a list there.
    const naming = NAMING_BEFORE.exec(ctx.text.slice(Math.max(0, hit.from - 80), hit.from));
    if (naming) {
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `a predicate naming the name ("${naming[0].trim()} ${hit.named.name}"), not ${target} referred to`, review: `"${hit.named.name}" is given as a name: if it refers to ${target}, make it a mention` });
      continue;
    }
    // "as a teammate explained, … borrowed a teammate's bat": an indefinite description registered for
    // an unnamed source introduces someone new each time it is printed; where it is printed more than
    // once, only where it speaks (a speech verb right after it) is it the source registered.
    if (hit.named.type === 'unnamed-source' && /^an?\s/i.test(hit.named.name) && timesPrinted(hit.named.name) > 1 && !SPEAKS_AFTER.test(ctx.text.slice(hit.to, hit.to + 40))) {
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `"${hit.named.name}" printed again: another one, not the ${target} who speaks`, review: `an indefinite description introduces someone new: if it is ${target}, make it a mention` });
      continue;
    }
    // "purchases suits from Simpson's in New York", "buys his suits at Neiman-Marcus in Dallas": a shop
    // named by a person's possessive with no noun after it, or a company between "at" and "in" a place,
    // is the store as the place where something is bought or done (call 58), not the actor.
    const store = STORE_BEFORE.test(ctx.text.slice(Math.max(0, hit.from - 6), hit.from)) && ((hit.named.type === 'person' && /^['\u2019]s(?=\s+(?:in|on|at)\s+\p{Lu}|\s*[,.;)])/u.test(ctx.text.slice(hit.to, hit.to + 8))) || (hit.named.type === 'company' && /^\s+in\s+\p{Lu}/u.test(ctx.text.slice(hit.to, hit.to + 6))));
    if (store) {
      const shown = ctx.text.slice(hit.from, hit.to + 2);
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `a store, a place ("${shown}…"), not ${target} acting`, review: `"${hit.named.name}" names where something is bought or done: if it is ${target} acting, make it a mention` });
      continue;
    }
    const longer = isPlaceBody ? longerName(ctx.text, hit) : undefined;
    if (longer !== undefined) {
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `inside a longer name ("${longer}…")`, review: `"${longer}" looks like a name of its own: if "${hit.named.name}" here is ${hit.named.actor}, make it a mention` });
      continue;
    }
    const next = /^(?:-(?=\p{Lu})|\s(\p{Ll}[\p{L}-]*))/u.exec(ctx.text.slice(hit.to, hit.to + 30));
    // A one-word name followed by a capitalised word that does not start a sentence or name a day:
    // probably inside a longer name ("Eisenhower Republicanism", "the Republican Women for Jones Committee").
    const following = /^\s(\p{Lu}[\p{Ll}]+)/u.exec(ctx.text.slice(hit.to, hit.to + 30));
    // Not a word that opens a clause ("Mayor visits Buckley As usual, …": a heading run into its
    // paragraph), nor the person's own name ("We like Fike Al Fike, …"), which no longer name holds.
    const runIn = following !== null && (CLAUSE_WORD.test(following[1]!) || (hit.named.actor !== undefined && ctx.names.some((n) => n.actor === hit.named.actor && !n.proposed && /\s/.test(n.name) && ctx.text.startsWith(` ${n.name}`, hit.to) && isWholeWord(ctx.text, hit.to + 1, hit.to + 1 + n.name.length))));
    if (following && !runIn && !/\s/.test(hit.named.name) && hit.named.type === 'person' && !DAY_OR_MONTH.test(following[1]!)) {
      const shown = `${hit.named.name} ${following[1]}`;
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `part of a longer name ("${shown}")`, review: `"${shown}" looks like a name of its own: if "${hit.named.name}" here is ${hit.named.actor}, make it a mention` });
      continue;
    }
    // Initials ("U.S.", "U. S.") before a capitalised word are a word of a longer name ("the U. S.
    // District Court", "U. S. Treasury bonds"); after a town and a comma, a state's in an address
    // ("Brevard, N. C."), not the body they are the initials of.
    if (hit.named.initialsOf !== undefined && ((following && !DAY_OR_MONTH.test(following[1]!)) || /\p{Lu}[\p{L}.'\u2019-]*,\s$/u.test(ctx.text.slice(Math.max(0, hit.from - 30), hit.from)))) {
      const shown = following ? `${hit.named.name} ${following[1]}` : ctx.text.slice(Math.max(0, hit.from - 30), hit.to).split(/[.;:]\s/).at(-1)!;
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: following ? `part of a longer name ("${shown}")` : `an address ("${shown}"), not ${hit.named.actor}`, review: `"${hit.named.name}" is read as initials of another name here: if it is ${hit.named.actor}, make it a mention` });
      continue;
    }
    // "the board of trustees of the Dallas Museum of Fine Arts": a body's name in lower case, then "of"
    // and another's name (neither words of its own name nor its registered owner's), is that one's body.
    if (hit.named.actor !== undefined && (hit.named.type === 'organisation' || hit.named.type === 'company') && /^\p{Ll}/u.test(ctx.text.slice(hit.from, hit.to).replace(/^the\s+/i, '')) && ofAnother(ctx, hit.named.actor, hit.to)) {
      const shown = ctx.text.slice(hit.from, Math.min(ctx.text.length, hit.to + 40)).split(/[,.;]/)[0]!;
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `another's body ("${shown}"), not ${hit.named.actor}`, review: `"of" names another owner: if it is ${hit.named.actor}, make it a mention` });
      continue;
    }
    // "the 24th annual Neiman-Marcus Exposition", "the Acme Building": a body's name before the
    // capitalised head of an event's, a prize's or a building's name is a word of that name (call 150).
    const named = (hit.named.type === 'company' || hit.named.type === 'organisation') ? NAME_HEAD_AFTER.exec(ctx.text.slice(hit.to, hit.to + 30)) : null;
    if (named) {
      const shown = `${ctx.text.slice(hit.from, hit.to)}${named[0]}`;
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `a word of another name ("${shown}"), not ${hit.named.actor}`, review: `"${shown}" is a name of its own: if "${hit.named.name}" here is ${hit.named.actor} acting, make it a mention` });
      continue;
    }
    // "the Associated Press average", "the Dow Jones industrial average": a name that names a market
    // index or average is a word of that index's name, not the actor (guidelines call 70).
    const index = INDEX_AFTER.exec(ctx.text.slice(hit.to, hit.to + 40));
    if (index) {
      const shown = `${hit.named.name}${index[0]}`;
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `names an index ("${shown}"), not ${hit.named.actor ?? hit.named.agreement}`, review: `"${shown}" is an index's name: if "${hit.named.name}" here is ${hit.named.actor ?? hit.named.agreement} acting, make it a mention` });
      continue;
    }
    // A name shortened ("Emory" of "Emory University", "Multnomah" of "Multnomah County") is the body
    // only standing alone: not before a noun or another name it qualifies ("the 33-man Emory board",
    // "The Emory Wheel"), nor after an article that belongs to a noun after it ("An Emory spokesman").
    // A person's surname, looked for after the full name, printed inside a sentence is the person, its
    // capital no sentence's: a lower-case word after it is its verb ("which Robinson cut across"), which
    // NOT_ATTRIBUTIVE cannot list in full.
    const subject = hit.named.after !== undefined && hit.named.type === 'person' && midSentence(ctx.text, hit.from);
    if (hit.named.shortOf !== undefined && ((next?.[1] !== undefined && !NOT_ATTRIBUTIVE.test(next[1]) && !subject) || following || /(?:^|[^\p{L}])(?:the|a|an)\s$/iu.test(ctx.text.slice(Math.max(0, hit.from - 5), hit.from)))) continue;
    // A registered common noun ("dealers") inside another actor's longer registered name ("Nearly all
    // of the farm equipment manufacturers and dealers") is a word of that name, not a mention nested in it.
    const common = hit.named.name === hit.named.name.toLowerCase();
    if (common && hitCells.some(hit, (h) => h.from <= hit.from && hit.to <= h.to && h.to - h.from > hit.to - hit.from && targetOf(h.named) !== target)) continue;
    // "Texas bankers", a registered group: the place's name only qualifies the noun of that mention.
    if (isPlaceBody && next?.[1] !== undefined && hitCells.some(hit, (h) => h.from <= hit.from && hit.to <= h.to && h.to - h.from > hit.to - hit.from && targetOf(h.named) !== target)) continue;
    const reports = REPORTS_AFTER.test(ctx.text.slice(hit.to, hit.to + 30));
    if ((hit.named.type === 'state' || hit.named.type === 'party') && next && (next[1] === undefined || !NOT_ATTRIBUTIVE.test(next[1])) && !VERB_AND_OBJECT.test(ctx.text.slice(hit.to, hit.to + 40)) && !reports) {
      // "U.S. solar companies", "the U.S.-China accord": the state's name qualifies a noun.
      const shown = ctx.text.slice(hit.from, hit.to + next[0].length + (next[1] === undefined ? 8 : 0)).trim();
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `attributive ("${shown}…"), not ${hit.named.actor} as an actor`, review: `"${hit.named.name}" qualifies the word after it: if it is ${hit.named.actor} acting, make it a mention` });
      continue;
    }
    // "the Summerdale police burglary trial", "Bow St. police court": a registered name in lower case (a
    // common noun) before a noun only qualifies it; so does a body's name of several words between "the"
    // and a noun that the article belongs to ("the Emory University policy": the policy is "the"). An
    // acronym there is left a mention, as the shipped corpus tags "the CASIS conference".
    // A company only: the shipped corpus tags a government agency in an official's apposition ("a
    // senior Global Affairs Canada official"), as a body that acts through him.
    // Or a compound modifier, which no verb is ("Continental Airlines night-coach Flight 54").
    // Or a noun whose indefinite article stands before the name ("As a Neiman-Marcus award winner", "an
    // Acme truck"): "a" belongs to no company's name, so the name only qualifies the noun after it.
    const indefinite = next?.[1] !== undefined && !NOT_ATTRIBUTIVE.test(next[1]) && !DETERMINER.test(next[1]) && !CLAUSE_OPENER.test(next[1]) && /(?:^|[^\p{L}])(?:a|an)\s$/iu.test(ctx.text.slice(Math.max(0, hit.from - 4), hit.from)) ? next : null;
    const titled = hit.named.type === 'company' ? ROLE_AFTER.exec(ctx.text.slice(hit.to, hit.to + 20)) ?? /^\s\p{Ll}+-\p{Ll}+(?=\s)/u.exec(ctx.text.slice(hit.to, hit.to + 30)) ?? indefinite : null;
    const carOf = hit.named.type === 'person' && ((!/\s/.test(hit.named.name) && THE_BEFORE.test(ctx.text.slice(Math.max(0, hit.from - 5), hit.from)) && next?.[1] !== undefined && !NOT_ATTRIBUTIVE.test(next[1])) || MADE_THING_AFTER.test(ctx.text.slice(hit.to, hit.to + 20)));
    if (titled || carOf) {
      const shown = ctx.text.slice(hit.from, hit.to + (titled ? titled[0].length : next![0].length)).trim();
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `attributive ("${shown}"), not ${hit.named.actor} as an actor`, review: `"${hit.named.name}" qualifies the word after it: if it is ${hit.named.actor} acting, make it a mention` });
      continue;
    }
    const lowerName = hit.named.name === hit.named.name.toLowerCase() && !/\s/.test(hit.named.name);
    // "sales by their dealers", "the company's farm equipment dealers": a registered common noun after a
    // possessive names the possessor's own, not the group registered by that word.
    // "Among individual dealers", "several dealers", "other dealers": members one by one or some of
    // them apart, not the group registered by the bare noun ("most dealers say" speaks for it).
    const part = lowerName && /(?:^|[^\p{L}])(individual|several|other)\s$/iu.exec(ctx.text.slice(Math.max(0, hit.from - 12), hit.from));
    if (part) {
      const shown = `${part[1]} ${ctx.text.slice(hit.from, hit.to)}`;
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `some of them ("${shown}"), not ${hit.named.actor} as a whole`, review: `"${shown}" names some or each of them: if it is ${hit.named.actor} as a whole, make it a mention` });
      continue;
    }
    const possessed = lowerName && /(?:(?:^|[^\p{L}])(?:their|our|his|her|its)|\p{L}['\u2019]s)\s+(?:\p{Ll}+\s+){0,3}$/u.exec(ctx.text.slice(Math.max(0, hit.from - 50), hit.from));
    if (possessed) {
      const shown = `${possessed[0].replace(/^[^\p{L}]/u, '').trim()} ${ctx.text.slice(hit.from, hit.to)}`;
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `someone's own ("${shown}"), not ${hit.named.actor}`, review: `"${shown}" names the possessor's own: if it is ${hit.named.actor}, make it a mention` });
      continue;
    }
    // Not the subject of a subjunctive after a request ("has asked that the Board of Education return to
    // …"), whose verb has no ending to show it.
    const subjunctive = /\b(?:asked|asks|requested|requests|recommended|recommends|proposed|proposes|urged|urges|demanded|demands|insisted|insists|suggested|suggests|moved)\s+that\s+the\s$/.test(ctx.text.slice(Math.max(0, hit.from - 40), hit.from));
    // Likewise a determiner a name cannot take, with an adjective or none between ("all Thrift Shop
    // friends", "this little Thrift Shop business"): it belongs to the noun after the name.
    const determined = NOUN_DETERMINER.exec(ctx.text.slice(Math.max(0, hit.from - 30), hit.from));
    const ownedBy = determined !== null && (determined[1] === undefined || !(NOT_ATTRIBUTIVE.test(determined[1]) || DETERMINER.test(determined[1])));
    const owned = (hit.named.type === 'organisation' || hit.named.type === 'company') && /\s/.test(ctx.text.slice(hit.from, hit.to)) && (/(?:^|[^\p{L}])the\s$/u.test(ctx.text.slice(Math.max(0, hit.from - 5), hit.from)) || ownedBy) && !/^the\s/i.test(ctx.text.slice(hit.from, hit.to)) && !subjunctive;
    if ((lowerName || owned) && next?.[1] !== undefined && !NOT_ATTRIBUTIVE.test(next[1]) && !DETERMINER.test(next[1]) && !CLAUSE_OPENER.test(next[1]) && !reports) {
      const shown = ctx.text.slice(hit.from, hit.to + next[0].length).trim();
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `attributive ("${shown}…"), not ${hit.named.actor} as an actor`, review: `"${hit.named.name}" qualifies the word after it: if it is ${hit.named.actor} acting, make it a mention` });
      continue;
    }
    // "Miss Garson is Mrs. E. E. Fogelson": "Mrs." before a man's name (one the registry shows to be a
    // man: "Mr.", "husband" in his name, role or aliases) is his wife's married name, not him.
    const man = hit.named.type === 'person' ? ctx.persons.find((p) => p.id === hit.named.actor) : undefined;
    if (man && /(?:^|[^\p{L}])Mrs\.\s$/u.test(ctx.text.slice(Math.max(0, hit.from - 6), hit.from))) {
      const shown = [man.name, man.role ?? '', ...man.aliases].join(' ; ');
      if (MAN.test(shown) && !WOMAN.test(shown)) {
        nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `inside "Mrs. ${ctx.text.slice(hit.from, hit.to)}", his wife's married name, not ${hit.named.actor}`, review: `"Mrs." names ${hit.named.actor}'s wife: if it is ${hit.named.actor}, make it a mention` });
        continue;
      }
    }
    // "John F. Kennedy" for a person registered as "Kennedy": the first name and initials printed are
    // part of the name (othersInitials does not take them for another's where the registry gives none).
    const given = owner !== undefined && hit.named.actor === owner.id && !/\s/.test(owner.name) ? givenNamesBefore(ctx.text, hit) : undefined;
    const nameFrom = hit.from - (given?.length ?? 0);
    const from = titleStart(ctx.text, nameFrom, hit.named.actor ? ctx.roles.get(hit.named.actor) : undefined);
    const range = { from, to: hit.to };
    if (from !== hit.from && ctx.taken(range, target)) continue;
    const what = hit.named.actor ? `actor ${hit.named.actor}` : `agreement ${hit.named.agreement}`;
    let review = hit.named.proposed
      ? `"${hit.named.name}" names the proposed ${what}`
      : hit.named.qualifies !== undefined
        ? `"${hit.named.name}" is "${hit.named.qualifies}", the registered name of ${what}, after a state's name: check it is that state's`
        : hit.named.initialsOf !== undefined
        ? `"${hit.named.name}" is the initials of "${hit.named.initialsOf}", the registered name of ${what}: check it is the same`
        : hit.named.sharedWith !== undefined
        ? `"${hit.named.name}" taken to be ${what} ("${hit.named.shortOf}"), the one person of that surname named in full before it in this article; the registry also gives it to ${hit.named.sharedWith.join(', ')}: check it is ${hit.named.actor}`
        : hit.named.shortOf !== undefined
        ? `"${hit.named.name}" shortens "${hit.named.shortOf}", the registered name of ${what}: check it is the same`
        : hit.named.variantOf !== undefined
        ? `"${hit.named.name}" is "${hit.named.variantOf}", the registered name of ${what}, with the middle initials or name printed otherwise: check it is the same person`
        : `"${hit.named.name}" is a registered name of ${what}`;
    if (given !== undefined) review = `"${given}${hit.named.name}": "${hit.named.name}" is the registered name of ${what}, which gives no first name or initials to hold these against: check it is the same person`;
    if (inPlay) review = `"${hit.named.name}" is registered for ${found.named.actor}, but ${inPlay}, of that surname, is named in full before it: check it is ${inPlay}`;
    const before = ctx.text.slice(Math.max(0, hit.from - 20), hit.from);
    // A state someone goes to ("He promptly went to communist East Germany"): the destination, a place.
    const went = hit.named.type === 'state' ? WENT_TO.exec(ctx.text.slice(Math.max(0, hit.from - 40), hit.from)) : null;
    if (went) {
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `a place: where someone went ("${went[0].trim()} ${hit.named.name}")`, review: `"${hit.named.name}" is where someone went: if it is ${hit.named.actor} acting, make it a mention` });
      continue;
    }
    const area = hit.named.type === 'state' ? AREA_BEFORE.exec(before) : null;
    if (area) {
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `a place: the area something spreads over ("${area[0].trim()} ${hit.named.name}")`, review: `"${hit.named.name}" is an area: if it is ${hit.named.actor} acting, make it a mention` });
      continue;
    }
    // "Paris, France": a state's name after its capital and a comma completes an address, a place.
    const city = hit.named.type === 'state' ? cityOfState(ctx.text, hit.from, hit.to) : undefined;
    if (city !== undefined) {
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `a place: part of an address ("${city}, ${hit.named.name}")`, review: `"${hit.named.name}" completes an address: if it is ${hit.named.actor} acting, make it a mention` });
      continue;
    }
    // "Our Lady of Fatima Hospital, North Providence", "23 Maple Ave., North Providence": a town's name
    // after a street or a building and a comma is part of an address, a place (guidelines call 58).
    const address = isPlaceBody || hit.named.type === 'state' || hit.named.type === 'organisation' ? ADDRESS_BEFORE.exec(before) : null;
    if (address) {
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `a place: part of an address ("${address[0].trim()} ${hit.named.name}")`, review: `"${hit.named.name}" completes an address: if it is ${hit.named.actor} acting, make it a mention` });
      continue;
    }
    // "struck a utility pole on Woonasquatucket Avenue in North Providence": a town registered as the
    // body that governs it, after "in", only says where something happened (guidelines call 58).
    if (hit.named.actor !== undefined && townIds.has(hit.named.actor) && /(?:^|[^\p{L}])in\s$/u.test(before)) {
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `a place: where something is or happened ("in ${hit.named.name}")`, review: `"in ${hit.named.name}" locates: if it is ${hit.named.actor} acting, make it a mention` });
      continue;
    }
    // "the University of Grenoble in France": a state's name after a name and "in" says where that is (call 58).
    const locates = hit.named.type === 'state' ? /(?:^|\s)(?:of\s+)?(\p{Lu}[\p{L}.'\u2019-]+)\s+in\s$/u.exec(ctx.text.slice(Math.max(0, hit.from - 40), hit.from)) : null;
    if (locates && !/[.!?:]\s*$/.test(ctx.text.slice(Math.max(0, hit.from - 40), hit.from - locates[0].length + (locates[0].length - locates[0].trimStart().length))) && !DAY_OR_MONTH.test(locates[1]!) && !/^(?:He|She|They|It|We|I|Mr|Mrs|Ms)$/.test(locates[1]!)) {
      nonMentions.push({ range: { from: hit.from, to: hit.to }, reason: `a place: where what is named before it is ("${locates[1]} in ${hit.named.name}")`, review: `"in ${hit.named.name}" locates: if it is ${hit.named.actor} acting, make it a mention` });
      continue;
    }
    if (hit.named.type && PLACE_TYPES.has(hit.named.type) && PLACE_BEFORE.test(before)) {
      review = `may be a place, not ${hit.named.actor} acting ("${before.trim().split(/\s+/).pop()} ${hit.named.name}"): if it only locates something, make it a nonMentions entry`;
    }
    const m: ProposedMention = { range, review };
    if (from !== nameFrom) m.nameFrom = nameFrom;
    if (hit.named.actor) m.actor = hit.named.actor;
    else m.agreement = hit.named.agreement!;
    if (!made.some(range, (o) => targetOf(o) === target && overlaps(o.range, range))) {
      out.push(m);
      made.add(m);
    }
  }
  for (const m of clauseNamed(ctx)) if (!out.some((o) => overlaps(o.range, m.range))) out.push(m);
  for (const m of capitals(ctx)) if (!out.some((o) => overlaps(o.range, m.range))) out.push(m);
  for (const m of seats(ctx)) if (!out.some((o) => overlaps(o.range, m.range))) out.push(m);
  for (const m of clubNicknames(ctx)) if (!out.some((o) => overlaps(o.range, m.range))) out.push(m);
  for (const m of sharedNicknames(ctx, out)) if (!out.some((o) => overlaps(o.range, m.range))) out.push(m);
  pushAll(out, otherNicknames(ctx, out));
  pushAll(out, theClub(ctx, out));
  pushAll(out, cityForClub(ctx, out));
  // Two peoples on one span ("the British and French") are a mention of each state: checked together.
  pushAll(out, peoples(ctx).filter((m) => !out.some((o) => overlaps(o.range, m.range))));
  for (const m of companiesByKind(ctx)) if (!out.some((o) => overlaps(o.range, m.range))) out.push(m);
  for (const m of governments(ctx)) if (!out.some((o) => overlaps(o.range, m.range) && targetOf(o) === targetOf(m))) out.push(m);
  for (const role of roles(ctx)) {
    // An apposition is one mention with its name ("Scott Bardsley, a spokesman for …", "the Prime
    // Minister's national-security adviser, Daniel Jean"); a role standing alone with its article
    // ("The former secretary of labor") is a mention of its own; a bare role elsewhere is not one.
    // An age may stand between them ("Gordon A. Lonsdale, 37, a mystery man …").
    const before = out.find((o) => o.actor === role.actor && /^,\s(?:\d{1,3},\s)?$/.test(ctx.text.slice(o.range.to, role.range.from)));
    const after = out.find((o) => o.actor === role.actor && /^,\s$/.test(ctx.text.slice(role.range.to, o.range.from)));
    if (before) before.range = { from: before.range.from, to: role.range.to };
    else if (after) after.range = { from: role.range.from, to: after.range.to };
    else if (/^(?:the|a|an)\s/i.test(ctx.text.slice(role.range.from, role.range.to)) && !out.some((o) => overlaps(o.range, role.range) && o.actor === role.actor)) out.push(role);
  }
  // Descriptions, longest first: "the school board" before the "the board" inside it.
  const described = describedMentions(ctx, out).sort((a, b) => b.range.to - b.range.from - (a.range.to - a.range.from));
  // A body's description may stand in a person's apposition ("X, president of the Society", "the
  // navy's adviser to the cabinet, Capt. Y"): a mention of its own inside the person's, as the body's
  // name would be.
  // So may a possessor opening the apposition ("Mr. Hawksley, the state's general treasurer", call 59).
  const inRole = (o: ProposedMention, m: ProposedMention) =>
    o.actor !== m.actor &&
    o.range.from < m.range.from &&
    m.range.to <= o.range.to &&
    (/\b(?:of|for|at|with|to)\s$/.test(ctx.text.slice(m.range.from - 5, m.range.from)) || (/,\s$/.test(ctx.text.slice(m.range.from - 2, m.range.from)) && /^[\u2019']s\s/.test(ctx.text.slice(m.range.to, m.range.to + 3)))) &&
    (ctx.text.slice(o.range.from, m.range.from).includes(',') || (o.nameFrom !== undefined && m.range.to <= o.nameFrom && ctx.text.slice(m.range.to, o.nameFrom).includes(',')));
  // Or open it as a possessor ("The AID committee's chairman …, Mrs. X"), a mention of its own nested at its start.
  const opensRole = (o: ProposedMention, m: ProposedMention) =>
    o.actor !== m.actor && o.range.from === m.range.from && m.range.to < o.range.to && /^[\u2019']s\s/.test(ctx.text.slice(m.range.to, m.range.to + 3)) && ctx.text.slice(m.range.to, o.range.to).includes(',');
  // A name inside a body's description ("AID" of "The AID committee", its owner's name as a word of the
  // body's own) only qualifies the body's noun: the description is the mention.
  const wordOf = (o: ProposedMention, m: ProposedMention) => o.nameFrom === undefined && m.range.from < o.range.from && o.range.to < m.range.to && /^\s+\p{Ll}/u.test(ctx.text.slice(o.range.to, m.range.to));
  for (const m of described) {
    const inside = out.filter((o) => overlaps(o.range, m.range) && wordOf(o, m));
    if (out.some((o) => overlaps(o.range, m.range) && !inRole(o, m) && !opensRole(o, m) && !inside.includes(o))) continue;
    for (const o of inside) {
      out.splice(out.indexOf(o), 1);
      nonMentions.push({ range: o.range, reason: `only qualifies "${ctx.text.slice(m.range.from, m.range.to)}", a mention of ${m.actor}`, review: `"${ctx.text.slice(o.range.from, o.range.to)}" is a word of ${m.actor}'s description: if it is ${o.actor} acting, make it a mention` });
    }
    out.push(m);
  }
  // What those rules leave: a description whose head noun is that of the one actor or agreement
  // named before it with that head ("the mayor", "his administration").
  pushAll(out, headNounMentions(ctx, out).filter((m) => !out.some((o) => overlaps(o.range, m.range))));
  // A spouse's description may hold the other spouse's mention ("The wife of … Lawrence G. Huntley").
  for (const m of spouses(ctx, out)) {
    if (!out.some((o) => overlaps(o.range, m.range) && (o.actor === m.actor || o.range.from < m.range.from || m.range.to < o.range.to))) out.push(m);
  }
  // "Mr. and Mrs. X": both spouses on the same words, over the mention of either inside them.
  const couple = couples(ctx);
  keepOnly(out, (o) => !couple.some((m) => o.range.from >= m.range.from && o.range.to <= m.range.to));
  pushAll(out, couple);
  // A registered common noun inside the pair's words ("dealers" of "these two dealers") gives way to it.
  const commonInside = (o: ProposedMention, r: Range16) => r.from <= o.range.from && o.range.to <= r.to && /^\p{Ll}+$/u.test(ctx.text.slice(o.range.from, o.range.to));
  const both = pairs(ctx, out).filter((m, _, all) => all.filter((a) => a.range.from === m.range.from).every((a) => !out.some((o) => overlaps(o.range, a.range) && !commonInside(o, a.range))));
  for (const m of both) keepOnly(out, (o) => !commonInside(o, m.range));
  pushAll(out, both);
  // Relatives by description ("her widowed mother"), a spouse by first name ("and wife, Joyce").
  for (const m of relatives(ctx, out)) if (!out.some((o) => overlaps(o.range, m.range))) out.push(m);
  // Plurals naming several people, a mention for each on the same words ("All five", "the Krogers").
  const several = plurals(ctx, out);
  pushAll(out, several.filter((m) => !out.some((o) => overlaps(o.range, m.range))));
  // A person called by first name alone after being named in full ("Roger" after "Roger Eugene Maris").
  pushAll(out, firstNames(ctx, out).filter((m) => !out.some((o) => overlaps(o.range, m.range))));
  // "their families" for the registered families of the people just named, and "Mantle's" standing for one.
  pushAll(out, families(ctx, out).filter((m) => !out.some((o) => overlaps(o.range, m.range) && !(m.range.from <= o.range.from && o.range.to <= m.range.to && o.actor !== m.actor))));
  // People described before they are named: "A young man", "The dead youth was identified as X".
  const identified = identities(ctx, out);
  pushAll(out, identified.found.filter((m) => !out.some((o) => overlaps(o.range, m.range))));
  // "The man was King Leopold 2": the name in the predicate, with its title, says who the man is (call 203).
  for (const p of identified.predicates) {
    const named = out.findIndex((o) => o.actor === p.actor && p.range.from <= o.range.from && o.range.to === p.range.to);
    if (named === -1 || !out.some((o) => o.actor === p.actor && o.range.from === p.subject.from && o.range.to === p.subject.to)) continue;
    out.splice(named, 1);
    const shown = ctx.text.slice(p.range.from, p.range.to);
    const subject = ctx.text.slice(p.subject.from, p.subject.to);
    nonMentions.push({ range: p.range, reason: `a predicate naming ${p.actor} ("${subject} … ${shown}"), the subject the mention (call 203)`, review: `"${shown}" says who "${subject}" is: if it refers to ${p.actor} on its own, make it a mention` });
  }
  // A name inside a person's title ("U.S." in "U.S. President Barack Obama") is part of that mention;
  // one inside an apposition before the name and its title ("the British navy's chief adviser …, Capt.
  // George Symonds") is a mention of its own, nested; so is a possessor in the title ("Tennessee's
  // Democratic Senator Albert Gore"), a referring noun phrase (calls 84, 118).
  // Asked of every mention once all are made: the titled ones are looked up by where they lie.
  let titled: SpanCells<ProposedMention> | undefined;
  const inTitle = (r: Range16) =>
    !/^[\u2019']s\s/u.test(ctx.text.slice(r.to, r.to + 3)) &&
    (titled ??= new SpanCells((o) => o.range, out.filter((o) => o.nameFrom !== undefined))).some(r, (o) => o.nameFrom !== undefined && o.range.from <= r.from && r.to <= o.nameFrom && !ctx.text.slice(r.to, o.nameFrom).includes(','));
  // An indefinite description registered for an unnamed source ("a board member") that opens a
  // person's apposition ("Mrs. D. Ellwood Williams, Jr., a board member and long-time critic …") says
  // what that person is: part of the person's mention, not the unnamed source.
  const typeOf = new Map((ctx.registry ?? []).map((a) => [a.id, a.type]));
  const describesPerson = (m: ProposedMention) =>
    m.actor !== undefined && typeOf.get(m.actor) === 'unnamed-source' && /^(?:a|an)\s/i.test(ctx.text.slice(m.range.from, m.range.to)) && /,\s$/.test(ctx.text.slice(m.range.from - 2, m.range.from)) &&
    out.some((o) => o !== m && o.actor !== m.actor && ctx.persons.some((p) => p.id === o.actor) && o.range.from < m.range.from && m.range.to <= o.range.to);
  // "her father's family": a registered name that opens with another registered actor's name and a
  // possessive nests a mention of that possessor (a possessive is a referring noun phrase, call 118).
  for (const m of [...out]) {
    const own = /^(.+?)[\u2019']s\s/u.exec(ctx.text.slice(m.range.from, m.range.to));
    if (!own || !m.actor) continue;
    const owner = ctx.names.find((n) => n.actor !== undefined && n.actor !== m.actor && !n.proposed && n.name.toLowerCase() === own[1]!.toLowerCase());
    const range = { from: m.range.from, to: m.range.from + own[1]!.length };
    if (!owner || ctx.taken(range, owner.actor!) || out.some((o) => o.actor === owner.actor && overlaps(o.range, range))) continue;
    out.push({ range, actor: owner.actor!, review: `"${own[1]}", a registered name of ${owner.actor}, possesses "${ctx.text.slice(m.range.from, m.range.to)}": a mention of its own, nested` });
  }
  const kept = out.filter((m) => !inTitle(m.range) && !describesPerson(m));
  return { mentions: kept.sort((a, b) => a.range.from - b.range.from), nonMentions: nonMentions.filter((n) => !inTitle(n.range)) };
}

/** A company's legal ending before "of" and a place: "Ford Motor Co. of Canada", "Massey-Ferguson, Ltd., of Toronto". */
const COMPANY_OF = /(?:\b(?:Co|Corp|Inc|Ltd)\.|\b(?:Company|Corporation))\s*,?\s+of\s$/u;

/**
 * The words "COMPANY of PLACE" where a place's name follows a company's name and "of": a registered
 * company's name (one of `companies`, the names found of companies), or any name with a company's legal ending.
 */
function companySeat(text: string, place: Range16, companies: readonly { from: number; to: number; named: Named }[]): string | undefined {
  const before = text.slice(Math.max(0, place.from - 80), place.from);
  const company = companies.find((h) => h.to <= place.from && /^(?:,?\s+(?:Co|Corp|Inc|Ltd)\.)?,?\s+of\s$/u.test(text.slice(h.to, place.from)));
  if (company) return text.slice(company.from, place.to);
  const ending = COMPANY_OF.exec(before);
  return ending ? `${ending[0].replace(/^[\s,]+/u, '')}${text.slice(place.from, place.to)}` : undefined;
}

/**
 * A person referred to by a registered role of three words or more, as printed ("The former
 * secretary of labor"): only where that role belongs to one person.
 */
function roles(ctx: MentionContext): ProposedMention[] {
  const out: ProposedMention[] = [];
  const owners = new Map<string, string[]>();
  for (const p of ctx.persons) {
    for (const role of (p.role ?? '').split(';').map((r) => r.trim().replace(/^(?:the|a|an)\s+/i, ''))) {
      if (role.split(/\s+/).length >= 3) owners.set(role.toLowerCase(), [...(owners.get(role.toLowerCase()) ?? []), p.id]);
    }
  }
  const lower = ctx.text.toLowerCase();
  if (lower.length !== ctx.text.length) return out;
  for (const [role, ids] of owners) {
    if (ids.length !== 1) continue;
    // "Secretary of State Dean Rusk": printed as the title of another registered person, the role is
    // theirs in this text (the registry's holder held it in another year); where several are, no one's.
    const titled = ctx.persons.filter((p) => p.id !== ids[0] && /\s/.test(p.name) && lower.includes(`${role} ${p.name.toLowerCase()}`));
    const holder = titled.length === 0 ? ids[0]! : titled.length === 1 ? titled[0]!.id : undefined;
    if (holder === undefined) continue;
    for (let at = lower.indexOf(role); at !== -1; at = lower.indexOf(role, at + 1)) {
      const det = /(?:^|\s)((?:the|a|an)\s)$/i.exec(ctx.text.slice(Math.max(0, at - 5), at));
      const range = { from: det ? at - det[1]!.length : at, to: at + role.length };
      if (!isWholeWord(ctx.text, range.from, range.to) || ctx.taken(range, holder)) continue;
      // "X is a Fellow at …": a predicate, not a reference.
      if (/\b(?:is|was|are|were|be|been|became|becomes|remains|as)\s+$/i.test(ctx.text.slice(Math.max(0, range.from - 12), range.from))) continue;
      out.push({ range, actor: holder, review: holder === ids[0] ? `the registered role of ${holder} ("${role}")` : `"${role}", the registered role of ${ids[0]}, is printed as ${holder}'s title in this text` });
    }
  }
  return out;
}

/**
 * A government named by description: "the Canadian government" (a registered government whose name
 * shares the adjective's stem, "Government of Canada"), "Trudeau's government" and "the Harper
 * government" (the government a registered person is affiliated with), "the government of Laos" (the
 * registered government of the state named).
 */
function governments(ctx: MentionContext): ProposedMention[] {
  const out: ProposedMention[] = [];
  const re = /\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:(?:current|federal|new|former|previous|ruling|national|central)\s+)*(\p{Lu}[\p{L}.]+)(\u2019s|'s)?\s+government\b/gu;
  for (const m of ctx.text.matchAll(re)) {
    const word = m[1]!;
    let target: string | undefined;
    let how = '';
    const person = ctx.persons.find((p) => p.name.split(/\s+/).includes(word) || p.aliases.includes(word));
    if (person?.affiliation && ctx.governments.some((g) => g.id === person.affiliation)) {
      target = person.affiliation;
      how = `the government of ${person.id}, by its registered affiliation`;
    } else if (m[2] === undefined && word.length >= 5) {
      const stem = word.slice(0, Math.max(4, word.length - 4));
      // An adjective that shares no stem with its country's name ("American" for the United States).
      const country = DEMONYMS[word];
      const found = ctx.governments.filter((g) => [g.name, ...g.aliases].some((n) => n.includes(stem) || (country !== undefined && n.includes(country))));
      if (found.length === 1) {
        target = found[0]!.id;
        how = `a government named by its country's adjective ("${word}")`;
      }
    }
    if (!target) continue;
    const range = { from: m.index, to: m.index + m[0].length };
    if (ctx.taken(range, target)) continue;
    out.push({ range, actor: target, review: how });
  }
  // "the pro-Western government of Laos": the registered government of the state named after "of",
  // a few words of description allowed before "government".
  const registry = ctx.registry ?? [];
  for (const m of ctx.text.matchAll(/\b[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?government\s+of\s+((?:the\s+)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3})/gu)) {
    // A full stop after the name may end the sentence rather than the name ("U.S." keeps its own).
    const printed = m[1]!.replace(/^the\s+/, '');
    const name = [printed, printed.replace(/\.$/, '')].find((n) => registry.some((a) => a.type === 'state' && [a.name, ...a.aliases].includes(n)));
    const state = registry.find((a) => a.type === 'state' && name !== undefined && [a.name, ...a.aliases].includes(name));
    const government = state ? registry.find((a) => a.type === 'government' && a.governs === state.id) : undefined;
    if (!government) continue;
    const range = { from: m.index, to: m.index + m[0].length - (printed.length - name!.length) };
    if (ctx.taken(range, government.id)) continue;
    out.push({ range, actor: government.id, review: `the government of ${state!.id} ("government of ${name}"), its registered government` });
  }
  return out;
}

/** Adjectives of nationality whose country's name has another stem. */
const DEMONYMS: Readonly<Record<string, string>> = { American: 'United States', British: 'United Kingdom', Dutch: 'Netherlands', Swiss: 'Switzerland', Soviet: 'Soviet Union' };

/** Where a name's span starts once the title or honorific printed before it is taken in. */
function titleStart(text: string, from: number, role: string | undefined): number {
  const before = text.slice(Math.max(0, from - 80), from);
  // The registered role printed before the name, or else an honorific: the longer ("Atty. Gen.", not "Gen.").
  let start = from;
  const honorific = HONORIFIC.exec(before);
  if (honorific) start = from - honorific[0].length;
  // A title word of the registered role printed before the name, with the initials or name of the body
  // it serves and a possessive before it ("his U.N. Ambassador Adlai Stevenson", of a role "the
  // President's U.N. Ambassador"): the title as printed.
  const titled = new RegExp(`(?:(?:^|[^\\p{L}])((?:his|her|their|its)\\s+)?((?:\\p{Lu}\\.){2,}\\s+|\\p{Lu}\\p{Ll}+\\s+)?(${TITLE_WORD})\\s)$`, 'u').exec(before);
  if (titled && start === from && (role ?? '').split(/[^\p{L}.-]+/u).includes(titled[3]!) && titled[2] !== undefined) {
    start = from - titled[0].length + (/^[^\p{L}]/u.test(titled[0]) ? 1 : 0);
  }
  for (const part of (role ?? '').split(';').map((r) => r.trim()).filter((r) => r.length > 0)) {
    const withSpace = `${part} `;
    if (before.length >= withSpace.length && before.slice(-withSpace.length).toLowerCase() === withSpace.toLowerCase()) {
      const at = from - withSpace.length;
      if ((at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!)) && at < start) start = at;
    }
  }
  return start;
}
