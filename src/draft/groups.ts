/**
 * A group the registry names by a plural noun and its modifier ("Texas bankers") taken up later by
 * that noun alone, as specific: with a definite or counting determiner ("the bankers", "several
 * bankers") or bare before a participle that restricts it ("bankers appearing as witnesses"). Not
 * "other", "some" or "many bankers" (generic, guidelines §6), and only the one such group in play.
 * A group registered by a description with a tail ("the mothers of the Troop's boys", a name not
 * printed) is also taken up before it is named, where the tail's words are printed before it; so is
 * one with modifiers ("American Catholic bishops"), where they are, and a bare plural possessive
 * ("bishops' appeals") is as specific as a determiner makes it: it names who made them.
 */
import { namedBeforeEach, theOneInPlay } from './in-play.js';
import type { MentionContext } from './mentions.js';
import type { ProposedMention } from './proposal.js';

const GROUP_TYPES = new Set(['group', 'unnamed-source']);
/** Words that make a bare plural generic or another group. */
const QUANTIFIER = /^(?:other|some|many|all|no|few|most|any|such|more|fewer|\d[\d,]*)$/i;

/** Singular nouns that name a group ("the commission staff", "a London-based soviet spy ring"), taken up as "the staff", "the ring". */
const COLLECTIVE = /^(?:staff|crew|jury|panel|team|faculty|audience|delegation|personnel|congregation|membership|ring|gang|band|cell|network|syndicate)$/;

export function groupsByNoun(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const byNoun = new Map<string, Set<string>>();
  const tails = new Map<string, string[]>();
  const singular = new Set<string>();
  for (const g of (ctx.registry ?? []).filter((a) => GROUP_TYPES.has(a.type))) {
    const words = g.name.split(/\s+/);
    // The noun before a prepositional tail ("delegates" of "delegates to the West Coast Audubon
    // Convention"), else the last word ("bankers" of "Texas bankers").
    const tail = words.findIndex((w, k) => k > 0 && /^(?:of|to|for|from|at|in|on|with)$/.test(w));
    const noun = (tail === -1 ? words : words.slice(0, tail)).at(-1)!;
    // One unnamed source described by a noun and a tail with a name in it ("the conductor of the City of
    // San Francisco"): taken up as "the conductor" through its tail alone (describedBefore), the name
    // keeping "the principal of the school" from every text's principal.
    const one = g.type === 'unnamed-source' && /^the$/i.test(words[0]!) && tail !== -1 && words.slice(tail + 1).some((w) => /^\p{Lu}/u.test(w));
    if (words.length < 2 || !(/^\p{Ll}{3,}s$/u.test(noun) || COLLECTIVE.test(noun) || one)) continue;
    if (one && !/^\p{Ll}{3,}s$/u.test(noun) && !COLLECTIVE.test(noun)) singular.add(noun);
    byNoun.set(noun, (byNoun.get(noun) ?? new Set()).add(g.id));
    if (tail !== -1) tails.set(g.id, tailWords(words.slice(tail + 1)));
    // A group with no tail is described by its modifiers ("American Catholic" of "American Catholic
    // bishops"), which say whose bishops they are as a tail does.
    else tails.set(g.id, tailWords(words.slice(0, -1)));
  }
  const found: ProposedMention[] = [];
  const namedBy = namedBeforeEach(ctx, out);
  for (const [noun, ids] of byNoun) {
    for (const m of ctx.text.matchAll(new RegExp(`\\b((?:[Tt]he|[Tt]hese|[Tt]hose|[Ss]everal)\\s+)?${noun}\\b`, 'gu'))) {
      const range = { from: m.index, to: m.index + m[0].length };
      // A modifier before the noun makes another group ("Texas bankers", "other bankers").
      const word = /(\S+)\s+$/.exec(ctx.text.slice(Math.max(0, range.from - 30), range.from))?.[1] ?? '';
      if (m[1] === undefined && (/^\p{Lu}/u.test(word) || QUANTIFIER.test(word))) continue;
      // Bare, the noun is specific only before a participle ("bankers appearing as witnesses"); a
      // collective noun ("staff") only with its determiner ("the staff").
      if (m[1] === undefined && COLLECTIVE.test(noun)) continue;
      if (singular.has(noun) && !/^[Tt]he\s/.test(m[1] ?? '')) continue;
      // Bare, the noun is also specific as a possessive ("bishops' appeals") that introduces the group,
      // its description's words printed before it: the plural names those who made them. Once the
      // group is named, a bare possessive is as often the kind ("engineers' rosy estimates", call 184).
      const restricted = /^\s+\p{Ll}+ing\b/u.test(ctx.text.slice(range.to, range.to + 20));
      const possessive = /^['\u2019](?!\p{L})/u.test(ctx.text.slice(range.to, range.to + 2));
      if (m[1] === undefined && !restricted && !possessive) continue;
      const named = m[1] === undefined && !restricted ? undefined : theOneInPlay([...ids], namedBy(range.from));
      const who = named ?? describedBefore([...ids], namedBy(range.from), tails, ctx.text.slice(0, range.from));
      if (!who || ctx.taken(range, who.id)) continue;
      const how = named ? `the one group of ${noun} named before it` : `never named, but the words of its description after "${noun}" are printed before it`;
      found.push({ range, actor: who.id, review: `"${m[0]}" taken up as ${who.id}, ${how}: check it is the same group, not ${noun} in general` });
    }
  }
  return found;
}

/** Words of a description's tail that say whose group it is: "Troop", "boys" of "of the Troop's boys". */
const TAIL_FILLER = /^(?:the|a|an|and|or|of|to|for|from|at|in|on|with|by|who|which|that|this|these|those|its|their|his|her|mostly)$/i;

function tailWords(words: readonly string[]): string[] {
  return words.map((w) => w.replace(/[\u2019']s?$|[.,;:]$/g, '')).filter((w) => /^[\p{L}\p{N}][\p{L}\p{N}-]{2,}$/u.test(w) && !TAIL_FILLER.test(w));
}

/**
 * Where none of the groups with the noun is named before, the one whose registered description's tail
 * is printed, every word of it, before the noun: "the mothers" after "the Troop" and "the boys" are
 * the mothers of the Troop's boys. An unnamed group is met first by such a description, so it cannot
 * be required to be named before; the tail's words keep another text's "the mothers" from it.
 */
function describedBefore(ids: readonly string[], before: Set<string>, tails: ReadonlyMap<string, string[]>, printed: string): { id: string } | undefined {
  if (ids.some((id) => before.has(id))) return undefined;
  const fits = ids.filter((id) => {
    const words = tails.get(id);
    return words !== undefined && words.length > 0 && words.every((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'iu').test(printed));
  });
  return fits.length === 1 ? { id: fits[0]! } : undefined;
}
