/**
 * The names a draft looks for: every registered actor's and agreement's name and aliases, and those
 * of the actors the draft itself proposes. Found as whole words, longest first, so "Peter MacKay"
 * wins over the "MacKay" inside it and "China" inside "China National Offshore Oil Corp." is not
 * taken for the state (words inside a proper name are not mentions, corpus/GUIDELINES.md §6).
 */
import { isWholeWord, occurrencesOf, type Range16 } from '../corpus/anchor.js';
import type { ActorInput } from '../schema.js';

export interface Named {
  name: string;
  actor?: string;
  agreement?: string;
  type?: ActorInput['type'];
}

export interface NameHit extends Range16 {
  named: Named;
}

export function namesOf(actors: readonly Pick<ActorInput, 'id' | 'name' | 'type' | 'aliases'>[], agreements: readonly { id: string; name: string; aliases: string[] }[]): Named[] {
  const out: Named[] = [];
  for (const a of actors) for (const name of new Set([a.name, ...a.aliases])) out.push({ name, actor: a.id, type: a.type });
  for (const g of agreements) for (const name of new Set([g.name, ...g.aliases])) out.push({ name, agreement: g.id });
  return out;
}

/**
 * Whole-word occurrences of every name, none inside a longer one. A name that starts with "The" is
 * also found with "the" (registries write "The Globe and Mail"; sentences say "at the Globe and Mail").
 */
export function findNames(text: string, names: readonly Named[]): NameHit[] {
  const hits: NameHit[] = [];
  for (const named of names) {
    const spellings = new Set([named.name]);
    if (/^The\s/.test(named.name)) spellings.add(`t${named.name.slice(1)}`);
    for (const spelling of spellings) {
      for (const from of occurrencesOf(text, spelling)) {
        const to = from + spelling.length;
        if (isWholeWord(text, from, to)) hits.push({ from, to, named });
      }
    }
  }
  hits.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const kept: NameHit[] = [];
  for (const h of hits) {
    // Inside a longer name (of this or another target): part of that name, not a mention of its own.
    if (kept.some((k) => k.from <= h.from && h.to <= k.to && (k.to - k.from > h.to - h.from || sameTarget(k.named, h.named)))) continue;
    if (kept.some((k) => k.from < h.to && h.from < k.to && !(k.from <= h.from && h.to <= k.to))) continue;
    kept.push(h);
  }
  return kept.sort((a, b) => a.from - b.from);
}

export const sameTarget = (a: Named, b: Named) => (a.actor ?? `#${a.agreement}`) === (b.actor ?? `#${b.agreement}`);
export const targetOf = (n: { actor?: string; agreement?: string }) => (n.actor ?? n.agreement)!;
