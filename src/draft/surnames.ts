/**
 * A person's one-word name (a surname registered as an alias) read against the article: the same
 * surname may be another person's. Printed after initials that are not the person's own ("J. I. Case"
 * for Sen. Clifford Case's alias "Case") it is someone else's name; printed after another registered
 * person of that surname has been named in full in this article ("Jack Martin … Mr. Martin", where
 * "Martin" is E. M. Martin's alias) it is that person, the one in play; after "Mrs.", "Miss" or "Ms."
 * it is the woman of that surname named in full before it, where its owner is not shown to be a woman.
 * And where a bare surname stands alone rather than inside a longer name: after a clause's opener at a
 * sentence's start ("Then Robinson"), and inside a sentence whatever lower-case word follows.
 */
import type { ActorInput } from '../schema.js';
import type { Range16 } from './proposal.js';
import { regexpLiteral } from '../text/regexp-literal.js';
import { WOMAN } from './kin.js';

type Person = Pick<ActorInput, 'id' | 'name' | 'aliases'> & { role?: string | undefined };

/** Initials right before a name: "J. I. ", "E. M. ". */
const INITIALS_BEFORE = /(?:^|[^\p{L}.])((?:\p{Lu}\.\s?){1,3})$/u;

/** The initials printed before a surname, where they are not those of its registered owner's name. */
export function othersInitials(text: string, hit: Range16, owner: Person): string | undefined {
  const m = INITIALS_BEFORE.exec(text.slice(Math.max(0, hit.from - 12), hit.from));
  if (!m) return undefined;
  // The owner's registered title right before the full name ("President John F. Kennedy", a
  // registered President "Kennedy") says it is the owner, named in full where the registry is short.
  const title = owner.role?.split(';')[0]!.trim();
  const lead = text.slice(Math.max(0, hit.from - m[1]!.length - 80), hit.from - m[1]!.length);
  if (title && new RegExp(`(?:^|[^\\p{L}])${regexpLiteral(title)}\\s+(?:\\p{Lu}[\\p{Ll}'\u2019-]+\\s+)*$`, 'u').test(lead)) return undefined;
  // A person registered by surname alone ("Kennedy", "Khrushchev") has no first name or initials in
  // the registry to hold the printed ones against: "John F. Kennedy" does not show someone else
  // (givenNamesBefore takes them into the mention, for review), unless a title printed before the first
  // name is not the registered one ("Mayor Cy D. Lind" for a registered Governor Lind). "President-elect"
  // is the President's.
  if (!/\s/.test(owner.name)) {
    const printed = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)(?:-\p{Ll}+)?\s+\p{Lu}[\p{Ll}'\u2019-]+\s+$/u.exec(lead)?.[1];
    if (printed === undefined || title === undefined || printed === title) return undefined;
  }
  const initials = m[1]!.replace(/\s/g, '');
  const own = owner.name.split(/\s+/).slice(0, -1).map((w) => `${w[0]}.`).join('');
  return own.endsWith(initials) ? undefined : m[1]!.trim();
}

/**
 * The first name and initials printed right before a name registered as a surname alone ("John F. "
 * of "John F. Kennedy", "Nikita S. " of "Nikita S. Khrushchev"): part of the name as printed.
 * Undefined where none are, or where a capitalised word before them may be a name of its own.
 */
export function givenNamesBefore(text: string, hit: Range16): string | undefined {
  const m = /(?:^|[^\p{L}.'\u2019-])((?:\p{Lu}\p{Ll}+\s+)?(?:\p{Lu}\.\s?){1,2}\s*)$/u.exec(text.slice(Math.max(0, hit.from - 30), hit.from));
  return m && /\s$/.test(m[1]!) ? m[1]! : undefined;
}

/**
 * The other registered person whose full name, ending in this surname, is printed before `hit` in the
 * text while the owner's own full name is not: the surname is theirs. Undefined where none or several.
 */
export function surnameInPlay(text: string, hit: Range16, owner: Person, persons: readonly Person[]): string | undefined {
  const surname = text.slice(hit.from, hit.to);
  const before = text.slice(0, hit.from);
  if (before.includes(owner.name)) return undefined;
  const others = persons.filter((p) => p.id !== owner.id && /\s/.test(p.name) && p.name.split(/\s+/).at(-1) === surname && before.includes(p.name));
  return others.length === 1 ? others[0]!.id : undefined;
}

/** A woman's honorific right before a surname: "Mrs. ", "Miss ", "Ms. ". */
const WOMAN_BEFORE = /(?:^|[^\p{L}])(?:Mrs\.|Miss|Ms\.)\s$/u;

/**
 * After a woman's honorific, the one registered woman (by her name, role or aliases: "First Lady
 * Jacqueline Kennedy") whose full name ends in the surname and is printed before `hit`, where the
 * surname's owner is not shown to be a woman: "Mrs. Kennedy" is the First Lady, not the President
 * registered as "Kennedy", even though his name is printed before it too.
 */
export function womanOfSurname(text: string, hit: Range16, owner: Person, persons: readonly Person[]): string | undefined {
  if (!WOMAN_BEFORE.test(text.slice(Math.max(0, hit.from - 6), hit.from))) return undefined;
  const shown = (p: Person) => [p.name, p.role ?? '', ...p.aliases].join(' ; ');
  if (WOMAN.test(shown(owner))) return undefined;
  const surname = text.slice(hit.from, hit.to);
  const before = text.slice(0, hit.from);
  const women = persons.filter((p) => p.id !== owner.id && /\s/.test(p.name) && p.name.split(/\s+/).at(-1) === surname && before.includes(p.name) && WOMAN.test(shown(p)));
  return women.length === 1 ? women[0]!.id : undefined;
}

/** A sentence's start: the text's, a line's, or after a full stop, a question or exclamation mark (a closing quote). */
const SENTENCE_START = /(?:^|\n|[.!?][\u201d"'\u2019]?\s+)$/u;

/** Whether `at` is inside a sentence, not at its start: a capitalised word there is a name, not a capital of the sentence. */
export function midSentence(text: string, at: number): boolean {
  return !SENTENCE_START.test(text.slice(Math.max(0, at - 4), at));
}

/**
 * Words that open a clause and are no word of a name: a surname right after one at a sentence's start
 * ("Then Robinson slammed a long double", "When Robinson tried to stretch his blow") stands alone. Not
 * the determiners, which may open a longer name ("The Most Valuable Player").
 */
const OPENER = /^(?:As|In|On|At|But|And|Or|If|When|While|After|Before|Since|Then|Yet|So|For|With|To|By|From|Though|Although|Because|Meanwhile|However|Also|Only|Even|Now|Today|Yesterday|Later|Earlier)$/;

/**
 * Whether the capitalised word right before a bare surname may make it a word of another name or
 * title ("Most Valuable Player", "Mary Dobbs Tuttle"): any capitalised word but a clause's opener at
 * a sentence's start.
 */
export function capitalisedBefore(text: string, hit: Range16): boolean {
  const m = /(?:^|[^\p{L}.])(\p{Lu}[\p{L}'\u2019-]*)\s$/u.exec(text.slice(Math.max(0, hit.from - 30), hit.from));
  if (!m) return false;
  const word = hit.from - m[1]!.length - 1;
  return !(OPENER.test(m[1]!) && !midSentence(text, word));
}
