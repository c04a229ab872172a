/**
 * The names a draft looks for: every registered actor's and agreement's name and aliases, and those
 * of the actors the draft itself proposes. Found as whole words, longest first, so "Peter MacKay"
 * wins over the "MacKay" inside it and "China" inside "China National Offshore Oil Corp." is not
 * taken for the state (words inside a proper name are not mentions, corpus/GUIDELINES.md §6).
 */
import { isWholeWord, occurrencesOf, type Range16 } from '../corpus/anchor.js';
import type { ActorInput } from '../schema.js';
import { regexpLiteral } from '../text/regexp-literal.js';
import { SpanCells } from './span-cells.js';
import { MAN, WOMAN } from './kin.js';

export interface Named {
  name: string;
  actor?: string;
  agreement?: string;
  type?: ActorInput['type'];
  /** A name of an actor the draft proposes, not of a registered one. */
  proposed?: boolean;
  /** A shortened form of this registered name ("Multnomah" of "Multnomah County"), not itself registered. */
  shortOf?: string;
  /** The dotted initials of this registered name ("U.S." of "United States"), not themselves registered. */
  initialsOf?: string;
  /** A registered service's bare name ("Navy") after a state's name, in lower case ("United States navy"). */
  qualifies?: string;
  /** A registered person's name printed with or without middle initials or name ("Ford C. Frick" of "Ford Frick", "Roger Maris" of "Roger Eugene Maris"). */
  variantOf?: string;
  /** A registered person's surname, not registered itself, taken only after this offset (where the full name is first printed). */
  after?: number;
  /** Taken only before this offset: where another person of the same surname is first named in full. */
  until?: number;
  /** The other registered persons of this surname (shared-surnames.ts), for the review. */
  sharedWith?: string[];
  /** The registered body this actor is part of (its `affiliation`), which its name may hold after "of". */
  partOf?: string;
}

export interface NameHit extends Range16 {
  named: Named;
}

/** Armed and public services a registry may hold by their bare name, with its capital ("Navy"). */
const SERVICE = /^(?:Navy|Army|Air Force|Marines|Marine Corps|Coast Guard)$/;

export function namesOf(actors: readonly (Pick<ActorInput, 'id' | 'name' | 'type' | 'aliases'> & { affiliation?: string })[], agreements: readonly { id: string; name: string; aliases: string[] }[]): Named[] {
  const out: Named[] = [];
  for (const a of actors) for (const name of new Set([a.name, ...a.aliases])) out.push({ name, actor: a.id, type: a.type, ...(a.affiliation ? { partOf: a.affiliation } : {}) });
  // A county or parish is also called by its name without the kind ("Multnomah" for "Multnomah
  // County"), where no other registered actor goes by that name.
  const taken = new Set(actors.flatMap((a) => [a.name, ...a.aliases, ...(a.type === 'person' ? [a.name.split(/\s+/).at(-1)!] : [])]));
  for (const a of actors) {
    const m = /^(\p{Lu}[\p{L}.\u2019'-]+(?:\s\p{Lu}[\p{L}.\u2019'-]+)?)\s(?:County|Parish|Township)$/u.exec(a.name);
    if (a.type === 'organisation' && m && !taken.has(m[1]!) && !a.aliases.includes(m[1]!)) out.push({ name: m[1]!, actor: a.id, type: a.type, shortOf: a.name });
  }
  // A state or body of two or more capitalised words is also printed by its dotted initials ("U.S."
  // for "United States", "U.N." for "United Nations", or spaced, "U. S."), where no other registered
  // actor goes by them.
  for (const a of actors) {
    if (a.type === 'person') continue;
    const initials = dottedInitials(a.name);
    if (initials === undefined || taken.has(initials) || taken.has(initials.replace(/\./g, ''))) continue;
    for (const printed of [initials, spaced(initials)]) if (!taken.has(printed)) out.push({ name: printed, actor: a.id, type: a.type, initialsOf: a.name });
  }
  // A state whose name's initials are not how it is printed ("Union of Soviet Socialist Republics",
  // not "S.U.") goes by its conventional abbreviation ("the U.S.S.R."), under the same condition; and
  // found whole, it keeps "U.S." inside it from being taken for the United States.
  for (const a of actors) {
    if (a.type !== 'state') continue;
    for (const short of (STATE_ABBREVIATIONS[a.name] ?? []).flatMap((x) => [...new Set([x, spaced(x)])])) if (!taken.has(short) && !a.aliases.includes(short)) out.push({ name: short, actor: a.id, type: a.type, initialsOf: a.name });
  }
  // A university or college is also called by its name without the kind ("Emory" for "Emory
  // University"), under the same condition; draftMentions takes it only where it stands for the body.
  for (const a of actors) {
    const m = /^(\p{Lu}[\p{L}.\u2019'-]+(?:\s\p{Lu}[\p{L}.\u2019'-]+)?)\s(?:University|College)$/u.exec(a.name);
    if (a.type === 'organisation' && m && !taken.has(m[1]!) && !a.aliases.includes(m[1]!)) out.push({ name: m[1]!, actor: a.id, type: a.type, shortOf: a.name });
  }
  // A company is also called by its name without the kind of business or the legal ending ("Morton" for
  // "Morton Foods", "International Harvester" for "International Harvester Co."), under the same
  // conditions as a university.
  for (const a of actors) {
    const m = /^(\p{Lu}[\p{L}.\u2019'-]+(?:\s\p{Lu}[\p{L}.\u2019'-]+)?)\s(?:Co\.|Corp\.|Inc\.|Company|Corporation|Foods|Industries|Products|Mills|Stores)$/u.exec(a.name);
    if (a.type === 'company' && m && !taken.has(m[1]!) && !a.aliases.includes(m[1]!)) out.push({ name: m[1]!, actor: a.id, type: a.type, shortOf: a.name });
  }
  // A service registered by its bare name ("Navy") is also the one printed in lower case after a
  // registered state's name ("the United States navy"), unless another registered body of that noun is
  // that state's ("British navy" for Britain).
  for (const a of actors) {
    if (a.type !== 'organisation' || !SERVICE.test(a.name)) continue;
    const noun = a.name.toLowerCase();
    const others = actors.filter((o) => o.id !== a.id && [o.name, ...o.aliases].some((n) => n.toLowerCase().endsWith(` ${noun}`)));
    for (const state of actors.filter((x) => x.type === 'state')) {
      for (const name of new Set([state.name, ...state.aliases])) {
        const stem = name.slice(0, Math.max(4, name.length - 3)).toLowerCase();
        if (others.some((o) => [o.name, ...o.aliases].some((n) => n.toLowerCase().startsWith(stem)))) continue;
        const full = `${name} ${noun}`;
        if (!taken.has(full)) out.push({ name: full, actor: a.id, type: a.type, qualifies: a.name });
      }
    }
  }
  for (const g of agreements) for (const name of new Set([g.name, ...g.aliases])) out.push({ name, agreement: g.id });
  return out;
}

/**
 * A registered person printed in full in this text ("Gary Player") is printed by surname alone after
 * that ("Player had said"), as news style has it, even where the registry gives no such alias — a
 * surname that is also a word ("Player" of A39's "Most Valuable Player", "Hill") is left out of the
 * aliases so that other texts do not take the word for the man. So each person's surname is looked
 * for after the first printing of the full name, where no other registered name, alias or person's
 * surname is that word (but a woman's marked "Mrs.", markedWoman below). A surname others share is
 * shared-surnames.ts's.
 */
export function surnamesAfterFullName(text: string, actors: readonly Pick<ActorInput, 'id' | 'name' | 'type' | 'aliases' | 'role'>[], names: readonly Named[]): Named[] {
  const registered = new Set(names.map((n) => n.name));
  const persons = actors.filter((a) => a.type === 'person' && /\s/.test(a.name));
  const surnameOf = (a: { name: string }) => a.name.split(/\s+/).at(-1)!;
  const out: Named[] = [];
  for (const a of persons) {
    const surname = surnameOf(a);
    const others = persons.filter((o) => o.id !== a.id && surnameOf(o) === surname);
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(surname) || registered.has(surname)) continue;
    const first = occurrencesOf(text, a.name).find((at) => isWholeWord(text, at, at + a.name.length));
    if (first === undefined) continue;
    if (others.length === 0 || (!markedWoman(a) && others.every(markedWoman))) out.push({ name: surname, actor: a.id, type: 'person', shortOf: a.name, after: first + a.name.length });
    if (others.length === 0) continue;
    // Shared with someone the title does not fit: "Mayor Hartsfield" after "Mayor William B. Hartsfield
    // … his wife, Pearl Williams Hartsfield" is the one whose registered role opens with that title.
    const title = titleOf(a);
    const titled = `${title} ${surname}`;
    if (title !== undefined && !registered.has(titled) && !others.some((o) => titleOf(o) === title)) out.push({ name: titled, actor: a.id, type: 'person', shortOf: a.name, after: first + a.name.length });
  }
  return out;
}

/**
 * A woman the registry marks so ("Mrs. Hengesbach", role "Mrs."), whom the press of the day never
 * calls by bare surname: she leaves the surname alone to a man who bears it (Brown A21's Vincent
 * Hengesbach, stepson of Mrs. Hengesbach). So does a woman the registry shows to be one by her role
 * ("Mayor Hartsfield's wife").
 */
export function markedWoman(a: Pick<ActorInput, 'name' | 'aliases' | 'role'>): boolean {
  const shown = [a.name, ...a.aliases, a.role ?? ''];
  return shown.some((n) => /^(?:Mrs|Miss|Mme|Ms)\.?(?:\s|;|$)/.test(n)) || (WOMAN.test(shown.join(' ; ')) && !MAN.test(shown.join(' ; ')));
}

/**
 * A registered name that is a description bound to someone ("his wife", registered for Gary Player's
 * wife, call 206): read as a name only in a text that prints the one it is bound to, as the role says
 * ("Gary Player's wife"); elsewhere "his wife" is someone else's (Brown A01, A14).
 */
export function boundElsewhere(text: string, named: Named, actors: readonly Pick<ActorInput, 'id' | 'role'>[]): boolean {
  if (!/^(?:his|her|their|its)\s/i.test(named.name)) return false;
  const role = actors.find((a) => a.id === named.actor)?.role ?? '';
  const owner = /^(.+?)['\u2019]s\s/u.exec(role)?.[1];
  return owner !== undefined && !text.includes(owner.split(/\s+/).at(-1)!);
}

/** The one-word title a registered role opens with ("Mayor" of "Mayor; mayor of Atlanta since 1937"). */
function titleOf(a: Pick<ActorInput, 'role'>): string | undefined {
  const t = /^(\p{Lu}\p{Ll}+)(?:;|$)/u.exec((a.role ?? '').trim())?.[1];
  return t && !/^(?:Mrs|Miss|Mme|Ms|Mr)$/.test(t) ? t : undefined;
}

/**
 * A registered person's name as the text prints it with middle initials the registry leaves out ("Ford
 * C. Frick" for "Ford Frick", "Nikita S. Khrushchev" would need a first name registered), or without the
 * middle initial or name it gives ("Roger Maris" for "Roger Eugene Maris"): the same first name and
 * surname in one text are one person. Not where another registered person has that first name and
 * surname, nor where the printing is itself a registered name.
 */
export function middleNameVariants(text: string, actors: readonly Pick<ActorInput, 'id' | 'name' | 'type' | 'aliases'>[], names: readonly Named[]): Named[] {
  const registered = new Set(names.map((n) => n.name));
  const WORD = /^\p{Lu}\p{Ll}+$/u;
  const ends = (name: string) => {
    const words = name.split(/\s+/);
    return words.length >= 2 && WORD.test(words[0]!) && WORD.test(words.at(-1)!) ? { first: words[0]!, last: words.at(-1)!, middle: words.length > 2 } : undefined;
  };
  const persons = actors.filter((a) => a.type === 'person').flatMap((a) => {
    const e = ends(a.name);
    return e ? [{ a, ...e }] : [];
  });
  const out: Named[] = [];
  for (const p of persons) {
    if (persons.some((o) => o.a.id !== p.a.id && o.first === p.first && o.last === p.last)) continue;
    // With the registry's middle words left out, or with initials it does not give.
    const printings = p.middle ? [`${p.first} ${p.last}`] : [];
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}.])${regexpLiteral(p.first)}(?:\\s+\\p{Lu}\\.){1,2}\\s+${regexpLiteral(p.last)}(?![\\p{L}])`, 'gu'))) printings.push(m[0]);
    for (const printed of new Set(printings)) {
      if (printed !== p.a.name && !registered.has(printed) && occurrencesOf(text, printed).some((at) => isWholeWord(text, at, at + printed.length))) out.push({ name: printed, actor: p.a.id, type: 'person', variantOf: p.a.name });
    }
  }
  return out;
}

/** Conventional abbreviations of states that are not the initials of their registered name. */
const STATE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  'Soviet Union': ['U.S.S.R.', 'USSR'],
};

/** Dotted initials as older typesetting spaced them: "U. S." for "U.S." (the Brown Corpus's 1961 press throughout). */
const spaced = (initials: string) => initials.replace(/\.(?=\p{Lu})/gu, '. ');

/** "U.S." for "United States": two or three capitalised words (no "of", no initials of their own). */
function dottedInitials(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return undefined;
  return words.map((w) => `${w[0]}.`).join('');
}

/**
 * Whole-word occurrences of every name, none inside a longer one. A name that starts with "The" is
 * also found with "the" (registries write "The Globe and Mail"; sentences say "at the Globe and Mail").
 */
export function findNames(text: string, names: readonly Named[]): NameHit[] {
  const hits: NameHit[] = [];
  const lower = text.toLowerCase();
  const caseless = lower.length === text.length;
  for (const named of names) {
    const seen = new Set<number>();
    const add = (from: number, to: number) => {
      if (!seen.has(from) && isWholeWord(text, from, to)) hits.push({ from, to, named });
      seen.add(from);
    };
    for (const from of occurrencesOf(text, named.name)) add(from, from + named.name.length);
    // A name registered in lower case ("police") is printed with a capital where it opens a sentence
    // ("Police said …").
    if (/^\p{Ll}/u.test(named.name) && !/\s/.test(named.name)) {
      const capital = named.name[0]!.toUpperCase() + named.name.slice(1);
      for (const from of occurrencesOf(text, capital)) if (/(?:^|[.!?][\u201d"']?\s+|\n\s*)$/.test(text.slice(Math.max(0, from - 4), from))) add(from, from + capital.length);
    }
    // A name of several words is also found with other capitals ("the Conservative party of Canada",
    // "the Globe and Mail"), as long as the text's spelling starts with a capital or with "the"; a name
    // printed all in lower case after "the" ("the state public welfare commission") is a mention with
    // its article, as a description is.
    if (caseless && /\s/.test(named.name)) {
      for (const from of occurrencesOf(lower, named.name.toLowerCase())) {
        if (/\p{Lu}/u.test(text[from]!) || /^the\s/.test(lower.slice(from, from + 4))) add(from, from + named.name.length);
        else if (/(?:^|[^\p{L}])the\s$/u.test(lower.slice(Math.max(0, from - 5), from))) add(from - 4, from + named.name.length);
      }
    }
  }
  hits.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const kept: NameHit[] = [];
  // Each hit is held against the kept ones near it, not every one (a name printed thousands of times).
  const near = new SpanCells<NameHit>((k) => k);
  for (const h of hits) {
    if (near.some(h, (k) => k.from <= h.from && h.to <= k.to && insideName(text, k, h))) continue;
    if (near.some(h, (k) => k.from < h.to && h.from < k.to && !(k.from <= h.from && h.to <= k.to))) continue;
    kept.push(h);
    near.add(h);
  }
  return kept.sort((a, b) => a.from - b.from);
}

/**
 * Whether `inner`, inside `outer`, is part of it rather than a reference of its own. Words inside a
 * proper name are part of it ("China" in "China National Offshore Oil Corp."); a name inside a
 * description is its own reference ("Chinese government" in "Chinese government hackers"), except a
 * state's name used as an adjective at its start ("U.S." in "U.S. government") — guidelines §6. A
 * unit's name that names its parent body after "of" ("Notre Dame Chapter of the American Association of
 * University Professors") refers to that body too, as a possessive does (call 118): only where the
 * registry makes the outer actor part of the inner one, so that "Bank of China" names no state.
 */
function insideName(text: string, outer: NameHit, inner: NameHit): boolean {
  if (sameTarget(outer.named, inner.named)) return true;
  if (outer.to - outer.from === inner.to - inner.from) return false;
  if (namesParent(text, outer, inner)) return false;
  const words = text.slice(outer.from, outer.to).split(/[\s-]+/);
  const proper = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|and|for|the|on|in|de|du|la|le|&)$/.test(w));
  if (proper) return true;
  return inner.named.type === 'state' && inner.from === outer.from && !/^[\u2019']/.test(text[inner.to] ?? '');
}

/** "… of (the) PARENT" ending `outer`'s name, where `outer`'s actor is registered as part of `inner`'s. */
function namesParent(text: string, outer: NameHit, inner: NameHit): boolean {
  if (outer.named.partOf === undefined || outer.named.partOf !== inner.named.actor || inner.to !== outer.to) return false;
  return /\sof\s(?:the\s)?$/i.test(text.slice(outer.from, inner.from));
}

export const sameTarget = (a: Named, b: Named) => (a.actor ?? `#${a.agreement}`) === (b.actor ?? `#${b.agreement}`);
export const targetOf = (n: { actor?: string; agreement?: string }) => (n.actor ?? n.agreement)!;
