/**
 * What a description may refer back to: the actors in play at a point of the article (named before
 * it, as by hand or by the draft), the one candidate among them, a body's owner (the place its name
 * starts with, the state a government governs) and an institution's head noun ("committee" of "House
 * Committee on Revenue and Taxation"). Shared by the description rules (descriptions.ts) and the rule
 * for members acting as their body (members.ts).
 */
import type { ActorInput } from '../schema.js';
import type { MentionContext } from './mentions.js';
import type { ProposedMention } from './proposal.js';
import { regexpLiteral } from '../text/regexp-literal.js';

export type Registered = Pick<ActorInput, 'id' | 'name' | 'aliases' | 'type' | 'governs' | 'role'>;

/** Head nouns of an institution's name that a definite description takes up ("the council", "the board", a legislature's "the House"). */
export const INSTITUTION = /^(?:council|board|committee|commission|government|administration|court|jury|senate|assembly|legislature|department|division|ministry|agency|bureau|authority|party|company|corporation|union|association|league|cabinet|parliament|congress|tribunal|federation|institute|foundation|university|college|house|chamber|society|service|club|bank|guild|fund|church|hospital|conference|railroad|railway|airline|corps|army|navy|symphony|orchestra|philharmonic)$/i;

/**
 * Head nouns that are also common words ("society", "service", "club", "bank"): taken up only with
 * the capital the name gives them ("the Society", not "the society they want").
 */
export const CAPITALISED_HEAD = /^(?:society|service|club|bank|guild|fund|church|hospital|conference|corps|army|navy)$/i;

/**
 * An actor is in play at `at` when it has been named before it in the article: a definite description
 * ("the council", "the assistant secretary") refers back to one named already, never forward.
 */
export function namedBefore(ctx: MentionContext, out: readonly ProposedMention[], at: number): Set<string> {
  const ids = new Set<string>();
  for (const m of out) if (m.actor && m.range.to <= at) ids.add(m.actor);
  for (const m of ctx.existing ?? []) if (m.range.to <= at) ids.add(m.target);
  return ids;
}

/**
 * `namedBefore` for many places of one list of mentions: a description is looked for at each place
 * its words are printed, and the mentions before each were a scan of all of them (an article naming an
 * actor thousands of times, with a description in as many sentences, grew as the square of its names).
 * Where each actor is first named is found once, on the first question; the same actors as
 * `namedBefore`'s (a set asked what it holds, in whatever order). `out` must not change while asked of.
 */
export function namedBeforeEach(ctx: MentionContext, out: readonly ProposedMention[]): (at: number) => Set<string> {
  let firstEnds: Map<string, number> | undefined;
  const note = (id: string, end: number) => {
    const known = firstEnds!.get(id);
    if (known === undefined || end < known) firstEnds!.set(id, end);
  };
  return (at) => {
    if (firstEnds === undefined) {
      firstEnds = new Map();
      for (const m of out) if (m.actor) note(m.actor, m.range.to);
      for (const m of ctx.existing ?? []) note(m.target, m.range.to);
    }
    const ids = new Set<string>();
    for (const [id, end] of firstEnds) if (end <= at) ids.add(id);
    return ids;
  };
}

/**
 * The one candidate in play: the one named before; where none is, the one whose owner (`ownersOf`:
 * the state a government governs, the place a body's name starts with) is named before.
 */
export function theOneInPlay(candidates: readonly string[], before: Set<string>, ownersOf: (id: string) => readonly string[] = () => []): { id: string; owner?: string } | undefined {
  const named = candidates.filter((id) => before.has(id));
  if (named.length === 1) return { id: named[0]! };
  if (named.length > 1) return undefined;
  const owned = candidates.flatMap((id) => ownersOf(id).filter((o) => before.has(o)).slice(0, 1).map((owner) => ({ id, owner })));
  return owned.length === 1 ? owned[0] : undefined;
}

/**
 * The registered actors a body's name starts with, as its owners: "East Providence" for "East
 * Providence city council"; and the state a government governs.
 */
export function ownersOf(registry: readonly Registered[]): (id: string) => string[] {
  const byId = new Map(registry.map((a) => [a.id, a]));
  return (id) => {
    const body = byId.get(id);
    if (!body) return [];
    const lower = body.name.toLowerCase();
    const owners = registry.filter((a) => a.id !== id && [a.name, ...a.aliases].some((n) => lower.startsWith(`${n.toLowerCase()} `))).map((a) => a.id);
    return body.governs ? [body.governs, ...owners] : owners;
  };
}

/**
 * The words of a name up to its head noun: all of them, or those before a prepositional or relative
 * tail ("House Committee" of "House Committee on Revenue and Taxation", "Texas House" of "Texas House
 * of Representatives", "House committee" of "House committee which heard …", "AID committee" of "AID
 * committee in charge of …"); undefined unless that
 * head is an institution's (INSTITUTION).
 */
export function headPhrase(name: string): string[] | undefined {
  const words = name.split(/\s+/);
  const tail = words.findIndex((w, k) => k > 0 && /^(?:of|on|for|in|which|who|that)$/.test(w));
  const head = tail === -1 ? words : words.slice(0, tail);
  return INSTITUTION.test(head.at(-1)!) ? head : undefined;
}

/**
 * Of bodies none of which is named before `at`, the one whose owner's name is printed last before it,
 * as an actor or only as a place ("developments in Mississippi … the Legislature" after "Texas" earlier:
 * Mississippi's). Undefined where no owner is printed before, or another owner in the same paragraph as
 * the last printed.
 */
export function ownerPrintedLast(ctx: MentionContext, candidates: readonly string[], ownersOf: (id: string) => readonly string[], at: number): { id: string; owner: string } | undefined {
  const registry = ctx.registry ?? [];
  const text = ctx.text.slice(0, at);
  const last = candidates.flatMap((id) => ownersOf(id).slice(0, 1).map((owner) => {
    const o = registry.find((a) => a.id === owner);
    const names = o ? [o.name, ...o.aliases].filter((n) => n.length > 2) : [];
    const printed = names.flatMap((n) => [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${regexpLiteral(n)}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m.index));
    return { id, owner, at: Math.max(-1, ...printed) };
  }));
  const latest = Math.max(-1, ...last.map((l) => l.at));
  if (latest < 0) return undefined;
  // Another owner printed in the same paragraph ("Ruritania and Carpania are poor"): which is meant is not shown.
  const paragraph = text.lastIndexOf('\n', latest) + 1;
  const by = last.filter((l) => l.at >= paragraph);
  return by.length === 1 ? { id: by[0]!.id, owner: by[0]!.owner } : undefined;
}

/**
 * Of several bodies of the noun named before `at`, the one named last, where no other is named in the
 * paragraph of that naming or after it ("the Liberal party … the Democratic party … bigger than the
 * party": the Democratic). Undefined otherwise.
 */
export function namedLast(ctx: MentionContext, out: readonly ProposedMention[], candidates: readonly string[], at: number): { id: string; owner?: string } | undefined {
  const set = new Set(candidates);
  const named = [...out.flatMap((m) => (m.actor && set.has(m.actor) && m.range.to <= at ? [{ id: m.actor, from: m.range.from }] : [])), ...(ctx.existing ?? []).filter((m) => set.has(m.target) && m.range.to <= at).map((m) => ({ id: m.target, from: m.range.from }))];
  if (named.length === 0) return undefined;
  const last = named.reduce((a, b) => (b.from > a.from ? b : a));
  const paragraph = ctx.text.lastIndexOf('\n', last.from) + 1;
  return named.some((n) => n.id !== last.id && n.from >= paragraph) ? undefined : { id: last.id };
}
