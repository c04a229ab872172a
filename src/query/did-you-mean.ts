/**
 * Suggestions for an id that is not there: the known ids a person most likely meant. Close in
 * spelling (edits within a third of the length, two letters swapped counting as one: `peter-mackey`,
 * `chian`), as the start of an id typed as its prefix (`colins` for collins-cyber-deal-2016), or as a
 * registered name or alias (`mackey` for MacKay's peter-mackay), or sharing the first word of a slug
 * (`daniel-fortie` → `daniel-jean`), as git suggests a command for a typo.
 */

/** Edits from a to b: a letter changed, added or removed, or two neighbours swapped, one each. */
function distance(a: string, b: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Near enough to have been meant: within a third of the longer length, and one edit at least. */
const isNear = (d: number, a: string, b: string) => d <= Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));

/**
 * Up to `max` ids close to `typed`, closest first. `names`: registered names and aliases (folded, as
 * resolve.ts's NameIndex) → their ids, for a name typed with a slip.
 */
export function didYouMean(typed: string, ids: readonly string[], max = 3, names?: ReadonlyMap<string, readonly string[]>): string[] {
  const t = typed.toLowerCase();
  const head = t.split(/[-:]/)[0]!;
  // tier 0: near as a whole id or a whole name; 1: near as the start of an id; 2: sharing a first word or inside one.
  const scored = ids.map((id) => {
    const l = id.toLowerCase();
    let d = distance(t, l);
    let tier = isNear(d, t, l) ? 0 : 2;
    // Typed as a prefix (any unambiguous one will do), with a slip: its own length of the id, or one more or less.
    if (tier === 2 && t.length >= 4 && l.length > t.length) {
      const p = Math.min(...[t.length - 1, t.length, t.length + 1].map((k) => distance(t, l.slice(0, k))));
      if (isNear(p, t, t)) [d, tier] = [p, 1];
    }
    const sameHead = head.length >= 3 && l.split(/[-:]/)[0] === head;
    const inside = t.length >= 3 && l.includes(t);
    return { id, d, tier, ok: tier < 2 || sameHead || inside };
  });
  if (names) {
    for (const [name, named] of names) {
      const d = distance(t, name);
      if (!isNear(d, t, name)) continue;
      for (const id of named) {
        const s = scored.find((x) => x.id === id);
        if (s && (s.tier > 0 || d < s.d)) Object.assign(s, { d, tier: 0, ok: true });
      }
    }
  }
  const ok = scored.filter((x) => x.ok);
  // The likeliest kind of slip found is the one offered: a near spelling before a near prefix, either before a shared first word.
  const best = Math.min(...ok.map((x) => x.tier));
  return ok
    .filter((x) => x.tier === best)
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, max)
    .map((x) => x.id);
}

/** `; did you mean a, b?` or nothing. */
export function suggestion(typed: string, ids: readonly string[]): string {
  const near = didYouMean(typed, ids);
  return near.length > 0 ? `; did you mean ${near.join(', ')}?` : '';
}
