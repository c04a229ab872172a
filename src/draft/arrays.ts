/**
 * Array edits for lists of any length. A spread (`out.push(...more)`, `out.splice(0, n,
 * ...kept)`, `Math.max(...xs)`) passes every item as an argument, on the stack: past some hundred
 * thousand items, which a draft makes of an article printing a name that often, it throws "Maximum call
 * stack size exceeded" (text/sorted.ts searches ascending positions by halves).
 */

/** `into.push(...items)`, one item at a time. */
export function pushAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/** `xs.splice(0, xs.length, ...xs.filter(keep))`, in place. */
export function keepOnly<T>(xs: T[], keep: (x: T) => boolean): void {
  let kept = 0;
  for (const x of xs) if (keep(x)) xs[kept++] = x;
  xs.length = kept;
}
