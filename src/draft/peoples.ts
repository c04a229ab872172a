/**
 * A people named for its state: "the French", "the British", "the Russians" acting ("would like the
 * French to agree …") stand for the registered state, as its capital stands for its government
 * (guidelines call 2). Only with "the" and not before a noun they qualify ("the British navy", "the
 * Chinese government"), and only for a state the registry holds under one of its names.
 */
import { NOT_ATTRIBUTIVE } from './descriptions.js';
import type { MentionContext } from './mentions.js';
import type { ProposedMention } from './proposal.js';

/** Peoples and the names their states go by in English (the state is found in the registry by one of them). */
const PEOPLES: Record<string, readonly string[]> = {
  French: ['France'],
  British: ['Britain', 'Great Britain', 'United Kingdom', 'U.K.', 'UK'],
  English: ['England'],
  Russians: ['Soviet Union', 'USSR', 'U.S.S.R.', 'Russia'],
  Soviets: ['Soviet Union', 'USSR', 'U.S.S.R.'],
  Americans: ['United States', 'U.S.', 'USA', 'America'],
  Chinese: ['China', "People's Republic of China", 'Red China', 'Communist China'],
  Germans: ['Germany', 'West Germany'],
  Italians: ['Italy'],
  Japanese: ['Japan'],
  Spanish: ['Spain'],
  Dutch: ['Netherlands', 'the Netherlands', 'Holland'],
  Cubans: ['Cuba'],
  Canadians: ['Canada'],
  Tunisians: ['Tunisia'],
  Egyptians: ['Egypt', 'United Arab Republic'],
  Israelis: ['Israel'],
  Indians: ['India'],
};

/** Irregular past forms, which NOT_ATTRIBUTIVE's "-ed" does not catch: a verb after the people ("the British and French gave in"), no noun it qualifies. */
const IRREGULAR_PAST = /^(?:gave|took|made|went|came|got|held|kept|left|sent|saw|won|lost|met|stood|fought|sought|brought|thought|began|became|knew|led|ran|rose|fell|paid|sold|struck|broke|drew|withdrew)$/;

/** "the French and Indian War": peoples joined in the name of a war, not the states acting. */
const WAR_NAME = /^\s+and\s+\p{Lu}[\p{L}-]*\s+(?:War|Wars)\b/u;

export function peoples(ctx: MentionContext): ProposedMention[] {
  const registry = ctx.registry ?? [];
  const stateOf = (people: string) => registry.find((a) => a.type === 'state' && [a.name, ...a.aliases].some((n) => (PEOPLES[people] ?? []).includes(n)));
  const found: ProposedMention[] = [];
  for (const people of Object.keys(PEOPLES)) {
    const state = stateOf(people);
    if (!state) continue;
    for (const m of ctx.text.matchAll(new RegExp(`\\b[Tt]he\\s+(${people})\\b`, 'g'))) {
      const from = m.index + m[0].length - m[1]!.length;
      if (WAR_NAME.test(ctx.text.slice(from + people.length, from + people.length + 40))) continue;
      // "the British and French gave in": two peoples on one article, one span with a mention of each state.
      const joined = /^\s+and\s+(\p{Lu}\p{L}+)\b/u.exec(ctx.text.slice(from + people.length, from + people.length + 30));
      const other = joined && joined[1] !== people ? stateOf(joined[1]!) : undefined;
      const range = { from, to: from + people.length + (other ? joined![0].length : 0) };
      // "the British navy", "the French delegation": the people's name qualifies the noun after it.
      const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(ctx.text.slice(range.to, range.to + 30));
      if ((next && !NOT_ATTRIBUTIVE.test(next[1]!) && !IRREGULAR_PAST.test(next[1]!)) || /^\s+\p{Lu}/u.test(ctx.text.slice(range.to, range.to + 3)) || ctx.taken(range, state.id)) continue;
      const printed = ctx.text.slice(m.index, range.to);
      for (const s of other ? [state, other] : [state]) {
        found.push({ range: { from: m.index, to: range.to }, actor: s.id, review: `"${printed}" taken for ${s.id}, the people for its state: if it is the people, not the state acting, make it a nonMentions entry` });
      }
    }
  }
  return found;
}
