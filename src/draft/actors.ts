/**
 * New actors the registry lacks, found from how news prose introduces people: a title before a name
 * ("Defence Minister Peter MacKay", "Gen. Chang Wanquan") or a description after it ("Scott
 * Bardsley, a spokesman for …"). Each is proposed as a registry entry with its type and its role as
 * printed. Unnamed sources ("an official") are proposed where they speak (cues.ts).
 */
import { slug } from '../text/slug.js';
import type { ProposedActor } from './proposal.js';

export const TITLE_WORD =
  '(?:Minister|President|Vice-President|Secretary|Senator|Governor|Mayor|Judge|Justice|General|Chief|Director|Chairman|Chairwoman|Chair|Commissioner|Ambassador|Premier|Chancellor|Spokesman|Spokeswoman|Sheriff|Superintendent|Representative|Attorney|Prosecutor|Controller|Comptroller|Treasurer|Supervisor|Councilman|Councilwoman|Councillor|Alderman|Freeholder|Auditor|Clerk|Inspector|Captain|Detective|Officer|Gen\\.|Sen\\.|Rep\\.|Gov\\.|Lt\\.|Col\\.|Capt\\.|Adm\\.|Sgt\\.|Dr\\.|Prof\\.)';
// A word of a name: capitalised, with a capital inside after O' or D', Mc or Mac ("O\u2019Neill",
// "D'Souza", "MacKay"), and a second capitalised part after a hyphen ("Anne-Marie").
const NAME_WORD = "(?:\\p{Lu}[\u2019']|Ma?c)?\\p{Lu}[\\p{Ll}\u2019'-]*\\p{Ll}(?:-\\p{Lu}[\\p{Ll}\u2019'-]*\\p{Ll})?";
const NAME = `${NAME_WORD}(?:\\s\\p{Lu}\\.)?(?:\\s${NAME_WORD}){1,2}`;
// A title: capitalised words ending in a title word ("Public Safety Minister", "U.S. President").
const TITLED = new RegExp(`((?:(?:\\p{Lu}[\\p{L}.-]*|of|for|the)\\s){0,4}${TITLE_WORD})\\s(${NAME})`, 'gu');
const APPOSITION = new RegExp(`(${NAME}),\\s((?:a|an|the)\\s[^,.;\u201c\u201d"]{3,80}?)(?=,|\\.|\\s\\[|\\ssaid\\b)`, 'gu');
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
  for (const m of text.matchAll(TITLED)) add(m[2]!, m[1]!.replace(/^(?:the|of|for)\s/, ''), `titled "${m[1]!.trim()}"`);
  for (const m of text.matchAll(COMPANY)) {
    const name = m[1]!.replace(/^(?:The|the)\s/, '');
    const id = slug(name);
    if (!isRegistered(name) && !out.has(id)) out.set(id, { id, name, type: 'company', review: `a new company, named "${name}": check the name and type` });
  }
  for (const m of text.matchAll(APPOSITION)) add(m[1]!, m[2]!, `described as "${m[2]!.trim()}"`);
  return [...out.values()];
}
