/**
 * People a report describes before it names them, as a news report of an accident or a crime does:
 * "A young man was killed and two others injured … The dead youth was identified as Robert E. Sims …
 * The other occupants were James Willard Olvey … and Larry Coleman Barnett". A sentence whose subject
 * is a definite description and whose predicate names people ("The dead youth was identified as X",
 * "The other occupants were X and Y") says who the description is; an indefinite description of a
 * person opening a sentence ("A young man") is the person that identification names next, with no one
 * named between them; a count of others ("two others") is the set of that many a later "The other …
 * were X and Y" names. Each a mention per person on the same words (guidelines §6). A plain "The man
 * was King Leopold 2" names the man in its predicate (calls 203, 261): the name, its title with it, is
 * then a nonMention, the subject the mention; an identification ("was identified as X") or a list
 * ("The other occupants were X and Y") introduces the people, whose names stay mentions (A22).
 */
import type { MentionContext } from './mentions.js';
import type { ProposedMention, Range16 } from './proposal.js';
import { SpanCells } from './span-cells.js';

/** Nouns for a person that an indefinite description opens with ("A young man", "A 19-year-old youth"). */
const PERSON_NOUN = 'man|woman|youth|boy|girl|child|teen-?ager|student|driver|motorist|pedestrian|passenger|worker|person|victim|resident|soldier|patient';
const NUMBER: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

interface Identified {
  range: Range16;
  ids: string[];
  plural: boolean;
  /** "The other occupants": the others of a count ("two others") before it. */
  other: boolean;
}

/** A name in a predicate that only says who the subject is: a nonMention, the subject its mention. */
export interface PredicateName {
  range: Range16;
  actor: string;
  /** The subject ("The man"), the mention in its place. */
  subject: Range16;
}

/** Capitalised words of a title between the copula and the name ("was King Leopold 2", "is Gen. X"). */
const TITLE_WORDS = /^(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

export function identities(ctx: MentionContext, out: readonly ProposedMention[]): { found: ProposedMention[]; predicates: PredicateName[] } {
  const people = new Set(ctx.persons.map((p) => p.id));
  const all = [...out.flatMap((m) => (m.actor && people.has(m.actor) ? [{ range: m.range, actor: m.actor }] : [])), ...(ctx.existing ?? []).filter((m) => people.has(m.target)).map((m) => ({ range: m.range, actor: m.target }))];
  // The outermost mentions only: a name nested in another's is not listed in the predicate. Each is
  // held against the mentions near it, not every one (a person named thousands of times).
  const near = new SpanCells<(typeof all)[number]>((m) => m.range, all);
  const named = all.filter((m) => !near.some(m.range, (o) => o !== m && o.range.from <= m.range.from && m.range.to <= o.range.to && o.range.to - o.range.from > m.range.to - m.range.from)).sort((a, b) => a.range.from - b.range.from);
  const found: ProposedMention[] = [];
  const identified: Identified[] = [];
  const predicates: PredicateName[] = [];
  const copula = /(?:^|\n|[.!?]\s+)(The\s+(other\s+)?(?:[\p{Ll}\d-]+\s+){0,2}[\p{Ll}-]+)\s+(was|were|is|are)\s+((?:identified|named|listed)\s+as\s+)?/gu;
  for (const m of ctx.text.matchAll(copula)) {
    const range = { from: m.index + m[0].indexOf(m[1]!), to: m.index + m[0].indexOf(m[1]!) + m[1]!.length };
    const predicate = m.index + m[0].length;
    const plural = /^(?:were|are)$/.test(m[3]!);
    // The predicate opens with a person's name; a plural one lists more, joined by commas and "and".
    // Not a possessor ("The problem was Moss's"): the description is then something of theirs.
    const first = startingIn(named, predicate, predicate + 40).find((n) => n.range.from >= predicate && n.range.from - predicate < 40 && TITLE_WORDS.test(ctx.text.slice(predicate, n.range.from)));
    if (!first || /^[\u2019']s\b/.test(ctx.text.slice(first.range.to, first.range.to + 3))) continue;
    const ids = [first.actor];
    if (plural) {
      const end = paragraphEnd(ctx.text, predicate);
      let last = first;
      for (const n of startingIn(named, first.range.to + 1, end + 1).filter((x) => x.range.from > first.range.to && x.range.to <= end)) {
        const gap = ctx.text.slice(last.range.to, n.range.from);
        if (gap.length > 80 || !/(?:,|\band)\s+$/.test(gap) || /[;:]/.test(gap)) break;
        if (!ids.includes(n.actor)) ids.push(n.actor);
        last = n;
      }
      if (ids.length < 2) continue;
    }
    identified.push({ range, ids, plural, other: m[2] !== undefined });
    if (!plural && m[4] === undefined) predicates.push({ range: { from: predicate, to: first.range.to }, actor: first.actor, subject: range });
    found.push(...ids.map((id) => ({ range, actor: id, review: `"${m[1]}" taken to be ${ids.join(' and ')}, whom its sentence names ("${ctx.text.slice(range.from, predicate).trim()} …"): check the same ${plural ? 'people are' : 'person is'} meant` })));
  }
  // "A young man was killed …": the person the next identification names, no one named between.
  for (const m of ctx.text.matchAll(new RegExp(`(?:^|\\n|[.!?]\\s+)(An?\\s+(?:[\\p{Ll}\\d-]+\\s+){0,2}(?:${PERSON_NOUN}))\\b`, 'gu'))) {
    const range = { from: m.index + m[0].indexOf(m[1]!), to: m.index + m[0].length };
    const next = identified.find((i) => i.range.from > range.to && !i.plural);
    if (!next || next.range.from - range.to > 600 || startingIn(named, range.to + 1, next.range.from + 1).some((n) => n.range.from > range.to && n.range.to <= next.range.from)) continue;
    found.push({ range, actor: next.ids[0]!, review: `"${m[1]}" taken to be ${next.ids[0]}, whom "${ctx.text.slice(next.range.from, next.range.to)}" after it is identified as: check the same person is meant` });
  }
  // "two others": the set of that many "The other …" names after it.
  for (const m of ctx.text.matchAll(/\b(two|three|four|five|six)\s+others\b/giu)) {
    const range = { from: m.index, to: m.index + m[0].length };
    const n = NUMBER[m[1]!.toLowerCase()]!;
    const next = identified.find((i) => i.range.from > range.to && i.plural && i.other);
    if (!next || next.ids.length !== n || next.range.from - range.to > 600) continue;
    found.push(...next.ids.map((id) => ({ range, actor: id, review: `"${m[0]}" taken to be ${next.ids.join(' and ')}, whom "${ctx.text.slice(next.range.from, next.range.to)}" after it names: check the same people are meant` })));
  }
  // "The victim, Norman B. Wiley, 38, …" (or "The victim Darnell Somerville"): a description set
  // before a person's name says who it is; later "the victim" is that person, until the description
  // is given to someone else.
  const appositions: { phrase: string; actor: string; at: number }[] = [];
  for (const m of ctx.text.matchAll(new RegExp(`(?:^|\\n|[.!?]\\s+)[Tt]he\\s+((?:[\\p{Ll}\\d-]+\\s+){0,2}(?:${PERSON_NOUN}))(,?\\s+)`, 'gu'))) {
    const at = m.index + m[0].length;
    const person = startingIn(named, at, at + 1).find((n) => n.range.from === at);
    if (person) appositions.push({ phrase: m[1]!.toLowerCase(), actor: person.actor, at });
  }
  for (const a of new Set(appositions.map((x) => x.phrase))) {
    for (const m of ctx.text.matchAll(new RegExp(`\\b[Tt]he\\s+${a.replace(/\s+/g, '\\s+')}\\b`, 'gu'))) {
      const range = { from: m.index, to: m.index + m[0].length };
      const set = appositions.filter((x) => x.phrase === a && x.at < range.from).at(-1);
      // Not an apposition itself, nor before a name or a noun it qualifies ("the victim's family" is kept).
      if (!set || /^,?\s+(?:\p{Lu}|\p{Ll}+\s+(?:of|who)\b)/u.test(ctx.text.slice(range.to, range.to + 30))) continue;
      found.push({ range, actor: set.actor, review: `"${m[0]}" taken to be ${set.actor}, whom the same description named before ("the ${a}, …"): check the same person is meant` });
    }
  }
  return { found: found.filter((f) => !ctx.taken(f.range, f.actor!)), predicates };
}

/**
 * Those of `named` (in order of start) that start in [from, to): where a look for a name near a place
 * is made, found by halving, not by a look at every one of thousands of mentions. Each look keeps its
 * own test; this only leaves out names that could not pass it.
 */
function startingIn<T extends { range: Range16 }>(named: readonly T[], from: number, to: number): T[] {
  return named.slice(firstStartingAt(named, from), firstStartingAt(named, to));
}

function firstStartingAt(named: readonly { range: Range16 }[], at: number): number {
  let lo = 0;
  let hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (named[mid]!.range.from < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function paragraphEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
}
