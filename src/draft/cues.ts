/**
 * Who is speaking: the cue words around a quotation or reported clause ("X said", "said X",
 * "X told …", "according to X") give a phrase, and the phrase is resolved to an actor — a registered
 * one named in it, a person named earlier for "he"/"she" (flagged), or a new actor the draft proposes
 * (a named person, or an unnamed source such as "an official", as printed).
 */
import { slug } from '../text/slug.js';
import { ROLE_NOUN, TITLE_WORD } from './actors.js';
import type { ActorInput } from '../schema.js';
import type { ProposedActor, Range16 } from './proposal.js';
import { SpanCells } from './span-cells.js';
import { lastBlankLine, lineStart, sentenceStart } from './starts.js';

/**
 * Verbs that attribute speech, past and present; the alternation of a regular expression ("hinted at" a
 * thing is none). "say" is the present of several speakers ("say the members", "the mothers say"), not
 * after a modal, "to" or "let's" ("hard to say", "let's say"); each exception its own look-behind, as
 * the alternation is split on its bars (CAPITAL_CUE).
 */
export const CUE_VERB =
  'said|says|(?<!\\bto\\s)(?<!\\bwould\\s)(?<!\\bwill\\s)(?<!\\bcould\\s)(?<!\\bcan\\s)(?<!\\bmay\\s)(?<!\\bmight\\s)(?<!\\bmust\\s)(?<!\\bshould\\s)(?<!\\bnot\\s)(?<!\\bdid\\s)(?<!\\bdo\\s)(?<!\\bdoes\\s)(?<!\\bLet’s\\s)(?<!\\blet’s\\s)(?<!\\bLet\'s\\s)(?<!\\blet\'s\\s)(?<!\\bI’d\\s)(?<!\\bI\'d\\s)say|told|tells|added|adds|noted|notes|quipped|warned|warns|insisted|insists|stated|states|explained|explains|wrote|writes|declared|declares|argued|argues|asked|asks|replied|replies|continued|claimed|claims|acknowledged|admitted|conceded|confirmed|confirms|announced|recalled|recalls|reminisced|reminisces|remarked|commented|asserted|charged|observed|suggested|stressed|emphasized|emphasised|cautioned|predicted|complained|joked|urged|promised|pledged|vowed|encouraged|inquired|responded|answered|retorted|shouted|testified|wondered|confided|confides|hinted(?!\\s+at\\b)|hints(?!\\s+at\\b)|pointed out';

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const PART_OF_DAY = '(?:morning|afternoon|evening|night)';
const OCCASION_ADJECTIVE = '(?:(?:brief|short|long|written|joint|signed|separate|prepared|televised|recorded|radio|television|TV|phone|telephone|exclusive|recent|open|public|private|wide-ranging|news|press)\\s+)?';
/**
 * One phrase of when, where or how a thing was said, as news puts it between a speech verb and its
 * "that" or colon ("said on Monday that", "said in a statement that", "told reporters at a news
 * conference that"): a time (a weekday, a month, "last week", "earlier this month", "yesterday"),
 * an occasion ("in a statement", "in an interview with the Globe", "at a news conference", "in a
 * letter to X"), a medium ("on Twitter") or a hearer ("to reporters"). Each is a closed form, so a
 * reported clause ("said Monday's vote …") never passes for one.
 */
const SPEECH_SETTING =
  `(?:(?:late\\s+|early\\s+)?(?:on\\s+)?${WEEKDAY}(?:\\s+${PART_OF_DAY})?` +
  `|(?:on\\s+)?${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|in\\s+(?:early\\s+|late\\s+|mid-)?${MONTH}(?:\\s+\\d{4})?|in\\s+\\d{4}` +
  `|(?:(?:earlier|later)\\s+)?(?:last|this|next|that)\\s+(?:week|month|year|weekend|${PART_OF_DAY}|${WEEKDAY}|spring|summer|fall|autumn|winter)` +
  `|(?:earlier|later)\\s+(?:in\\s+the\\s+(?:day|week|month|year)|on|today)|yesterday(?:\\s+${PART_OF_DAY})?|today|tonight|last\\s+night|recently|earlier|later|again|previously` +
  `|in\\s+(?:a|an|his|her|their|its|the)\\s+${OCCASION_ADJECTIVE}(?:statement|interview|speech|letter|email|e-mail|message|memo|post|tweet|blog\\s+post|op-ed|column|article|essay|release|news\\s+release|press\\s+release|address|report|filing|testimony|briefing|video|broadcast|podcast|appearance)` +
  `(?:\\s+(?:with|to|on|for|from)\\s+(?:reporters|journalists|the\\s+(?:press|media)|(?:the\\s+)?\\p{Lu}[\\p{L}.'’&-]*(?:\\s+(?:and\\s+|of\\s+)?\\p{Lu}[\\p{L}.'’&-]*){0,4}))?` +
  `|at\\s+(?:a|an|the)\\s+${OCCASION_ADJECTIVE}(?:news\\s+conference|press\\s+conference|conference|briefing|rally|hearing|meeting|event|summit|ceremony|forum|dinner|luncheon|rally|session|gathering|convention)` +
  `|on\\s+(?:Twitter|X|Facebook|Instagram|Threads|TikTok|LinkedIn|Bluesky|social\\s+media|television|radio|(?:his|her|their|its)\\s+(?:blog|website|show|podcast|account))` +
  `|to\\s+(?:reporters|journalists|the\\s+(?:press|media|crowd|audience))` +
  `)`;

/** A short run of such phrases, each after a space (or a comma): "on Monday in a statement". */
export const SPEECH_SETTINGS = `(?:,?\\s+${SPEECH_SETTING}){0,3}`;

/** Whom a verb like "told" names before what was said: "told reporters", "told the Globe", "told him". */
export const HEARER = `(?:\\s+(?:reporters|journalists|(?:the\\s+)?(?:press|media|crowd|audience|committee|court|jury|senators|lawmakers|council|members)|him|her|them|us|me|(?:the\\s+)?\\p{Lu}[\\p{L}.'’&-]*(?:\\s+(?:and\\s+|of\\s+)?\\p{Lu}[\\p{L}.'’&-]*){0,3}))?`;

/** Between a speech verb and the "that" (or colon) of what it reports: a hearer, then a few settings. */
export const VERB_TO_THAT = `${HEARER}${SPEECH_SETTINGS}`;
const SETTING_THEN_THAT = new RegExp(`^${VERB_TO_THAT},?\\s+that$`, 'u');

/** The speech verbs with a capital, as a cue standing first after a question ("Asked Mrs. Peck"). */
const CAPITAL_CUE = CUE_VERB.split('|').map((v) => v[0]!.toUpperCase() + v.slice(1)).join('|');
const CAPITAL_CUE_FIRST = new RegExp(`^[.!?]*\\s+(?:${CAPITAL_CUE})\\s+\\p{Lu}`, 'u');

/** Words that may stand between a subject and its speech verb ("has said", "also told", "strongly refuted"). */
export const AUXILIARY = '(?:(?:has|had|have|also|then|later|later|publicly|repeatedly|previously|again|specifically|further|once|strongly|sharply|flatly|firmly|bluntly|openly)\\s+)*';

/** A description opening a sentence before the name it describes: "The mayor, ", "A spokeswoman for the port, ". */
const DESCRIBED_FIRST = /^(?:The|A|An)\s[^,.;:!?\n\u201c\u201d"]{1,60},\s$/;
const PRONOUN_PERSON = /^(?:he|she|him|her)$/i;
const PRONOUN_PLURAL = /^(?:they|them)$/i;
/** An object pronoun ("quoted him as saying") is not the subject of its sentence, nor its speaker. */
const OBJECT_PRONOUN = /^(?:him|her|them)$/i;
/** Head nouns of a description that can speak: "an official", "critics", "a spokesman for …". */
const SPEAKER_NOUN =
  /\b(?:officials?|spokes(?:man|men|woman|women|person|people)|critics?|experts?|analysts?|sources?|observers?|diplomats?|ministers?|advisers?|advisors?|aides?|lawyers?|police|officers?|leaders?|researchers?|economists?|members?|representatives?|executives?|witness(?:es)?|residents?|people|governments?|agency|agencies|ministry|department|party|parties|group|company|countries|committee|council|court|statement|report)\b/i;
/** A person by description alone: "the elder man", "a young woman", "the boy". */
const PERSON_DESCRIBED = /^(?:a|an|the)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:man|woman|boy|girl|youth)$/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\u2019'-]*\.?|\p{Lu}\.)$/u;
/** People in the plural, who speak as a sentence's bare subject: "Critics say", "Local officials warned". */
const PLURAL_PEOPLE = `(?:${['critics', 'officials', 'analysts', 'experts', 'residents', 'observers', 'diplomats', 'economists', 'lawyers', 'sources', 'researchers', 'leaders', 'executives', 'witnesses', 'advisers', 'aides', 'representatives', 'opponents', 'supporters', 'activists', 'investigators', 'prosecutors'].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;
/** A word that is one of them, whole. */
const PLURAL_PEOPLE_WORD = new RegExp(`^${PLURAL_PEOPLE}$`);
/** Nouns that name people speaking (SPEAKER_NOUN's people: no document, body or country). */
const PERSON_NOUN =
  '(?:officials?|spokes(?:man|men|woman|women|person|people)|critics?|experts?|analysts?|sources?|observers?|diplomats?|ministers?|advisers?|advisors?|aides?|lawyers?|police|officers?|leaders?|researchers?|economists?|members?|representatives?|executives?|witness(?:es)?|residents?|people)';
/**
 * A sentence opening with its unnamed speaker, the determiner capitalised: "An official", "A senior
 * U.S. official", "A spokesman for the port", "Two diplomats close to the talks". The person noun must
 * head the phrase (at its end, or before the preposition of its complement), so that a clause opening
 * the sentence ("A report cited the flood, and added", "Some officials cited the figures and said")
 * is never taken for a speaker. Indefinite only: "The minister said" refers back to someone the text
 * has introduced, whom a new unnamed source would stand in for wrongly.
 */
const OPENING_SPEAKER = new RegExp(
  `^(?:(?:A|An|Some|Several|Many|Most|One|Two|Three|Four|Five)\\s+(?:[\\p{L}.-]+\\s+){0,3}?${PERSON_NOUN}|(?!(?:The|These|Those|This|That|His|Her|Its|Their|Our|My|Your)\\s)(?:[\\p{L}.-]+\\s+){0,2}?${PLURAL_PEOPLE})(?:\\s+(?:for|of|at|with|from|in|on|close\\s+to|familiar\\s+with|briefed\\s+on)\\s+[^,;:]+)?$`,
  'u',
);
/** Words before a bare plural opening a sentence that are common words, in lower case inside one ("local officials"), not names ("Chinese officials"). */
const COMMON_BEFORE_PLURAL = /^(?:local|senior|other|many|several|federal|state|city|county|government|company|union|police|industry|legal|independent|western|foreign|top|some|most|few|former|current|military|security|health|school|party)$/i;
/**
 * The head noun of an organisation's name: "Harbour Board", "Eastfield City Council", "Board of
 * Trustees". Strong heads are no one's surname; a weak one (Board, Church, Court, …) names an
 * organisation only with "the" before the name, three words or more, or "of" after the head: "said
 * Ann Board" is a person.
 */
const ORG_STRONG = 'Council|Committee|Commission|Ministry|Department|Agency|Authority|Bureau|University|College|Association|Federation|Institute|Foundation|Corporation|Parliament|Senate|Congress|Government|Administration|Assembly|Cabinet|Coalition|Alliance|Secretariat|Directorate|Tribunal|Inspectorate';
const ORG_WEAK = 'Board|Bank|Church|Union|Court|Service|Office|League|Trust|Fund|Group|Club|Party|Society|Army|Navy|Force|Police|School|Hospital|Centre|Center|Network';
const ORG_NAME_WORD = "(?:\\p{Lu}[\\p{L}.'\u2019&-]*)";
const ORG_HEAD_LAST = new RegExp(`^((?:the|The)\\s+)?((?:${ORG_NAME_WORD}\\s+){1,5}(${ORG_STRONG}|${ORG_WEAK}))$`, 'u');
const ORG_HEAD_OF = new RegExp(`^((?:the|The)\\s+)?((?:${ORG_NAME_WORD}\\s+){0,3}(?:${ORG_STRONG}|${ORG_WEAK})\\s+(?:of|for)\\s+(?:the\\s+)?(?:${ORG_NAME_WORD})(?:\\s+(?:and\\s+|of\\s+)?${ORG_NAME_WORD}){0,3})$`, 'u');
/** An organisation named as it speaks: [the article's length, the name], or undefined. */
function organisationNamed(phrase: string): [number, string] | undefined {
  const of = ORG_HEAD_OF.exec(phrase);
  if (of) return [of[1]?.length ?? 0, of[2]!];
  const last = ORG_HEAD_LAST.exec(phrase);
  if (!last) return undefined;
  // A weak head needs "the" or three words.
  const strong = new RegExp(`^(?:${ORG_STRONG})$`).test(last[3]!);
  if (!strong && last[1] === undefined && last[2]!.split(/\s+/).length < 3) return undefined;
  return [last[1]?.length ?? 0, last[2]!];
}
/** A role (lower-case words, perhaps after a body's capitalised name) before a name of two or three words. */
const ROLE_BEFORE_NAME = new RegExp(`^((?:[\\p{L}.'\u2019&-]+\\s+){0,4}(?:${ROLE_NOUN})\\s+)(\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*){1,2})$`, 'u');
/** An honorific before a full name: "Mr. John Smith", "Mrs. Ada Lind", "Dr. Cy W. Moss". */
const HONORIFIC_NAME = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(\S+(?:\s+\S+){1,3})$/;
// Words that open a sentence before a name ("Once Peter asked"), never a name's first word.
const NOT_A_NAME = /^(?:The|A|An|But|And|In|On|At|For|Of|By|To|As|If|When|While|After|Before|Last|This|That|These|Those|His|Her|Its|Their|Our|Some|Many|Most|Once|Then|Now|Later|Still|Yet|Also|Today|Yesterday|Tonight|Meanwhile|Finally|Instead|Again|Thus|Soon|Mr\.|Mrs\.|Ms\.|Dr\.)$/;

export interface Known {
  /** Mentions known so far (by hand and drafted), in reading order. */
  mentions: readonly { range: Range16; actor?: string }[];
  /** Every actor's type, registered or proposed. */
  typeOf: (id: string) => ActorInput['type'] | undefined;
  /** Actors by name, lower-cased (registered and proposed): "an official", "critics". */
  byName: (name: string) => string | undefined;
  /** Persons by surname (the last word of the name), where only one has it. */
  bySurname: (surname: string) => string | undefined;
  /** A person whose registered role is this description ("the former secretary of labor"). */
  byRole: (description: string) => string | undefined;
  /** A registered or proposed actor's name, role and aliases, for what they say of a person's sex ("Mrs."). */
  describe?: (id: string) => string | undefined;
  /** Whether a range lies inside a quotation (a name there is not who speaks). */
  inQuotation: (range: Range16) => boolean;
  propose: (actor: ProposedActor) => string;
}

/** Each list of known mentions looked up by where they lie, made when first asked of it. */
const cellsOf = new WeakMap<Known['mentions'], SpanCells<Known['mentions'][number]>>();

/**
 * The known mentions, looked up by where they lie (span-cells.ts): a speaker is looked for among the
 * mentions in or around each cue's words, and an article may name its speakers thousands of times.
 * The list of mentions must not change once asked of (draft.ts makes it once).
 */
export function mentionsNear(known: Known): SpanCells<Known['mentions'][number]> {
  let cells = cellsOf.get(known.mentions);
  if (cells === undefined) cellsOf.set(known.mentions, (cells = new SpanCells((m) => m.range, known.mentions)));
  return cells;
}

export interface Speaker {
  actor: string;
  /** Set when the phrase was a pronoun or is a new actor: what to check. */
  doubt?: string;
  /** A new actor's phrase, to be proposed as a mention of it. */
  newMention?: Range16;
}

/**
 * Resolves the subject phrase `text[range]` of a speech verb to an actor. The phrase may carry an
 * apposition ("Michael Walma, a senior … official") or an opening adverbial or headline ("In April,
 * a U.S. … expert", "Defends Ike Earlier, Mitchell"): its comma-separated parts are tried for a
 * person first, then for any known actor, and only then is a new actor proposed.
 */
export function resolveSpeaker(text: string, range: Range16, known: Known): Speaker | undefined {
  // A registered name with commas of its own ("Political, economic and military experts") is the
  // whole phrase, not parts of it.
  const whole = trimmed(text, range);
  const exact = /,/.test(text.slice(whole.from, whole.to)) ? mentionsNear(known).find(whole, (m) => m.actor !== undefined && m.range.from === whole.from && m.range.to === whole.to) : undefined;
  if (exact) return { actor: exact.actor! };
  let at = range.from;
  const parts: { r: Range16; phrase: string }[] = [];
  for (const piece of text.slice(range.from, range.to).split(/(,)/)) {
    if (piece !== ',') {
      const r = stripLeadingConjunction(text, trimmed(text, { from: at, to: at + piece.length }));
      const phrase = text.slice(r.from, r.to);
      // An adverbial after the subject ("The board members, after hearing the plea from Mrs. X, said")
      // is not who speaks: only a part that could be an apposition is tried after the first.
      const adverbial = parts.length > 0 && /^(?:after|before|while|when|during|following|despite|in|on|at|from|with|without|by|for|upon|since|until|\p{Ll}+ing)\b/u.test(phrase);
      if (r.to > r.from && !/[\u201c\u201d"]/.test(phrase) && !adverbial) parts.push({ r, phrase });
    }
    at += piece.length;
  }
  // An opening prepositional phrase before the subject ("In conferences with Nationalist China's
  // dapper, diminutive Vice President Chen Cheng, Mr. Kennedy assured …") only sets the scene: a
  // person named in it is not who speaks. Its own commas part it further, the parts after the first
  // going on in lower case with no determiner ("diminutive …"), where an apposition opens with one.
  if (parts.length > 1 && OPENING_ADVERBIAL.test(parts[0]!.phrase)) {
    parts.shift();
    while (parts.length > 1 && /^\p{Ll}/u.test(parts[0]!.phrase) && !/^(?:a|an|the|his|her|its|their|one|who|whose)\s/.test(parts[0]!.phrase)) parts.shift();
  }
  const passes: ((r: Range16, phrase: string) => Speaker | undefined)[] = [
    (r, phrase) => {
      const found = resolveKnown(text, r, phrase, known);
      return found && (known.typeOf(found.actor) === 'person' || known.byName(phrase.toLowerCase()) === found.actor) ? found : undefined;
    },
    (r, phrase) => resolveKnown(text, r, phrase, known),
    (r, phrase) => documentIssuer(text, r, phrase, known),
    // A name in any part before a description in another ("A spokeswoman for the port, Jane Kim,
    // said"): the named person speaks, the description her role.
    (r, phrase) => (SCENE_OPENING.test(phrase) ? undefined : proposeNamed(r, phrase, known, parts.map((p) => describedAs(p.phrase)).find((d) => d !== undefined))),
    (r, phrase) => (SCENE_OPENING.test(phrase) ? undefined : proposeDescribed(r, phrase, known)),
  ];
  for (const pass of passes) {
    for (const { r, phrase } of parts) {
      const found = pass(r, phrase);
      if (found) return found;
    }
  }
  return undefined;
}

/** Words opening a phrase that sets the scene or the time: no new speaker is made of it. */
const SCENE_OPENING = /^(?:In|On|At|After|Before|During|Last|Earlier|Later|Since|Shortly|Meanwhile|However|Yet|Still|Now|Then|Also)\b/;

/** A preposition opening a sentence's first phrase: an adverbial, not its subject. */
const OPENING_ADVERBIAL = /^(?:In|On|At|After|Before|During|With|From|For|By|Through|Under|Since|Following|Despite|Unlike|Among|Upon|Until|Without|Throughout|Amid)\s/;

/** Documents that speak for whoever issued them: "the statement said" is the board's (guidelines calls 65, 117). */
const DOCUMENT = 'statement|resolution|report|announcement|release|letter|declaration|memorandum|proclamation|communiqu\u00e9|communique';

/**
 * "The statement said": a document referred back to speaks for its issuer, named where the document
 * was introduced — "a statement adopted by X", "X's statement", "X issued a statement" — the nearest
 * such introduction before it. Undefined where none names an actor known here.
 */
function documentIssuer(text: string, r: Range16, phrase: string, known: Known): Speaker | undefined {
  const m = new RegExp(`^(?:the|this|that|its|their)\\s+(?:\\p{Ll}+\\s+)?(${DOCUMENT})$`, 'iu').exec(phrase);
  if (!m) return undefined;
  const noun = m[1]!.toLowerCase();
  const issued = issuedDocuments(text, noun, known);
  // The noun read up to the phrase, as a text cut there: where the phrase runs on from it ("statements"
  // cut at "statement|s") it ends a word there, though not in the text.
  const nounAt = (whole: string, at: number) => {
    const re = new RegExp(`\\b${noun}\\b`, 'iuy');
    re.lastIndex = at;
    return at >= 0 && re.test(whole);
  };
  const atCut = nounAt(text.slice(0, r.from), r.from - noun.length) && !nounAt(text, r.from - noun.length) ? issuedAt(text, noun, r.from - noun.length, known) : undefined;
  let k = issued.length;
  while (k > 0 && issued[k - 1]!.at + noun.length > r.from) k--;
  for (const e of [...(atCut ? [atCut] : []), ...issued.slice(0, k).reverse()]) {
    const { at, found } = e;
    if (found.range.to <= r.from) {
      return { actor: found.actor!, doubt: `"${phrase}" taken to speak for ${found.actor}, who issued the ${noun} ("${text.slice(Math.min(at, found.range.from), Math.max(at + noun.length, found.range.to)).replace(/\s+/g, ' ')}")` };
    }
  }
  return undefined;
}

type Issued = { at: number; found: KnownMention };

/** Each document noun's places in the text with the actor introduced there as its issuer, found once for the mentions. */
const issuedOf = new WeakMap<Known, Map<string, { text: string; issued: Issued[] }>>();

/**
 * The places of a document's noun ("statement") in the text, in order, where an actor known here, not
 * inside a quotation, is introduced as the document's issuer, with that actor's mention.
 */
function issuedDocuments(text: string, noun: string, known: Known): Issued[] {
  let nouns = issuedOf.get(known);
  if (!nouns) issuedOf.set(known, (nouns = new Map()));
  const made = nouns.get(noun);
  if (made?.text === text) return made.issued;
  const issued: Issued[] = [];
  for (const e of text.matchAll(new RegExp(`\\b${noun}\\b`, 'giu'))) {
    const i = issuedAt(text, noun, e.index, known);
    if (i) issued.push(i);
  }
  nouns.set(noun, { text, issued });
  return issued;
}

/**
 * The actor introduced as the issuer of the document named at `at`: "a statement adopted by X", "X's
 * statement", "X issued a statement"; undefined where none is, or where it is named inside a quotation.
 */
function issuedAt(text: string, noun: string, at: number, known: Known): Issued | undefined {
  const startingAt = (at: number) => mentionsNear(known).find({ from: at, to: at }, (k) => k.actor !== undefined && k.range.from === at);
  const endingAt = (at: number) => mentionsNear(known).find({ from: at, to: at }, (k) => k.actor !== undefined && k.range.to === at);
  // "a statement adopted by the board": the agent of the participle.
  const by = new RegExp(`^${noun}\\s+(?:\\p{Ll}+ed|issued|written|drawn up|put out|made)\\s+by\\s+`, 'iu').exec(text.slice(at, at + 60));
  const agent = by ? startingAt(at + by[0].length) ?? (/^the\s/i.test(text.slice(at + by[0].length)) ? startingAt(at + by[0].length + 4) : undefined) : undefined;
  // "the trustees' statement", "the council's resolution": the possessor.
  const own = /(?:[\u2019']s?)\s+(?:\p{Ll}+\s+)?$/u.exec(text.slice(Math.max(0, at - 20), at));
  const owner = own ? endingAt(at - own[0].length) : undefined;
  // "the board issued a statement".
  const verb = new RegExp(`\\s+(?:issued|released|adopted|approved|published|put out|made public|sent)\\s+(?:a|an|the|its|their)\\s+(?:\\p{Ll}+\\s+)?$`, 'u').exec(text.slice(Math.max(0, at - 50), at));
  const issuer = verb ? endingAt(at - verb[0].length) : undefined;
  const found = agent ?? owner ?? issuer;
  return found && !known.inQuotation(found.range) ? { at, found } : undefined;
}

/** A headline of a few words run into its paragraph, then a capitalised pronoun opening the sentence. */
const HEADLINE_PRONOUN = /^\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Ll}[\p{L}'\u2019-]*){0,3}\s+(He|She|They)$/u;

const DAY_OR_TIME = /^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|Earlier|Later|Then|Now|Also|Later|Afterwards?)\s+)+/;

function resolveKnown(text: string, r: Range16, phrase: string, known: Known): Speaker | undefined {
  const bare = phrase.replace(DAY_OR_TIME, '');
  if (PRONOUN_PERSON.test(bare) || PRONOUN_PLURAL.test(bare)) return resolvePronoun(text, r, bare, known);
  if (/^it$/i.test(bare)) return resolveIt(text, r, known);
  if (/^both$/i.test(bare)) {
    const two = bothOf(text, r, known);
    return two ? { actor: two[0], doubt: `"${bare}" taken to be ${two.join(' and ')}, the two people named in the sentence before it: one claim each` } : undefined;
  }
  // A run-in headline before a pronoun ("Danger cited He cautioned that …"): the pronoun speaks.
  const headed = HEADLINE_PRONOUN.exec(bare);
  if (headed) return resolvePronoun(text, { from: r.to - headed[1]!.length, to: r.to }, headed[1]!, known);
  const inside = mentionsNear(known).filter(r, (m) => m.actor !== undefined && m.range.from >= r.from && m.range.to <= r.to);
  if (inside.length > 0) {
    // A person named in the phrase, else its widest mention ("Canada’s Conservative government").
    const people = inside.filter((m) => known.typeOf(m.actor!) === 'person');
    const pool = people.length > 0 ? people : inside;
    const head = pool.reduce((a, b) => (b.range.to - b.range.from > a.range.to - a.range.from ? b : a));
    return { actor: head.actor! };
  }
  // A part of a person's longer mention ("Capt. George Symonds" of "the British navy's chief adviser …,
  // Capt. George Symonds") is that person.
  const around = mentionsNear(known).find(r, (m) => m.actor !== undefined && m.range.from <= r.from && r.to <= m.range.to && known.typeOf(m.actor) === 'person');
  if (around) return { actor: around.actor! };
  const words = phrase.split(/\s+/);
  const named = known.byName(phrase.toLowerCase()) ?? known.byRole(phrase);
  if (named) return { actor: named };
  // A surname closes the phrase ("Mr. Walma", "Hemphill", a headline run into "Shortcuts unnoticed Hemphill").
  const last = words.at(-1)!.replace(/[\u2019']s$/, '');
  if (NAME_WORD.test(last)) {
    const person = known.bySurname(last);
    if (person && (words.length === 1 || /^(?:Mr|Mrs|Ms|Dr)\.$/.test(words[0]!) || !NAME_WORD.test(words.at(-2)!))) return { actor: person };
  }
  return undefined;
}

/**
 * "he said": the subject of its own sentence when that is a person ("Dewey Lawrence, a lawyer, sounded
 * the keynote when he said …"); else the person who spoke last nearby — named as the subject of a
 * speech verb, or of a sentence whose "he said" is his, in this or the previous two paragraphs — else
 * the nearest person named before it; never someone named inside a quotation. Always flagged for review.
 */
function resolvePronoun(text: string, r: Range16, pronoun: string, known: Known): Speaker | undefined {
  const plural = PRONOUN_PLURAL.test(pronoun);
  const sex = plural ? undefined : /^(?:she|her)$/i.test(pronoun) ? 'f' : 'm';
  const index = pronounIndex(text, known);
  // A woman is marked in print ("Mrs.", "Miss", "wife") where a man usually is not: "she" is the one
  // of the persons shown to be women where there are any, "he" never one of them (nor "she" a man).
  const women = sex === 'f' && index.firstWomanEnd <= r.from;
  // The mentions before the pronoun that it may be taken back to: those of `fitting` that end by r.from.
  const fitting = index.fitting(plural ? 'they' : sex === 'm' ? 'he' : women ? 'she-women' : 'she');
  const paragraphStart = (at: number, back: number) => {
    let p = at;
    for (let i = 0; i <= back; i++) p = Math.max(0, lastBlankLine(text, p - 1));
    return p;
  };
  const object = OBJECT_PRONOUN.test(pronoun);
  const subject = object ? undefined : firstStartingAt(fitting.all, sentenceStart(text, r.from), r.from);
  const near = pronounRun(text, paragraphStart(r.from, 2));
  const asked = subject || object ? undefined : addressee(text, paragraphStart(r.from, 1), paragraphStart(r.from, 0), fitting.all);
  const lastSpoke = subject || asked || object ? undefined : lastEndingBy(fitting.speaking, r.from, near);
  // A person brought in as the subject of a sentence of this paragraph, after the last one who spoke
  // and before the pronoun, is the one the paragraph is now about ("John Salvador … was sitting up
  // front …. “…”, he said."): the one who spoke in an earlier paragraph has been left behind.
  const here = paragraphStart(r.from, 0);
  const newcomer = lastSpoke && lastSpoke.range.from < here ? lastEndingBy(fitting.opening, r.from, here) : undefined;
  const speaker = newcomer ?? lastSpoke;
  const chosen = subject ?? asked ?? speaker ?? notInAside(text, lastTwoEndingBy(fitting.all, r.from));
  if (!chosen) return undefined;
  const why = subject ? `the subject of its sentence` : asked ? 'the one asked the question in the paragraph before' : speaker ? `the last ${plural ? 'body' : 'person'} said to speak before it` : `the nearest ${plural ? 'group or body' : 'person'} named before it`;
  return { actor: chosen.actor!, doubt: `"${pronoun}" taken to be ${chosen.actor}, ${why}` };
}

type KnownMention = Known['mentions'][number];

/** Mentions a pronoun of one kind may be taken back to, in reading order; and those of them that speak, or open a sentence. */
interface Fitting {
  all: readonly KnownMention[];
  /** Said to speak: the subject of a speech verb, or of a sentence whose own "he said" follows. */
  speaking: readonly KnownMention[];
  /** Opening the sentence they end in. */
  opening: readonly KnownMention[];
}

type PronounKind = 'they' | 'he' | 'she' | 'she-women';

/**
 * What a pronoun asks of the mentions before it, worked out once for the mentions rather than for each
 * pronoun: the mentions of each actor, each person's sex, and the mentions each kind of pronoun may be
 * taken back to. An actor's type and sex hold as long as the actor does; an actor of a mention that
 * had none when these were worked out may be proposed since, and then they are worked out anew.
 */
interface PronounIndex {
  text: string;
  /** Actors of mentions with no type when this was made. */
  untyped: readonly string[];
  byActor: Map<string, KnownMention[]>;
  /** Where the first mention of a person shown to be a woman ends (Infinity if none is). */
  firstWomanEnd: number;
  fitting: (kind: PronounKind) => Fitting;
  /** "it"'s bodies: mentions of actors not persons, outside quotations. */
  bodies: readonly KnownMention[];
  /** The body said to speak in the paragraph before each paragraph asked of. */
  spokeBefore: Map<number, KnownMention | undefined>;
}

const pronounIndexes = new WeakMap<Known, PronounIndex>();

function pronounIndex(text: string, known: Known): PronounIndex {
  const made = pronounIndexes.get(known);
  if (made && made.text === text && made.untyped.every((id) => known.typeOf(id) === undefined)) return made;
  const index = makePronounIndex(text, known);
  pronounIndexes.set(known, index);
  return index;
}

function makePronounIndex(text: string, known: Known): PronounIndex {
  const byActor = new Map<string, KnownMention[]>();
  for (const m of known.mentions) {
    if (m.actor === undefined) continue;
    const list = byActor.get(m.actor);
    if (list) list.push(m);
    else byActor.set(m.actor, [m]);
  }
  const untyped = [...byActor.keys()].filter((id) => known.typeOf(id) === undefined);
  const sexes = new Map<string, 'f' | 'm' | undefined>();
  for (const [id, mentions] of byActor) sexes.set(id, sexOf(text, id, mentions, known));
  const person = (id: string) => known.typeOf(id) === 'person';
  let firstWomanEnd = Infinity;
  for (const m of known.mentions) if (m.actor !== undefined && person(m.actor) && sexes.get(m.actor) === 'f') firstWomanEnd = Math.min(firstWomanEnd, m.range.to);
  const fits: Record<PronounKind, (id: string) => boolean> = {
    they: (id) => !person(id),
    he: (id) => person(id) && sexes.get(id) !== 'f',
    she: (id) => person(id) && sexes.get(id) !== 'm',
    'she-women': (id) => person(id) && sexes.get(id) === 'f',
  };
  // "they" may also be several people named on the same words ("The Kochaneks", "Mr. and Mrs. X").
  const joint = (m: KnownMention) => person(m.actor!) && mentionsNear(known).some(m.range, (o) => o.actor !== undefined && o.actor !== m.actor && o.range.from === m.range.from && o.range.to === m.range.to && person(o.actor));
  // A mention taking in its apposition ("Gus Ehlers, competitor of Mr. Houtz …") is followed by the
  // comma that closes it before its verb (", says his business …").
  const speakerVerb = new RegExp(`^(?:,[^,]{1,80},|,)?\\s+${AUXILIARY}(?:${CUE_VERB})\\b`);
  // A sentence's subject whose own "he said" follows in the sentence spoke too ("X … when he said").
  const ownPronoun = new RegExp(`^[^.!?\u201c\u201d"]{0,160}\\b(?:he|she|they)\\s+${AUXILIARY}(?:${CUE_VERB})\\b`, 'i');
  const speaks = new Map<KnownMention, boolean>();
  const opens = new Map<KnownMention, boolean>();
  const made = new Map<PronounKind, Fitting>();
  const fitting = (kind: PronounKind): Fitting => {
    let f = made.get(kind);
    if (f) return f;
    const all = known.mentions.filter((m) => m.actor !== undefined && (fits[kind](m.actor) || (kind === 'they' && joint(m))) && !known.inQuotation(m.range));
    const speaking = all.filter((m) => {
      let s = speaks.get(m);
      if (s === undefined) speaks.set(m, (s = speakerVerb.test(text.slice(m.range.to, m.range.to + 120)) || (m.range.from === sentenceStart(text, m.range.from) && ownPronoun.test(text.slice(m.range.to, m.range.to + 200)))));
      return s;
    });
    const opening = all.filter((m) => {
      let o = opens.get(m);
      // Or only a description before it, set off by a comma ("The mayor, Tom Reed, defended …").
      if (o === undefined) {
        const start = sentenceStart(text, m.range.to);
        opens.set(m, (o = m.range.from === start || (m.range.from - start <= 64 && DESCRIBED_FIRST.test(text.slice(start, m.range.from)))));
      }
      return o;
    });
    made.set(kind, (f = { all, speaking, opening }));
    return f;
  };
  const bodies = known.mentions.filter((m) => m.actor !== undefined && !person(m.actor) && !known.inQuotation(m.range));
  return { text, untyped, byActor, firstWomanEnd, fitting, bodies, spokeBefore: new Map() };
}

/** How many of `list` (in reading order) start at or before `at`. */
function startingBy(list: readonly KnownMention[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.range.from <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last of `list` (in reading order) that ends by `at`, starts at or after `floor` and passes `test`. */
function lastEndingBy(list: readonly KnownMention[], at: number, floor: number, test: (m: KnownMention) => boolean = () => true): KnownMention | undefined {
  for (let i = startingBy(list, at) - 1; i >= 0 && list[i]!.range.from >= floor; i--) {
    const m = list[i]!;
    if (m.range.to <= at && test(m)) return m;
  }
  return undefined;
}

/** The last two of `list` (in reading order) that end by `at`, in that order. */
function lastTwoEndingBy(list: readonly KnownMention[], at: number): KnownMention[] {
  const two: KnownMention[] = [];
  for (let i = startingBy(list, at) - 1; i >= 0 && two.length < 2; i--) if (list[i]!.range.to <= at) two.unshift(list[i]!);
  return two;
}

/** The first of `list` (in reading order) that starts at `from` and ends by `at`. */
function firstStartingAt(list: readonly KnownMention[], from: number, at: number): KnownMention | undefined {
  for (let i = startingBy(list, from - 1); i < list.length && list[i]!.range.from === from; i++) if (list[i]!.range.to <= at) return list[i];
  return undefined;
}

/** The last mention of `actor` that ends by `at` (in reading order). */
export function lastMentionOf(text: string, known: Known, actor: string, at: number): KnownMention | undefined {
  return lastEndingBy(pronounIndex(text, known).byActor.get(actor) ?? [], at, -Infinity);
}

/**
 * "both" as a subject ("Although both concede …", "Both said …"): the two people named, outside any
 * quotation, in the sentence before it and its own up to it (the previous paragraph's last where it
 * opens one) — exactly two, or none is taken.
 */
export function bothOf(text: string, r: Range16, known: Known): [string, string] | undefined {
  const here = sentenceStart(text, r.from);
  const back = text.slice(0, here).trimEnd().length;
  const from = back === 0 ? 0 : sentenceStart(text, back - 1);
  const ids = [...new Set(mentionsNear(known).filter({ from, to: r.from }, (m) => m.actor !== undefined && m.range.from >= from && m.range.to <= r.from && known.typeOf(m.actor) === 'person' && !known.inQuotation(m.range)).map((m) => m.actor!))];
  return ids.length === 2 ? [ids[0]!, ids[1]!] : undefined;
}

/**
 * "it said": a body, or a document or message that speaks for its sender ("a cable … from a bank in
 * Switzerland …. “…”, it said"), so the nearest actor named before it in its paragraph that is not a
 * person, outside any quotation; none where the paragraph names none. Always flagged for review.
 */
function resolveIt(text: string, r: Range16, known: Known): Speaker | undefined {
  const paragraph = lineStart(text, r.from);
  const index = pronounIndex(text, known);
  const last = lastEndingBy(index.bodies, r.from, paragraph);
  if (last) return { actor: last.actor!, doubt: `"it" taken to be ${last.actor}, the nearest body named before it in its paragraph (or what speaks for it)` };
  // "It" opening a paragraph ("The jury said it did find …. ¶ It recommended that …"): the body that
  // spoke last in the paragraph before, as the subject of a speech verb.
  if (paragraph === 0) return undefined;
  const previous = lineStart(text, Math.max(0, paragraph - 3) + 1);
  const speakerVerb = new RegExp(`^\\s+${AUXILIARY}(?:${CUE_VERB})\\b`);
  // The same for every "it" of the paragraph.
  if (!index.spokeBefore.has(paragraph)) index.spokeBefore.set(paragraph, lastEndingBy(index.bodies, paragraph - 1, previous, (m) => speakerVerb.test(text.slice(m.range.to, m.range.to + 60))));
  const spoke = index.spokeBefore.get(paragraph);
  return spoke ? { actor: spoke.actor!, doubt: `"it" taken to be ${spoke.actor}, the body said to speak in the paragraph before` } : undefined;
}

/** A paragraph opening with a pronoun that speaks, after at most a run-in headline ("Danger cited He cautioned"). */
const PRONOUN_OPENS = new RegExp(`^(?:\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Ll}[\\p{L}'\u2019-]*){0,3}\\s+)?(?:He|She|They)\\s+${AUXILIARY}(?:${CUE_VERB}|called|\\p{Ll}+ed)\\b`, 'u');

/**
 * Where to look back from for the one who spoke last: paragraphs that open with "He said", "He called
 * …" carry their speaker on from the paragraph before, so a run of them (up to five) is looked through
 * to the paragraph that names him — not stopped short at a person named only inside what he said.
 */
function pronounRun(text: string, from: number): number {
  let at = from;
  for (let i = 0; i < 5; i++) {
    const start = text.slice(at).match(/^\s*/)![0].length + at;
    if (!PRONOUN_OPENS.test(text.slice(start, start + 200)) || at === 0) break;
    at = Math.max(0, lastBlankLine(text, at - 1));
  }
  return at;
}

/** Words in a person's name, role or mentions that say a woman or a man ("Mrs. Peck", "her husband"). */
// A title ending in "woman" (Councilwoman, Congresswoman, Chairwoman) shows a woman as "woman" does;
// of the "-man" titles only those that name a man (Councilman, Congressman; not Chairman, long used of both).
const FEMALE = /(?:^|[^\p{L}])(?:Mrs|Miss|Ms|Mme|Madame|Lady|Queen|Princess|Duchess|Countess|wife|widow|mother|daughter|sister|actress|\p{L}*woman)(?![\p{L}])/u;
const MALE = /(?:^|[^\p{L}])(?:Mr|Sir|King|Prince|Duke|husband|widower|father|son|brother|spokesman|[Cc]ouncilman|[Cc]ongressman|[Aa]ssemblyman|[Aa]lderman|[Bb]usinessman)(?![\p{L}])/u;

/**
 * A person's sex as the text or the registry shows it, by a title or a kinship word in a mention of
 * them (with the honorific printed before it) or in their registered name, role or aliases; undefined
 * where nothing says, or both do.
 */
function sexOf(text: string, id: string, mentions: readonly { range: Range16 }[], known: Known): 'f' | 'm' | undefined {
  // Each mention with the word printed before it in its sentence (a title, an honorific, a kinship word):
  // "Congressman" whole, not its last letters; not the last word of the sentence before ("… the
  // committeewoman. County Supervisor Weldon R. Sheets"), though an abbreviation's stop ("Mrs.") is kept.
  const wordBefore = (at: number) => {
    const w = /(?:^|[^\p{L}])(\p{L}+)(\.?)\s*$/u.exec(text.slice(Math.max(0, at - 24), at));
    return !w || (w[2] === '.' && !/^\p{Lu}\p{Ll}{0,3}$/u.test(w[1]!)) ? '' : w[1]!;
  };
  const withWordBefore = (m: { range: Range16 }) => `${wordBefore(m.range.from)} ${text.slice(m.range.from, m.range.to)}`;
  const said = [known.describe?.(id) ?? '', ...mentions.map(withWordBefore)].join(' ; ');
  const f = FEMALE.test(said);
  const m = MALE.test(said);
  return f === m ? undefined : f ? 'f' : 'm';
}

/**
 * The nearest of the mentions before a pronoun, unless it stands in an aside that only joins it to the
 * subject of its sentence ("Mrs. Peck, later joined by … Mrs. Lee Patterson, took Harvey to task"):
 * then that subject, who acts first.
 */
function notInAside<M extends { range: Range16 }>(text: string, before: readonly M[]): M | undefined {
  const last = before.at(-1);
  const prev = before.at(-2);
  if (!last || !prev) return last;
  const between = text.slice(prev.range.to, last.range.from);
  return /^,\s+(?:\p{Ll}+\s+)?(?:joined|accompanied|followed|backed|supported)\s+by\b[^.!?\n]*$/u.test(between) && /^,\s/.test(text.slice(last.range.to, last.range.to + 2)) ? prev : last;
}

/**
 * The person a question in the paragraph before was put to: "“…?” Asked Mrs. Peck … of the chairman,
 * Joseph E. Harvey Jr." — the one fitting person named after "asked" who is not its asker (the first
 * named right after a sentence-opening "Asked"). The answer's "he said" is his.
 */
function addressee(text: string, from: number, to: number, fitting: readonly KnownMention[]): KnownMention | undefined {
  const ask = askedIn(text, from, to);
  if (!ask) return undefined;
  const at = from + ask.index + ask[0].length;
  const after = fitting.slice(startingBy(fitting, at - 1), startingBy(fitting, to)).filter((m) => m.range.to <= to);
  const asker = /^\?/.test(ask[0]) ? after.find((m) => /^\s*$/.test(text.slice(at, m.range.from))) : undefined;
  const ids = [...new Set(after.filter((m) => m.actor !== asker?.actor).map((m) => m.actor))];
  return ids.length === 1 ? after.find((m) => m.actor === ids[0]) : undefined;
}

let lastAsked: { text: string; from: number; to: number; ask: RegExpExecArray | null } | undefined;

/** A question put in the paragraph `text[from, to)`, read once for all the pronouns of the paragraph after it. */
function askedIn(text: string, from: number, to: number): RegExpExecArray | null {
  if (lastAsked?.text !== text || lastAsked.from !== from || lastAsked.to !== to) {
    const paragraph = text.slice(from, to);
    const ask = /\?[\u201d"]?\??\s+Asked\s|\basked\b/.exec(paragraph);
    lastAsked = { text, from, to, ask: ask && paragraph.includes('?') ? ask : null };
  }
  return lastAsked.ask;
}

/**
 * A new named speaker: a titled person, an organisation, a person with an honorific or a role before
 * the name, or a plain name; `role`, a description printed beside the name, for a plain name.
 */
function proposeNamed(r: Range16, phrase: string, known: Known, role?: string): Speaker | undefined {
  const words = phrase.split(/\s+/);
  // "City Controller Alexander Hemphill": the title is the role, the name is what follows it.
  const titled = new RegExp(`^((?:\\S+\\s){0,4}${TITLE_WORD})\\s(.+)$`).exec(phrase);
  if (titled && titled[2]!.split(/\s+/).length >= 2 && titled[2]!.split(/\s+/).every((w) => NAME_WORD.test(w))) {
    const name = titled[2]!;
    const id = known.propose({ id: slug(name), name, type: 'person', role: titled[1]!, review: `a new person, named as a speaker with the title "${titled[1]}"` });
    return { actor: id, doubt: `speaker "${name}" is not in the registry: proposed as a new actor`, newMention: r };
  }
  // "the Harbour Board said", "said Eastfield City Council": an organisation, named without "the".
  const organisation = organisationNamed(phrase);
  if (organisation) {
    const [lead, name] = organisation;
    const id = known.propose({ id: slug(name), name, type: 'organisation', review: `a new organisation, named as a speaker ("${phrase}")` });
    return { actor: id, doubt: `speaker "${name}" is not in the registry: proposed as a new organisation`, newMention: { from: r.from + lead, to: r.from + lead + name.length } };
  }
  // "Mr. John Smith told reporters": the person is John Smith; the mention keeps the honorific, as printed.
  const honored = HONORIFIC_NAME.exec(phrase);
  if (honored && honored[1]!.split(/\s+/).every((w) => NAME_WORD.test(w)) && !NOT_A_NAME.test(honored[1]!.split(/\s+/)[0]!)) {
    const name = honored[1]!;
    const id = known.propose({ id: slug(name), name, type: 'person', review: `a new person, named as a speaker ("${phrase}")` });
    return { actor: id, doubt: `speaker "${name}" is not in the registry: proposed as a new actor`, newMention: r };
  }
  // "union president Maria Gomez told reporters": a role in lower case (perhaps after its body's
  // name) before a name; its last word a role noun, so that "and then Maria Gomez" is no role.
  const roled = ROLE_BEFORE_NAME.exec(phrase);
  if (roled && roled[2]!.split(/\s+/).every((w) => NAME_WORD.test(w)) && !NOT_A_NAME.test(roled[2]!.split(/\s+/)[0]!)) {
    const name = roled[2]!;
    const at = r.to - name.length;
    const id = known.propose({ id: slug(name), name, type: 'person', role: roled[1]!.trim(), review: `a new person, named as a speaker with the role "${roled[1]!.trim()}"` });
    return { actor: id, doubt: `speaker "${name}" is not in the registry: proposed as a new actor`, newMention: { from: at, to: r.to } };
  }
  if (words.length >= 2 && words.length <= 4 && words.every((w) => NAME_WORD.test(w)) && !NOT_A_NAME.test(words[0]!)) {
    const id = known.propose({ id: slug(phrase), name: phrase, type: 'person', ...(role !== undefined && { role }), review: `a new person, named as a speaker ("${phrase}")` });
    return { actor: id, doubt: `speaker "${phrase}" is not in the registry: proposed as a new actor`, newMention: r };
  }
  return undefined;
}

/** A description of someone that can speak, as a role reads ("a spokeswoman for the port"), or undefined. */
function describedAs(phrase: string): string | undefined {
  const words = phrase.split(/\s+/);
  if (words.length > 12 || !((/^(?:a|an|the|some|several|two|three|many|other|\p{Ll})/u.test(phrase) && (SPEAKER_NOUN.test(phrase) || PERSON_DESCRIBED.test(phrase))) || OPENING_SPEAKER.test(phrase))) return undefined;
  // As it reads inside a sentence ("an official", "critics", "local officials"), the capital of a
  // sentence's first word dropped where it is a common word.
  const first = words[0]!;
  const common = /^(?:A|An|Some|Several|Many|Most|One|Two|Three|Four|Five)$/.test(first) || (/^\p{Lu}/u.test(first) && (PLURAL_PEOPLE_WORD.test(first) || (words.length > 1 && COMMON_BEFORE_PLURAL.test(first))));
  return common ? first[0]!.toLowerCase() + phrase.slice(1) : phrase;
}

/** A new unnamed speaker, as printed: "an official", "a spokesman for the port", "the elder man". */
function proposeDescribed(r: Range16, phrase: string, known: Known): Speaker | undefined {
  // "the elder man told Rickards": a person the text names only by description speaks, a new unnamed
  // source as printed, for a person to take back to the one meant.
  const name = describedAs(phrase);
  if (name !== undefined) {
    const id = known.propose({ id: slug(name), name, type: 'unnamed-source', review: `an unnamed source, as printed ("${phrase}")` });
    return { actor: id, doubt: `speaker "${phrase}" is not in the registry: proposed as an unnamed source`, newMention: r };
  }
  return undefined;
}

function trimmed(text: string, r: Range16): Range16 {
  let { from, to } = r;
  while (from < to && /[\s\u201c\u201d"]/.test(text[from]!)) from++;
  while (to > from && /[\s,;:]/.test(text[to - 1]!)) to--;
  // A link marker or bracketed aside at the end of a phrase is not part of the name.
  const m = /\s*\[[^\]]*\]$/.exec(text.slice(from, to));
  if (m) to -= m[0].length;
  return { from, to };
}

function stripLeadingConjunction(text: string, r: Range16): Range16 {
  // Lower-case too after a comma: "Talks are on, and an official said" is the official's.
  const m = /^(?:(?:But|And|Yet|So|Still|However|Meanwhile|Although|Though|While|When|Because|Since|If|As|and|but|or|yet)\b,?\s*)+/.exec(text.slice(r.from, r.to));
  return m ? { from: r.from + m[0].length, to: r.to } : r;
}

export interface Cue {
  /** The subject phrase before the verb, or the phrase after it ("said Scott Bardsley"). */
  subject: Range16;
  /** The cue as printed: "said", "has said", "told". */
  cue: string;
}

/** The speaker cue right after a quotation: `”, X said`, `”, said X`, `” he told`. */
export function cueAfter(text: string, from: number, to: number): Cue | undefined {
  const rest = text.slice(from, to);
  // After a quotation that ends its sentence, a cue belongs to the next sentence unless that sentence
  // is the cue alone ("\u201cYes.\u201d He said."); the quotation's own end is inside or right after it.
  const endsSentence = /^[.!?]+\s+\p{Lu}/u.test(rest) || (/[.!?]\u201d?$/.test(text.slice(from - 2, from)) && /^\s+\p{Lu}/u.test(rest));
  // A question may be followed by its cue with a capital, verb first ("\u201c\u2026?\u201d Asked Mrs. Peck").
  const askedAfter = (/\?[\u201d"]?$/.test(text.slice(from - 2, from)) || rest.startsWith('?')) && CAPITAL_CUE_FIRST.test(rest);
  if (endsSentence && !askedAfter && !new RegExp(`^[.!?]*\\s+\\S+(?:\\s\\S+)?\\s+(?:${CUE_VERB})[.!?]?(?:\\s|$)`).test(rest)) return undefined;
  const lead = /^[,.!?]*\s*/.exec(rest)![0].length;
  const verbFirst = new RegExp(`^(${askedAfter ? CAPITAL_CUE : CUE_VERB})\\s+([^,;:\u201c\u201d"]+)`).exec(rest.slice(lead));
  if (verbFirst) {
    const start = from + lead + verbFirst[1]!.length + (verbFirst[0].length - verbFirst[1]!.length - verbFirst[2]!.length);
    let end = start + verbFirst[2]!.length;
    // "said Scott Bardsley, a spokesman …" / "said Smith in an interview": the name, not what follows.
    // A full stop after an honorific or an initial ("said Mrs. Okafor", "said Ann B. Okafor") ends no sentence.
    const cut = /\s+(?:in|on|at|during|after|before|when|while|from|to|of)\s|(?<!(?:^|\s)(?:Mr|Mrs|Ms|Dr|Jr|Sr|\p{Lu}))[.!?](?:\s|$)/u.exec(text.slice(start, end));
    if (cut) end = start + cut.index;
    // "said the magistrate, K.J.P. Baraclough": a description and the name in apposition after it.
    const named = /^the\s/i.test(text.slice(start, end)) && !cut ? /^,\s+((?:\p{Lu}[\p{L}.'\u2019-]*\s)*\p{Lu}[\p{L}'\u2019-]+)(?=[.,;]|$)/u.exec(text.slice(end, to)) : null;
    if (named) end += named[0].length;
    return { subject: { from: start, to: end }, cue: verbFirst[1]! };
  }
  const subjectFirst = new RegExp(`^([^!?\u201c\u201d"]{1,160}?)\\s+(${AUXILIARY}(?:${CUE_VERB}))\\b`).exec(rest.slice(lead));
  if (subjectFirst && subjectFirst[1]!.split(/\s+/).length <= 14) {
    return { subject: { from: from + lead, to: from + lead + subjectFirst[1]!.length }, cue: subjectFirst[2]! };
  }
  return undefined;
}

/**
 * The cue closing a paragraph of reported speech with no quotation marks, after a comma: "Place
 * kicking is largely a matter of timing, Moritz declared." (Brown A12) — the quotation opening the
 * next paragraph, with no cue of its own, goes on in the speaker's own words.
 */
export function cueEndingParagraph(text: string, paragraph: Range16): Cue | undefined {
  const printed = text.slice(paragraph.from, paragraph.to);
  if (/[\u201c\u201d"]/.test(printed) || !printed.endsWith('.')) return undefined;
  const comma = printed.lastIndexOf(',');
  if (comma === -1) return undefined;
  const cue = cueAfter(text, paragraph.from + comma, paragraph.to);
  if (!cue) return undefined;
  // Nothing after the subject and the verb but the full stop: "…, Moritz declared." or "…, said Moritz."
  const rest = text.slice(Math.max(cue.subject.to, paragraph.from + comma + 1), paragraph.to);
  const verbAfter = new RegExp(`^\\s+${AUXILIARY}(?:${CUE_VERB})\\.$`);
  return rest === '.' || verbAfter.test(rest) ? cue : undefined;
}

/** A capitalised speech verb opening the sentence, its subject after it, a colon or comma, then the mark. */
const INVERTED_FIRST = new RegExp(`^(${CAPITAL_CUE})(\\s+)((?:the\\s+)?\\p{Lu}[^,;:.!?\u201c\u201d"]{0,60}?|(?:the|a|an)\\s[^,;:.!?\u201c\u201d"]{1,60}?)\\s*[:,]\\s*$`, 'u');

/** The speaker cue before a quotation in its sentence: `X said: “`, `X said he encouraged China “`. */
export function cueBefore(text: string, sentenceFrom: number, quoteFrom: number): Cue | undefined {
  const joined = coordinated(text, sentenceFrom, quoteFrom);
  if (joined) return joined;
  // "Said Leatherneck Shoup: “…”": the verb inverted before its subject opens the sentence, the
  // subject (a name with its title, or a description) ending at the colon or comma before the mark.
  const inverted = INVERTED_FIRST.exec(text.slice(sentenceFrom, quoteFrom));
  if (inverted) {
    const from = sentenceFrom + inverted[1]!.length + inverted[2]!.length;
    return { subject: { from, to: from + inverted[3]!.length }, cue: inverted[1]! };
  }
  // The words before the verb may run long where a clause before the subject's own is cut off
  // (clauseLead); the subject itself is held to fourteen words.
  // A relative clause or apposition between commas after the subject may quote words of its own
  // ("Mrs. Okafor, who kept repeating her plea to “act now”, said, “…”"): its marks are masked so
  // the subject reaches past them, and its words do not count against the subject's length.
  const { masked: before, asideWords } = maskAside(text.slice(sentenceFrom, quoteFrom));
  // Each speech verb in turn, the first that the quotation belongs to: an earlier one may head a
  // clause of its own ("when Royal was informed that …, he said: \u201c", Brown A12).
  const verbs = new RegExp(`\\s+(${AUXILIARY}(?:${CUE_VERB}))\\b`, 'g');
  for (let m = verbs.exec(before); m !== null; m = verbs.exec(before)) {
    const subject = before.slice(0, m.index);
    if (subject === '' || subject.length > 400 || /[\u201c\u201d"]/.test(subject)) return undefined;
    const lead = clauseLead(subject);
    if (subject.slice(lead).split(/\s+/).length - asideWords > 14) continue;
    // The quotation must belong to that verb: a few words at most between them ("said: \u201c",
    // "said he encouraged China \u201c"), not a long clause with a quotation at its end.
    const between = before.slice(m.index + m[0].length).trim();
    const words = between.split(/\s+/).filter(Boolean).length;
    // After a colon the quotation may stand further off ("promised the members at the meeting: \u201c"),
    // but not past a bracketed aside (a blog's "[see: \u201c\u2026\u201d]" link).
    // Nor past the reported clause, except where the quotation is that clause ("said that …, that
    // \u201c…\u201d", its "that" taken up again) or goes on with it after a comma in the speaker's own words
    // ("said that we must get rid of Castro, \u201cfor unless we do …\u201d", guidelines call 153).
    const resumed = /^that\s[^\u201c\u201d"]*,\s+that$/.test(between) || (/^that\s[^\u201c\u201d"]*,$/.test(between) && /^[\u201c"]\p{Ll}/u.test(text.slice(quoteFrom, quoteFrom + 2)));
    // Nor past more than a few words, unless they only say whom it was told and when, where or how
    // ("said in an interview with the Globe and Mail on Tuesday that \u201c").
    const setting = () => SETTING_THEN_THAT.test(` ${between}`);
    if (between.endsWith(':') ? words > 15 || /[[(]/.test(between) : words > 5 && !resumed && !setting()) continue;
    return { subject: { from: sentenceFrom + lead, to: sentenceFrom + subject.length }, cue: m[1]! };
  }
  return undefined;
}

/**
 * Where the subject of a speech verb starts in the words before it: after a dateline, and after the
 * last clause that the verb does not belong to — one closed by a semicolon ("… to Bourguiba;; and one
 * U.S. official said:"), or a main clause that a short subordinate one ends ("he was practicing what
 * he preached … when he declared:"). A conjunction opening the subject is not part of it.
 */
function clauseLead(words: string): number {
  // A dateline opening the report ("Elburn, Ill. -- Farm machinery dealer Bob Houtz …") says where it
  // was filed: the subject starts after it.
  const dateline = DATELINE.exec(words);
  let at = Math.max(words.lastIndexOf(';') + 1, dateline ? dateline[0].length : 0);
  const sub = [...words.slice(at).matchAll(/\s(?:when|as|while|after|before|because|where|until|since)\s/g)].at(-1);
  if (sub && words.slice(at + sub.index + sub[0].length).split(/\s+/).length <= 5) at += sub.index + sub[0].length;
  // A subordinate clause closed by a comma before a short subject ("Last week, when Royal was informed
  // that …, he"): the subject is what follows the comma.
  else if (sub) {
    const comma = words.lastIndexOf(',');
    if (comma > at + sub.index && words.slice(comma + 1).trim().split(/\s+/).length <= 3) at = comma + 1;
  }
  const conj = /^\s*(?:(?:and|but|or|yet|so)\s+)?/.exec(words.slice(at))!;
  return at + conj[0].length;
}

/** A dateline: a place, its state or country, perhaps a date, and the dash that ends it. */
export const DATELINE = /^\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2},\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?(?:,?\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2})?,?\s+(?:--|\u2014|\u2013)\s+/u;

/**
 * The quotation marks inside an aside between commas right after the subject ("X, who … “…”, said")
 * replaced by plain apostrophes (same length, so offsets hold), and the aside's length in words.
 */
function maskAside(before: string): { masked: string; asideWords: number } {
  const m = /^([^,\u201c\u201d"]{1,60}),(\s+(?:who|whom|whose|which|a|an|the)\s[^,]*?[\u201c"][^\u201d"]*[\u201d"][^,\u201c\u201d"]*),/.exec(before);
  if (!m) return { masked: before, asideWords: 0 };
  const from = m[1]!.length + 1;
  const aside = m[2]!.replace(/[\u201c\u201d"]/g, "'");
  return { masked: before.slice(0, from) + aside + before.slice(from + aside.length), asideWords: aside.trim().split(/\s+/).length };
}

/**
 * A speech verb joined by "and" to the sentence's first verb, right before the quotation: "He cited
 * the figures, and added, “…”" — the speaker is the sentence's subject, a pronoun or a name (at most
 * four capitalised words, an honorific allowed) standing at its start.
 */
function coordinated(text: string, sentenceFrom: number, quoteFrom: number): Cue | undefined {
  const before = text.slice(sentenceFrom, quoteFrom);
  const m = new RegExp(
    `^((?:He|She|They|(?:(?:Mr|Mrs|Ms|Dr)\\.\\s)?\\p{Lu}[\\p{L}\u2019'-]+(?:\\s\\p{Lu}[\\p{L}\u2019'.-]*){0,3}))\\s+${AUXILIARY}\\p{Ll}[^\u201c\u201d":;]*?,?\\s+and\\s+(?:then\\s+|also\\s+|later\\s+)?(${CUE_VERB})[,:]?\\s*$`,
    'u',
  ).exec(before);
  if (!m || before.split(/\s+/).length > 45 || NOT_A_NAME.test(m[1]!.split(/\s+/)[0]!)) return undefined;
  return { subject: { from: sentenceFrom, to: sentenceFrom + m[1]!.length }, cue: m[2]! };
}

/** "according to X" or "in the words of X" (Brown A15, A36: "in the words of Anatole France, “…”") in a sentence: X's phrase. */
export function accordingTo(text: string, from: number, to: number): Cue | undefined {
  const m = /\b([Aa]ccording to|[Ii]n the words of)\s+([^,.;:\u201c\u201d"]+)/.exec(text.slice(from, to));
  if (!m) return undefined;
  const start = from + m.index + m[0].length - m[2]!.length;
  return { subject: { from: start, to: start + m[2]!.length }, cue: m[1]!.toLowerCase() };
}
