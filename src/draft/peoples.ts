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

export function peoples(ctx: MentionContext): ProposedMention[] {
  const registry = ctx.registry ?? [];
  const found: ProposedMention[] = [];
  for (const [people, stateNames] of Object.entries(PEOPLES)) {
    const state = registry.find((a) => a.type === 'state' && [a.name, ...a.aliases].some((n) => stateNames.includes(n)));
    if (!state) continue;
    for (const m of ctx.text.matchAll(new RegExp(`\\b[Tt]he\\s+(${people})\\b`, 'g'))) {
      const from = m.index + m[0].length - m[1]!.length;
      const range = { from, to: from + people.length };
      // "the British navy", "the French delegation": the people's name qualifies the noun after it.
      const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(ctx.text.slice(range.to, range.to + 30));
      if ((next && !NOT_ATTRIBUTIVE.test(next[1]!)) || /^\s+\p{Lu}/u.test(ctx.text.slice(range.to, range.to + 3)) || ctx.taken(range, state.id)) continue;
      found.push({ range: { from: m.index, to: range.to }, actor: state.id, review: `"${m[0]}" taken for ${state.id}, the people for its state: if it is the people, not the state acting, make it a nonMentions entry` });
    }
  }
  return found;
}
