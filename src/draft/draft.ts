/**
 * Drafts an article's annotations from its text and the registry: new actors (actors.ts), mentions
 * (mentions.ts), direct quotations (direct.ts) and reported speech (indirect.ts), in that order, each
 * step seeing what the earlier ones found (a speaker is resolved through the mentions). Whatever is
 * already annotated — by hand or by an earlier draft — is left alone and not proposed again.
 */
import type { ActorInput, AgreementInput } from '../schema.js';
import { proposeActors } from './actors.js';
import { draftDirect } from './direct.js';
import { draftIndirect } from './indirect.js';
import { draftMentions } from './mentions.js';
import { boundElsewhere, findNames, middleNameVariants, namesOf, surnamesAfterFullName, targetOf } from './names.js';
import type { Known } from './cues.js';
import { allQuotations } from './quotations.js';
import { overlaps, type Draft, type ProposedActor, type ProposedClaim, type ProposedMention, type Range16 } from './proposal.js';
import { SpanCells } from './span-cells.js';
import { sharedSurnamesInPlay } from './shared-surnames.js';
import { pushAll } from './arrays.js';

export interface Existing {
  mentions: readonly (Range16 & { actor?: string; agreement?: string })[];
  nonMentions: readonly Range16[];
  claims: readonly Range16[];
  regions: readonly (Range16 & { kind: string })[];
}

export interface DraftInput {
  text: string;
  actors: readonly ActorInput[];
  agreements: readonly AgreementInput[];
  existing: Existing;
  /**
   * Told the mentions and nonMentions once they are found, before the claims are looked for (later
   * steps only add to them): a caller that can tell from them that the draft is too large stops it
   * there, by throwing.
   */
  mentionsFound?: (found: Pick<Draft, 'mentions' | 'nonMentions'>) => void;
}

export function draftArticle({ text, actors, agreements, existing, mentionsFound }: DraftInput): Draft {
  const registeredNames = namesOf(actors, agreements);
  // A titled name is known when a registered name or alias is in it ("Sen. Clifford Case Aj" is Case).
  const isRegistered = (name: string) => findNames(name, registeredNames).length > 0;
  const proposed: ProposedActor[] = proposeActors(text, isRegistered).filter((a) => !actors.some((r) => r.id === a.id));
  const allActors = () => [...actors, ...proposed.map((p) => ({ ...p, aliases: [] as string[] }))];

  // Names inside site furniture other than bylines are not tagged (guidelines §3).
  const furniture = new SpanCells<Range16>((r) => r, existing.regions.filter((r) => r.kind !== 'byline'));
  // What is annotated already, looked up by where it lies: asked of every name found, and an article
  // drafted again may hold thousands of mentions.
  const mentioned = new SpanCells<Existing['mentions'][number]>((m) => m, existing.mentions);
  const skipped = new SpanCells<Range16>((n) => n, existing.nonMentions);
  // As check's linter counts it: a name inside any annotated mention is covered by it.
  const taken = (range: Range16, target: string) =>
    mentioned.some(range, (m) => (targetOf(m) === target && overlaps(m, range)) || (m.from <= range.from && range.to <= m.to)) ||
    skipped.some(range, (n) => overlaps(n, range)) ||
    furniture.some(range, (r) => r.from <= range.from && range.to <= r.to);
  const roles = new Map(allActors().map((a) => [a.id, a.role]));
  // A new person is referred to by surname after the first time ("Hemphill said"): look for that too.
  const surnames = proposed.filter((p) => p.type === 'person').map((p) => ({ name: p.name.split(/\s+/).at(-1)!, actor: p.id, type: p.type, proposed: true }));
  const found = draftMentions({
    text,
    names: [...registeredNames.filter((n) => !boundElsewhere(text, n, actors)), ...surnamesAfterFullName(text, actors, registeredNames), ...sharedSurnamesInPlay(text, actors, registeredNames, proposed), ...middleNameVariants(text, actors, registeredNames), ...namesOf(proposed.map((p) => ({ ...p, aliases: [] })), []).map((n) => ({ ...n, proposed: true })), ...surnames],
    roles,
    taken,
    persons: actors.filter((a) => a.type === 'person'),
    governments: actors.filter((a) => a.type === 'government'),
    bodies: actors.filter((a) => a.type === 'organisation' || a.type === 'government' || a.type === 'party' || a.type === 'company'),
    registry: actors,
    existing: existing.mentions.map((m) => ({ range: { from: m.from, to: m.to }, target: targetOf(m) })),
  });
  const mentions: ProposedMention[] = found.mentions;
  mentionsFound?.(found);

  // Every actor, registered or proposed, looked up by id, name, surname and role rather than searched
  // for: asked of each mention a pronoun may be taken back to, and each speaker, where an article may
  // have thousands. As the searches did, the first actor listed with an id or name is the one found.
  type Listed = ReturnType<typeof allActors>[number];
  const position = new Map<Listed, number>();
  const byId = new Map<string, Listed>();
  const byLowerName = new Map<string, Listed>();
  const peopleBySurname = new Map<string, Listed[]>();
  const peopleByRole = new Map<string, Listed[]>();
  const list = (a: Listed) => {
    position.set(a, position.size);
    if (!byId.has(a.id)) byId.set(a.id, a);
    if (!byLowerName.has(a.name.toLowerCase())) byLowerName.set(a.name.toLowerCase(), a);
    if (a.type !== 'person') return;
    for (const surname of new Set([a.name.split(/\s+/).at(-1)!, ...a.aliases])) (peopleBySurname.get(surname) ?? peopleBySurname.set(surname, []).get(surname)!).push(a);
    for (const role of new Set((a.role ?? '').split(';').map((r) => r.trim().toLowerCase().replace(/^(?:the|a|an)\s+/, '')))) (peopleByRole.get(role) ?? peopleByRole.set(role, []).get(role)!).push(a);
  };
  for (const a of allActors()) list(a);
  const typeOf = (id: string) => byId.get(id)?.type;
  const quoted = new SpanCells<Range16>((q) => q, allQuotations(text).map((q) => q.outer));
  const known: Known = {
    mentions: [...existing.mentions.map((m) => ({ range: { from: m.from, to: m.to }, actor: m.actor })), ...mentions.map((m) => ({ range: m.range, actor: m.actor }))].sort((a, b) => a.range.from - b.range.from),
    typeOf,
    byName: (name) => byLowerName.get(name)?.id,
    byRole: (description) => {
      const want = description.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
      const people = want.split(/\s+/).length >= 2 ? (peopleByRole.get(want) ?? []) : [];
      return people.length === 1 ? people[0]!.id : undefined;
    },
    describe: (id) => {
      const a = byId.get(id);
      return a && [a.name, a.role ?? '', ...a.aliases].join('; ');
    },
    inQuotation: (range) => quoted.some(range, (q) => q.from <= range.from && range.to <= q.to),
    bySurname: (surname) => {
      const people = peopleBySurname.get(surname) ?? [];
      return people.length === 1 ? people[0]!.id : undefined;
    },
    propose: (actor) => {
      // The first listed of the actor with its id and the one with its name.
      const same = [byId.get(actor.id), byLowerName.get(actor.name.toLowerCase())].filter((a) => a !== undefined).sort((a, b) => position.get(a)! - position.get(b)!)[0];
      if (same) return same.id;
      proposed.push(actor);
      list({ ...actor, aliases: [] });
      return actor.id;
    },
  };

  const claims: (Omit<ProposedClaim, 'about'> & { newMention?: Range16 })[] = [];
  const direct = draftDirect(text, known);
  pushAll(claims, direct);
  pushAll(claims, draftIndirect(text, known, direct.map((d) => d.range)));

  // Actors proposed as speakers are looked for in the text too, by name and (people) by surname.
  const late = proposed.filter((p) => !known.mentions.some((m) => m.actor === p.id) && !surnames.some((n) => n.actor === p.id));
  if (late.length > 0) {
    const lateNames = late.flatMap((p) => [{ name: p.name, actor: p.id, type: p.type, proposed: true }, ...(p.type === 'person' ? [{ name: p.name.split(/\s+/).at(-1)!, actor: p.id, type: p.type, proposed: true }] : [])]);
    const drafted = new SpanCells<ProposedMention>((m) => m.range, mentions);
    const more = draftMentions({ text, names: lateNames, roles, taken: (range, target) => taken(range, target) || drafted.some(range, (m) => overlaps(m.range, range)), persons: [], governments: [] });
    pushAll(mentions, more.mentions);
  }

  // A new speaker ("an official") is proposed as a mention of its new actor where it speaks.
  const made = new SpanCells<ProposedMention>((m) => m.range, mentions);
  for (const c of claims) {
    if (c.newMention && !made.some(c.newMention, (m) => m.actor === c.source && overlaps(m.range, c.newMention!))) {
      const m: ProposedMention = { range: c.newMention, actor: c.source, review: `where the new actor ${c.source} speaks` };
      mentions.push(m);
      made.add(m);
    }
  }
  mentions.sort((a, b) => a.range.from - b.range.from);

  const governmentOf = new Map(actors.filter((a) => a.type === 'government' && a.governs !== undefined && typeOf(a.governs) === 'state').map((a) => [a.governs!, a.id]));
  // Looked up by where they lie, for each claim: an article may hold thousands of mentions and claims.
  const allMentions = new SpanCells<{ range: Range16; target: string }>((m) => m.range, [...existing.mentions.map((m) => ({ range: { from: m.from, to: m.to }, target: targetOf(m) })), ...mentions.map((m) => ({ range: m.range, target: targetOf(m) }))]);
  const claimed = new SpanCells<Range16>((e) => e, existing.claims);
  const finished: ProposedClaim[] = claims
    .filter((c) => !claimed.some(c.range, (e) => overlaps(e, c.range)))
    .map(({ newMention: _, ...c }) => ({
      ...c,
      // A country holding or stating a view acts through its government (guidelines §4; calls 36, 257):
      // a state's claim is its registered government's, the mention ("the Belgians") staying the state.
      source: governmentOf.get(c.source) ?? c.source,
      // What the claim is about: the actors and agreements named inside its span, its source aside.
      about: [...new Set(allMentions.filter(c.range, (m) => m.range.from >= c.range.from && m.range.to <= c.range.to).map((m) => m.target))].filter((t) => t !== c.source),
    }))
    .sort((a, b) => a.range.from - b.range.from);
  const used = new Set([...finished.map((c) => c.source), ...mentions.map((m) => m.actor)]);
  return { actors: proposed.filter((a) => used.has(a.id)), mentions, nonMentions: found.nonMentions, claims: finished };
}
