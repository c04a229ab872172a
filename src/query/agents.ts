/**
 * One agent, one actor (GUIDELINES §4): a state and its government are the same agent seen at two
 * levels, linked in the registry by the government's `governs`. Every query by actor asks for the
 * agent, so `claims --actor government-of-china` finds what is attributed to `china` and the other way
 * round, whichever word the text used.
 */
import type { Corpus } from '../model.js';

/** The ids that stand for the same agent as `id`: itself, and its government or state. */
export function agentIds(c: Corpus, id: string): ReadonlySet<string> {
  const ids = new Set([id]);
  for (const a of c.actors) {
    if (a.governs === undefined) continue;
    if (a.id === id) ids.add(a.governs);
    if (a.governs === id) ids.add(a.id);
  }
  return ids;
}

/** Each linked state's government and each government's state, for widening many id lists at once. */
export function agentPartners(c: Pick<Corpus, 'actors'>): ReadonlyMap<string, string> {
  const m = new Map<string, string>();
  for (const a of c.actors) {
    if (a.governs === undefined) continue;
    m.set(a.id, a.governs);
    m.set(a.governs, a.id);
  }
  return m;
}

export const hasAny = (ids: ReadonlySet<string>, list: readonly string[]) => list.some((x) => ids.has(x));
