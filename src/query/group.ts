/** Groups annotations by article once, so per-article work over a large corpus stays linear. */
export function groupByArticle<T extends { article: string }>(items: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const list = m.get(it.article);
    if (list) list.push(it);
    else m.set(it.article, [it]);
  }
  return m;
}
