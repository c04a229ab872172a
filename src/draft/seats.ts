/**
 * A building named for the body housed there ("the Pentagon said", "the Pentagon's announcement"):
 * metonymy, tagged as that registered body (guidelines call 2, as a capital for its government). Only
 * a body the registry holds under one of its names is proposed; the building is left alone where it
 * qualifies a noun ("Pentagon officials") or opens a longer name.
 */
import { isWholeWord } from '../corpus/anchor.js';
import { NOT_ATTRIBUTIVE } from './descriptions.js';
import type { MentionContext } from './mentions.js';
import type { ProposedMention } from './proposal.js';

/** Buildings as printed (with their article) and the names the body housed there is registered by. */
const SEATS: Record<string, readonly string[]> = {
  'the Pentagon': ['Defense Department', 'Department of Defense', 'U.S. Department of Defense', 'Pentagon'],
};

export function seats(ctx: MentionContext): ProposedMention[] {
  const registry = ctx.registry ?? [];
  const found: ProposedMention[] = [];
  for (const [seat, bodyNames] of Object.entries(SEATS)) {
    const body = registry.find((a) => a.type !== 'person' && [a.name, ...a.aliases].some((n) => bodyNames.includes(n)));
    if (!body) continue;
    const lower = ctx.text.toLowerCase();
    for (let at = lower.indexOf(seat.toLowerCase()); at !== -1; at = lower.indexOf(seat.toLowerCase(), at + 1)) {
      const range = { from: at, to: at + seat.length };
      // The article may be in lower case or open the sentence; the building's name keeps its capital.
      if (ctx.text.slice(at + 4, range.to) !== seat.slice(4) || !isWholeWord(ctx.text, range.from, range.to) || ctx.taken(range, body.id)) continue;
      const after = ctx.text.slice(range.to, range.to + 40);
      // "Pentagon officials", "the Pentagon budget": the name qualifies the noun after it.
      const next = /^\s(\p{Ll}[\p{L}-]*)/u.exec(after);
      if (next && !NOT_ATTRIBUTIVE.test(next[1]!) && !/ly$/.test(next[1]!)) continue;
      // "the Pentagon Papers": the name opens a longer one.
      if (/^\s\p{Lu}\p{Ll}/u.test(after)) continue;
      found.push({ range, actor: body.id, review: `"${seat}", the building housing ${body.id}, taken for it (metonymy): if it is the building as a place, make it a nonMentions entry` });
    }
  }
  return found;
}
