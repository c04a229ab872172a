/**
 * Suggestions for an id that is not there: the known ids a person most likely meant. Close in
 * spelling (Levenshtein distance within a third of the length: `peter-mackey`), or sharing the first
 * word of a slug (`daniel-fortie` → `daniel-jean`), as git suggests a command for a typo.
 */

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** Up to `max` ids close to `typed`, closest first. */
export function didYouMean(typed: string, ids: readonly string[], max = 3): string[] {
  const t = typed.toLowerCase();
  const head = t.split(/[-:]/)[0]!;
  const scored = ids
    .map((id) => {
      const d = distance(t, id.toLowerCase());
      const near = d <= Math.max(1, Math.floor(Math.max(t.length, id.length) / 3));
      const sameHead = head.length >= 3 && id.toLowerCase().split(/[-:]/)[0] === head;
      const inside = t.length >= 3 && id.toLowerCase().includes(t);
      return { id, d, near, ok: near || sameHead || inside };
    })
    .filter((x) => x.ok)
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id));
  // A near spelling is the likely one: the others sharing a first word are offered only without it.
  const near = scored.filter((x) => x.near);
  return (near.length > 0 ? near : scored).slice(0, max).map((x) => x.id);
}

/** `; did you mean a, b?` or nothing. */
export function suggestion(typed: string, ids: readonly string[]): string {
  const near = didYouMean(typed, ids);
  return near.length > 0 ? `; did you mean ${near.join(', ')}?` : '';
}
