/**
 * Families registered by the possessive of a person's name ("Mantle's family"). "their families" after
 * two or more people with such a family are named in its sentence or the one before (in the paragraph
 * before, where it opens one) is each of those families, one mention of each on the same words
 * (guidelines §6, one span, several referents). In
 * the same sentence after it, the possessive standing alone with no noun after it ("(Mantle's in
 * Dallas, Maris's in Kansas City)") is that family, the name inside it a mention of its own, nested (a
 * possessive is a referring noun phrase, call 118).
 */
import type { MentionContext } from './mentions.js';
import { sentenceStart } from './plurals.js';
import type { ProposedMention } from './proposal.js';
import { regexpLiteral } from '../text/regexp-literal.js';

export function families(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const registry = ctx.registry ?? [];
  // Each registered family with the person whose name or alias is its possessor.
  const owned = registry.flatMap((f) => {
    const m = /^(.+?)['\u2019]s famil(?:y|ies)$/u.exec(f.name);
    const person = m ? ctx.persons.find((p) => [p.name, ...p.aliases].includes(m[1]!)) : undefined;
    return f.type === 'group' && m && person ? [{ family: f.id, person: person.id, possessor: m[1]! }] : [];
  });
  const found: ProposedMention[] = [];
  if (owned.length < 2) return found;
  for (const m of ctx.text.matchAll(/\b[Tt]heir\s+families\b/gu)) {
    const range = { from: m.index, to: m.index + m[0].length };
    // The sentence before may close the paragraph before ("“…”). The sluggers … their families").
    const back = ctx.text.slice(0, sentenceStart(ctx.text, range.from)).trimEnd().length;
    const from = back === 0 ? 0 : sentenceStart(ctx.text, back - 1);
    const named = new Set(out.filter((o) => o.actor !== undefined && o.range.from >= from && o.range.to <= range.from).map((o) => o.actor!));
    const theirs = owned.filter((f) => named.has(f.person));
    if (theirs.length < 2 || theirs.some((f) => ctx.taken(range, f.family))) continue;
    for (const f of theirs) found.push({ range, actor: f.family, review: `"${m[0]}" taken to be ${theirs.map((t) => t.family).join(' and ')}, the registered families of the people named just before: check all are meant` });
    // The possessive standing for the family later in the sentence, no noun after it.
    const end = ctx.text.slice(range.to).search(/[.!?](?:\s|$)/u);
    const sentence = ctx.text.slice(range.to, end === -1 ? ctx.text.length : range.to + end);
    for (const f of theirs) {
      const at = sentence.search(new RegExp(`\\b${regexpLiteral(f.possessor)}['\u2019]s(?=\\s+in\\b|\\s*[,;)])`, 'u'));
      if (at === -1) continue;
      const own = { from: range.to + at, to: range.to + at + f.possessor.length + 2 };
      if (!ctx.taken(own, f.family)) found.push({ range: own, actor: f.family, review: `"${ctx.text.slice(own.from, own.to)}" with no noun after it, after "${m[0]}": taken to be ${f.family}` });
    }
  }
  return found;
}
