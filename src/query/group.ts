/** Adds `value` to the list of `key` in `m`, making the list on first use. */
export function pushTo<K, V>(m: Map<K, V[]>, key: K, value: V): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}

/** Groups annotations by article once, so per-article work over a large corpus stays linear. */
export function groupByArticle<T extends { article: string }>(items: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) pushTo(m, it.article, it);
  return m;
}
