/**
 * New actors the registry lacks, found from how news prose introduces people: a title before a name
 * ("Defence Minister Peter MacKay", "Gen. Chang Wanquan") or a description after it ("Scott
 * Bardsley, a spokesman for …"). Each is proposed as a registry entry with its type and its role as
 * printed. Unnamed sources ("an official") are proposed where they speak (cues.ts).
 */
import { slug } from '../text/slug.js';
import type { ProposedActor } from './proposal.js';

/** Nouns of a role printed in lower case before a name ("union president", "city spokesman", "chief executive"). */
export const ROLE_NOUN = 'president|vice-president|chairman|chairwoman|chairperson|chair|spokesman|spokeswoman|spokesperson|director|secretary|minister|leader|chief|executive|officer|manager|head|founder|lawyer|attorney|coach|captain|commissioner|councillor|councilor|senator|governor|mayor|treasurer|analyst|economist|professor|researcher|official|adviser|advisor|aide|organizer|organiser|owner|editor|columnist|activist|superintendent|principal|administrator|inspector|investigator|prosecutor|judge|negotiator|strategist|consultant|partner|candidate';

export const TITLE_WORD =
  '(?:Minister|President|Vice-President|Secretary|Senator|Governor|Mayor|Judge|Justice|General|Chief|Director|Chairman|Chairwoman|Chair|Commissioner|Ambassador|Premier|Chancellor|Spokesman|Spokeswoman|Sheriff|Superintendent|Representative|Attorney|Prosecutor|Controller|Comptroller|Treasurer|Supervisor|Councilman|Councilwoman|Councillor|Alderman|Freeholder|Auditor|Clerk|Inspector|Captain|Detective|Officer|Congressman|Congresswoman|Assemblyman|Assemblywoman|Lieutenant|Sergeant|Colonel|Admiral|Commander|Constable|Bishop|Archbishop|Cardinal|Rabbi|Reverend|Professor|Magistrate|Leader|Speaker|MP|MEP|MLA|MPP|Gen\\.|Sen\\.|Rep\\.|Gov\\.|Lt\\.|Col\\.|Capt\\.|Adm\\.|Sgt\\.|Maj\\.|Cpl\\.|Cmdr\\.|Supt\\.|Atty\\.|Rev\\.|Msgr\\.|Dr\\.|Prof\\.)';
// A word of a name: capitalised, with a capital inside after O' or D', Mc or Mac ("O\u2019Neill",
// "D'Souza", "MacKay"), and a second capitalised part after a hyphen ("Anne-Marie").
const NAME_WORD = "(?:\\p{Lu}[\u2019']|Ma?c)?\\p{Lu}[\\p{Ll}\u2019'-]*\\p{Ll}(?:-\\p{Lu}[\\p{Ll}\u2019'-]*\\p{Ll})?";
const NAME = `${NAME_WORD}(?:\\s\\p{Lu}\\.)?(?:\\s${NAME_WORD}){1,2}`;
// A title: capitalised words ending in a title word ("Public Safety Minister", "U.S. President").
const TITLED = new RegExp(`((?:(?:\\p{Lu}[\\p{L}.-]*|of|for|the)\\s){0,4}${TITLE_WORD})\\s(${NAME})`, 'gu');
/** "The mayor, Tom Reed,", "the port’s chief executive, Ann Lee,": a description ending in a role noun, then the name between commas. */
// Words of one sentence and one line: no full stop inside the description, no line break between its words.
const APPOSITION_BEFORE = new RegExp(`(?<![\\p{L}])((?:[Tt]he|[Aa]n?)[^\\S\\n]+(?:[\\p{L}\u2019'-]+[^\\S\\n]+){0,4}?(?:${ROLE_NOUN})),[^\\S\\n](${NAME}),`, 'gu');
const APPOSITION = new RegExp(`(${NAME}),\\s((?:a|an|the)\\s[^,.;\u201c\u201d"]{3,80}?)(?=,|\\.|\\s\\[|\\ssaid\\b)`, 'gu');
/** A finite verb: words after a name and a comma that hold one are a clause, not a description of the name. */
const CLAUSE_VERB = /\b(?:is|are|was|were|will|would|has|have|had|says|said|can|could|may|might|must|shall|should|does|did)\b/;
const TITLE_FIRST = new RegExp(`^${TITLE_WORD}\\s`);
const COMPANY = /\b((?:\p{Lu}[\p{L}&'\u2019.-]*\s){1,5}(?:Co\.|Corp\.|Inc\.|Ltd\.|Company|Corporation|Group))(?=[\s,.;:]|$)/gu;
/** A title's abbreviation without its stop, as NAME reads "Dr." before a name. */
const TITLE_ABBREVIATION = /^(?:Dr|Mr|Mrs|Ms|Gen|Sen|Rep|Gov|Lt|Col|Capt|Adm|Sgt|Prof|St)$/;
const NOT_FIRST = /^(?:The|A|An|But|And|In|On|At|For|Of|By|To|As|If|When|While|After|Before|Last|This|That|His|Her|Its|Their|Some|Former|New|Once|Then|Now|Later|Still|Yet|Also|Today|Yesterday|Tonight|Meanwhile|Finally|Instead|Again|Thus|Soon|Mr|Mrs|Ms)$/;

/** `isRegistered(name)`: whether a name is already a registered name or alias (or inside one). */
export function proposeActors(text: string, isRegistered: (name: string) => boolean): ProposedActor[] {
  const out = new Map<string, ProposedActor>();
  const add = (name: string, role: string, how: string) => {
    const clean = name.replace(/[\u2019']s$/, '');
    const first = clean.split(/\s+/)[0]!;
    if (NOT_FIRST.test(first) || isRegistered(clean)) return;
    // A headline run into its paragraph ("honor Dr. Swim When Dr. W. A. Swim celebrated", Brown A30) strings
    // a name, a capitalised conjunction and the next title into what looks like one: no name holds those.
    if (clean.split(/\s+/).slice(1).some((w) => NOT_FIRST.test(w) || TITLE_ABBREVIATION.test(w))) return;
    // "Captain Brassbound's Conversion", "Madame Tussard's Waxworks": a possessive inside the words
    // makes them the name of a thing the person owns or a work's title, not a person's name.
    if (/[\u2019']s\s/.test(clean)) return;
    const id = slug(clean);
    if (out.has(id)) return;
    out.set(id, { id, name: clean, type: 'person', role: role.trim(), review: `a new person, ${how}: check the name, type and role` });
  };
  // A word opening the sentence before the title ("Then Mayor Ed Lind", "The Harbour Mayor …") is no part of the role.
  const role = (title: string) => {
    let r = title.replace(/^(?:the|of|for)\s/, '');
    // NOT_FIRST's words but those that are part of a role ("Former Mayor", "New", "Last") or an honorific.
    for (let w = /^(\S+)\s/.exec(r); w && NOT_FIRST.test(w[1]!) && !/^(?:Former|New|Last|Mr|Mrs|Ms)$/.test(w[1]!); w = /^(\S+)\s/.exec(r)) r = r.slice(w[0].length);
    return r;
  };
  for (const m of text.matchAll(TITLED)) add(m[2]!, role(m[1]!), `titled "${role(m[1]!).trim()}"`);
  for (const m of text.matchAll(COMPANY)) {
    const name = m[1]!.replace(/^(?:The|the)\s/, '');
    const id = slug(name);
    if (!isRegistered(name) && !out.has(id)) out.set(id, { id, name, type: 'company', review: `a new company, named "${name}": check the name and type` });
  }
  for (const m of text.matchAll(APPOSITION_BEFORE)) {
    const role = m[1]!.replace(/^(?:The|A|An)\s/, (w) => w.toLowerCase());
    add(m[2]!, role, `described as "${role}"`);
  }
  for (const m of text.matchAll(APPOSITION)) {
    // "According to Senator Ann Jones, the vote is …": the comma closes the adverbial, and what follows
    // is the sentence's own clause (a verb in it), no description of her; a title opening the name
    // is her role, found by TITLED.
    if (/\baccording\s+to\s+$/i.test(text.slice(Math.max(0, m.index - 14), m.index)) || CLAUSE_VERB.test(m[2]!) || TITLE_FIRST.test(m[1]!)) continue;
    add(m[1]!, m[2]!, `described as "${m[2]!.trim()}"`);
  }
  return [...out.values()];
}
