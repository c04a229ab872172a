/**
 * A people named for its state: "the French", "the British", "the Belgians" acting ("would like the
 * French to agree …") stand for the registered state, as its capital stands for its government
 * (guidelines call 2; A41's "the Belgians", call 259). Only with "the" and not before a noun they
 * qualify ("the British navy", "the Chinese government"), only for a state the registry holds under one
 * of its names, and not where the registry holds the people as an actor of its own (A41's "the
 * Congolese", a group beside the Congo): the name matcher takes those.
 */
import { NOT_ATTRIBUTIVE } from './descriptions.js';
import { demonymsOf } from './demonyms.js';
import type { MentionContext } from './mentions.js';
import type { ProposedMention } from './proposal.js';

/** Irregular past forms, which NOT_ATTRIBUTIVE's "-ed" does not catch: a verb after the people ("the British and French gave in"), no noun it qualifies. */
const IRREGULAR_PAST = /^(?:gave|took|made|went|came|got|held|kept|left|sent|saw|won|lost|met|stood|fought|sought|brought|thought|began|became|knew|led|ran|rose|fell|paid|sold|struck|broke|drew|withdrew)$/;

/** "the French and Indian War": peoples joined in the name of a war, not the states acting. */
const WAR_NAME = /^\s+and\s+\p{Lu}[\p{L}-]*\s+(?:War|Wars)\b/u;

export function peoples(ctx: MentionContext): ProposedMention[] {
  const registry = ctx.registry ?? [];
  const ownActor = (people: string) => registry.some((a) => [a.name, ...a.aliases].some((n) => n.replace(/^the\s+/i, '') === people));
  const statesOf = new Map<string, (typeof registry)[number]>();
  for (const a of registry) {
    if (a.type !== 'state') continue;
    for (const people of [a.name, ...a.aliases].flatMap(demonymsOf)) if (!statesOf.has(people) && !ownActor(people)) statesOf.set(people, a);
  }
  const stateOf = (people: string) => statesOf.get(people);
  const found: ProposedMention[] = [];
  for (const [people, state] of statesOf) {
    for (const m of ctx.text.matchAll(new RegExp(`\\b[Tt]he\\s+(${people})\\b`, 'g'))) {
      const from = m.index + m[0].length - m[1]!.length;
      if (WAR_NAME.test(ctx.text.slice(from + people.length, from + people.length + 40))) continue;
      // "the British and French gave in": two peoples on one article, one span with a mention of each state.
      const joined = /^\s+and\s+(\p{Lu}\p{L}+)\b/u.exec(ctx.text.slice(from + people.length, from + people.length + 30));
      const other = joined && joined[1] !== people ? stateOf(joined[1]!) : undefined;
      const range = { from, to: from + people.length + (other ? joined![0].length : 0) };
      // "the British navy", "the French delegation": the people's name qualifies the noun after it. A plural
      // noun ("the Belgians felt", "the Russians built") qualifies none: whatever follows is its verb.
      const next = /[^s]s$/.test(people) && !other ? null : /^\s+(\p{Ll}[\p{L}-]*)/u.exec(ctx.text.slice(range.to, range.to + 30));
      if ((next && !NOT_ATTRIBUTIVE.test(next[1]!) && !IRREGULAR_PAST.test(next[1]!)) || /^\s+\p{Lu}/u.test(ctx.text.slice(range.to, range.to + 3)) || ctx.taken(range, state.id)) continue;
      const printed = ctx.text.slice(m.index, range.to);
      for (const s of other ? [state, other] : [state]) {
        found.push({ range: { from: m.index, to: range.to }, actor: s.id, review: `"${printed}" taken for ${s.id}, the people for its state: if it is the people, not the state acting, make it a nonMentions entry` });
      }
    }
  }
  return found;
}
