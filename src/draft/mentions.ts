/**
 * Mentions of registered (and newly proposed) actors and agreements, by name and alias. A span takes
 * in a title or honorific printed right before the name ("Defence Minister Peter MacKay", "Mr. Xi"),
 * as the guidelines' spans do, when that title is the actor's registered role or a usual honorific.
 * A state named after a preposition of place ("talks in China", "sent to China") may be a place
 * rather than the state acting: it is proposed with that doubt as its reason to review.
 */
import type { ActorInput } from '../schema.js';
import { findNames, targetOf, type Named } from './names.js';
import { overlaps, type ProposedMention, type Range16 } from './proposal.js';

const HONORIFIC = /(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Prof|Lt|Col|Capt|Adm|Sgt)\.\s$/;
const PLACE_BEFORE = /\b(?:in|to|from|into|across|within|throughout|at|near|inside|outside|visit(?:ed|ing)? to|here in|originating in)\s$/i;
const PLACE_TYPES = new Set<ActorInput['type']>(['state']);

export interface MentionContext {
  text: string;
  names: readonly Named[];
  /** Roles by actor id, as registered: a printed title equal to one of them joins the span. */
  roles: ReadonlyMap<string, string | undefined>;
  /** Spans already annotated (by hand or an earlier draft), or non-content regions: skipped. */
  taken: (range: Range16, target: string) => boolean;
}

export function draftMentions(ctx: MentionContext): ProposedMention[] {
  const out: ProposedMention[] = [];
  for (const hit of findNames(ctx.text, ctx.names)) {
    const target = targetOf(hit.named);
    if (ctx.taken(hit, target)) continue;
    const from = titleStart(ctx.text, hit.from, hit.named.actor ? ctx.roles.get(hit.named.actor) : undefined);
    const range = { from, to: hit.to };
    if (from !== hit.from && ctx.taken(range, target)) continue;
    const what = hit.named.actor ? `actor ${hit.named.actor}` : `agreement ${hit.named.agreement}`;
    let review = `"${hit.named.name}" is a registered name of ${what}`;
    const before = ctx.text.slice(Math.max(0, hit.from - 20), hit.from);
    if (hit.named.type && PLACE_TYPES.has(hit.named.type) && PLACE_BEFORE.test(before)) {
      review = `may be a place, not ${hit.named.actor} acting ("${before.trim().split(/\s+/).pop()} ${hit.named.name}"): if it only locates something, make it a nonMentions entry`;
    }
    const m: ProposedMention = { range, review };
    if (hit.named.actor) m.actor = hit.named.actor;
    else m.agreement = hit.named.agreement!;
    if (!out.some((o) => targetOf(o) === target && overlaps(o.range, range))) out.push(m);
  }
  return out;
}

/** Where a name's span starts once the title or honorific printed before it is taken in. */
function titleStart(text: string, from: number, role: string | undefined): number {
  const before = text.slice(Math.max(0, from - 80), from);
  const honorific = HONORIFIC.exec(before);
  if (honorific) return from - honorific[0].length;
  for (const part of (role ?? '').split(';').map((r) => r.trim()).filter((r) => r.length > 0 && !/^(?:a|an|the|his|her)\s/i.test(r))) {
    const withSpace = `${part} `;
    if (before.length >= withSpace.length && before.slice(-withSpace.length).toLowerCase() === withSpace.toLowerCase()) {
      const start = from - withSpace.length;
      if (start === 0 || !/[\p{L}\p{N}]/u.test(text[start - 1]!)) return start;
    }
  }
  return from;
}
