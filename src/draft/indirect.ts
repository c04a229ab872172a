/**
 * Claims in reported speech: a sentence whose subject says, tells, warns, accuses, denies, insists or
 * adds something, in three shapes — "X said (that) CLAUSE", "CLAUSE, X said" and "according to X,
 * CLAUSE". The span is the reported content, as the guidelines cut it: after the cue and its "that",
 * after the addressee of "told … that", and the object itself for "accused", "denied", "charged".
 * A sentence that holds a direct quotation is left to that quotation's claim.
 */
import { splitPassages } from '../search/passages.js';
import { AUXILIARY, bothOf, DATELINE, lastMentionOf, mentionsNear, resolveSpeaker, type Known } from './cues.js';
import { passiveAct } from './passive.js';
import { spokenNouns } from './speech-nouns.js';
import { overlaps, type ProposedClaim, type Range16 } from './proposal.js';
import { SpanCells } from './span-cells.js';

export interface IndirectClaim extends Omit<ProposedClaim, 'about'> {
  newMention?: Range16;
}

/** Cues whose content follows at once, object included ("denied these accusations"). */
/**
 * "called the plan an outright blackmail action", "saw the move as a continuation …": a verb of
 * judging with its object and what it is judged to be; the content is the object on (guidelines §7,
 * "X called Y Z"). Only with a determiner opening the object and "a"/"as a" after it, so that "called
 * the meeting" or "saw the fire" is no claim; "as" may take a possessive ("regarded the plan as their
 * duty"), and "regarded" a pronoun object ("have not regarded this as their responsibility").
 */
const OBJECT_OPENS = '(?:the|this|that|these|those|his|her|its|their)';
const JUDGING = `(?:considered|considers)(?=\\s+${OBJECT_OPENS}\\s[^,;:.]{1,60}?(?<!\\s(?:at|in|on|for|with|by|from|to|of|into|during|after|before|under|over|as))\\s(?:a|an)\\s)|(?:called|calls)(?=\\s+${OBJECT_OPENS}\\s[^,;:.]{1,60}?\\s(?:a|an)\\s)|(?:saw|sees|viewed|views|regarded|regards)(?=\\s+${OBJECT_OPENS}\\s[^,;:.]{1,60}?\\sas\\s(?:a|an|the|their|his|her|its|our)\\s)|(?:regarded|regards)(?=\\s+(?:this|that|it|them)\\s+as\\s(?:a|an|the|their|his|her|its|our)\\s)`;
/**
 * "saw that resolution would be needed": a belief whose content is modal, what would or must be
 * (guidelines call 225), not a perception of what happened ("saw that the door was open", call 184).
 */
const SAW_THAT = '(?:saw|sees)(?=\\s+that\\s+[^,;:.]{0,60}?\\b(?:would|should|must|could|might|will)\\b)';
/** Expecting, said in the negative as news reports a forecast: "does not look for a drastic switch". */
const EXPECTING = '(?:does|do|did) not (?:look for|expect)';
/**
 * "expected the stock to have a fast run-up": an expectation with its object and an infinitive, the
 * content from the object on (the infinitive's subject); not "expected to" with no object.
 */
const EXPECTED = '(?:expected|expects)(?=\\s+(?!to\\s)[^,;:.]{1,60}?\\sto\\s+[a-z]+)';
/** "would like the French to agree …": a wish with its object and an infinitive, the content from the object on. */
const WISHING = '(?:would like|wants|wanted|would prefer)(?=\\s+(?!to\\s)[^,;:.]{1,60}?\\sto\\s+[a-z]+)';
/**
 * "she doesn't want a complete wardrobe … any more than she wants “all of her pictures by one painter”":
 * a wish or its refusal whose object quotes the subject's own words (a mixed quotation) is a stated
 * preference, the content from the object on; not "wants to go", nor a wish with no words quoted.
 */
const WANTING_QUOTED = '(?:(?:doesn\u2019t|doesn\'t|does not|didn\u2019t|didn\'t|did not)\\s+want|wants|wanted)(?=\\s+(?!to\\s)[^;:.\u201c\u201d"]{1,120}?[\u201c"])';
/**
 * A complaint or a cause cited, its noun phrase the content ("Pitchers grumble about lively balls …",
 * "Experts point to the thinning of pitching talent …"; as "complained of", call 161). "point to" only
 * before a phrase of four words or more with a determiner, where a gesture at a thing ("pointed to the
 * door") has a short one.
 */
const CITING = '(?:grumble|grumbles|grumbled|complain|complains|complained)\\s+about|(?:point|points|pointed)\\s+to(?=\\s+(?:the|a|an|this|that|these|those|his|her|its|their)(?:\\s+[^\\s,;:.]+){3})';
/**
 * A stance or a demand with a noun phrase as its content: "did not believe in widespread secondary
 * education" (a belief held, call 257, the negation in the cue), "were clamoring for their independence"
 * (as "called for", call 258), "describes Y as Z" (§7, as "described"; only with its "as", so that "the
 * report describes the plant" is none).
 */
const HOLDING = '(?:(?:does|do|did)\\s+not\\s+)?believe\\s+in|believes\\s+in|believed\\s+in|(?:(?:is|are|was|were)\\s+)?clamou?ring\\s+for|clamou?r(?:s|ed)?\\s+for|describes(?=\\s[^;:.]{1,120}?\\sas\\s)';
/**
 * A forecast with its object or clause: "librarians foresee the day … when …", "foresaw that …", a
 * prediction as "predicted" is, its content what is foreseen.
 */
const FORESEEING = 'foresee|foresees|foresaw';
const OBJECT_CUES = `${JUDGING}|${CITING}|${HOLDING}|${FORESEEING}|${EXPECTING}|${EXPECTED}|${WISHING}|${WANTING_QUOTED}|tells of|told of|spoke of|speaks of|termed|refuted|refutes|rebutted|disputed|disputes|accused|accuses|accusing|denied|denies|denying|charged|charges(?=,\\s|\\s+that\\s)|alleged|described|framed|confessed(?=\\s+(?:to\\s+)?(?:the|a|an|his|her|their)\\s)|admitted(?=\\s+\\p{Ll}+ing\\s)|called out|called for|calls for|asked for|asks for|demanded to know|identified|decried|deplored|deplores|condemned|criticized|criticised|praised|mentioned|vowed|pledged|promised|committed|urged|urges`;
/**
 * The plural present, as a report of a trade or a survey cues it ("dealers say …", "two out of three
 * report their sales …", "some manufacturers believe there could be …"): not after "to" or a modal
 * ("reason to believe", "would say"), and "report" not after a determiner nor before a word that is
 * no clause's opening ("the report said", "a report on"), where it is the noun.
 */
const PLURAL_PRESENT = '(?<!\\b(?:to|would|will|could|can|may|might|must|should|not|did|do|does)\\s)(?:say|believe)|(?<!\\b(?:the|a|an|this|that|its|his|her|their|our|annual|final|news|press)\\s)report(?=\\s+(?:their|his|her|its|our|they|he|she|it|we)\\s)';
/**
 * "he thought (that) CLAUSE": a belief, after a pronoun subject and before a clause with a verb, so that
 * neither the noun ("the thought that") nor "thought the matter over" is read as one.
 */
const THOUGHT = '(?<=\\b(?:he|she|they|He|She|They)\\s)(?:thought|thinks)(?=\\s+(?:that\\s+)?[^,;:.]{0,60}?\\b(?:is|was|are|were|will|would|could|can|should|must|had|has|have|[a-z]{2,}ed)\\b)';
/**
 * "she feels (that) she is …": a belief, as "thinks" (Brown A30: "she feels she is on the threshold of a
 * whole new life"), after a pronoun subject and before a clause whose subject is a pronoun, so that
 * neither a feeling ("felt tired and was sent home") nor a touch ("felt the ground shake") is read as one.
 */
const FEELS = '(?<=\\b(?:he|she|they|He|She|They)\\s)(?:feels|felt|feel)(?=\\s+(?:that\\s+)?(?:he|she|they|it|we|I|there)\\s+[^,;:.]{0,40}?\\b(?:is|was|are|were|will|would|could|can|should|must|had|has|have|[a-z]{2,}ed)\\b)';
/** A belief held: "he was convinced that …", "had become convinced that …" (not "convinced him that", below). */
/**
 * A cue's plain form after an emphatic "does" or "did" ("But she does indicate festivities will start
 * early, that …"): the auxiliary carries the tense, the verb no ending, so neither list above has it.
 * Not after "not" ("did not say that …" denies no claim of the speaker's), which the pattern leaves out.
 */
const EMPHATIC = '(?:does|did)\\s+(?:indicate|say|admit|concede|acknowledge|agree|predict|insist|claim|warn|suggest|confirm|hint|note|report|believe|feel|think|expect)(?=\\s)';
const CONVINCED_THAT = '(?:(?:was|were|is|are|am|been|become|became|remained|remains)\\s+)convinced(?=\\s+that\\s)';
/** Cues followed by an optional "that" and a clause. */
const CLAUSE_CUES = `${THOUGHT}|${FEELS}|${SAW_THAT}|${EMPHATIC}|said|says|added|adds|insisted|insists|warned|warns|argued|argues|claimed|claims|noted|notes|stressed|emphasized|emphasised|pointed out|believes|believed|suggested|maintained|maintains|explained|explains|declared|declares|complained|complains|conceded|concedes|concede|commented|asserted|asserts|contended|contends|confided|confides|estimated|estimates|expressed the (?:opinion|belief|view|hope|fear)|${CONVINCED_THAT}|${PLURAL_PRESENT}`;
/**
 * Cues that report speech only with "that" ("announced that …", not "announced a cyberaccord").
 * Agreeing is a view shared and stated ("X agreed with Y that …", "experts were all agreed that …");
 * "agreed to" is an act (guidelines call 108), which no "that" follows.
 */
// "recognizes that …": a stated acknowledgement, as "acknowledged that" (Brown A44's "The Nassau system
// recognizes that its major task …"); with no "that" it is knowing a face or a state, no speech.
const THAT_CUES = '(?:(?:was|were|is|are)\\s+(?:all\\s+)?)?(?:agreed|agreeing)|agrees|recognized|recognizes|recognised|recognises|pleaded|pleads|announced|announces|confirmed|confirms|acknowledged|admitted|predicted|cautioned|revealed|disclosed|hinted|hints|intimated|intimates|leaked(?:\\s+(?:the\\s+)?(?:news|word))?(?=\\s+that\\s)|reported|reports|ruled|indicated|indicates|asked|asks|requested|requests|recommended|recommends|proposed|proposes';
/**
 * Where or when a thing was said, between the cue and its "that": "admitted in earlier court hearings
 * that …", "said in a statement that …", "agreed with its allies that …" — a preposition and a few
 * words with no comma.
 */
const WHERE_SAID = '(?:(?:even|also|again|once)\\s+)?(?:in|at|during|before|with)\\s+[^,;:.\u201c\u201d"]{1,50}?\\s+(?=that\\s)';
/** Cues with an addressee before "that": "told his counterpart … that". */
const ADDRESSEE_CUES = 'told|tells|assured|informed|reminded|warned|wrote|writes';

/** A name opening a clause of time or cause, or a relative clause after a preposition ("at which Skorich"). */
const SUBORDINATE_NAME = /(?:\b(?:at|in|on|to|by|during)\s+which|\b(?:when|after|because|while|where))\s+((?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Gov)\.\s)?(?:\p{Lu}[\p{L}.\u2019'-]*\s){0,3}\p{Lu}[\p{L}\u2019'-]+)$/u;

// Not a passive with no agent ("The appointment was announced at a news conference at which Skorich
// said …"): the cue looked for is a later one.
/** What a side adds on a sports page: runs, points, a count ("two more", "their last run", "a field goal"). */
const SCORE_ADDED = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|another|a|an|their|his|its|the)\s+(?:(?:more|last|first|final|second|third|fourth|insurance|lone|only|winning|tying|unearned|earned)\s+)*(?:more\b|runs?\b|points?\b|goals?\b|touchdowns?\b|baskets?\b|tallies\b|tally\b|field\s+goals?\b|hits?\b|singles?\b|doubles?\b|homers?\b)/i;

const CUE_FIRST = new RegExp(`^([^":;]{1,300}?)\\s+(?<!\\b(?:is|was|are|were|be|been|being)\\s+)(${AUXILIARY}(?:${OBJECT_CUES}|${CLAUSE_CUES}|${THAT_CUES}|${ADDRESSEE_CUES}))\\b,?\\s*`);
/** A cue at the end with its addressee: "told the Senate", "told reporters". */
const ADDRESSED_LAST = '(?:told|assured|informed)\\s+(?:(?:the|his|her|their)\\s+)?\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){0,5}';
/** A day or time printed after a final cue ("…, Portland detectives said Friday."): not part of the cue. */
const WHEN_SAID = '(?:(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:night|morning|afternoon|evening))?|today|tonight|yesterday|last\\s+(?:night|week))';
// The speaker may carry one apposition ("…, Raymond H. Hawksley, the present city CD head, believes").
// Its verb may take an addressee after it ("…, Parkhouse told the Senate."): the cue is the verb alone.
const CUE_LAST = new RegExp(`^(.{12,}?),\\s+(\\p{Lu}[^,\u201c\u201d"]{1,60}?,\\s(?:(?:a|an|the)\\s|\\p{Ll})[^,\u201c\u201d"]{1,60}?|[^,\u201c\u201d"]{1,80}?),?\\s+(${AUXILIARY}(?:said|says|added|insisted|warned|argued|noted|confirmed|explained|believes|believed|declared|stated|complained|commented|contended|estimated|reported|reports|report|say|believe|asserted|charged|announced|conceded|predicted|testified|maintained|recalled|observed|${ADDRESSED_LAST}))(?:\\s+${WHEN_SAID})?\\s*[.]?$`, 'su');
/**
 * "CLAUSE, X said on Tuesday, after talks broke down.": the cue between commas after the clause, then a
 * phrase that only says when, why or how it was said (a preposition, a subordinator or a participle),
 * no clause of its own: the clause before the cue is what was said.
 */
const CUE_MID = new RegExp(`^(.{12,}?),\\s+([^,\u201c\u201d"]{1,80}?)\\s+(${AUXILIARY}(?:said|says|added|insisted|warned|argued|noted|confirmed|explained|declared|stated|complained|contended|estimated|reported|announced|conceded|predicted|testified|maintained))(?:\\s+${WHEN_SAID})?,\\s+(?=(?:after|before|when|as|while|because|following|amid|despite|since|during|in|at|citing|adding|noting|pointing|referring|according|without|with)\\b)`, 'su');
/**
 * "Okafor dismissed that view, saying the forecasts were …": a sentence whose subject (a name or a
 * pronoun opening it) does something, then a speech verb's participle after a comma and the clause it
 * reports, "that" or not: the clause is the subject's.
 */
const PARTICIPLE_AFTER = new RegExp(`^((?:He|She|They|(?:(?:Mr|Mrs|Ms|Dr)\\.\\s)?\\p{Lu}[\\p{L}\u2019'-]+(?:\\s\\p{Lu}[\\p{L}\u2019'.-]*){0,3}))\\s+\\p{Ll}[^,\u201c\u201d";:]{0,120},\\s+(saying|adding|arguing|insisting|warning|noting|explaining|stressing|contending|claiming)\\s+(?:that\\s+)?(?=\\p{L})`, 'u');
/** Any cue of the kinds parseSentence reads after a subject. */
const ANY_CUE = new RegExp(`\\s(?:${OBJECT_CUES}|${CLAUSE_CUES}|${THAT_CUES}|${ADDRESSEE_CUES})\\b`);
/** Capitalised words opening a sentence that are no one's name. */
const NOT_A_SUBJECT = /^(?:The|A|An|This|That|These|Those|It|In|On|At|But|And|Then|When|While|After|Before|If|As|So|Yet|Still|Now|There|Here)$/;
/**
 * A final cue with its subject after the verb: "…, says John Staiger, vice president." — a name, with
 * a title and one apposition (a description after the verb may be the content: "said the thieves …").
 */
const INVERTED_LAST = /^(.{12,}?),\s+(said|says|added|adds|reported|reports|declared|explained)\s+((?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen)\.\s)?\p{Lu}[\p{L}\u2019'.-]*(?:\s+\p{Lu}[\p{L}\u2019'.-]*){0,4}(?:,\s+[^,\u201c\u201d"]{1,60})?)\s*[.]?$/su;
/**
 * A cue inverted between commas inside the clause it reports: "What X presented, said Gore, was “…”" —
 * the content wraps round its cue (guidelines call 50), the speaker the name after the verb, the
 * clause going on in lower case after it.
 */
const INVERTED_MID = /^(.{6,}?),\s+(said|says|added|adds|declared|explained)\s+((?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen)\.\s)?\p{Lu}[\p{L}\u2019'.-]*(?:\s+\p{Lu}[\p{L}\u2019'.-]*){0,3}),\s+(?=\p{Ll})/u;
/**
 * A cue set off by commas inside the clause it reports, its subject first and its addressee the
 * writer: "There are, so my friends tell me, mechanisms …", "The plan, the engineers assure us, is
 * sound" — the content wraps round its cue (guidelines call 50), the whole sentence.
 */
const TOLD_ME_MID = /^([^,\u201c\u201d"]{3,80}?),\s+(?:so\s+|as\s+)?((?:(?:my|our|the|his|her|their)\s+)?[^,\u201c\u201d"\s][^,\u201c\u201d"]{0,50}?)\s+((?:tell|tells|told|assure|assures|assured|inform|informs|informed)\s+(?:me|us)),\s+(?=\p{Ll})/u;
/** A speech verb's participle opening the sentence: "Noting that CLAUSE, Mr. X said …" — X's too. */
const LEADING_PARTICIPLE = new RegExp(`^((?:Noting|Saying|Adding|Arguing|Warning|Insisting|Stressing|Explaining|Claiming|Pointing out|Acknowledging|Conceding)\\s+that)\\s+(.{3,}?),\\s+(?=((?:He|She|They|(?:(?:Mr|Mrs|Ms|Dr)\\.\\s)?\\p{Lu}[\\p{L}\u2019'-]+(?:\\s\\p{Lu}[\\p{L}\u2019'.-]*){0,3}))\\s+${AUXILIARY}(?:${OBJECT_CUES}|${CLAUSE_CUES}|${THAT_CUES}|${ADDRESSEE_CUES})\\b)`, 'su');
/**
 * A participle of recommending with its object opening the sentence: "In addition to urging greater
 * restrictions on aerial spraying, Buchheister called for …" — the object is the speaker's too.
 */
const LEADING_OBJECT = new RegExp(`^(?:(?:In addition to|Besides|Beside|Along with|After|While)\\s+)?((?:[Uu]rging|[Cc]alling for|[Dd]emanding|[Pp]roposing|[Rr]ecommending|[Aa]dvocating))\\s+([^,“”"]{3,}?),\\s+(?=((?:He|She|They|(?:(?:Mr|Mrs|Ms|Dr)\\.\\s)?\\p{Lu}[\\p{L}’'-]+(?:\\s\\p{Lu}[\\p{L}’'.-]*){0,3}))\\s+${AUXILIARY}(?:${OBJECT_CUES}|${CLAUSE_CUES}|${THAT_CUES}|${ADDRESSEE_CUES})\\b)`, 'su');
/** A name with a relative clause of speech, "that" and its clause to the end: "Judge X, who charged that …". */
const RELATIVE_CUE = new RegExp(`((?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Atty)\\.\\s)?\\p{Lu}[\\p{L}.\u2019'-]*(?:\\s+\\p{Lu}[\\p{L}.\u2019'-]*){0,5}),\\s+who\\s+(${AUXILIARY}(?:charged|alleged|${CLAUSE_CUES}|${THAT_CUES}))\\s+that\\s+`, 'u');
/**
 * Words opening an adverbial clause or phrase before a sentence's subject, also after a run-in headline
 * of a few words ("Two of three report gains Among individual dealers questioned …, two out of three …").
 */
const OPENING_CLAUSE = /^(?:\p{Lu}[\p{L}'\u2019-]*(?:\s+[\p{Ll}\d][\p{L}'\u2019-]*){1,5}\s+)?(?:Shortly|Soon|Just|After|Before|When|While|During|Since|As|Although|Though|Because|If|Earlier|Later|Until|Following|Despite|In|On|At|Among|Across|Throughout)\b/u;
/** A speech verb's participle with "that" after a clause: ", adding that …", ", declaring that …". */
const TRAILING_PARTICIPLE = /,\s+(adding|noting|saying|declaring|insisting|warning|arguing|explaining|stressing|pointing out)\s+that\s+/;
/**
 * After a direct quotation and its cue, a participle with "that" reports more: "“…”, he said but
 * adding that CLAUSE", "“…”, Smith said, adding that CLAUSE".
 */
const AFTER_QUOTATION = /^[\u201d"]?[,.]?\s+((?:he|she|they|He|She|They|(?:(?:Mr|Mrs|Ms|Dr)\.\s)?\p{Lu}[\p{L}\u2019'-]+(?:\s\p{Lu}[\p{L}\u2019'.-]*){0,3}))\s+(?:said|added|declared|explained|continued)(?:,?\s+(?:but|and))?,?\s+((?:adding|noting|insisting|warning|arguing|explaining|stressing|pointing out)\s+that)\s+/u;
/** "quoted him as saying (that)": the speaker is the one quoted, the content what follows. */
const QUOTED_AS = /\b(quoted)\s+(him|her|them|(?:(?:Mr|Mrs|Ms|Dr)\.\s)?\p{Lu}[\p{L}\u2019'-]+(?:\s\p{Lu}[\p{L}\u2019'.-]*){0,3})\s+as\s+(?:saying|stating)\s+(?:that\s+)?/u;
/** A sentence that is only a speaker and a speech verb: "Mr. Hawksley said." */
const BARE_CUE = /^((?:He|She|They|(?:(?:Mr|Mrs|Ms|Dr)\.\s)?\p{Lu}[\p{L}\u2019'-]+(?:\s\p{Lu}[\p{L}\u2019'.-]*){0,3}))\s+(said|added|explained|declared|insisted|noted|believes)\.$/u;
/**
 * An addressee followed at once by a clause's subject, when "that" is left out: "the committee" in
 * "told the committee the measure would …", "reporters" in "told reporters he would …".
 */
const ADDRESSEE_NO_THAT = /^(?:(?:the|a|an|his|her|their|its)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?|him|her|them|us|reporters|newsmen|police|\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,3}|\p{Ll}[\p{Ll}-]+(?=\s+(?:he|she|they|we|I|two|three|four|five|six|seven|eight|nine|ten)\s))\s+(?=(?:the|a|an|he|she|it|they|we|I|this|there|his|her|its|their|two|three|four|five|six|seven|eight|nine|ten)\s)/u;
/** A cue's subject set off by commas at the sentence's start: "But, he", "And, Mr. Lind". */
const SET_OFF_SUBJECT = /^(?:(?:But|And|Yet|So|Still|Then),\s+)(?:he|she|they|(?:(?:Mr|Mrs|Ms|Dr)\.\s)?\p{Lu}[\p{L}\u2019'-]+(?:\s\p{Lu}[\p{L}\u2019'.-]*){0,3})$/u;
/** The addressee after such a cue, closed by a comma: "the “skyjackers”, ", "reporters, ". */
const SET_OFF_ADDRESSEE = /^(?:(?:the|his|her|their|its)\s+)?[\u201c"]?[\p{L}.'\u2019-]+(?:\s+[\p{L}.'\u2019-]+){0,3}[\u201d"]?,\s+/u;
/**
 * A cue that reports speech only with "that" ("announced") reports it too where a pronoun and its
 * verb follow at once, "that" left out ("announced yesterday it would reduce …"): no object reads so.
 */
const PRONOUN_CLAUSE = /^(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\s+)?(?=(?:he|she|it|they|we)\s+(?:would|will|had|has|have|was|were|is|are|could|can|should|must|may|might|planned|plans|intends|intended)\s)/;
/** The addressee of "asked" before an infinitive: a pronoun, a name with its title, or a short description. */
const ASKED_TO = /^(?:him|her|them|us|(?:the|his|her|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?|(?:\p{Lu}[\p{L}.'\u2019-]*\s){0,2}\p{Lu}[\p{L}'\u2019-]+)\s+(?=to\s+\p{Ll}+)/u;
/** A clause has a verb: an auxiliary, a modal or a past form ("is", "will", "needs", "reached", "took"). */
const CLAUSE = /\b(?:is|was|are|were|be|been|has|have|had|will|would|can|could|must|should|may|might|does|did|do|needs|\p{Ll}{2,}ed|took|left|made|came|went|gave|got|found|saw|knew|broke|stole|ran|fell|held|kept|sold|paid|struck|began|became|brought|bought|fought|caught|lost|won|met|sent|spent|built|felt|heard|meant|led|wrote|drove|shot|stood|sat|threw|flew|grew|drew|fled|rose)\b/u;
/**
 * A stance taken on a thing, its noun phrase the content (guidelines §7, as A42's "was equally adamant
 * in his opposition to …"): "He was also pleased with the wide distribution because …", "X was
 * disappointed by the vote" — the subject opening the sentence, the phrase up to a clause or a stop.
 */
const STANCE = /^((?:He|She|They|(?:(?:Mr|Mrs|Ms|Dr)\.\s)?\p{Lu}[\p{L}\u2019'-]+(?:\s\p{Lu}[\p{L}\u2019'.-]*){0,3}))\s+((?:was|were|is|are)\s+(?:also\s+|equally\s+|very\s+|particularly\s+|especially\s+)?(?:(?:pleased|satisfied|delighted|happy|unhappy|displeased|disappointed|dissatisfied)\s+(?:with|by|about|at)|adamant\s+in\s+(?:his|her|their)\s+opposition\s+to|opposed\s+to))\s+((?:the|a|an|this|that|these|those|his|her|its|their)\s[^,;:.\u201c\u201d"]{1,80}?)(?=\s+(?:because|since|as|when|if|although|though|but|and)\b|\s*[,;:.]|\s*$)/u;
/** "convinced Mr. Kennedy that …", "persuaded him that …": the person brought to the belief, then "that". */
const CONVINCED = /\b(convinced|persuaded|convinces|persuades)\s+((?:him|her|them|(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Gov)\.\s)?\p{Lu}[\p{L}\u2019'-]+(?:\s\p{Lu}[\p{L}\u2019'.-]*){0,3}))\s+that\s+/u;
/** "CLAUSE, it was announced (Monday) by X(, apposition)." — a passive cue after the clause, its agent the speaker. */
const IT_WAS_BY = new RegExp(`^(.{12,}?),\\s+it\\s+(?:was|has been|had been)\\s+(announced|disclosed|reported|stated|revealed)(?:\\s+${WHEN_SAID})?\\s+by\\s+((?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen)\\.\\s)?\\p{Lu}[\\p{L}\u2019'.-]*(?:\\s+\\p{Lu}[\\p{L}\u2019'.-]*){0,4}(?:,\\s+[^,\u201c\u201d"]{1,60})?)\\s*[.]?$`, 'su');
/** A plea: "X pleaded innocent", "pleaded not guilty". */
const PLEA = /^([^,;:\u201c\u201d"]{1,80}?)\s+(pleaded|pleads|pleading)\s+(not guilty|innocent|guilty|no contest)\b/;
/**
 * "but, in Senator X's words, CLAUSE", "in the words of X, CLAUSE": the clause after the comma is put in
 * X's words (a mixed quotation or a paraphrase), X's claim with the phrase as its cue (guidelines call
 * 220). Not "in other words", which names no one.
 */
const IN_WORDS = /\b([Ii]n\s+(?:([^,;:\u201c\u201d"]{2,60}?)['\u2019]s\s+(?:own\s+)?words|the\s+words\s+of\s+([^,;:\u201c\u201d"]{2,60})))\s*,\s+/u;
const ACCORDING = /^(?:According to\s+([^,]{1,80}),\s+)(.+?)[.]?$|^(.+?),\s+according to\s+([^,.]{1,80})[.]?$/s;

export function draftIndirect(text: string, known: Known, direct: readonly Range16[]): IndirectClaim[] {
  const out: IndirectClaim[] = [];
  // The direct quotations looked up by where they lie, for each passage: an article may hold thousands.
  const quotations = new SpanCells<Range16>((d) => d, direct);
  const passages = splitPassages(text).flatMap((s) => atSemicolon(text, s, quotations));
  for (const [i, s] of passages.entries()) {
    let sentence = text.slice(s.from, s.to);
    let headOfQuotation = false;
    const relative = relativeStance(text, s, known);
    if (relative) out.push(relative);
    out.push(...spokenNouns(text, s, known, (r) => trimContent(text, r)));
    const quoted = quotations.filter(s, (d) => overlaps(d, s));
    if (quoted.length > 0) {
      // "X framed the agreement as …: \u201c…\u201d": the report before the colon is a claim of its own.
      const head = text.slice(s.from, Math.min(...quoted.map((d) => d.from)) - 1).trimEnd();
      // "… , he said, \u201cand …\u201d": the clause before the cue is reported speech too. Not where
      // the cue is a comment clause with "as" ("because, as a teammate explained, \u201c…\u201d"): what
      // was explained is the quotation after it, not the words before.
      const last = CUE_LAST.exec(head.replace(/,$/, ''));
      const asComment = last !== null && /^as\s/i.test(last[2]!);
      if (last && !asComment && head.endsWith(',')) {
        sentence = head.slice(0, -1);
        headOfQuotation = true;
      }
      // "he said that we must get rid of Castro, \u201cfor unless …\u201d": the reported clause before
      // the comma is a claim of its own; the quotation that goes on from it is the direct claim.
      else if (!asComment && head.endsWith(',') && /^[\u201c"]\p{Ll}/u.test(text.slice(Math.min(...quoted.map((d) => d.from)) - 1)) && parseSentence(head.slice(0, -1), true).some((p) => p.shape === 'first')) {
        sentence = head.slice(0, -1);
        headOfQuotation = true;
      }
      // "confided that he hopes to visit Russia … because \u201cI have marveled …\u201d": a reason in
      // marks closing the sentence is a claim of its own; the clause reported before "because" is
      // another, read without it.
      else if (/\s(?:(?:simply|only|just|partly|mainly)\s+)?because$/.test(head) && parseSentence(head.replace(/\s+(?:(?:simply|only|just|partly|mainly)\s+)?because$/, ''), false).length > 0) sentence = head.replace(/\s+(?:(?:simply|only|just|partly|mainly)\s+)?because$/, '');
      else if (head.endsWith(':') && head.split(/\s+/).length >= 8 && !/\b(?:promised|told|assured|asked|informed|said|says)\b/.test(head)) sentence = head.slice(0, -1);
      else {
        // "“…”, he said but adding that CLAUSE": the participle's clause is the quotation's speaker's.
        const end = Math.max(...quoted.map((d) => d.to));
        const tail = AFTER_QUOTATION.exec(text.slice(end, s.to));
        if (!tail || text.slice(end, s.to).slice(tail[0].length).search(/[\u201c"]/) !== -1) continue;
        const subjectFrom = end + tail.index + tail[0].indexOf(tail[1]!);
        const speaker = resolveSpeaker(text, { from: subjectFrom, to: subjectFrom + tail[1]!.length }, known);
        const content = trimContent(text, { from: end + tail[0].length, to: s.to });
        if (speaker && content.to - content.from >= 3) {
          out.push({ range: content, source: speaker.actor, cue: tail[2]!, attribution: 'indirect', type: 'assertion', review: [`reported speech with the cue "${tail[2]}" after a direct quotation`, speaker.doubt, 'check the span and the type'].filter(Boolean).join('; ') });
        }
        continue;
      }
    }
    // A sentence ending in a colon introduces what follows; it reports nothing itself.
    if (sentence.trimEnd().endsWith(':')) continue;
    if (/^[\u201c"]/.test(sentence)) continue;
    // "All five pleaded innocent": a plea, one claim for each person the subject names (joint acts).
    const plea = quoted.length === 0 ? PLEA.exec(sentence) : null;
    if (plea) {
      const subject = { from: s.from, to: s.from + plea[1]!.length };
      const named = [...new Set(mentionsNear(known).filter(subject, (m) => m.actor !== undefined && m.range.from >= subject.from && m.range.to <= subject.to && known.typeOf(m.actor) === 'person').map((m) => m.actor!))];
      const speakers = named.length > 0 ? named.map((actor) => ({ actor, doubt: undefined as string | undefined })) : [resolveSpeaker(text, subject, known)].filter((x) => x !== undefined);
      const at = s.from + plea[0].length - plea[3]!.length;
      for (const speaker of speakers) {
        out.push({ range: { from: at, to: at + plea[3]!.length }, source: speaker.actor, cue: plea[2]!, attribution: 'indirect', type: /innocent|not guilty/.test(plea[3]!) ? 'denial' : 'assertion', review: [`a plea ("${plea[2]} ${plea[3]}")${speakers.length > 1 ? `, one claim for each of the ${speakers.length} the subject names` : ''}`, speaker.doubt, 'check the span and the type'].filter(Boolean).join('; ') });
      }
      if (speakers.length > 0) continue;
    }
    const stance = quoted.length === 0 ? STANCE.exec(sentence) : null;
    if (stance) {
      const speaker = resolveSpeaker(text, { from: s.from, to: s.from + stance[1]!.length }, known);
      const at = s.from + stance[0].length - stance[3]!.length;
      if (speaker) out.push({ range: { from: at, to: at + stance[3]!.length }, source: speaker.actor, cue: stance[2]!, attribution: 'indirect', type: 'opinion', review: [`a stance with a noun phrase as its content ("${stance[2]}")`, speaker.doubt, 'check it is a view, the span and the type'].filter(Boolean).join('; ') });
    }
    // "The conversation convinced Mr. Kennedy that CLAUSE": the one convinced holds the belief.
    const convinced = quoted.length === 0 ? CONVINCED.exec(sentence) : null;
    if (convinced) {
      const at = s.from + convinced.index + convinced[0].indexOf(convinced[2]!, convinced[1]!.length);
      const speaker = resolveSpeaker(text, { from: at, to: at + convinced[2]!.length }, known);
      const content = trimContent(text, { from: s.from + convinced.index + convinced[0].length, to: s.to });
      if (speaker && CLAUSE.test(text.slice(content.from, content.to))) out.push({ range: content, source: speaker.actor, cue: convinced[1]!, attribution: 'indirect', type: 'assertion', review: [`a belief the text says someone was brought to ("${convinced[1]}"), the one convinced its holder`, speaker.doubt, 'check the span and the type'].filter(Boolean).join('; ') });
    }
    const parsed = readPastHeadline(text, s.from, sentence, parseSentence(sentence, headOfQuotation), known);
    // "… would be centralized. Mr. Hawksley said.": a cue standing as a sentence of its own, right
    // after this one in its paragraph, attributes this one.
    const next = passages[i + 1];
    const bare = next && !text.slice(s.to, next.from).includes('\n') ? BARE_CUE.exec(text.slice(next.from, next.to)) : null;
    if (parsed.length === 0 && bare && quoted.length === 0) {
      const at = next!.from - s.from;
      parsed.push({ subject: { from: at, to: at + bare[1]!.length }, content: { from: 0, to: sentence.length }, cue: bare[2]!, shape: 'last' });
    }
    for (const c of parsed) {
      const subject = { from: s.from + c.subject.from, to: s.from + c.subject.to };
      const speaker = resolveSpeaker(text, subject, known);
      if (!speaker) continue;
      const content = trimContent(text, { from: s.from + c.content.from, to: s.from + c.content.to });
      if (content.to - content.from < 3 || content.from < subject.to && c.shape !== 'last') continue;
      // A content that is one whole quotation in marks is a direct quotation whose cue was not found:
      // not reported speech, and its span would hold the marks.
      if (/^[\u201c"][^\u201c\u201d"]*[\u201d"]$/.test(text.slice(content.from, content.to))) continue;
      const claim: IndirectClaim = {
        range: content,
        source: speaker.actor,
        cue: c.cue,
        attribution: 'indirect',
        type: typeFromCue(c.cue),
        review: [`reported speech with the cue "${c.cue}"`, speaker.doubt, 'check the span and the type'].filter(Boolean).join('; '),
      };
      if (speaker.newMention) claim.newMention = speaker.newMention;
      // "The Kochaneks told police …", "Mr. and Mrs. X reported …": a subject naming several people on
      // the same words speaks for each of them, one claim each (a joint act, as a plea is), in the
      // order they are named.
      const joint = jointSpeakers(text, subject, speaker.actor, known);
      if (joint.length > 1) out.push(...joint.map((source) => ({ ...claim, source, review: `${claim.review}; the subject names ${joint.join(' and ')} on the same words: one claim each` })));
      else out.push(claim);
      const nested = nestedStance(text, content, speaker.actor, known);
      if (nested) out.push(nested);
    }
  }
  return out;
}

/**
 * The people named on the very words of the speaker's mention inside a subject ("The Kochaneks"), or
 * of the mention a subject "they" was taken back to, the speaker among them, in the order named.
 */
function jointSpeakers(text: string, subject: Range16, speaker: string, known: Known): string[] {
  // "Although both concede …": the two people "both" was taken back to.
  if (/(?:^|\s)[Bb]oth$/.test(text.slice(subject.from, subject.to))) {
    const from = subject.to - 4;
    return bothOf(text, { from, to: subject.to }, known) ?? [];
  }
  // "They told police …": the speaker's mention the pronoun was taken back to.
  const they = /^(?:they|They)$/.test(text.slice(subject.from, subject.to));
  const own = they ? lastMentionOf(text, known, speaker, subject.from) : mentionsNear(known).find(subject, (m) => m.actor === speaker && m.range.from >= subject.from && m.range.to <= subject.to);
  if (!own || known.typeOf(speaker) !== 'person') return [];
  return [...new Set(mentionsNear(known).filter(own.range, (m) => m.actor !== undefined && m.range.from === own.range.from && m.range.to === own.range.to && known.typeOf(m.actor) === 'person').map((m) => m.actor!))];
}

/**
 * "because he thought it proved again his argument that CLAUSE": a view the speaker holds, named by a
 * noun with his own possessive inside what he is reported to say, is a claim of its own, nested in
 * that one (guidelines call 43, "the view that"), with the noun and "that" as its cue.
 */
const OWN_STANCE = /\b((?:his|her|their)\s+(?:argument|view|belief|contention|conviction|assertion|claim|position|opinion|insistence)\s+that)\s+/u;

function nestedStance(text: string, within: Range16, speaker: string, known: Known): IndirectClaim | undefined {
  const m = OWN_STANCE.exec(text.slice(within.from, within.to));
  if (!m) return undefined;
  // "his", "her" are a person's; "their" a group's or a body's.
  if ((known.typeOf(speaker) === 'person') !== /^(?:his|her)\s/.test(m[1]!)) return undefined;
  const content = trimContent(text, { from: within.from + m.index + m[0].length, to: within.to });
  if (content.to - content.from < 3 || !CLAUSE.test(text.slice(content.from, content.to))) return undefined;
  return { range: content, source: speaker, cue: m[1]!, attribution: 'indirect', type: 'assertion', review: `a view of the speaker's own ("${m[1]}") inside the claim around it: check it is the same speaker's, the span and the type` };
}

/**
 * "Mrs. Molvar, who kept reiterating her request that they “please take a stand”, said …": a speech
 * act or a stance named by a noun with the possessive of the person a relative clause describes is
 * that person's claim, its content the clause after "that" up to the comma closing the relative clause.
 */
const RELATIVE_STANCE = /,\s+who\s+(?:[a-z]+\s+){0,3}?((?:his|her)\s+(request|demand|plea|proposal|suggestion|argument|view|belief|contention|conviction|insistence|warning)\s+that)\s+/u;

function relativeStance(text: string, s: Range16, known: Known): IndirectClaim | undefined {
  const sentence = text.slice(s.from, s.to);
  const m = RELATIVE_STANCE.exec(sentence);
  if (!m) return undefined;
  const who = mentionsNear(known).find({ from: s.from + m.index, to: s.from + m.index }, (k) => k.actor !== undefined && k.range.to === s.from + m.index && known.typeOf(k.actor) === 'person');
  if (!who) return undefined;
  const from = s.from + m.index + m[0].length;
  const end = /,\s/.exec(text.slice(from, s.to));
  if (!end) return undefined;
  const content = trimContent(text, { from, to: from + end.index });
  if (text.slice(content.from, content.to).split(/\s+/).length < 2) return undefined;
  const type = /^(?:request|demand|plea|proposal|suggestion)$/.test(m[2]!) ? 'recommendation' : 'assertion';
  return { range: content, source: who.actor!, cue: m[1]!, attribution: 'indirect', type, review: `"${m[1]}" in a relative clause describing ${who.actor}: the claim is that person's; check the span and the type` };
}

/**
 * "Thesis refuted Sprinkel strongly refuted the thesis …": a run-in headline may hold a cue word of its
 * own, read first as the sentence's cue with the headline's first word as its subject. Where that
 * subject (a word or two opening the sentence) names no speaker, the sentence is read again from
 * after it, and its own speaker and cue are found there.
 */
function readPastHeadline(text: string, from: number, sentence: string, parsed: Parsed[], known: Known): Parsed[] {
  const [only] = parsed;
  if (!only || parsed.some((p) => p.shape !== 'first' || p.subject.from !== 0 || p.subject.to !== only.subject.to)) return parsed;
  if (!/^\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?$/u.test(sentence.slice(0, only.subject.to)) || resolveSpeaker(text, { from, to: from + only.subject.to }, known)) return parsed;
  const after = sentence.indexOf(only.cue, only.subject.to) + only.cue.length;
  const restFrom = after + /^\s*/.exec(sentence.slice(after))![0].length;
  const again = parseSentence(sentence.slice(restFrom));
  const shift = (r: Range16) => ({ from: r.from + restFrom, to: r.to + restFrom });
  return again.length > 0 ? again.map((p) => ({ ...p, subject: shift(p.subject), content: shift(p.content) })) : parsed;
}

interface Parsed {
  subject: Range16;
  content: Range16;
  cue: string;
  shape: 'first' | 'last' | 'according';
}

/** The reported clauses of one sentence, with offsets relative to it. */
/**
 * `beforeQuotation`: the sentence is the head of one that goes on with a direct quotation ("…, he
 * said, \u201c…"), where an opening phrase ("In his only attack on the Republicans, Hughes said,")
 * is no reported clause: there the content must have a verb.
 */
export function parseSentence(sentence: string, beforeQuotation = false): Parsed[] {
  // A dateline opening the report ("Elburn, Ill. -- …") is no part of the sentence's subject.
  const dateline = DATELINE.exec(sentence);
  if (dateline) {
    const at = dateline[0].length;
    const shift = (r: Range16) => ({ from: r.from + at, to: r.to + at });
    return parseSentence(sentence.slice(at), beforeQuotation).map((p) => ({ ...p, subject: shift(p.subject), content: shift(p.content) }));
  }
  const words = IN_WORDS.exec(sentence);
  if (words && CLAUSE.test(sentence.slice(words.index + words[0].length))) {
    const who = words[2] ?? words[3]!;
    const at = sentence.indexOf(who, words.index);
    return [{ subject: { from: at, to: at + who.length }, content: { from: words.index + words[0].length, to: sentence.length }, cue: words[1]!, shape: 'according' }];
  }
  const passive = passiveAct(sentence);
  if (passive) return passive.speakers.map((subject) => ({ subject, content: passive.content, cue: passive.cue, shape: 'last' }));
  const lead = LEADING_PARTICIPLE.exec(sentence);
  if (lead) {
    // The participle's clause comes before its speaker, as in a cue at the end ('last').
    const restFrom = lead[0].length;
    const contentFrom = sentence.indexOf(lead[2]!, lead[1]!.length);
    const own: Parsed = { subject: { from: restFrom, to: restFrom + lead[3]!.length }, content: { from: contentFrom, to: contentFrom + lead[2]!.length }, cue: lead[1]!, shape: 'last' };
    const shift = (r: Range16) => ({ from: r.from + restFrom, to: r.to + restFrom });
    return [own, ...parseSentence(sentence.slice(restFrom)).map((p) => ({ ...p, subject: shift(p.subject), content: shift(p.content) }))];
  }
  // "X quoted him as saying CLAUSE": the one quoted is the speaker.
  const quotedAs = QUOTED_AS.exec(sentence);
  if (quotedAs) {
    const at = quotedAs.index + quotedAs[0].indexOf(quotedAs[2]!, quotedAs[1]!.length);
    return [{ subject: { from: at, to: at + quotedAs[2]!.length }, content: { from: quotedAs.index + quotedAs[0].length, to: sentence.length }, cue: quotedAs[0].replace(/\s+that\s+$/, '').trim(), shape: 'last' }];
  }
  const object = LEADING_OBJECT.exec(sentence);
  if (object) {
    const restFrom = object[0].length;
    const contentFrom = sentence.indexOf(object[2]!, object.index + object[0].indexOf(object[1]!) + object[1]!.length);
    const own: Parsed = { subject: { from: restFrom, to: restFrom + object[3]!.length }, content: { from: contentFrom, to: contentFrom + object[2]!.length }, cue: object[1]!.toLowerCase(), shape: 'last' };
    const shift = (r: Range16) => ({ from: r.from + restFrom, to: r.to + restFrom });
    return [own, ...parseSentence(sentence.slice(restFrom)).map((p) => ({ ...p, subject: shift(p.subject), content: shift(p.content) }))];
  }
  // "X has been appointed …, it was announced Monday by Charles E. Raymond, District Attorney.": the
  // agent of the passive cue after the clause is its speaker.
  const announcedBy = IT_WAS_BY.exec(sentence);
  if (announcedBy) {
    const agentFrom = sentence.lastIndexOf(announcedBy[3]!);
    return [{ subject: { from: agentFrom, to: agentFrom + announcedBy[3]!.length }, content: { from: 0, to: announcedBy[1]!.length }, cue: `was ${announcedBy[2]}`, shape: 'last' }];
  }
  const toldMe = TOLD_ME_MID.exec(sentence);
  if (toldMe && CLAUSE.test(`${toldMe[1]!} ${sentence.slice(toldMe[0].length)}`)) {
    const subjectFrom = toldMe[0].lastIndexOf(toldMe[2]!, toldMe[0].length - toldMe[3]!.length);
    return [{ subject: { from: subjectFrom, to: subjectFrom + toldMe[2]!.length }, content: { from: 0, to: sentence.length }, cue: toldMe[3]!, shape: 'last' }];
  }
  const participle = PARTICIPLE_AFTER.exec(sentence);
  // Not where the words before the comma hold a cue of their own ("X said …, adding that …": two claims, below).
  if (participle && !NOT_A_SUBJECT.test(participle[1]!.split(/\s+/)[0]!) && CLAUSE.test(sentence.slice(participle[0].length)) && !ANY_CUE.test(participle[0].slice(participle[1]!.length, participle[0].lastIndexOf(',')))) {
    return [{ subject: { from: 0, to: participle[1]!.length }, content: { from: participle[0].length, to: sentence.length - (sentence.endsWith('.') ? 1 : 0) }, cue: participle[0].slice(participle[0].lastIndexOf(participle[2]!)).trim(), shape: 'first' }];
  }
  const wrapped = INVERTED_MID.exec(sentence);
  if (wrapped && !/[\u201c\u201d"]/.test(wrapped[1]!) && CLAUSE.test(sentence.slice(wrapped[0].length))) {
    const subjectFrom = wrapped[0].lastIndexOf(wrapped[3]!);
    return [{ subject: { from: subjectFrom, to: subjectFrom + wrapped[3]!.length }, content: { from: 0, to: sentence.length }, cue: wrapped[2]!, shape: 'last' }];
  }
  const middle = CUE_MID.exec(sentence);
  if (middle && !/[\u201c\u201d"]/.test(middle[0]) && middle[2]!.split(/\s+/).length <= 8 && CLAUSE.test(middle[1]!) && !/^(?:adding|noting)\s+that\b/.test(sentence.slice(middle[0].length))) {
    const subjectFrom = middle[1]!.length + middle[0].slice(middle[1]!.length).indexOf(middle[2]!);
    return [{ subject: { from: subjectFrom, to: subjectFrom + middle[2]!.length }, content: { from: 0, to: middle[1]!.length }, cue: middle[3]!.trim(), shape: 'last' }];
  }
  const last = CUE_LAST.exec(sentence);
  if (last && !/[\u201c\u201d"]/.test(last[2]!) && last[2]!.split(',')[0]!.trim().split(/\s+/).length <= 8 && last[2]!.split(/\s+/).length <= 16 && (!beforeQuotation || CLAUSE.test(last[1]!))) {
    const subjectFrom = sentence.lastIndexOf(last[2]!, sentence.length - last[3]!.length);
    // The cue is the verb without its addressee ("told", not "told the Senate").
    const cue = last[3]!.trim().replace(/\b(told|assured|informed)\s.*$/s, '$1');
    return [{ subject: { from: subjectFrom, to: subjectFrom + last[2]!.length }, content: { from: 0, to: last[1]!.length }, cue, shape: 'last' }];
  }
  const inverted = INVERTED_LAST.exec(sentence);
  if (inverted && !/[\u201c\u201d"]/.test(sentence) && (!beforeQuotation || CLAUSE.test(inverted[1]!))) {
    const subjectFrom = sentence.lastIndexOf(inverted[3]!);
    return [{ subject: { from: subjectFrom, to: subjectFrom + inverted[3]!.length }, content: { from: 0, to: inverted[1]!.length }, cue: inverted[2]!, shape: 'last' }];
  }
  const acc = ACCORDING.exec(sentence);
  if (acc) {
    if (acc[1] !== undefined) {
      const from = sentence.indexOf(acc[1]);
      return [{ subject: { from, to: from + acc[1].length }, content: { from: sentence.length - acc[2]!.length - (sentence.endsWith('.') ? 1 : 0), to: sentence.length }, cue: 'according to', shape: 'according' }];
    }
    const from = sentence.lastIndexOf(acc[4]!);
    return [{ subject: { from, to: from + acc[4]!.length }, content: { from: 0, to: acc[3]!.length }, cue: 'according to', shape: 'according' }];
  }
  // "…, dismissed by Judge X, who charged that CLAUSE.": the relative clause's cue is X's.
  const relative = RELATIVE_CUE.exec(sentence);
  if (relative && !sentence.slice(relative.index + relative[0].length).includes(',')) {
    const at = relative.index;
    return [{ subject: { from: at, to: at + relative[1]!.length }, content: { from: at + relative[0].length, to: sentence.length }, cue: relative[2]!.trim(), shape: 'last' }];
  }
  const first = CUE_FIRST.exec(sentence);
  // "X … sounded the keynote when he said CLAUSE", "… at what he termed a “social cost”": the pronoun of a subordinate clause is the speaker
  // (resolved to the sentence's subject), however long the main clause before it.
  // So is a pronoun after an opening phrase of time or place with no comma ("In the two other cases he ruled that …"),
  // or after an adverb opening the sentence ("Apparently he believes …", "Clearly, they feel …").
  // So is a name opening a subordinate or relative clause ("… at a news conference at which Skorich said
  // he would …", "Thus when Premier Khrushchev intimated … that …").
  const subordinate = first ? (/(?:\b(?:when|as|after|because|while|where|and|but|what)|^(?:In|On|At|During|After|Before|Since|Later|Earlier)\s[^,]{1,60}|^[a-z]{3,}ly,?)\s+(he|she|they)$/i.exec(first[1]!) ?? SUBORDINATE_NAME.exec(first[1]!)) : null;
  // "CLAUSE, he said, and added CLAUSE": a cue between commas after the clause, and a second cue
  // joined to it by "and" — two claims of the one speaker.
  const mid = first ? /^(.{12,}),\s+(he|she|they|(?:(?:Mr|Mrs|Ms|Dr)\.\s)?\p{Lu}[\p{L}\u2019'-]+(?:\s\p{Lu}[\p{L}\u2019'.-]*){0,3})$/su.exec(first[1]!) : null;
  const joined = first && mid ? new RegExp(`^and\\s+(?:also\\s+)?(${CLAUSE_CUES}|${OBJECT_CUES})\\b,?\\s*(?:that\\s+)?`).exec(sentence.slice(first[0].length)) : null;
  if (first && mid && joined && CLAUSE.test(mid[1]!) && !/[\u201c\u201d"]/.test(mid[1]!) && /,\s*$/.test(first[0])) {
    const subject = { from: first[1]!.length - mid[2]!.length, to: first[1]!.length };
    return [
      { subject, content: { from: 0, to: mid[1]!.length }, cue: first[2]!.trim(), shape: 'last' },
      { subject, content: { from: first[0].length + joined[0].length, to: sentence.length }, cue: joined[1]!, shape: 'first' },
    ];
  }
  // "Shortly after the Chief Executive returned …, a White House spokesman said …": a long opening
  // adverbial clause before the subject, which is the short phrase after its last comma.
  const opener = first && first[1]!.split(/\s+/).length > 14 && OPENING_CLAUSE.test(first[1]!) ? /,\s+([^,]+)$/.exec(first[1]!) : null;
  const subjectFrom = first && opener && opener[1]!.split(/\s+/).length <= 8 ? first[1]!.length - opener[1]!.length : 0;
  // A long subject may be a main clause and another joined to it: "Both were selling higher …, and
  // everyone who knew anything about it expected …" — the subject is the short phrase after the last
  // ", and" or ", but" (a clause of its own, not a list's last item, which the words before have no verb to make).
  const joinedClause = first && !subordinate && subjectFrom === 0 && subjectWords(first[1]!) > 14 ? /^(.*),\s+(?:and|but)\s+([^,]+)$/su.exec(first[1]!) : null;
  const subjectStart = joinedClause && CLAUSE.test(joinedClause[1]!) && joinedClause[2]!.split(/\s+/).length <= 8 ? first![1]!.length - joinedClause[2]!.length : subjectFrom;
  // A subject ending in "which", "that" or "who" is a relative clause's: not the sentence's speaker.
  if (!first || (!subordinate && subjectWords(first[1]!.slice(subjectStart)) > 14) || /\b(?:which|that|who|whom)$/i.test(first[1]!)) return [];
  // "The disagreement was over what Dr. Jenkins had said at a previous session": "what" is the object
  // of the speech verb, so nothing after it is what was said.
  if (/\bwhat\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}(?:he|she|they|\p{Lu}[\p{L}'\u2019-]*)$/u.test(first[1]!) && /^(?:(?:had|has|have)\s+)?(?:said|says|told|stated|wrote|declared)$/.test(first[2]!.trim())) return [];
  // "X is accused of …", "was charged with …": a passive with no agent names no accuser (call 91).
  if (/\b(?:is|was|are|were|be|been|being)$/i.test(first[1]!) && new RegExp(`^(?:${OBJECT_CUES})$`).test(first[2]!.trim())) return [];
  const cue = first[2]!.trim();
  const verb = cue.split(/\s+/).slice(-1)[0]!;
  let from = first[0].length;
  let rest = sentence.slice(from);
  // "The Bears added two more in the fifth", "added their last run" (Brown A13): a score added, no words.
  if (/^add(?:ed|s)$/.test(verb) && SCORE_ADDED.test(rest)) return [];
  if (new RegExp(`^(?:${ADDRESSEE_CUES})$`).test(verb) && !/^that\b/.test(rest)) {
    // "told his counterpart, Gen. Chang Wanquan, that …": the content starts after the addressee.
    const that = /\bthat\s/.exec(rest);
    const bare = ADDRESSEE_NO_THAT.exec(rest);
    if (that && rest.slice(0, that.index).split(/\s+/).length <= 10) {
      from += that.index + that[0].length;
    } else if (/^(?:told|tells|assured|informed|reminded)$/.test(verb) && bare && CLAUSE.test(rest.slice(bare[0].length))) {
      // "told the committee the measure would …": no "that", the clause starts after the addressee.
      from += bare[0].length;
    } else if (/^(?:told|tells|assured|informed|reminded)$/.test(verb) && SET_OFF_SUBJECT.test(first[1]!) && SET_OFF_ADDRESSEE.test(rest) && CLAUSE.test(rest.slice(SET_OFF_ADDRESSEE.exec(rest)![0].length))) {
      // "But, he told the “skyjackers”, the 707 didn't carry …": the cue and its addressee set off by
      // commas before the clause they report.
      from += SET_OFF_ADDRESSEE.exec(rest)![0].length;
    } else return [];
    rest = sentence.slice(from);
  } else if (new RegExp(`^(?:${THAT_CUES})$`).test(verb) && !new RegExp(`^(?:however,\\s*|(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\\s+|${WHERE_SAID})?that\\s`).test(rest)) {
    const bare = PRONOUN_CLAUSE.exec(rest);
    // "asked Stevenson to search for …": a request with its addressee, the content the infinitive.
    // Not the passive ("The board was asked Monday to …"): its subject is asked, the asker unnamed there.
    // Nor a request in a clause of time after the main one ("X made the disclosure when he asked Judge
    // Y to grant …"): a step in the proceedings the sentence reports, not a view put forward.
    const askedTo = /^(?:asked|asks|requested|requests)$/.test(verb) && !subordinate && !/\b(?:is|was|are|were|be|been|being)$/i.test(first[1]!) ? ASKED_TO.exec(rest) : null;
    if (!bare && !askedTo) return [];
    from += (bare ?? askedTo)![0].length;
    rest = sentence.slice(from);
  } else {
    // "said Tuesday that …", "said, however, that …": the content starts after them.
    const lead = /^(?:however,\s*|in fact,\s*|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last night|last week|this week|earlier)\s+(?=that\b)|that\s+)+/.exec(rest) ?? new RegExp(`^${WHERE_SAID}that\\s+`).exec(rest);
    if (lead) {
      from += lead[0].length;
      rest = sentence.slice(from);
    }
  }
  if (/^:/.test(rest)) return [];
  // "…, and pointed out that …": a second reported clause, by the same speaker; "… and Andrew
  // Scheer, the leader of the opposition, described …": by another.
  // "…, adding that …": a speech verb's participle after the clause, the same speaker's second claim.
  // "considered Y Z, saw that …": a second verb with its "that" after a comma alone, its subject the same.
  const same = new RegExp(`,?\\s+and\\s+(${OBJECT_CUES}|${CLAUSE_CUES}|${ADDRESSEE_CUES})\\s+(?:that\\s+)?`).exec(rest) ?? TRAILING_PARTICIPLE.exec(rest) ?? new RegExp(`,\\s+(${CLAUSE_CUES})\\s+that\\s+`).exec(rest);
  const other = same
    ? null
    : (new RegExp(`\\s+and\\s+(\\p{Lu}[^,;:]{0,60}?(?:,[^,;:]{1,60},)?)\\s+(${AUXILIARY}(?:${OBJECT_CUES}|${CLAUSE_CUES}))\\s+(?:that\\s+)?`, 'u').exec(rest) ??
      new RegExp(`,\\s+(he|she|they|\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?)\\s+(${AUXILIARY}(?:${CLAUSE_CUES}|${THAT_CUES}))\\s+that\\s+`, 'u').exec(rest) ??
      // "X emphasized that …, and he said he …": the pronoun's own clause, "that" or not.
      new RegExp(`,\\s+and\\s+(he|she|they)\\s+(${AUXILIARY}(?:${CLAUSE_CUES}))\\s+(?:that\\s+)?(?=\\p{L})`, 'u').exec(rest));
  const second = same ?? other;
  const subject = subordinate ? { from: first[1]!.length - subordinate[1]!.length, to: first[1]!.length } : { from: subjectStart, to: first[1]!.length };
  // "Although both concede they would like to hit 60, they stick …": a cue in a clause opened by a
  // subordinating conjunction reports only up to the comma closing that clause, before the main one.
  // So does one in a clause of time ("Soon after Loper leaked the news that CLAUSE, Frankie got so mad
  // … that he vowed …"); the main clause after that comma is read as a sentence of its own, for a cue
  // of its own.
  const closes = subjectStart === 0 && !second && /^(?:Although|Though|Even though|While|Whereas|Because|Since|If|When|(?:Soon|Shortly|Just|Right)\s+after|After|Before|Once|Until)\s/.test(first[1]!) ? /,\s/.exec(rest) : null;
  // "were clamoring for their independence, even though most were unsure …": a noun phrase reported
  // ends where a clause of concession or cause, the writer's, is set off after it.
  const conceded = !second && !closes && new RegExp(`^(?:${HOLDING})$`).test(cue.replace(/^(?:also|then|later|publicly|repeatedly|strongly)\s+/, '')) ? /,\s+(?:even though|although|though|because|whereas|while|since|unless)\s/.exec(rest) : null;
  const out: Parsed[] = [{ subject, content: { from, to: second ? from + second.index : closes ? from + closes.index : conceded ? from + conceded.index : sentence.length }, cue, shape: 'first' }];
  if (closes) {
    const mainFrom = from + closes.index + closes[0].length;
    const shift = (r: Range16) => ({ from: r.from + mainFrom, to: r.to + mainFrom });
    out.push(...parseSentence(sentence.slice(mainFrom)).map((p) => ({ ...p, subject: shift(p.subject), content: shift(p.content) })));
  }
  if (same) out.push({ subject, content: { from: from + same.index + same[0].length, to: sentence.length }, cue: /^,\s+\p{Ll}+ing\b/u.test(same[0]) ? same[0].replace(/^,\s+/, '').trim() : same[1]!, shape: 'first' });
  if (other) {
    const at = from + other.index + other[0].indexOf(other[1]!);
    out.push({ subject: { from: at, to: at + other[1]!.length }, content: { from: from + other.index + other[0].length, to: sentence.length }, cue: other[2]!.trim(), shape: 'first' });
  }
  return out;
}

/**
 * A subject's length in words, as far as it bears on whether the verb after it is its own: an opening
 * conjunction ("But an official statement …") and the parts after a comma that make no clause of their
 * own — an apposition ("The student newspaper, The Emory Wheel, …"), an adverbial ("The board members,
 * after hearing the plea from Mrs. X, said") — or are a relative clause ("Sheets, who is a candidate …,
 * called for") are not counted; a clause after a comma is ("Shortly after, the United States launched
 * a case against Su Bin, accusing …").
 */
function subjectWords(subject: string): number {
  const [head, ...rest] = subject.replace(/^(?:But|And|Yet|So)\s+/, '').split(',');
  const words = (t: string) => t.trim().split(/\s+/).filter(Boolean).length;
  return words(head!) + rest.filter((part) => CLAUSE.test(part) && !/^\s*(?:who|whom|whose|which)\b/.test(part)).reduce((n, part) => n + words(part), 0);
}

/**
 * "The Congolese were clamoring for their independence …;; and in Brussels, street crowds shouted,
 * “…”": clauses joined by a semicolon are sentences of their own, so one before it is read for reported
 * speech where a direct quotation after it would leave the whole to the quotation's claim.
 */
function atSemicolon(text: string, s: Range16, direct: SpanCells<Range16>): Range16[] {
  const first = Math.min(...direct.filter(s, (d) => overlaps(d, s)).map((d) => d.from));
  if (!Number.isFinite(first)) return [s];
  const semicolon = text.slice(s.from, first).search(/;+\s+\S[^;]*$/);
  if (semicolon <= 0) return [s];
  const after = s.from + semicolon + /^;+\s+/.exec(text.slice(s.from + semicolon))![0].length;
  return [{ from: s.from, to: s.from + semicolon }, { from: after, to: s.to }];
}

function trimContent(text: string, r: Range16): Range16 {
  let { from, to } = r;
  while (from < to && /[\s,]/.test(text[from]!)) from++;
  while (to > from && /[\s,.;:]/.test(text[to - 1]!)) to--;
  // The closing bracket of a bracketed paragraph ("(In Washington, the FBI identified … City)").
  if (text[to - 1] === ')' && !text.slice(from, to).includes('(')) {
    to--;
    while (to > from && /[\s,.;:]/.test(text[to - 1]!)) to--;
  }
  return { from, to };
}

export function typeFromCue(cue: string): ProposedClaim['type'] {
  if (/\b(?:denied|denies|denying)\b/.test(cue)) return 'denial';
  if (/\b(?:accused|accuses|accusing|charged|charges|alleged|called out)\b/.test(cue)) return 'allegation';
  if (/\b(?:vowed|pledged|promised|committed)\b/.test(cue)) return 'commitment';
  if (/\b(?:grumble[sd]?|complain(?:s|ed)?)\s+about\b|\bdeplore[sd]\b|\bbelieve[sd]?\s+in\b/.test(cue)) return 'opinion';
  if (/\b(?:warned|warns|predicted|cautioned|expected|expects|foresee|foresees|foresaw)\b/.test(cue)) return 'prediction';
  if (/\b(?:(?:asked|asks|requested|requests|recommended|recommends|proposed|proposes)(?=\s+that\b|$)|urge[sd]|urging|calling for|demanding|demanded|proposing|recommending|advocating|asked for|asks for|clamou?r(?:s|ed|ing)?\s+for)\b/.test(cue)) return 'recommendation';
  return 'assertion';
}
