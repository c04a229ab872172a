/**
 * A name several registered actors go by ("police" for three cities' forces). Each printing is that of
 * the one in play in this article: the one whose place — the words of its id before the name's
 * ("anne-arundel" of "anne-arundel-police") — is printed nearest before it; where none of those places
 * is printed before, the one whose place alone is printed in the article. Otherwise it is proposed for
 * none of them (a nonMentions entry asks the annotator to choose), never for all.
 */
import type { NameHit } from './names.js';
import { regexpLiteral } from '../text/regexp-literal.js';

/** The words of an actor's place, from its id: what stands before the slug of the shared name. */
function placeOf(id: string, name: string): string | undefined {
  const slug = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  if (!slug || !id.endsWith(`-${slug}`)) return undefined;
  const place = id.slice(0, -slug.length - 1).replace(/-/g, ' ');
  return place.length >= 3 ? place : undefined;
}

/** Where a place is printed as whole words, case aside. */
function printedAt(lower: string, place: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${regexpLiteral(place).replace(/ /g, '[\\s-]+')}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of lower.matchAll(re)) out.push(m.index);
  return out;
}

/**
 * The hits kept: of hits on the same words for registered actors sharing that name, the one in play
 * (or none); `ambiguous` gets the words left to the annotator and the actors they may be.
 */
export function resolveShared(text: string, hits: readonly NameHit[], ambiguous: (hit: NameHit, ids: string[]) => void): NameHit[] {
  const byRange = new Map<string, NameHit[]>();
  for (const h of hits) {
    if (h.named.actor === undefined || h.named.proposed) continue;
    const key = `${h.from}:${h.to}`;
    byRange.set(key, [...(byRange.get(key) ?? []), h]);
  }
  const lower = text.toLowerCase();
  const drop = new Set<NameHit>();
  for (const group of byRange.values()) {
    const ids = [...new Set(group.map((h) => h.named.actor!))];
    if (ids.length < 2) continue;
    const at = group[0]!.from;
    const places = group.map((h) => {
      const place = placeOf(h.named.actor!, h.named.name);
      const where = place === undefined ? [] : printedAt(lower, place).filter((p) => p < at || p >= group[0]!.to);
      return { h, before: Math.max(-1, ...where.filter((p) => p < at)), anywhere: where.length > 0 };
    });
    const latest = Math.max(...places.map((p) => p.before));
    let chosen = latest >= 0 ? places.filter((p) => p.before === latest) : places.filter((p) => p.anywhere);
    if (chosen.length !== 1) chosen = [];
    for (const p of places) if (p !== chosen[0]) drop.add(p.h);
    if (chosen.length === 0) ambiguous(group[0]!, ids);
  }
  return hits.filter((h) => !drop.has(h));
}
