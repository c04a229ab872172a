/**
 * Bodies and groups the registry names by a description with a relative clause, because the text
 * has no name for them (guidelines call 72: "A House committee which heard his local option
 * proposal", registered as "House committee which heard Berry's local option proposal"). The text
 * says it with its own determiner and pronouns, so the registered words are matched loosely: any
 * article before them, any capitals, and a possessive pronoun where the registry has a name's
 * possessive ("his" for "Berry's").
 */
import type { MentionContext } from './mentions.js';
import type { ProposedMention } from './proposal.js';
import { regexpLiteral } from '../text/regexp-literal.js';

const RELATIVE = /^(?:which|who|that)$/i;
const POSSESSIVE_PRONOUN = /^(?:his|her|its|their)$/i;

export function clauseNamed(ctx: MentionContext): ProposedMention[] {
  const found: ProposedMention[] = [];
  for (const actor of ctx.registry ?? []) {
    const words = actor.name.split(/\s+/);
    const rel = words.findIndex((w, k) => k > 0 && RELATIVE.test(w));
    if (rel === -1 || rel === words.length - 1) continue;
    const clauseWord = (w: string) => (/[\u2019']s$/.test(w) ? `(?:${regexpLiteral(w)}|his|her|its|their)` : regexpLiteral(w));
    const pattern = [...words.slice(0, rel + 1).map(regexpLiteral), ...words.slice(rel + 1).map(clauseWord)].join('\\s+');
    for (const m of ctx.text.matchAll(new RegExp(`\\b(?:(?:a|an|the)\\s+)?${pattern}\\b`, 'giu'))) {
      const range = { from: m.index, to: m.index + m[0].length };
      if (ctx.taken(range, actor.id)) continue;
      const loose = m[0].split(/\s+/).some((w) => POSSESSIVE_PRONOUN.test(w)) ? ', a pronoun standing for the name in it' : '';
      found.push({ range, actor: actor.id, review: `the registered description of ${actor.id}${loose}: check it is the same` });
    }
  }
  return found;
}
