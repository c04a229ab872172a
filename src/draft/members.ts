/**
 * Members acting as their body (guidelines calls 55 and 71): "committee members" questioning
 * witnesses at the committee's hearing, "the board members" who speak for the board, "Senators" who
 * pass a bill, "the trustees" of a Board of Trustees. Each is a mention of the one body with that head noun in play — named before it, or
 * its owner named before it ("Texas" for a registered "Texas Senate"). "The members" with no body
 * named with them are the members of the body the article is about at that point (`membersOfTheBody`).
 */
import { CAPITALISED_HEAD, headPhrase, namedBefore, ownersOf, theOneInPlay } from './in-play.js';
import type { MentionContext } from './mentions.js';
import type { ProposedMention } from './proposal.js';

/** A body's name that says who its members are: "Board of Trustees", "Council of Ministers", "Board of Regents". */
const MEMBERS_NAMED = /^(?:.*\s)?(?:Board|Council|Court|College|Conference|Assembly)\s+of\s+(\p{Lu}\p{Ll}+s)$/u;
/** Plural nouns for the members of a body with a given head, besides "<head> members". */
const MEMBER_NOUNS: Readonly<Record<string, string>> = { senate: 'senators', commission: 'commissioners', council: 'council(?:men|lors|ors)', jury: 'jurors' };

export function membersAsBody(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const byHead = new Map<string, Set<string>>();
  // A body named for its members ("Board of Trustees", "Council of Ministers"): "the trustees".
  const byMembers = new Map<string, Set<string>>();
  for (const b of ctx.bodies ?? []) {
    for (const name of [b.name, ...b.aliases]) {
      const head = headPhrase(name)?.at(-1)?.toLowerCase();
      if (head !== undefined && !CAPITALISED_HEAD.test(head)) byHead.set(head, (byHead.get(head) ?? new Set()).add(b.id));
      const members = MEMBERS_NAMED.exec(name)?.[1]?.toLowerCase();
      if (members !== undefined) byMembers.set(members, (byMembers.get(members) ?? new Set()).add(b.id));
    }
  }
  const ownerOf = ownersOf(ctx.registry ?? ctx.bodies ?? []);
  const found: ProposedMention[] = [];
  const kinds = [...[...byHead].map(([head, ids]) => ({ nouns: [`${head}\\s+members`, ...(MEMBER_NOUNS[head] ? [MEMBER_NOUNS[head]] : [])], ids })), ...[...byMembers].map(([noun, ids]) => ({ nouns: [noun], ids }))];
  for (const { nouns, ids } of kinds) {
    for (const m of ctx.text.matchAll(new RegExp(`\\b(?:the\\s+)?(?:${nouns.join('|')})\\b`, 'giu'))) {
      const range = { from: m.index, to: m.index + m[0].length };
      // Not a title before names ("Senators Smith and Jones"), nor members named in an apposition
      // ("its new commissioners, Roy Webster … and …", each name a mention of its own), nor members
      // "of" another body.
      if (/^,?\s+(?:\p{Lu}|of\b)/u.test(ctx.text.slice(range.to, range.to + 5))) continue;
      const who = theOneInPlay([...ids], namedBefore(ctx, out, range.from), ownerOf);
      if (!who || ctx.taken(range, who.id)) continue;
      found.push({ range, actor: who.id, review: `"${m[0]}" taken as members acting as ${who.id}, the one body of that kind in play: check they act as the body` });
    }
  }
  return [...found, ...membersOfTheBody(ctx, [...out, ...found])];
}

/**
 * Bodies made of members who may speak or act for them, by their name's head noun: a committee, a
 * board, a club; not a company, a foundation or a federation of agencies, whose members, if any, are
 * not people acting as it.
 */
const MEMBERSHIP_HEAD = /^(?:committee|board|club|society|council|association|league|union|guild|chapter|commission|assembly|legislature|senate|party|auxiliary|lodge|jury|panel)$/i;

/**
 * "“Big business, …”, say the members.", "decided some of the members": "the members" with no "of"
 * after them name no body of their own, so they are the members of the body the column is about —
 * the one body of members named before them more than twice as often as any other (A18's Thrift Shop
 * Committee, not the Federation of Jewish Agencies it raises funds for; A16's women's board, not the
 * opera company it brings to town). Where no body stands out so, none is guessed.
 */
function membersOfTheBody(ctx: MentionContext, out: readonly ProposedMention[]): ProposedMention[] {
  const bodies = new Set((ctx.bodies ?? []).filter((b) => [b.name, ...b.aliases].some((n) => MEMBERSHIP_HEAD.test(headPhrase(n)?.at(-1) ?? ''))).map((b) => b.id));
  const partOf = new Map((ctx.registry ?? []).flatMap((a) => (a.affiliation && a.type !== 'person' ? [[a.id, a.affiliation] as const] : [])));
  const found: ProposedMention[] = [];
  for (const m of ctx.text.matchAll(/\b[Tt]he\s+members\b/g)) {
    const range = { from: m.index, to: m.index + m[0].length };
    if (/^,?\s+(?:\p{Lu}|of\b)/u.test(ctx.text.slice(range.to, range.to + 5))) continue;
    const times = new Map<string, number>();
    const count = (id: string) => times.set(id, (times.get(id) ?? 0) + 1);
    // A parent body named inside its unit's name (the Association in "the … Chapter of the American
    // Association of University Professors") is not the one the column is about there: its unit is.
    // Only a body registered as part of it: a body inside a person's apposition ("Mrs. X, president
    // of the women's board …", she of the board) is still counted.
    const nested = (n: ProposedMention) => out.some((o) => o !== n && o.actor !== undefined && partOf.get(o.actor) === n.actor && o.range.from <= n.range.from && n.range.to <= o.range.to);
    for (const n of out) if (n.actor && bodies.has(n.actor) && n.range.to <= range.from && !nested(n)) count(n.actor);
    for (const n of ctx.existing ?? []) if (bodies.has(n.target) && n.range.to <= range.from) count(n.target);
    const [first, second] = [...times].sort((a, b) => b[1] - a[1]);
    if (!first || (second && first[1] <= 2 * second[1]) || ctx.taken(range, first[0])) continue;
    found.push({ range, actor: first[0], review: `"${m[0]}" taken as the members of ${first[0]}, the body named most before them, acting as it: check which body they belong to` });
  }
  return found;
}
