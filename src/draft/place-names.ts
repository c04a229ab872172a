/**
 * Where a registered place's name (a state, or a city or state of the union registered as the body
 * that governs it) is not that body: in a dateline ("Austin, Texas --"), which only says where the
 * report was filed, and as the first word of a longer proper name the registry lacks ("Texas School
 * for the Deaf"). Both are proposed as nonMentions with the reason (guidelines §6, calls 1 and 73).
 */
import type { Range16 } from './proposal.js';

/**
 * A dateline: at a paragraph's or sentence's start, a capitalised place, a comma, the name, perhaps a
 * date ("Austin, Texas, March 3 --"), then the dash that ends a dateline. Brown-era texts run two
 * reports together, so the second's dateline may follow a full stop inside a paragraph.
 */
const DATELINE_BEFORE = /(?:^|\n|[.!?\u201d"]\s+)\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2},\s$/u;
const DATELINE_AFTER = /^(?:,?\s+\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2}(?:,\s+\d{4})?)?,?\s+(?:--|\u2014|\u2013)/u;

export function inDateline(text: string, name: Range16): boolean {
  return DATELINE_BEFORE.test(text.slice(Math.max(0, name.from - 40), name.from)) && DATELINE_AFTER.test(text.slice(name.to, name.to + 30));
}

/**
 * A place's name that is itself a dateline's city, opening a report run into the text before it
 * ("… the defendants”. Washington, July 24 -- President …"): after a sentence's end or a line's start.
 */
export function datelineCity(text: string, name: Range16): boolean {
  return /(?:^|\n|[.!?\u201d"]\s+)$/u.test(text.slice(Math.max(0, name.from - 3), name.from)) && DATELINE_AFTER.test(text.slice(name.to, name.to + 30));
}

/**
 * A dateline's town, at a paragraph's or sentence's start, with its state after it ("Jackson, Miss.
 * --", "Austin, Texas, March 3 --"): a place, whatever else the word may name (A08's dateline
 * "Jackson, Miss." after Gen. Andrew Jackson is printed in full).
 */
export function datelineTown(text: string, name: Range16): boolean {
  const state = /^,\s\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2}/u.exec(text.slice(name.to, name.to + 40));
  return state !== null && /(?:^|\n|[.!?\u201d"]\s+)$/u.test(text.slice(Math.max(0, name.from - 3), name.from)) && DATELINE_AFTER.test(text.slice(name.to + state[0].length, name.to + state[0].length + 30));
}

/** Words that may follow a place's name without making a longer name of it. */
const NOT_A_NAME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|I)$/;

/**
 * The longer proper name a place's name opens, when one does: the name followed by a space and
 * capitalised words ("Texas School for the Deaf" → "Texas School"). Not a name that ends its
 * sentence or clause, nor one followed by a day or month ("Texas Thursday").
 */
export function longerName(text: string, name: Range16): string | undefined {
  const next = /^\s(\p{Lu}\p{Ll}+)\b/u.exec(text.slice(name.to, name.to + 30));
  if (!next || NOT_A_NAME_WORD.test(next[1]!)) return undefined;
  return `${text.slice(name.from, name.to)} ${next[1]}`;
}
