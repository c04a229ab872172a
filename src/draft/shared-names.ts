/**
 * A name several registered actors go by ("police" for three cities' forces). Each printing is that of
 * the one in play in this article: the one whose place — the words of its id before the name's
 * ("anne-arundel" of "anne-arundel-police") — is printed nearest before it; where none of those places
 * is printed before, the one whose place alone is printed in the article. A surname two registered
 * people go by ("Wagner": Mayor Wagner of one text, Donald C. Wagner of another) is the one printed last
 * before it by full name or with a registered role before the surname ("Mayor Wagner"), so "Mr. Wagner"
 * after either is that one. Otherwise it is proposed for none of them (a nonMentions entry asks the
 * annotator to choose), never for all.
 */
import type { NameHit } from './names.js';
import type { ActorInput } from '../schema.js';
import { regexpLiteral } from '../text/regexp-literal.js';
import { countBelow } from '../text/sorted.js';

type Person = Pick<ActorInput, 'id' | 'name' | 'role'>;

/** The words of an actor's place, from its id: what stands before the slug of the shared name. */
function placeOf(id: string, name: string): string | undefined {
  const slug = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  if (!slug || !id.endsWith(`-${slug}`)) return undefined;
  const place = id.slice(0, -slug.length - 1).replace(/-/g, ' ');
  return place.length >= 3 ? place : undefined;
}

/** Where words are printed as whole words in `text` (given lower-cased for a place, as printed for a person's name), in ascending order. */
function printedAt(text: string, place: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${regexpLiteral(place).replace(/ /g, '[\\s-]+')}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(re)) out.push(m.index);
  return out;
}

/**
 * printedAt for one text, each string searched once: every printing of a shared name asks for the same
 * places and full names, and each search reads the whole text.
 */
function printingsIn(text: string): (words: string) => readonly number[] {
  const found = new Map<string, readonly number[]>();
  return (words) => {
    let at = found.get(words);
    if (at === undefined) found.set(words, (at = printedAt(text, words)));
    return at;
  };
}

/** The last of the ascending `positions` below `limit`; -1 if none is. */
function lastBelow(positions: readonly number[], limit: number): number {
  const n = countBelow(positions, limit);
  return n > 0 ? positions[n - 1]! : -1;
}

/**
 * The hits kept: of hits on the same words for registered actors sharing that name, the one in play
 * (or none); `ambiguous` gets the words left to the annotator and the actors they may be.
 */
export function resolveShared(text: string, hits: readonly NameHit[], ambiguous: (hit: NameHit, ids: string[]) => void, persons: readonly Person[] = []): NameHit[] {
  const byRange = new Map<string, NameHit[]>();
  for (const h of hits) {
    if (h.named.actor === undefined || h.named.proposed) continue;
    const key = `${h.from}:${h.to}`;
    byRange.set(key, [...(byRange.get(key) ?? []), h]);
  }
  const placePrinted = printingsIn(text.toLowerCase());
  const namePrinted = printingsIn(text);
  const personById = new Map<string, Person>();
  for (const p of persons) if (!personById.has(p.id)) personById.set(p.id, p);
  const drop = new Set<NameHit>();
  for (const group of byRange.values()) {
    const ids = [...new Set(group.map((h) => h.named.actor!))];
    if (ids.length < 2) continue;
    const at = group[0]!.from;
    const to = group[0]!.to;
    const places = group.map((h) => {
      const place = placeOf(h.named.actor!, h.named.name);
      const printed = place === undefined ? [] : placePrinted(place);
      // A printing inside the group's own words, [at, to), does not count. `anywhere`: some printing is
      // before `at` or at or after `to`, which fails only when the first is at or after `at` and the
      // last before `to`.
      const anywhere = printed.length > 0 && !(printed[0]! >= at && printed[printed.length - 1]! < to);
      return { h, before: lastBelow(printed, at), anywhere };
    });
    let chosen: typeof places;
    if (places.every((p) => p.h.named.type === 'person')) {
      // A person's id is the slug of their name: the words before the surname are a first name, not a place.
      const named = places.map((p) => ({ p, last: lastAnchorBy(personAnchors(namePrinted, p.h.named.name, personById.get(p.h.named.actor!)), at) }));
      const last = Math.max(...named.map((n) => n.last));
      const by = named.filter((n) => n.last === last);
      chosen = last >= 0 && by.length === 1 ? [by[0]!.p] : [];
    } else {
      const latest = Math.max(...places.map((p) => p.before));
      chosen = latest >= 0 ? places.filter((p) => p.before === latest) : places.filter((p) => p.anywhere);
      if (chosen.length !== 1) chosen = [];
    }
    for (const p of places) if (p !== chosen[0]) drop.add(p.h);
    if (chosen.length === 0) ambiguous(group[0]!, ids);
  }
  return hits.filter((h) => !drop.has(h));
}

/** Ascending printings, each pointing a person out at its offset plus `shift`. */
interface Anchors {
  printed: readonly number[];
  shift: number;
}

/**
 * Where a person is pointed out in this text as the bearer of a surname others share: each printing of
 * the full name (when it is more than the surname), and each printing of the surname right after one of
 * the person's registered roles ("Mayor Wagner").
 */
function personAnchors(printed: (words: string) => readonly number[], surname: string, person: Pick<ActorInput, 'name' | 'role'> | undefined): Anchors[] {
  if (!person) return [];
  const out: Anchors[] = [];
  if (person.name !== surname) out.push({ printed: printed(person.name), shift: 0 });
  for (const role of (person.role ?? '').split(';').map((r) => r.trim()).filter((r) => /^\p{Lu}/u.test(r))) {
    out.push({ printed: printed(`${role} ${surname}`), shift: role.length + 1 });
  }
  return out;
}

/** The last place at or before `at` where `anchors` point the person out; -1 if there is none. */
function lastAnchorBy(anchors: readonly Anchors[], at: number): number {
  let last = -1;
  for (const { printed, shift } of anchors) {
    const p = lastBelow(printed, at - shift + 1);
    if (p >= 0) last = Math.max(last, p + shift);
  }
  return last;
}
