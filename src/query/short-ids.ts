/**
 * Short forms of annotation ids for people: `collins:c12` for `collins-cyber-deal-2016:c12`. Any
 * unambiguous prefix of an article id resolves (resolve.ts), so the short form is still an id a
 * person can type, and in a table it leaves the room to the text instead of being cut to
 * `collins-cyber-deal-2016…`, which is no id at all.
 */

/**
 * For each article id, its shortest unambiguous prefix ending at a hyphen (or the whole id). In
 * sorted order the ids starting with a prefix lie together, so a prefix of an id is unambiguous when
 * neither of its neighbours (other than itself) starts with it: two comparisons, not one with every
 * other id (with 10,000 articles that took 3.5 s of every table of `list`).
 */
export function articleAbbreviations(ids: readonly string[]): Map<string, string> {
  const sorted = [...new Set(ids)].sort();
  const out = new Map<string, string>();
  sorted.forEach((id, i) => {
    const before = sorted[i - 1];
    const after = sorted[i + 1];
    const parts = id.split('-');
    let short = id;
    for (let n = 1; n < parts.length; n++) {
      const prefix = parts.slice(0, n).join('-');
      if (!before?.startsWith(prefix) && !after?.startsWith(prefix)) {
        short = prefix;
        break;
      }
    }
    out.set(id, short);
  });
  return out;
}

/** `article:local` or `article@n` with the article shortened; any other id as it is. */
export function shortId(id: string, abbreviations: ReadonlyMap<string, string>): string {
  const at = id.search(/[:@]/);
  if (at === -1) return id;
  const short = abbreviations.get(id.slice(0, at));
  return short === undefined ? id : short + id.slice(at);
}
